import { formatNumber, Locale, TIME_ZONE, Translate } from '../../i18n/i18n';

/** "2026-03-01" or "2026-03" → "2026-03". */
export const monthKey = (value: string): string => value.slice(0, 7);

/** The current month in Rome, "YYYY-MM". */
export function currentMonth(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit' }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}`;
}

/** "2026-03" moved by `delta` months. */
export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** "HH:MM" in Rome. */
export function formatTime(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'it' ? 'it-IT' : 'en-GB', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hour12: false }).format(date);
}

/** Minutes as plain words: "45 minuti", "5 ore", "2,5 giorni". */
export function formatDuration(minutes: number, t: Translate, locale: Locale): string {
  if (minutes < 60) return t('dashboard.duration.minutes', { n: formatNumber(Math.round(minutes), locale) });
  const hours = minutes / 60;
  if (hours < 48) return t(hours === 1 ? 'dashboard.duration.hour' : 'dashboard.duration.hours', { n: formatNumber(hours, locale, Number.isInteger(hours) ? 0 : 1) });
  const days = hours / 24;
  return t('dashboard.duration.days', { n: formatNumber(days, locale, Number.isInteger(days) ? 0 : 1) });
}
