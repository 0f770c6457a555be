import { CoarseStatus, ReferralStatus } from '@prossimo/contracts';

/** Referral statuses that mean nobody will act on it any more (it does not count towards closure). */
const WITHDRAWN = new Set([ReferralStatus.REJECTED, ReferralStatus.CANCELLED, ReferralStatus.ENTERED_IN_ERROR]);
/** Statuses that mean an organisation took the person in hand at some point. */
const TAKEN = new Set([ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS, ReferralStatus.ON_HOLD, ReferralStatus.COMPLETED, ReferralStatus.FAILED]);

/**
 * What an antenna sees of a report (ARCHITECTURE.md, "The report's life", step 7):
 * CLOSED when the desk closed it, or every referral still standing is completed;
 * IN_CARE when a referral was accepted (or the desk took it in hand);
 * RECEIVED otherwise.
 */
export function coarseStatus(referrals: ReferralStatus[], desk: { closed: boolean; takenInHand: boolean } = { closed: false, takenInHand: false }): CoarseStatus {
  if (desk.closed) return CoarseStatus.CLOSED;
  const standing = referrals.filter((s) => !WITHDRAWN.has(s));
  if (standing.length > 0 && standing.every((s) => s === ReferralStatus.COMPLETED)) return CoarseStatus.CLOSED;
  if (desk.takenInHand || referrals.some((s) => TAKEN.has(s))) return CoarseStatus.IN_CARE;
  return CoarseStatus.RECEIVED;
}

export const EMERGENCY_ADVICE = {
  it: 'Se la persona è in pericolo, chiama subito il 112. La segnalazione è stata comunque registrata.',
  en: 'If the person is in danger, call 112 now. The report has been recorded all the same.',
};
