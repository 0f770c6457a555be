import { ReactNode } from 'react';
import { formatNumber, useI18n } from '../../i18n/i18n';

/** Form errors by field key: the value is an i18n key (with its parameters). */
export type FormErrors = Record<string, { key: string; params?: Record<string, string | number> } | undefined>;

export function firstError(errors: FormErrors): string | undefined {
  return Object.keys(errors).find((k) => errors[k]);
}

/** Moves focus to the first field at fault (its id is `<prefix>-<key>`). */
export function focusFirst(prefix: string, errors: FormErrors): void {
  const key = firstError(errors);
  if (key) document.getElementById(`${prefix}-${key}`)?.focus();
}

/** The field the API blamed (e.g. "input.position.lat" → "position"). */
export function serverField(field: string | undefined): string | undefined {
  return field?.replace(/^input\./, '').split('.')[0];
}

function describedBy(id: string, hint?: ReactNode, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

interface ShellProps {
  id: string;
  label: string;
  optional?: boolean;
  hint?: ReactNode;
  error?: string;
  /** The API blamed this field (its message is in the ErrorAlert above). */
  blamed?: boolean;
}

function Label({ id, label, optional }: { id: string; label: string; optional?: boolean }) {
  const { t } = useI18n();
  return (
    <label htmlFor={id} className="form-label fw-semibold">
      {label}
      {optional && <span className="fw-normal"> {t('admin.form.optional')}</span>}
    </label>
  );
}

function Below({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint && (
        <div id={`${id}-hint`} className="form-text text-secondary">
          {hint}
        </div>
      )}
      {error && (
        <div id={`${id}-error`} className="invalid-feedback d-block">
          {error}
        </div>
      )}
    </>
  );
}

export function TextField({
  id,
  label,
  optional,
  hint,
  error,
  blamed,
  value,
  onChange,
  type = 'text',
  inputMode,
  autoComplete = 'off',
  step,
  min,
  max,
  testId,
}: ShellProps & {
  value: string;
  onChange(value: string): void;
  type?: 'text' | 'email' | 'number' | 'date' | 'time' | 'datetime-local' | 'url' | 'tel' | 'password';
  inputMode?: 'decimal' | 'numeric' | 'email' | 'tel' | 'text' | 'url';
  autoComplete?: string;
  step?: string;
  min?: string | number;
  max?: string | number;
  testId?: string;
}) {
  return (
    <div className="mb-3">
      <Label id={id} label={label} optional={optional} />
      <input
        id={id}
        className={`form-control${error || blamed ? ' is-invalid' : ''}`}
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete}
        step={step}
        min={min}
        max={max}
        value={value}
        aria-invalid={error || blamed ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        data-testid={testId}
        onChange={(e) => onChange(e.target.value)}
      />
      <Below id={id} hint={hint} error={error} />
    </div>
  );
}

export function TextArea({ id, label, optional, hint, error, blamed, value, onChange, rows = 3, testId }: ShellProps & { value: string; onChange(value: string): void; rows?: number; testId?: string }) {
  return (
    <div className="mb-3">
      <Label id={id} label={label} optional={optional} />
      <textarea
        id={id}
        className={`form-control${error || blamed ? ' is-invalid' : ''}`}
        rows={rows}
        value={value}
        data-testid={testId}
        aria-invalid={error || blamed ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(e) => onChange(e.target.value)}
      />
      <Below id={id} hint={hint} error={error} />
    </div>
  );
}

export function SelectField({
  id,
  label,
  optional,
  hint,
  error,
  blamed,
  value,
  onChange,
  options,
  testId,
}: ShellProps & { value: string; onChange(value: string): void; options: { value: string; label: string }[]; testId?: string }) {
  return (
    <div className="mb-3">
      <Label id={id} label={label} optional={optional} />
      <select
        id={id}
        className={`form-select${error || blamed ? ' is-invalid' : ''}`}
        value={value}
        aria-invalid={error || blamed ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        data-testid={testId}
        onChange={(e) => onChange(e.target.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Below id={id} hint={hint} error={error} />
    </div>
  );
}

/** A single yes/no checkbox with its label. */
export function CheckField({ id, label, hint, error, blamed, checked, onChange, testId }: Omit<ShellProps, 'optional'> & { checked: boolean; onChange(checked: boolean): void; testId?: string }) {
  return (
    <div className="mb-3">
      <div className="form-check">
        <input
          id={id}
          className={`form-check-input${error ? ' is-invalid' : ''}`}
          type="checkbox"
          checked={checked}
          aria-invalid={error || blamed ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          data-testid={testId}
          onChange={(e) => onChange(e.target.checked)}
        />
        <label htmlFor={id} className="form-check-label">
          {label}
        </label>
      </div>
      <Below id={id} hint={hint} error={error} />
    </div>
  );
}

/**
 * A group of checkboxes (or radios, with `single`) in a fieldset with its legend. The fieldset has the
 * id `<id>` so that focus can move to it when it is at fault.
 */
export function ChoiceGroup({
  id,
  legend,
  optional,
  hint,
  error,
  blamed,
  options,
  selected,
  onChange,
  single,
}: {
  id: string;
  legend: string;
  blamed?: boolean;
  optional?: boolean;
  hint?: ReactNode;
  error?: string;
  options: { value: string; label: string }[];
  selected: string[];
  onChange(selected: string[]): void;
  single?: boolean;
}) {
  const { t } = useI18n();
  return (
    <fieldset id={id} tabIndex={-1} className="mb-3" aria-describedby={describedBy(id, hint, error)}>
      <legend className="fs-6 fw-semibold mb-2">
        {legend}
        {optional && <span className="fw-normal"> {t('admin.form.optional')}</span>}
      </legend>
      <div className="admin-check-grid">
        {options.map((o, i) => {
          const optionId = `${id}-${i}`;
          const checked = selected.includes(o.value);
          return (
            <div className="form-check" key={o.value}>
              <input
                id={optionId}
                className="form-check-input"
                type={single ? 'radio' : 'checkbox'}
                name={id}
                value={o.value}
                checked={checked}
                aria-invalid={error || blamed ? true : undefined}
                onChange={(e) => {
                  if (single) onChange([o.value]);
                  else onChange(e.target.checked ? [...selected, o.value] : selected.filter((v) => v !== o.value));
                }}
              />
              <label htmlFor={optionId} className="form-check-label">
                {o.label}
              </label>
            </div>
          );
        })}
      </div>
      <Below id={id} hint={hint} error={error} />
    </fieldset>
  );
}

/** Renders an error entry of a FormErrors map in the reader's language. */
export function useErrorText(): (error: FormErrors[string]) => string | undefined {
  const { t, locale } = useI18n();
  return (error) => {
    if (!error) return undefined;
    const params: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(error.params ?? {})) {
      // numbers as the reader writes them ("45,52" in Italian)
      params[k] = typeof v === 'number' ? formatNumber(v, locale, (String(v).split('.')[1] ?? '').length) : v;
    }
    return t(error.key, params);
  };
}
