import { ErrorAlert } from '../../components/common';
import { useActionForms } from '../../components/useActionForms';
import { useI18n } from '../../i18n/i18n';
import { ContactReveal } from './ContactReveal';
import { ACCEPT, COMPLETE, FAIL, HOLD, InboxReferral, MIN_TEXT, REJECT, RESUME, START } from './inboxApi';
import { TextForm } from './TextForm';

/** The buttons a referral's state allows, with the small forms that ask for a reason or an outcome. */
export function ReferralActions({ referral, onDone }: { referral: InboxReferral; onDone(message: string): void }) {
  const { t } = useI18n();
  const { id, status } = referral;
  const { open, toggle, pending, error, ...action } = useActionForms<'reject' | 'hold' | 'complete' | 'fail'>(onDone);
  const run = (mutation: string, variables: Record<string, unknown>, successKey: string) => action.run(mutation, { id, ...variables }, t(`org.done.${successKey}`));

  const button = (key: string, testId: string, onClick: () => void, style = 'btn-primary', expanded?: boolean) => (
    <button type="button" className={`btn ${style}`} onClick={onClick} disabled={pending} data-testid={`${testId}-${id}`} aria-expanded={expanded}>
      {t(`org.actions.${key}`)}
    </button>
  );

  const canHold = status === 'ACCEPTED' || status === 'IN_PROGRESS';
  // The help was tried and could not be given (FHIR "failed"): the report stays open with its desk.
  const canFail = status === 'ACCEPTED' || status === 'IN_PROGRESS' || status === 'ON_HOLD';
  const canReveal = status === 'ACCEPTED' || status === 'IN_PROGRESS' || status === 'ON_HOLD';
  return (
    <div>
      <div className="d-flex flex-wrap gap-2">
        {status === 'REQUESTED' && (
          <>
            {button('accept', 'accept', () => void run(ACCEPT, {}, 'accepted'))}
            {button('reject', 'reject', () => toggle('reject'), 'btn-outline-danger', open === 'reject')}
          </>
        )}
        {status === 'ACCEPTED' && button('start', 'start', () => void run(START, {}, 'started'))}
        {status === 'IN_PROGRESS' && button('complete', 'complete', () => toggle('complete'), 'btn-primary', open === 'complete')}
        {canHold && button('hold', 'hold', () => toggle('hold'), 'btn-outline-primary', open === 'hold')}
        {status === 'ON_HOLD' && button('resume', 'resume', () => void run(RESUME, {}, 'resumed'))}
        {canFail && button('fail', 'fail', () => toggle('fail'), 'btn-outline-danger', open === 'fail')}
      </div>
      {open === 'reject' && (
        <TextForm
          id={`reject-${id}`}
          label={t('org.forms.rejectLabel')}
          hint={t('org.forms.rejectHint')}
          confirmLabel={t('org.forms.rejectConfirm')}
          textareaTestId={`reject-reason-${id}`}
          confirmTestId={`reject-confirm-${id}`}
          minLength={MIN_TEXT}
          pending={pending}
          danger
          onSubmit={(reason) => void run(REJECT, { reason }, 'rejected')}
          onCancel={() => toggle(null)}
        />
      )}
      {open === 'hold' && (
        <TextForm
          id={`hold-${id}`}
          label={t('org.forms.holdLabel')}
          confirmLabel={t('org.forms.holdConfirm')}
          textareaTestId={`hold-reason-${id}`}
          confirmTestId={`hold-confirm-${id}`}
          minLength={MIN_TEXT}
          pending={pending}
          onSubmit={(reason) => void run(HOLD, { reason }, 'held')}
          onCancel={() => toggle(null)}
        />
      )}
      {open === 'complete' && (
        <TextForm
          id={`complete-${id}`}
          label={t('org.forms.outcomeLabel')}
          hint={t('org.forms.outcomeHint')}
          confirmLabel={t('org.forms.completeConfirm')}
          textareaTestId={`outcome-${id}`}
          confirmTestId={`complete-confirm-${id}`}
          minLength={MIN_TEXT}
          pending={pending}
          onSubmit={(outcome) => void run(COMPLETE, { outcome }, 'completed')}
          onCancel={() => toggle(null)}
        />
      )}
      {open === 'fail' && (
        <TextForm
          id={`fail-${id}`}
          label={t('org.forms.failLabel')}
          hint={t('org.forms.failHint')}
          confirmLabel={t('org.forms.failConfirm')}
          textareaTestId={`fail-reason-${id}`}
          confirmTestId={`fail-confirm-${id}`}
          minLength={MIN_TEXT}
          pending={pending}
          danger
          onSubmit={(reason) => void run(FAIL, { reason }, 'failed')}
          onCancel={() => toggle(null)}
        />
      )}
      <ErrorAlert error={error} />
      {canReveal && <ContactReveal referralId={id} reportId={referral.reportId} />}
    </div>
  );
}
