import type { Operation } from '../../api/client';
import { ErrorAlert } from '../../components/common';
import { useActionForms } from '../../components/useActionForms';
import { useI18n } from '../../i18n/i18n';
import { TextForm } from '../../components/TextForm';
import { graphql } from '../../gql';

export const ADD_FOLLOW_UP = graphql(`mutation AddFollowUp($reportId: ID!, $note: String!) { addReportFollowUp(reportId: $reportId, note: $note) }`);
export const WITHDRAW = graphql(`mutation Withdraw($reportId: ID!, $reason: String!) { withdrawReport(reportId: $reportId, reason: $reason) }`);


/**
 * What an antenna may still do with its open report: tell the desk something new ("è tornato a
 * casa"), or withdraw a report made by mistake, with a reason. Neither shows anything of the case.
 */
export function ReportCardActions({ reportId, onDone }: { reportId: string; onDone(message: string): void }) {
  const { t } = useI18n();
  const { open, toggle, pending, error, ...action } = useActionForms<'followUp' | 'withdraw'>(onDone);
  const run = <T, V extends { reportId: string | number }>(mutation: Operation<T, V>, variables: Omit<V, 'reportId'>, doneKey: string) =>
    action.run(mutation, { reportId, ...variables } as V, t(`antenna.myReports.done.${doneKey}`));

  return (
    <div className="mt-3">
      <div className="flag-actions">
        <button type="button" className="btn btn-outline-primary" aria-expanded={open === 'followUp'} disabled={pending} onClick={() => toggle('followUp')} data-testid={`follow-up-${reportId}`}>
          {t('antenna.myReports.followUp')}
        </button>
        <button type="button" className="btn btn-outline-danger" aria-expanded={open === 'withdraw'} disabled={pending} onClick={() => toggle('withdraw')} data-testid={`withdraw-${reportId}`}>
          {t('antenna.myReports.withdraw')}
        </button>
      </div>
      {open === 'followUp' && (
        <TextForm
          id={`follow-up-${reportId}`}
          label={t('antenna.myReports.followUpLabel')}
          hint={t('antenna.myReports.followUpHint')}
          confirmLabel={t('antenna.myReports.followUpConfirm')}
          textareaTestId={`follow-up-text-${reportId}`}
          confirmTestId={`follow-up-confirm-${reportId}`}
          minLength={3}
          pending={pending}
          onSubmit={(note) => void run(ADD_FOLLOW_UP, { note }, 'followUp')}
          onCancel={() => toggle(null)}
        />
      )}
      {open === 'withdraw' && (
        <TextForm
          id={`withdraw-${reportId}`}
          label={t('antenna.myReports.withdrawLabel')}
          hint={t('antenna.myReports.withdrawHint')}
          confirmLabel={t('antenna.myReports.withdrawConfirm')}
          textareaTestId={`withdraw-reason-${reportId}`}
          confirmTestId={`withdraw-confirm-${reportId}`}
          minLength={3}
          pending={pending}
          danger
          onSubmit={(reason) => void run(WITHDRAW, { reason }, 'withdrawn')}
          onCancel={() => toggle(null)}
        />
      )}
      <ErrorAlert error={error} />
    </div>
  );
}
