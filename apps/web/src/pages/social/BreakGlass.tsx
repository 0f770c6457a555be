import { FormEvent, useState } from 'react';
import { useMutation } from '../../api/mutation';
import { ErrorAlert } from '../../components/common';
import { formatDateTime, useI18n } from '../../i18n/i18n';
import { GLASS_REASON_MIN } from './enums';
import { BREAK_GLASS } from './reportApi';

interface Grant {
  id: string;
  grantedAt: string;
  expiresAt: string;
}

/**
 * Break-the-glass: three hours of access to the contact details past "do not contact", only for a
 * danger to life, with a written reason and an explicit confirmation; every use is reviewed.
 */
export function BreakGlass({ reportId, onDone }: { reportId: string; onDone(message: string): void }) {
  const { t, locale } = useI18n();
  const [reason, setReason] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [problems, setProblems] = useState<{ reason?: boolean; confirm?: boolean }>({});
  const { run, pending, error } = useMutation();
  const [grant, setGrant] = useState<Grant>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = { reason: reason.trim().length < GLASS_REASON_MIN || undefined, confirm: !confirmed || undefined };
    setProblems(found);
    if (found.reason || found.confirm) {
      document.getElementById(found.reason ? 'btg-reason' : 'btg-confirm')?.focus();
      return;
    }
    const data = await run(BREAK_GLASS, { reportId, reason: reason.trim() });
    if (!data) return;
    setGrant(data.breakTheGlass);
    setReason('');
    setConfirmed(false);
    onDone(t('social.glass.granted', { until: formatDateTime(data.breakTheGlass.expiresAt, locale) }));
  }

  return (
    <section className="card card-body border-danger border-2 mb-4" aria-labelledby="glass-title" data-testid="break-glass">
      <h2 id="glass-title" className="h4 text-danger">
        <span aria-hidden="true">⚠ </span>
        {t('social.glass.title')}
      </h2>
      <div className="alert alert-danger">
        <p className="fw-bold">{t('social.glass.warning')}</p>
        <ul className="mb-0">
          <li>{t('social.glass.only')}</li>
          <li>{t('social.glass.time')}</li>
          <li>{t('social.glass.review')}</li>
        </ul>
      </div>
      {grant && (
        <p className="alert alert-info" data-testid="glass-active">
          {t('social.glass.active', { until: formatDateTime(grant.expiresAt, locale) })}
        </p>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor="btg-reason" className="form-label fw-semibold">
          {t('social.glass.reason')}
        </label>
        <p id="btg-reason-hint" className="small text-secondary mb-1">
          {t('social.glass.reasonHint', { n: GLASS_REASON_MIN })}
        </p>
        <textarea
          id="btg-reason"
          className={`form-control${problems.reason ? ' is-invalid' : ''}`}
          rows={3}
          maxLength={2000}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={problems.reason || undefined}
          aria-describedby={problems.reason ? 'btg-reason-hint btg-reason-error' : 'btg-reason-hint'}
          data-testid="btg-reason"
        />
        {problems.reason && (
          <p id="btg-reason-error" className="text-danger small mt-1 mb-0">
            {t('social.glass.reasonShort', { n: GLASS_REASON_MIN })}
          </p>
        )}
        <div className="form-check mt-3">
          <input
            id="btg-confirm"
            type="checkbox"
            className={`form-check-input${problems.confirm ? ' is-invalid' : ''}`}
            checked={confirmed}
            onChange={(e) => setConfirmed(e.target.checked)}
            aria-invalid={problems.confirm || undefined}
            aria-describedby={problems.confirm ? 'btg-confirm-error' : undefined}
            data-testid="btg-confirm"
          />
          <label htmlFor="btg-confirm" className="form-check-label">
            {t('social.glass.confirm')}
          </label>
          {problems.confirm && (
            <p id="btg-confirm-error" className="text-danger small mt-1 mb-0">
              {t('social.glass.confirmRequired')}
            </p>
          )}
        </div>
        <button type="submit" className="btn btn-danger mt-3" disabled={pending} data-testid="btg-submit">
          {t('social.glass.submit')}
        </button>
        <div className="mt-2">
          <ErrorAlert error={error} />
        </div>
      </form>
    </section>
  );
}
