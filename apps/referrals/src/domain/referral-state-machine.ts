import { DomainError, FHIR_TASK_STATUS, ReferralAction, ReferralStatus } from '@prossimo/contracts';

/**
 * The referral's life, after the FHIR SDOH referral Task (ARCHITECTURE.md, step 4).
 *
 *   accept    requested                       → accepted
 *   reject    requested                       → rejected      (reason)
 *   start     accepted                        → in-progress
 *   hold      accepted, in-progress           → on-hold       (reason)
 *   resume    on-hold                         → in-progress
 *   complete  in-progress                     → completed     (outcome)
 *   fail      accepted, in-progress, on-hold  → failed        (reason)
 *
 * Operators move a referral with the REFERRAL_ACTIONS. The system also moves it: `cancel`
 * (e.g. an expired SLA; from requested, accepted or on-hold) and `enter-in-error` (a referral
 * that should never have existed; from any status still open). Rejected, failed, completed,
 * cancelled and entered-in-error are terminal.
 */
export type SystemMove = 'cancel' | 'enter-in-error';
export type ReferralMove = ReferralAction | SystemMove;

export const SYSTEM_MOVES: readonly SystemMove[] = ['cancel', 'enter-in-error'];

type Moves = Partial<Record<ReferralMove, ReferralStatus>>;

const S = ReferralStatus;

/** The moves allowed from a status, and where each leads. */
export function movesFrom(status: ReferralStatus): Moves {
  switch (status) {
    case S.REQUESTED:
      return { accept: S.ACCEPTED, reject: S.REJECTED, cancel: S.CANCELLED, 'enter-in-error': S.ENTERED_IN_ERROR };
    case S.ACCEPTED:
      return { start: S.IN_PROGRESS, hold: S.ON_HOLD, fail: S.FAILED, cancel: S.CANCELLED, 'enter-in-error': S.ENTERED_IN_ERROR };
    case S.IN_PROGRESS:
      return { hold: S.ON_HOLD, complete: S.COMPLETED, fail: S.FAILED, 'enter-in-error': S.ENTERED_IN_ERROR };
    case S.ON_HOLD:
      return { resume: S.IN_PROGRESS, fail: S.FAILED, cancel: S.CANCELLED, 'enter-in-error': S.ENTERED_IN_ERROR };
    case S.REJECTED:
    case S.FAILED:
    case S.COMPLETED:
    case S.CANCELLED:
    case S.ENTERED_IN_ERROR:
      return {};
    default: {
      const never: never = status;
      throw new Error(`unknown referral status ${String(never)}`);
    }
  }
}

/** The status a move leads to, or CONFLICT when the move is not allowed from `current`. */
export function nextStatus(current: ReferralStatus, action: ReferralMove): ReferralStatus {
  const to = movesFrom(current)[action];
  if (!to) throw DomainError.conflict(`cannot ${action} a referral that is ${FHIR_TASK_STATUS[current]}`);
  return to;
}

export function isTerminal(status: ReferralStatus): boolean {
  return Object.keys(movesFrom(status)).length === 0;
}

/** Statuses in which someone still owes the person something: counted as open, one per service and report. */
export const OPEN_STATUSES: readonly ReferralStatus[] = Object.values(ReferralStatus).filter((s) => !isTerminal(s));

/** What an operator must give with a move: a reason (reject, hold, fail) or an outcome (complete). */
export function detailRequired(action: ReferralAction): 'reason' | 'outcome' | null {
  switch (action) {
    case 'reject':
    case 'hold':
    case 'fail':
      return 'reason';
    case 'complete':
      return 'outcome';
    case 'accept':
    case 'start':
    case 'resume':
      return null;
    default: {
      const never: never = action;
      throw new Error(`unknown referral action ${String(never)}`);
    }
  }
}
