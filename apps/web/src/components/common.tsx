import { ReactNode, useEffect, useRef } from 'react';
import { ApiError } from '../api/client';
import { Locale, Translate, useI18n } from '../i18n/i18n';

/** The services write their messages as "italiano / English": the part in the reader's language. */
export function localPart(message: string, locale: Locale): string {
  const parts = message.split(' / ');
  if (parts.length < 2) return message;
  return locale === 'en' ? parts.slice(1).join(' / ') : parts[0];
}

/** The message a person reads for an API error: by code, with the field at fault when there is one. */
export function errorText(error: ApiError | Error, t: Translate, locale: Locale = 'it'): string {
  if (error instanceof ApiError) {
    if (error.network) return t('common.errors.network');
    if (error.field) return t('common.errors.field', { field: error.field.replace(/^input\./, ''), message: localPart(error.message, locale).replace(/^[\w.]+:\s*/, '') });
    if (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN' || error.code === 'NOT_FOUND' || error.code === 'RATE_LIMITED') return t(`common.errors.${error.code}`);
    if (error.code === 'INTERNAL') return t('common.errors.generic');
    return localPart(error.message, locale) || t('common.errors.generic');
  }
  return t('common.errors.generic');
}

export function ErrorAlert({ error, onRetry }: { error: ApiError | Error | undefined | null; onRetry?: () => void }) {
  const { t, locale } = useI18n();
  if (!error) return null;
  return (
    <div className="alert alert-danger" role="alert">
      <p className="mb-0">{errorText(error, t, locale)}</p>
      {onRetry && (
        <button type="button" className="btn btn-outline-primary btn-sm mt-2" onClick={onRetry}>
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
  useEffect(() => {
    document.title = `${children} · ${t('common.appName')}`;
    ref.current?.focus();
  }, [children, t]);
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
