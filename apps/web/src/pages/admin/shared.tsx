import { ReactNode, useEffect, useRef, useState } from 'react';
import { formatDateTime, TIME_ZONE, Translate, useI18n } from '../../i18n/i18n';
import { hasKey } from '../../i18n/i18n';

/** Today in Rome as YYYY-MM-DD. */
export function todayInRome(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** The label of a capacity status (common.capacityStatus; "capacity" is the API's word for available places). */
export function capacityLabel(t: Translate, status: string): string {
  if (hasKey('it', `common.capacityStatus.${status}`)) return t(`common.capacityStatus.${status}`);
  if (status === 'capacity') return t('common.capacityStatus.available');
  return status;
}

/** The success line of a section: always in the page so that screen readers announce what appears in it. */
export function StatusMessage({ message, testId }: { message: string | undefined; testId?: string }) {
  return (
    <div role="status" aria-live="polite" data-testid={testId}>
      {message && <div className="alert alert-success mb-3">{message}</div>}
    </div>
  );
}

/** Clears a success message after a while, so that an old one is not mistaken for a new one. */
export function useFlash(): [string | undefined, (message: string | undefined) => void] {
  const [message, setMessage] = useState<string>();
  useEffect(() => {
    if (!message) return undefined;
    const timer = setTimeout(() => setMessage(undefined), 15000);
    return () => clearTimeout(timer);
  }, [message]);
  return [message, setMessage];
}

function CopyField({ id, label, value }: { id: string; label: string; value: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  async function copy() {
    input.current?.select();
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      /* the text stays selected: Ctrl+C copies it */
      setCopied(false);
    }
  }
  return (
    <div className="mb-3">
      <label htmlFor={id} className="form-label fw-semibold">
        {label}
      </label>
      <div className="input-group">
        <input id={id} ref={input} className="form-control font-monospace" readOnly value={value} onFocus={(e) => e.target.select()} data-testid={id} />
        <button type="button" className="btn btn-outline-primary" onClick={() => void copy()}>
          {t('admin.secret.copy')}
          <span className="visually-hidden"> {label}</span>
        </button>
      </div>
      <div role="status" aria-live="polite" className="form-text text-secondary">
        {copied ? t('admin.secret.copied') : ''}
      </div>
    </div>
  );
}

/**
 * A secret shown once (a generated password, an invitation or reset link): copy-friendly read-only
 * fields, the warning to hand it over safely, and a button that hides it for good.
 */
export function OneTimeSecret({
  id,
  title,
  intro,
  fields,
  expiresAt,
  onDone,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  fields: { label: string; value: string }[];
  expiresAt?: string;
  onDone(): void;
  /** Shown after the values (the printable invitation card). */
  children?: ReactNode;
}) {
  const { t, locale } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="alert alert-warning admin-secret" aria-labelledby={`${id}-title`} data-testid={id}>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1} className="h5">
        {title}
      </h3>
      {intro && <p>{intro}</p>}
      <p className="fw-semibold">{t('admin.secret.warning')}</p>
      {fields.map((f, i) => (
        <CopyField key={f.label} id={`${id}-value-${i}`} label={f.label} value={f.value} />
      ))}
      {expiresAt && <p>{t('admin.secret.expires', { when: formatDateTime(expiresAt, locale) })}</p>}
      {children}
      <button type="button" className="btn btn-primary mt-3" onClick={onDone} data-testid={`${id}-done`}>
        {t('admin.secret.done')}
      </button>
    </section>
  );
}

/** Reads a chosen file as text. */
export function readFileText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('read'));
    reader.readAsText(file);
  });
}

/** The size in bytes a text takes in the request body (as a JSON string). */
export function bodyBytes(text: string): number {
  const json = JSON.stringify(text);
  return typeof TextEncoder === 'undefined' ? json.length : new TextEncoder().encode(json).length;
}

