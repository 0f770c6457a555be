import type { ClosureReason } from '../../gql/graphql';
import { FormEvent, useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert, reworded } from '../../components/common';
import { formatDateTime, useI18n } from '../../i18n/i18n';
import { CLOSURE_REASONS } from './enums';
import { CLOSE, Desk, HAND_OVER, REOPEN, ReportDetail, TAKE } from './reportApi';
import { useMutation } from '../../api/mutation';

interface Props {
  report: ReportDetail;
  desks: Desk[];
  me: string | undefined;
  onDone(message: string): void;
}

/**
 * Reopen a report the desk closed, while the window lasts (the reopening is recorded); after it,
 * or for a withdrawn report, only a note that it is closed.
 */
export function ClosedActions({ report, onDone }: { report: ReportDetail; onDone(message: string): void }) {
  const { t, locale } = useI18n();
  const { run, pending, error } = useMutation(onDone);
  return (
    <section className="card card-body shadow-sm mb-4" aria-labelledby="actions-title" data-testid="report-actions">
      <h2 id="actions-title" className="h4">
        {t('social.actions.title')}
      </h2>
      <p>{t('social.actions.closedFor')}</p>
      {report.reopenableUntil ? (
        <div data-testid="reopen">
          <h3 className="h5">{t('social.actions.reopenTitle')}</h3>
          <p className="small text-secondary">{t('social.actions.reopenHint', { until: formatDateTime(report.reopenableUntil, locale) })}</p>
          <button type="button" className="btn btn-primary" disabled={pending} onClick={() => void run(REOPEN, { id: report.id }, t('social.done.reopened'))} data-testid="reopen-submit">
            {t('social.actions.reopen')}
          </button>
          <div className="mt-2">
            <ErrorAlert error={error} />
          </div>
        </div>
      ) : (
        <p className="alert alert-info mb-0">{t('social.report.closedNote')}</p>
      )}
    </section>
  );
}

/** Assign, hand over to another desk, close: what the owner desk does with an open report. */
export function ReportActions({ report, desks, me, onDone }: Props) {
  const { t } = useI18n();
  return (
    <section className="card card-body shadow-sm mb-4" aria-labelledby="actions-title" data-testid="report-actions">
      <h2 id="actions-title" className="h4">
        {t('social.actions.title')}
      </h2>
      <TakeAction report={report} me={me} onDone={onDone} />
      <HandOverAction report={report} desks={desks} onDone={onDone} />
      <CloseAction report={report} onDone={onDone} />
    </section>
  );
}

function TakeAction({ report, me, onDone }: { report: ReportDetail; me: string | undefined; onDone(message: string): void }) {
  const { t } = useI18n();
  const { run, pending, error } = useMutation(onDone);
  const mine = !!me && report.assigneeId === me;
  return (
    <div className="mb-4">
      <h3 className="h5">{t('social.actions.takeTitle')}</h3>
      {mine ? (
        <p className="mb-0">{t('social.actions.takenByYou')}</p>
      ) : (
        <>
          <p className="small text-secondary">{t(report.assigneeId ? 'social.actions.takeOtherHint' : 'social.actions.takeHint')}</p>
          <button type="button" className="btn btn-primary" disabled={pending} onClick={() => void run(TAKE, { id: report.id }, t('social.done.taken'))} data-testid="take-report">
            {t('social.actions.take')}
          </button>
        </>
      )}
      <div className="mt-2">
        <ErrorAlert error={error} />
      </div>
    </div>
  );
}

function HandOverAction({ report, desks, onDone }: { report: ReportDetail; desks: Desk[]; onDone(message: string): void }) {
  const { t } = useI18n();
  const { run, pending, error } = useMutation(onDone);
  const [deskId, setDeskId] = useState('');
  const [missing, setMissing] = useState(false);
  const others = desks.filter((d) => d.id !== report.ownerDeskId).sort((a, b) => a.name.localeCompare(b.name, 'it'));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!deskId) {
      setMissing(true);
      document.getElementById('handover-desk')?.focus();
      return;
    }
    setMissing(false);
    const desk = others.find((d) => d.id === deskId);
    if (await run(HAND_OVER, { id: report.id, toDeskId: deskId }, t('social.done.handedOver', { desk: desk?.name ?? '' }))) setDeskId('');
  }

  return (
    <form className="mb-4 border-top pt-3" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="handover-title">
      <h3 id="handover-title" className="h5">
        {t('social.actions.handOverTitle')}
      </h3>
      <label htmlFor="handover-desk" className="form-label">
        {t('social.actions.desk')}
      </label>
      <select
        id="handover-desk"
        className={`form-select${missing ? ' is-invalid' : ''}`}
        value={deskId}
        onChange={(e) => setDeskId(e.target.value)}
        aria-invalid={missing || undefined}
        aria-describedby={missing ? 'handover-desk-error' : undefined}
        data-testid="handover-desk"
      >
        <option value="">{t('social.actions.chooseDesk')}</option>
        {others.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}
          </option>
        ))}
      </select>
      {missing && (
        <p id="handover-desk-error" className="text-danger small mt-1 mb-0">
          {t('social.actions.deskRequired')}
        </p>
      )}
      <button type="submit" className="btn btn-outline-primary mt-3" disabled={pending} data-testid="handover-submit">
        {t('social.actions.handOver')}
      </button>
      <div className="mt-2">
        <ErrorAlert error={error} />
      </div>
    </form>
  );
}

function CloseAction({ report, onDone }: { report: ReportDetail; onDone(message: string): void }) {
  const { t } = useI18n();
  const { run, pending, error } = useMutation(onDone);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [asking, setAsking] = useState(false);

  // The closure is asked for first: a question with the facts, Escape or "No" keep it open.
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason) {
      setMissing(true);
      document.getElementById('close-reason')?.focus();
      return;
    }
    setMissing(false);
    setAsking(true);
  }

  async function confirm() {
    setAsking(false);
    await run(CLOSE, { id: report.id, reason: reason as ClosureReason }, t('social.done.closed', { hours: report.reopenWindowHours }));
  }

  const described = ['close-reason-hint', missing ? 'close-reason-error' : ''].filter(Boolean).join(' ');
  // The API refuses "unable to contact" without enough attempts: say it in plain words.
  const shown = error?.field === 'input.reason' ? reworded(t('social.actions.unableRefused', { n: report.contactAttempts }), error) : error;
  return (
    <form className="border-top pt-3" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="close-title">
      <h3 id="close-title" className="h5">
        {t('social.actions.closeTitle')}
      </h3>
      <label htmlFor="close-reason" className="form-label">
        {t('social.actions.closeReason')}
      </label>
      <select
        id="close-reason"
        className={`form-select${missing ? ' is-invalid' : ''}`}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        aria-invalid={missing || undefined}
        aria-describedby={described}
        data-testid="close-reason"
      >
        <option value="">{t('social.actions.chooseReason')}</option>
        {CLOSURE_REASONS.map((r) => (
          <option key={r} value={r}>
            {t(`common.closureReason.${r}`)}
          </option>
        ))}
      </select>
      {missing && (
        <p id="close-reason-error" className="text-danger small mt-1 mb-0">
          {t('social.actions.reasonRequired')}
        </p>
      )}
      <p id="close-reason-hint" className="small text-secondary mt-2">
        {t('social.actions.unableHint', { n: report.contactAttempts })}
      </p>
      <button type="submit" className="btn btn-danger" disabled={pending} data-testid="close-submit">
        {t('social.actions.close')}
      </button>
      <div className="mt-2">
        <ErrorAlert error={shown} />
      </div>
      {asking && (
        <ConfirmDialog
          title={t('social.actions.closeDialog.title')}
          confirmLabel={t('social.actions.closeDialog.confirm')}
          cancelLabel={t('social.actions.closeDialog.cancel')}
          danger
          pending={pending}
          onConfirm={() => void confirm()}
          onCancel={() => setAsking(false)}
          testId="close-dialog"
        >
          <p className="mb-0">{t('social.actions.closeDialog.text', { reason: t(`common.closureReason.${reason}`), hours: report.reopenWindowHours })}</p>
        </ConfirmDialog>
      )}
    </form>
  );
}
