import { CoarseStatus, ReferralCare, ReferralStatus, everyNeedCompleted } from '@prossimo/contracts';
import type { ReportEntity, ReportReferralEntity } from './report.entities';

/** Statuses that mean an organisation took the person in hand at some point. */
const TAKEN = new Set([ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS, ReferralStatus.ON_HOLD, ReferralStatus.COMPLETED, ReferralStatus.FAILED]);

/** What the coarse state is computed from: the report's needs and desk facts, and what reports knows of its referrals. */
export interface CoarseFacts {
  /** The needs the report names. */
  needs: readonly string[];
  referrals: readonly ReferralCare[];
  /** The owner desk closed it (a withdrawal also sets `closedAt`: `withdrawn` wins). */
  closed: boolean;
  /** Its antenna withdrew it as a mistake. */
  withdrawn: boolean;
  /** The owner desk took it in hand. */
  takenInHand: boolean;
}

/**
 * What an antenna sees of a report (ARCHITECTURE.md, "The report's life", step 7):
 * WITHDRAWN (ritirata) when its antenna withdrew it;
 * CLOSED when the desk closed it, or every need it names was answered by a completed referral
 *   (a rejected, cancelled, expired or failed referral never closes it; see `everyNeedCompleted`);
 * IN_CARE when a referral was accepted (or the desk took it in hand);
 * RECEIVED otherwise.
 */
export function coarseStatus(f: CoarseFacts): CoarseStatus {
  if (f.withdrawn) return CoarseStatus.WITHDRAWN;
  if (f.closed) return CoarseStatus.CLOSED;
  if (everyNeedCompleted(f.needs, f.referrals)) return CoarseStatus.CLOSED;
  if (f.takenInHand || f.referrals.some((r) => TAKEN.has(r.status))) return CoarseStatus.IN_CARE;
  return CoarseStatus.RECEIVED;
}

/** The facts of a stored report and its projected referrals; `desk` overrides what a casework move is about to change. */
export function factsOf(
  r: Pick<ReportEntity, 'needs' | 'closedAt' | 'withdrawnAt' | 'takenInHandAt'>,
  referrals: readonly Pick<ReportReferralEntity, 'status' | 'needs'>[],
  desk: Partial<Pick<CoarseFacts, 'closed' | 'takenInHand'>> = {},
): CoarseFacts {
  return {
    needs: r.needs,
    referrals: referrals.map((x) => ({ status: x.status, needs: x.needs })),
    closed: desk.closed ?? !!r.closedAt,
    withdrawn: !!r.withdrawnAt,
    takenInHand: desk.takenInHand ?? !!r.takenInHandAt,
  };
}

export const EMERGENCY_ADVICE = {
  it: 'Se la persona è in pericolo, chiama subito il 112. La segnalazione è stata comunque registrata.',
  en: 'If the person is in danger, call 112 now. The report has been recorded all the same.',
};
