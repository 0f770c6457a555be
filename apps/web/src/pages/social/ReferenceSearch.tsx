import { FormEvent, useState } from 'react';
import { useI18n } from '../../i18n/i18n';

const ALPHABET = '346789CDFGHJKMNPQRTVWXY';
const PATTERN = new RegExp(`^[A-Z]{2}-[${ALPHABET}]{4,6}$`);

/** A code as typed ("cb 7k4q") in its written form ("CB-7K4Q"), or null (the API's normaliseReference, for the form's own check). */
export function normaliseReference(input: string): string | null {
  const compact = input.trim().toUpperCase().replace(/[\s\-–—_.]/g, '');
  const code = `${compact.slice(0, 2)}-${compact.slice(2)}`;
  return PATTERN.test(code) ? code : null;
}

/**
 * The desk finds the case a caller names by its «codice della segnalazione» (open or closed);
 * `onSearch(null)` goes back to the open reports.
 */
export function ReferenceSearch({ value, onSearch }: { value: string | null; onSearch(code: string | null): void }) {
  const { t } = useI18n();
  const [text, setText] = useState(value ?? '');
  const [invalid, setInvalid] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const code = normaliseReference(text);
    setInvalid(!code);
    if (code) {
      setText(code);
      onSearch(code);
    }
  };
  const describedBy = invalid ? 'triage-reference-hint triage-reference-error' : 'triage-reference-hint';
  return (
    <form className="card card-body shadow-sm mb-3" role="search" onSubmit={submit} noValidate data-testid="triage-reference-search">
      <label htmlFor="triage-reference" className="form-label fw-semibold">
        {t('social.triage.search.label')}
      </label>
      <p id="triage-reference-hint" className="form-text text-secondary mt-0">
        {t('social.triage.search.hint')}
      </p>
      <div className="d-flex flex-wrap gap-2 align-items-center">
        <input
          id="triage-reference"
          className={`form-control reference-search-input${invalid ? ' is-invalid' : ''}`}
          value={text}
          onChange={(e) => setText(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          data-testid="triage-reference-input"
        />
        <button type="submit" className="btn btn-primary" data-testid="triage-reference-submit">
          {t('social.triage.search.submit')}
        </button>
        {value && (
          <button
            type="button"
            className="btn btn-outline-primary"
            onClick={() => {
              setText('');
              setInvalid(false);
              onSearch(null);
            }}
            data-testid="triage-reference-clear"
          >
            {t('social.triage.search.clear')}
          </button>
        )}
      </div>
      {invalid && (
        <div id="triage-reference-error" className="invalid-feedback d-block" role="alert">
          {t('social.triage.search.invalid')}
        </div>
      )}
    </form>
  );
}
