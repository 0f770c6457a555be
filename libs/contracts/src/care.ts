import { ReferralStatus } from './domain';

/** A referral as far as the end of care is concerned: where it stands and which needs it carries. */
export interface ReferralCare {
  status: ReferralStatus;
  needs: readonly string[];
}

/** Referrals someone is still working on, or may still take up: they keep a report open. */
export const LIVE_REFERRAL_STATUSES: readonly ReferralStatus[] = [ReferralStatus.REQUESTED, ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS, ReferralStatus.ON_HOLD];

/**
 * Whether the referrals alone ended the report's care (ARCHITECTURE.md step 7, "every referral
 * completed"): every need the report names was answered by a completed referral, and no referral
 * is still live. A rejected, cancelled or expired referral whose needs went to another service
 * that completed is behind it; one whose needs went nowhere (no service left: the desk got an
 * `exhausted` alert), a failed one, or a need no service could take (`unmet`) keeps the report
 * open, so its antenna is never told «chiusa» while nobody helped. Entered-in-error referrals
 * never count. Shared by reports (the antenna's coarse state) and referrals (the desk's
 * `completed` alert), so both say the same.
 */
export function everyNeedCompleted(reportNeeds: readonly string[], referrals: readonly ReferralCare[]): boolean {
  const counted = referrals.filter((r) => r.status !== ReferralStatus.ENTERED_IN_ERROR);
  if (counted.some((r) => LIVE_REFERRAL_STATUSES.includes(r.status))) return false;
  const completed = counted.filter((r) => r.status === ReferralStatus.COMPLETED);
  if (completed.length === 0) return false;
  const answered = new Set(completed.flatMap((r) => r.needs));
  const named = new Set([...reportNeeds, ...counted.flatMap((r) => r.needs)]);
  return [...named].every((n) => answered.has(n));
}
