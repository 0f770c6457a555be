import { FormEvent, useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n';

interface Props {
  /** Unique within the page: used for the textarea's id. */
  id: string;
  label: string;
  hint?: string;
  confirmLabel: string;
  textareaTestId: string;
  confirmTestId: string;
  minLength: number;
  pending: boolean;
  danger?: boolean;
  onSubmit(text: string): void;
  onCancel(): void;
}

/** A small inline form with one labelled textarea (a reason, an outcome), checked before it is sent. */
export function TextForm({ id, label, hint, confirmLabel, textareaTestId, confirmTestId, minLength, pending, danger, onSubmit, onCancel }: Props) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    const value = text.trim();
    if (value.length < minLength) {
      setInvalid(true);
      ref.current?.focus();
      return;
    }
    setInvalid(false);
    onSubmit(value);
  }

  const textId = `${id}-text`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const described = [hint ? hintId : '', invalid ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <form className="border rounded p-3 mt-3 bg-light" onSubmit={submit} noValidate>
      <label htmlFor={textId} className="form-label fw-semibold">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="small text-secondary mb-2">
          {hint}
        </p>
      )}
      <textarea
        ref={ref}
        id={textId}
        className={`form-control${invalid ? ' is-invalid' : ''}`}
        rows={3}
        maxLength={1000}
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-invalid={invalid || undefined}
        aria-describedby={described}
        data-testid={textareaTestId}
      />
      {invalid && (
        <p id={errorId} className="text-danger small mt-1 mb-0">
          {t('org.form.tooShort', { n: minLength })}
        </p>
      )}
      <div className="d-flex flex-wrap gap-2 mt-3">
        <button type="submit" className={`btn ${danger ? 'btn-danger' : 'btn-primary'}`} disabled={pending} data-testid={confirmTestId}>
          {confirmLabel}
        </button>
        <button type="button" className="btn btn-outline-primary" onClick={onCancel} disabled={pending}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
