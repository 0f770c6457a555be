import { createContext, ReactNode, Ref, useContext } from 'react';
import { formatNumber, useI18n } from '../i18n/i18n';

/**
 * The form kit: every field of the app's forms (the flag form, the admin's and the organisations'
 * forms) with its label, hint and error tied to the control (`aria-describedby`, `aria-invalid`), in
 * bootstrap-italia's classes. Two looks, set once per form with `<FormLook value="large">`:
 * `compact` (desk and admin screens: the hint and the error under the control) and `large` (the
 * shop's phone: big labels, the hint and the error above the control, choices as tiles).
 */
export type Look = 'compact' | 'large';
const LookContext = createContext<Look>('compact');
export const FormLook = LookContext.Provider;
const useLook = () => useContext(LookContext);

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

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean);
  return list.length ? list.join(' ') : undefined;
}

interface ShellProps {
  id: string;
  label: string;
  optional?: boolean;
  hint?: ReactNode;
  error?: string;
  /** The API blamed this field (its message is in the ErrorAlert above). */
  blamed?: boolean;
  testId?: string;
  /** A field inside a group of the large look (the contact details): a smaller label. */
  secondary?: boolean;
}

/** What a control gets from its field: its id, whether it is at fault, and the ids that describe it. */
interface ControlProps {
  id: string;
  invalid: boolean;
  /** `form-control` / `form-select` with `is-invalid` where the look marks it so. */
  className(base: string): string;
  aria: { 'aria-invalid': true | undefined; 'aria-describedby': string | undefined };
}

/**
 * A field's hint and error, tied to it by id (`<id>-hint`, `<id>-error`): paragraphs in the large
 * look (above the control), Bootstrap's form text and invalid feedback in the compact one (under it).
 */
function FieldNotes({ id, look, hint, error, hintClass = '' }: { id: string; look: 'compact' | 'large'; hint?: ReactNode; error?: string; hintClass?: string }) {
  if (look === 'large') {
    return (
      <>
        {hint && (
          <p id={`${id}-hint`} className={`flag-hint${hintClass}`}>
            {hint}
          </p>
        )}
        {error && (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        )}
      </>
    );
  }
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

/**
 * One field: its label, hint and error around `control`, in the form's look. `extra` follows the
 * control (a character counter, a notice) and `extraIds` are read with it.
 */
export function Field({
  id,
  label,
  optional,
  hint,
  error,
  blamed,
  secondary,
  extra,
  extraIds = [],
  children,
}: Omit<ShellProps, 'testId'> & { extra?: ReactNode; extraIds?: string[]; children(control: ControlProps): ReactNode }) {
  const { t } = useI18n();
  const look = useLook();
  const invalid = !!error || !!blamed;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const control: ControlProps = {
    id,
    invalid,
    className: (base) => (look === 'compact' && invalid ? `${base} is-invalid` : base),
    aria: { 'aria-invalid': invalid ? true : undefined, 'aria-describedby': describedBy(hintId, errorId, ...extraIds) },
  };
  const optionalNote = optional && <span className="fw-normal"> {t('admin.form.optional')}</span>;
  if (look === 'large') {
    return (
      <div className="flag-field">
        <label htmlFor={id} className={secondary ? 'form-label fw-semibold d-block' : 'flag-label'}>
          {label}
          {optionalNote}
        </label>
        <FieldNotes id={id} look="large" hint={hint} error={error} />
        {children(control)}
        {extra}
      </div>
    );
  }
  return (
    <div className="mb-3">
      <label htmlFor={id} className="form-label fw-semibold">
        {label}
        {optionalNote}
      </label>
      {children(control)}
      {extra}
      <FieldNotes id={id} look="compact" hint={hint} error={error} />
    </div>
  );
}

export function TextField({
  value,
  onChange,
  type = 'text',
  inputMode,
  autoComplete = 'off',
  step,
  min,
  max,
  maxLength,
  testId,
  ...shell
}: ShellProps & {
  value: string;
  onChange(value: string): void;
  maxLength?: number;
  type?: 'text' | 'email' | 'number' | 'date' | 'time' | 'datetime-local' | 'url' | 'tel' | 'password';
  inputMode?: 'decimal' | 'numeric' | 'email' | 'tel' | 'text' | 'url';
  autoComplete?: string;
  step?: string;
  min?: string | number;
  max?: string | number;
}) {
  return (
    <Field {...shell}>
      {(c) => (
        <input
          id={c.id}
          className={c.className('form-control')}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete}
          step={step}
          min={min}
          max={max}
          maxLength={maxLength}
          value={value}
          {...c.aria}
          data-testid={testId}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

export function TextArea({
  value,
  onChange,
  rows = 3,
  maxLength,
  testId,
  extra,
  extraIds,
  ...shell
}: ShellProps & { value: string; onChange(value: string): void; rows?: number; maxLength?: number; extra?: ReactNode; extraIds?: string[] }) {
  return (
    <Field {...shell} extra={extra} extraIds={extraIds}>
      {(c) => <textarea id={c.id} className={c.className('form-control')} rows={rows} maxLength={maxLength} value={value} data-testid={testId} {...c.aria} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}

export function SelectField({
  value,
  onChange,
  options,
  placeholder,
  testId,
  extra,
  ...shell
}: ShellProps & {
  value: string;
  onChange(value: string): void;
  options: { value: string; label: string }[];
  /** A first option that cannot be chosen back ("Scegli…"). */
  placeholder?: string;
  extra?: ReactNode;
}) {
  return (
    <Field {...shell} extra={extra}>
      {(c) => (
        <select id={c.id} className={c.className('form-select')} value={value} {...c.aria} data-testid={testId} onChange={(e) => onChange(e.target.value)}>
          {placeholder !== undefined && (
            <option value="" disabled>
              {placeholder}
            </option>
          )}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A single yes/no checkbox with its label (in the large look, a tile). */
export function CheckField({ id, label, hint, error, blamed, checked, onChange, testId }: Omit<ShellProps, 'optional' | 'secondary'> & { checked: boolean; onChange(checked: boolean): void }) {
  const look = useLook();
  const described = describedBy(hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined);
  const input = (
    <input
      id={id}
      className={look === 'compact' ? `form-check-input${error ? ' is-invalid' : ''}` : undefined}
      type="checkbox"
      checked={checked}
      aria-invalid={error || blamed ? true : undefined}
      aria-describedby={described}
      data-testid={testId}
      onChange={(e) => onChange(e.target.checked)}
    />
  );
  if (look === 'large') {
    return (
      <div className="flag-field">
        <div className="choice-grid wide">
          <div className="choice">
            {input}
            <label htmlFor={id}>{label}</label>
          </div>
        </div>
        <FieldNotes id={id} look="large" hint={hint} error={error} hintClass=" mt-2" />
      </div>
    );
  }
  return (
    <div className="mb-3">
      <div className="form-check">
        {input}
        <label htmlFor={id} className="form-check-label">
          {label}
        </label>
      </div>
      <FieldNotes id={id} look="compact" hint={hint} error={error} />
    </div>
  );
}

export interface ChoiceOption {
  value: string;
  label: string;
  /** The large look's tile class beside `choice` (e.g. `emergency`). */
  tone?: string;
}

/**
 * A group of checkboxes (or radios, with `single`) in a fieldset with its legend; in the large look
 * the choices are big tiles. The fieldset has the id `<id>` (large look: `<id>-group`), so that focus
 * can move to it when it is at fault; each choice's id is `optionId(value, index)`.
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
  name = id,
  optionId = (_value, i) => `${id}-${i}`,
  optionTestId,
  wide,
}: {
  id: string;
  legend: string;
  blamed?: boolean;
  optional?: boolean;
  hint?: ReactNode;
  error?: string;
  options: ChoiceOption[];
  selected: string[];
  onChange(selected: string[]): void;
  single?: boolean;
  /** The inputs' name (default: the id). */
  name?: string;
  optionId?(value: string, index: number): string;
  optionTestId?(value: string): string;
  /** Large look: two wide columns (long labels). */
  wide?: boolean;
}) {
  const { t } = useI18n();
  const look = useLook();
  const invalid = error || blamed ? true : undefined;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const choose = (value: string, checked: boolean) => {
    if (single) onChange([value]);
    else onChange(checked ? [...selected, value] : selected.filter((v) => v !== value));
  };
  const inputs = options.map((o, i) => {
    const inputId = optionId(o.value, i);
    const checked = selected.includes(o.value);
    const input = (
      <input
        id={inputId}
        className={look === 'compact' ? 'form-check-input' : undefined}
        data-testid={optionTestId?.(o.value)}
        type={single ? 'radio' : 'checkbox'}
        name={name}
        value={o.value}
        checked={checked}
        aria-invalid={invalid}
        onChange={(e) => choose(o.value, e.target.checked)}
      />
    );
    return look === 'large' ? (
      <div className={o.tone ? `choice ${o.tone}` : 'choice'} key={o.value}>
        {input}
        <label htmlFor={inputId}>{o.label}</label>
      </div>
    ) : (
      <div className="form-check" key={o.value}>
        {input}
        <label htmlFor={inputId} className="form-check-label">
          {o.label}
        </label>
      </div>
    );
  });
  if (look === 'large') {
    return (
      <fieldset id={`${id}-group`} aria-describedby={describedBy(hintId, errorId)}>
        <legend>{legend}</legend>
        <FieldNotes id={id} look="large" hint={hint} error={error} />
        <div className={wide ? 'choice-grid wide' : 'choice-grid'}>{inputs}</div>
      </fieldset>
    );
  }
  return (
    <fieldset id={id} tabIndex={-1} className="mb-3" aria-describedby={describedBy(hintId, errorId)}>
      <legend className="fs-6 fw-semibold mb-2">
        {legend}
        {optional && <span className="fw-normal"> {t('admin.form.optional')}</span>}
      </legend>
      <div className="admin-check-grid">{inputs}</div>
      <FieldNotes id={id} look="compact" hint={hint} error={error} />
    </fieldset>
  );
}

/** A file chooser with its label, hint and error (the error is announced). */
export function FileField({ id, label, hint, accept, error, onChange, testId }: { id: string; label: string; hint: string; accept: string; error?: string; onChange(file: File | undefined): void; testId?: string }) {
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
        aria-describedby={describedBy(`${id}-hint`, error && `${id}-error`)}
        aria-invalid={error ? true : undefined}
        data-testid={testId}
        onChange={(e) => onChange(e.target.files?.[0])}
      />
      <div id={`${id}-hint`} className="form-text text-secondary">
        {hint}
      </div>
      {error && (
        <div id={`${id}-error`} className="invalid-feedback d-block" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}

/**
 * The list of what to fix, above a form: focused after a refused submit (give it `ref` and focus
 * it), each entry a link to its field; not a live region (focus already takes the reader there).
 */
export function ErrorSummary({
  ref,
  title,
  intro,
  entries,
  onGo,
  testId,
}: {
  ref?: Ref<HTMLDivElement>;
  title: string;
  intro: string;
  entries: { key: string; target: string; message: string }[];
  onGo(key: string): void;
  testId?: string;
}) {
  if (entries.length === 0) return null;
  return (
    <div ref={ref} className="alert alert-danger error-summary" tabIndex={-1} data-testid={testId}>
      <h2 className="h4">{title}</h2>
      <p>{intro}</p>
      <ul className="mb-0">
        {entries.map(({ key, target, message }) => (
          <li key={key}>
            <a
              href={`#${target}`}
              onClick={(event) => {
                event.preventDefault();
                onGo(key);
              }}
            >
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
