import { FormEvent, useState } from 'react';
import { ErrorAlert, reworded } from '../../components/common';
import { TableScroll } from '../../components/TableScroll';
import { formatDateTime, useI18n } from '../../i18n/i18n';
import { fromLocalInput, toLocalInput } from './dates';
import { CHANNELS, OUTCOMES } from './enums';
import { ContactAttempt, RECORD_ATTEMPT } from './reportApi';
import { useMutation } from '../../api/mutation';

interface Props {
  reportId: string;
  attempts: ContactAttempt[];
  /** False once the report is closed: attempts can no longer be recorded. */
  canRecord: boolean;
  onDone(message: string): void;
}

/** The attempts to reach the person, and the form to record a new one. */
export function ContactAttempts({ reportId, attempts, canRecord, onDone }: Props) {
  const { t, locale } = useI18n();
  return (
    <section className="card card-body shadow-sm mb-4" aria-labelledby="attempts-title">
      <h2 id="attempts-title" className="h4">
        {t('social.attempts.title')}
      </h2>
      {attempts.length === 0 ? (
        <p>{t('social.attempts.none')}</p>
      ) : (
        <TableScroll label={t('social.attempts.caption')}>
          <table className="table" data-testid="attempts-table">
            <caption className="visually-hidden">{t('social.attempts.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('social.attempts.when')}</th>
                <th scope="col">{t('social.attempts.channel')}</th>
                <th scope="col">{t('social.attempts.outcome')}</th>
                <th scope="col">{t('social.attempts.note')}</th>
              </tr>
            </thead>
            <tbody>
              {attempts.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{formatDateTime(a.attemptedAt, locale)}</th>
                  <td>{t(`social.channel.${a.channel}`)}</td>
                  <td>{t(`social.outcome.${a.outcome}`)}</td>
                  <td>{a.note || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {canRecord && <AttemptForm reportId={reportId} onDone={onDone} />}
    </section>
  );
}

function AttemptForm({ reportId, onDone }: { reportId: string; onDone(message: string): void }) {
  const { t } = useI18n();
  const { run, pending, error } = useMutation(onDone);
  const [channel, setChannel] = useState<string>('PHONE');
  const [outcome, setOutcome] = useState<string>('');
  const [at, setAt] = useState(() => toLocalInput(new Date()));
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<{ outcome?: string; at?: string }>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    const iso = fromLocalInput(at);
    const found: { outcome?: string; at?: string } = {};
    if (!outcome) found.outcome = t('social.attempts.errors.outcome');
    if (!iso) found.at = t('social.attempts.errors.at');
    else if (Date.parse(iso) > Date.now() + 5 * 60_000) found.at = t('social.attempts.errors.future');
    setProblems(found);
    if (found.outcome || found.at || !iso) {
      document.getElementById(found.outcome ? 'attempt-outcome' : 'attempt-at')?.focus();
      return;
    }
    const ok = await run(RECORD_ATTEMPT, { input: { reportId, channel, outcome, attemptedAt: iso, ...(note.trim() ? { note: note.trim() } : {}) } }, t('social.done.attempt'));
    if (ok) {
      setOutcome('');
      setNote('');
      setAt(toLocalInput(new Date()));
    }
  }

  // The API checks the time against the report's arrival and the clock: say it in plain words.
  const shown = error?.field === 'input.attemptedAt' ? reworded(t('social.attempts.errors.range'), error) : error;
  const invalid = (key: 'outcome' | 'at', id: string) =>
    problems[key] ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` } : {};
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="border-top pt-3 mt-2" aria-labelledby="attempt-form-title">
      <h3 id="attempt-form-title" className="h5">
        {t('social.attempts.formTitle')}
      </h3>
      <div className="row g-3">
        <div className="col-12 col-md-6">
          <label htmlFor="attempt-channel" className="form-label">
            {t('social.attempts.channel')}
          </label>
          <select id="attempt-channel" className="form-select" value={channel} onChange={(e) => setChannel(e.target.value)} data-testid="attempt-channel">
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`social.channel.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="col-12 col-md-6">
          <label htmlFor="attempt-outcome" className="form-label">
            {t('social.attempts.outcome')}
          </label>
          <select id="attempt-outcome" className={`form-select${problems.outcome ? ' is-invalid' : ''}`} value={outcome} onChange={(e) => setOutcome(e.target.value)} data-testid="attempt-outcome" {...invalid('outcome', 'attempt-outcome')}>
            <option value="">{t('social.attempts.choose')}</option>
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`social.outcome.${o}`)}
              </option>
            ))}
          </select>
          {problems.outcome && (
            <p id="attempt-outcome-error" className="text-danger small mt-1 mb-0">
              {problems.outcome}
            </p>
          )}
        </div>
        <div className="col-12 col-md-6">
          <label htmlFor="attempt-at" className="form-label">
            {t('social.attempts.when')}
          </label>
          <input id="attempt-at" type="datetime-local" className={`form-control${problems.at ? ' is-invalid' : ''}`} value={at} max={toLocalInput(new Date())} onChange={(e) => setAt(e.target.value)} data-testid="attempt-at" {...invalid('at', 'attempt-at')} />
          {problems.at && (
            <p id="attempt-at-error" className="text-danger small mt-1 mb-0">
              {problems.at}
            </p>
          )}
        </div>
        <div className="col-12">
          <label htmlFor="attempt-note" className="form-label">
            {t('social.attempts.noteOptional')}
          </label>
          <textarea id="attempt-note" className="form-control" rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} data-testid="attempt-note" />
        </div>
      </div>
      <button type="submit" className="btn btn-primary mt-3" disabled={pending} data-testid="attempt-submit">
        {t('social.attempts.submit')}
      </button>
      <div className="mt-3">
        <ErrorAlert error={shown} />
      </div>
    </form>
  );
}
