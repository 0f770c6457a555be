import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import it from './it';
import en from './en';

/**
 * Italian first; English by the switch in the header. Every string a person reads comes from the
 * files in i18n/it and i18n/en, one per area (common, antenna, org, social, dashboard, admin);
 * a key is `<area>.<path>`, e.g. `antenna.flag.title`.
 */
export type Locale = 'it' | 'en';
export const LOCALES: Locale[] = ['it', 'en'];
type Dictionary = { [key: string]: string | Dictionary };
const DICTIONARIES: Record<Locale, Dictionary> = { it, en };
const STORAGE_KEY = 'prossimo.locale';
export const TIME_ZONE = 'Europe/Rome';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

function lookup(dict: Dictionary, key: string): string | undefined {
  let node: string | Dictionary | undefined = dict;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Looks a key up in the locale, then in Italian; a missing key shows itself (and tests catch it). */
export function translate(locale: Locale, key: string, params?: Record<string, string | number>): string {
  const text = lookup(DICTIONARIES[locale], key) ?? lookup(DICTIONARIES.it, key) ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function hasKey(locale: Locale, key: string): boolean {
  return lookup(DICTIONARIES[locale], key) !== undefined;
}

export function formatDateTime(value: string | Date | null | undefined, locale: Locale): string {
  if (!value) return '—';
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(locale === 'it' ? 'it-IT' : 'en-GB', { timeZone: TIME_ZONE, dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatDate(value: string | Date | null | undefined, locale: Locale): string {
  if (!value) return '—';
  const date = typeof value === 'string' ? new Date(value.length === 10 ? `${value}T12:00:00Z` : value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(locale === 'it' ? 'it-IT' : 'en-GB', { timeZone: TIME_ZONE, dateStyle: 'medium' }).format(date);
}

/** "2026-03" → "mar 2026" / "Mar 2026". */
export function formatMonth(month: string, locale: Locale): string {
  const date = new Date(`${month}-15T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return month;
  return new Intl.DateTimeFormat(locale === 'it' ? 'it-IT' : 'en-GB', { timeZone: TIME_ZONE, month: 'short', year: 'numeric' }).format(date);
}

export function formatNumber(value: number, locale: Locale, digits = 0): string {
  return new Intl.NumberFormat(locale === 'it' ? 'it-IT' : 'en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
}

interface I18nValue {
  locale: Locale;
  setLocale(locale: Locale): void;
  t: Translate;
}

const I18nContext = createContext<I18nValue>({ locale: 'it', setLocale: () => undefined, t: (key, params) => translate('it', key, params) });

function initialLocale(): Locale {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    if (saved === 'it' || saved === 'en') return saved;
  } catch {
    /* storage may be unavailable */
  }
  return 'it';
}

export function I18nProvider({ children, locale: fixed }: { children: ReactNode; locale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(fixed ?? initialLocale());
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      /* ignore */
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo<I18nValue>(() => ({ locale, setLocale, t: (key, params) => translate(locale, key, params) }), [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  return useContext(I18nContext);
}
