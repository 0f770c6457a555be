import { useI18n } from '../../i18n/i18n';
import { MAX_BODY_BYTES } from './constants';
import { bodyBytes, readFileText } from './shared';

export type FileProblem = { key: string; params?: Record<string, string | number> };

/** Reads the chosen file; a problem (unreadable, too big for the 256 kB limit) instead of the text. */
export async function readChosen(file: File | undefined, limitChars?: number): Promise<{ text: string } | { problem: FileProblem }> {
  if (!file) return { problem: { key: 'admin.import.noFile' } };
  let text: string;
  try {
    text = await readFileText(file);
  } catch {
    return { problem: { key: 'admin.import.unreadable' } };
  }
  if (!text.trim()) return { problem: { key: 'admin.import.emptyFile' } };
  const kb = Math.ceil(bodyBytes(text) / 1024);
  if (bodyBytes(text) > MAX_BODY_BYTES - 2048 || (limitChars !== undefined && text.length > limitChars)) return { problem: { key: 'admin.import.tooBig', params: { size: kb } } };
  return { text };
}

/** Compacts JSON text (same content, without spaces): more fits in the 256 kB limit. */
export function compactJson(text: string): string | undefined {
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return undefined;
  }
}

/** A file chooser with its label, hint and error. */
export function FileField({ id, label, hint, accept, error, onChange, testId }: { id: string; label: string; hint: string; accept: string; error?: string; onChange(file: File | undefined): void; testId?: string }) {
  const { t } = useI18n();
  const described = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="mb-3">
      <label htmlFor={id} className="form-label fw-semibold">
        {label}
      </label>
      <input
        id={id}
        type="file"
        accept={accept}
        className={`form-control${error ? ' is-invalid' : ''}`}
        aria-describedby={described}
        aria-invalid={error ? true : undefined}
        data-testid={testId}
        onChange={(e) => onChange(e.target.files?.[0])}
      />
      <div id={`${id}-hint`} className="form-text text-secondary">
        {hint} {t('admin.import.limit')}
      </div>
      {error && (
        <div id={`${id}-error`} className="invalid-feedback d-block" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
