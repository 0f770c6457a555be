import { ErrorAlert } from '../../components/common';
import { useMutation } from '../../api/mutation';
import { formatDateTime, useI18n } from '../../i18n/i18n';
import { ReferralStory } from './reportApi';
import { graphql } from '../../gql';

export const HAND_OVER_FIRST_CONTACT = graphql(`mutation HandOverFirstContact($id: ID!) { handOverFirstContact(id: $id) { id contactHandedOverAt } }`);

/** The statuses in which the organisation holds the referral: the contact can be handed to it. */
const HELD = ['ACCEPTED', 'ON_HOLD', 'IN_PROGRESS'];

/**
 * A referral whose person did not consent to be contacted: the desk makes the first contact, then
 * hands it over to the organisation (its first-contact deadline starts then). Shown on the report
 * page under the referral; nothing for a person who consented.
 */
export function FirstContactHandover({ story, canAct, onDone }: { story: ReferralStory; canAct: boolean; onDone(message: string): void }) {
  const { t, locale } = useI18n();
  const { run, pending, error } = useMutation(onDone);
  const throughDesk = story.consentToContact === false || story.doNotContact === true;
  if (!throughDesk || !(HELD.includes(story.status) || story.contactHandedOverAt)) return null;
  const why = story.consentToContact === false ? 'noConsent' : 'doNotContact';
  return (
    <div className="alert alert-warning mt-2" data-testid={`first-contact-desk-${story.id}`}>
      <p className="fw-semibold mb-1">{t(`social.firstContact.${why}`)}</p>
      {story.firstContactRequestedAt && <p className="mb-1">{t('social.firstContact.requested', { when: formatDateTime(story.firstContactRequestedAt, locale) })}</p>}
      {story.contactHandedOverAt ? (
        <p className="mb-0">{t('social.firstContact.handedOver', { when: formatDateTime(story.contactHandedOverAt, locale) })}</p>
      ) : (
        canAct &&
        HELD.includes(story.status) && (
          <>
            <p className="mb-2">{t('social.firstContact.hint')}</p>
            <button type="button" className="btn btn-primary" disabled={pending} onClick={() => void run(HAND_OVER_FIRST_CONTACT, { id: story.id }, t('social.done.contactHandedOver'))} data-testid={`hand-over-${story.id}`}>
              {t('social.firstContact.handOver')}
            </button>
          </>
        )
      )}
      <ErrorAlert error={error} />
    </div>
  );
}
