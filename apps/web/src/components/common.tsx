import { ReactNode, useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';
import { ApiError } from '../api/client';
import { Locale, Translate, useI18n } from '../i18n/i18n';

/** The services write their messages as "italiano / English": the part in the reader's language. */
export function localPart(message: string, locale: Locale): string {
  const parts = message.split(' / ');
  if (parts.length < 2) return message;
  return locale === 'en' ? parts.slice(1).join(' / ') : parts[0];
}

/** A message with both languages ("italiano / English"); some older service messages are English only. */
const bilingual = (message: string) => message.includes(' / ');

/**
 * An API error re-worded by the page in the reader's language (a refusal explained in plain
 * words): `errorText` shows its message as it is. Keeps the original details.
 */
export function reworded(message: string, from: ApiError): ApiError {
  return new ApiError(message, REWORDED, from.field, from.details);
}
const REWORDED = 'REWORDED';

/**
 * The message a person reads for an API error: the service's own words when it wrote them in both
 * languages, otherwise the app's text for the error's code (a baker never reads an English-only
 * internal sentence or a raw field path).
 */
export function errorText(error: ApiError | Error, t: Translate, locale: Locale = 'it'): string {
  if (!(error instanceof ApiError)) return t('common.errors.generic');
  if (error.network) return t('common.errors.network');
  const code = error.code ?? '';
  if (code === REWORDED) return error.message;
  if (['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'RATE_LIMITED'].includes(code) && !bilingual(error.message)) return t(`common.errors.${code}`);
  if (bilingual(error.message)) return localPart(error.message, locale).replace(/^[\w.]+:\s*/, '');
  if (code === 'CONFLICT') return t('common.errors.CONFLICT');
  if (code === 'BAD_USER_INPUT' || code === 'GRAPHQL_VALIDATION_FAILED') return t('common.errors.VALIDATION');
  if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' || code === 'NOT_FOUND' || code === 'RATE_LIMITED') return t(`common.errors.${code}`);
  return t('common.errors.generic');
}

/** `onRetry` is usually a query's reload, which shows its own failure here rather than rejecting. */
export function ErrorAlert({ error, onRetry }: { error: ApiError | Error | undefined | null; onRetry?: () => void | Promise<void> }) {
  const { t, locale } = useI18n();
  if (!error) return null;
  return (
    <div className="alert alert-danger" role="alert">
      <p className="mb-0">{errorText(error, t, locale)}</p>
      {onRetry && (
        <button type="button" className="btn btn-outline-primary btn-sm mt-2" onClick={() => void onRetry()}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p role="status" aria-live="polite" className="text-secondary">
      {t('common.loading')}
    </p>
  );
}

/** The page's h1 and the browser tab's title; focus moves to it when the page changes, for screen readers. */
export function PageTitle({ children, subtitle }: { children: string; subtitle?: ReactNode }) {
  const { t } = useI18n();
  const ref = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();
  useEffect(() => {
    document.title = `${children} · ${t('common.appName')}`;
  }, [children, t]);
  // Focus follows navigation only (not a language switch, not a reload of the data).
  useEffect(() => {
    ref.current?.focus();
  }, [pathname]);
  return (
    <div className="mb-4">
      <h1 ref={ref} tabIndex={-1} className="h2 page-title">
        {children}
      </h1>
      {subtitle && <p className="lead">{subtitle}</p>}
    </div>
  );
}

/** A coloured badge for a state, with the text always present (colour is never the only signal). */
export function StatusBadge({ label, tone }: { label: string; tone: 'primary' | 'success' | 'warning' | 'danger' | 'secondary' }) {
  return <span className={`badge bg-${tone}`}>{label}</span>;
}
