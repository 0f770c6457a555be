import { ReactNode } from 'react';
import { ErrorAlert } from '../../components/common';
import { useMutation } from '../../api/mutation';
import { formatDateTime, useI18n } from '../../i18n/i18n';
import { contactThroughDesk, InboxReferral, ReferralStatus, REQUEST_FIRST_CONTACT } from './inboxApi';

const OPEN: ReferralStatus[] = ['REQUESTED', 'ACCEPTED', 'IN_PROGRESS', 'ON_HOLD'];

/**
 * Without the person's consent (or with "do not contact directly") the organisation may not call
 * them: the card says so before it is accepted, and offers the path that exists — ask the desk to
 * make the first contact. The first-contact deadline starts only when the desk hands it over.
 */
export function FirstContactPanel({ referral, onDone }: { referral: InboxReferral; onDone(message: string, data?: unknown): void }) {
  const { t, locale } = useI18n();
  const { run, pending, error } = useMutation(onDone);
  const { id, status } = referral;
  // Nothing to say once the referral has ended (completed, failed, rejected, cancelled).
  if (!contactThroughDesk(referral) || !OPEN.includes(status)) return null;
  const why = referral.consentToContact === false ? 'noConsent' : 'doNotContact';
  const holds = status === 'ACCEPTED' || status === 'ON_HOLD';
  let step: ReactNode = null;
  if (status === 'REQUESTED') step = <p className="mb-0">{t('org.firstContact.beforeAccept')}</p>;
  else if (referral.contactHandedOverAt) step = <p className="mb-0">{t('org.firstContact.handedOver', { when: formatDateTime(referral.contactHandedOverAt, locale) })}</p>;
  else if (referral.firstContactRequestedAt) step = <p className="mb-0">{t('org.firstContact.requested', { when: formatDateTime(referral.firstContactRequestedAt, locale) })}</p>;
  else if (holds)
    step = (
      <>
        <p>{t('org.firstContact.ask')}</p>
        <button type="button" className="btn btn-primary" disabled={pending} onClick={() => void run(REQUEST_FIRST_CONTACT, { id }, t('org.done.firstContactRequested'))} data-testid={`ask-desk-${id}`}>
          {t('org.actions.askDesk')}
        </button>
      </>
    );
  return (
    <div className="alert alert-warning" data-testid={`first-contact-${id}`}>
      <p className="fw-semibold">{t(`org.firstContact.${why}`)}</p>
      {step}
      <ErrorAlert error={error} />
    </div>
  );
}
