/** The API's enumerations the social worker's pages offer in their selects. */
export { NEEDS } from '../../domain';
export { URGENCIES } from '../../domain';
export const CLOSURE_REASONS = ['RESOLVED', 'REFUSED', 'UNABLE_TO_CONTACT', 'MOVED', 'DECEASED', 'NOT_ELIGIBLE', 'NO_CAPACITY'] as const;
/** ContactAttemptInput.channel and .outcome, as the API validates them. */
export const CHANNELS = ['PHONE', 'VISIT', 'LETTER', 'EMAIL', 'THROUGH_ANTENNA', 'OTHER'] as const;
export const OUTCOMES = ['REACHED', 'NO_ANSWER', 'WRONG_DETAILS', 'REFUSED', 'OTHER'] as const;
/** Referrals that can still be sent to another service (not yet in progress, not finished). */
export const REROUTABLE = ['REQUESTED', 'ACCEPTED', 'ON_HOLD'];
/** The break-the-glass reason must explain the danger: the API wants at least this many characters. */
export const GLASS_REASON_MIN = 20;
