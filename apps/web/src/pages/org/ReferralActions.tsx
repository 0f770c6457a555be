import type { Operation } from '../../api/client';
import { ErrorAlert } from '../../components/common';
import { useActionForms } from '../../components/useActionForms';
import { useI18n } from '../../i18n/i18n';
import { ContactReveal } from './ContactReveal';
import { ACCEPT, COMPLETE, contactThroughDesk, FAIL, HOLD, InboxReferral, MIN_TEXT, RECORD_FIRST_ATTENDANCE, REJECT, RESUME, START } from './inboxApi';
import { TextForm } from '../../components/TextForm';

/** The confirmation of a move, with what it did to the service's places when it counts them. */
export function doneMessage(key: string, before: InboxReferral, after: InboxReferral | undefined, t: (k: string, p?: Record<string, string | number>) => string): string {
  const text = t(`org.done.${key}`);
  if (!after || after.capacityAvailable === null) return text;
  const unit = after.capacityUnit || t('org.card.placesUnit');
  const left = after.capacityMaximum !== null ? t('org.card.placesOf', { n: after.capacityAvailable, max: after.capacityMaximum, unit }) : t('org.card.placesLeft', { n: after.capacityAvailable, unit });
  if (!before.holdsPlace && after.holdsPlace) return `${text} ${t('org.done.placeTaken', { left })}`;
  if (before.holdsPlace && !after.holdsPlace) return `${text} ${t('org.done.placeFreed', { left })}`;
  return text;
}

/** The buttons a referral's state allows, with the small forms that ask for a reason or an outcome. */
export function ReferralActions({ referral, onDone }: { referral: InboxReferral; onDone(message: string, data?: unknown): void }) {
  const { t } = useI18n();
  const { id, status } = referral;
  // A move's "message" is its key; the mutation answers with the referral as it is now, so the
  // confirmation can say what happened to the service's places.
  const { open, toggle, pending, error, ...action } = useActionForms<'reject' | 'hold' | 'complete' | 'fail'>((key, data) => {
    const after = data ? Object.values(data as Record<string, InboxReferral>)[0] : undefined;
    onDone(doneMessage(key, referral, after, t), data);
  });
  const run = <T, V extends { id: string | number }>(mutation: Operation<T, V>, variables: Omit<V, 'id'>, successKey: string) => action.run(mutation, { id, ...variables } as V, successKey);

  const button = (key: string, testId: string, onClick: () => void, style = 'btn-primary', expanded?: boolean) => (
    <button type="button" className={`btn ${style}`} onClick={onClick} disabled={pending} data-testid={`${testId}-${id}`} aria-expanded={expanded}>
      {t(`org.actions.${key}`)}
    </button>
  );

  const canHold = status === 'ACCEPTED' || status === 'IN_PROGRESS';
  // The help was tried and could not be given (FHIR "failed"): the report stays open with its desk.
  const canFail = status === 'ACCEPTED' || status === 'IN_PROGRESS' || status === 'ON_HOLD';
  // Without consent the contact details stay with the desk: the card offers the desk's path instead.
  const canReveal = (status === 'ACCEPTED' || status === 'IN_PROGRESS' || status === 'ON_HOLD') && !contactThroughDesk(referral);
  return (
    <div>
      <div className="d-flex flex-wrap gap-2">
        {status === 'REQUESTED' && (
          <>
            {button('accept', 'accept', () => void run(ACCEPT, {}, 'accepted'))}
            {button('reject', 'reject', () => toggle('reject'), 'btn-outline-danger', open === 'reject')}
          </>
        )}
        {status === 'ACCEPTED' && referral.targetKind !== 'INITIATIVE' && button('start', 'start', () => void run(START, {}, 'started'))}
        {/* A referral to an activity starts with the person's first attendance. */}
        {status === 'ACCEPTED' && referral.targetKind === 'INITIATIVE' && button('firstAttendance', 'first-attendance', () => void run(RECORD_FIRST_ATTENDANCE, {}, 'firstAttendance'))}
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
