import { CoarseStatus as C, Need, ReferralStatus as S } from '@prossimo/contracts';
import { CoarseFacts, coarseStatus } from './coarse-status';

const FOOD = Need.FOOD;
const HOUSING = Need.HOUSING;
const ref = (status: S, ...needs: Need[]) => ({ status, needs: needs.length ? needs : [FOOD] });
const facts = (over: Partial<CoarseFacts>): CoarseFacts => ({ needs: [FOOD], referrals: [], closed: false, withdrawn: false, takenInHand: false, ...over });

describe('coarseStatus: every path to each coarse state (ARCHITECTURE.md step 7)', () => {
  it.each<[string, C, Partial<CoarseFacts>]>([
    // RECEIVED: nobody accepted it yet, and the desk has not taken it in hand.
    ['just submitted, no referral yet', C.RECEIVED, {}],
    ['a referral requested', C.RECEIVED, { referrals: [ref(S.REQUESTED)] }],
    ['its only referral rejected, no service left (exhausted)', C.RECEIVED, { referrals: [ref(S.REJECTED)] }],
    ['its only referral expired (cancelled), no service left', C.RECEIVED, { referrals: [ref(S.CANCELLED)] }],
    ['rejected, then requested of the next service', C.RECEIVED, { referrals: [ref(S.REJECTED), ref(S.REQUESTED)] }],
    ['no service for any need (unmet), no referral', C.RECEIVED, { needs: [FOOD, HOUSING] }],
    ['a referral entered in error', C.RECEIVED, { referrals: [ref(S.ENTERED_IN_ERROR)] }],
    ['cancelled and entered in error', C.RECEIVED, { referrals: [ref(S.CANCELLED), ref(S.ENTERED_IN_ERROR)] }],

    // IN_CARE: a referral accepted, or the desk took it in hand; and not every need answered.
    ['a referral accepted', C.IN_CARE, { referrals: [ref(S.ACCEPTED)] }],
    ['in progress', C.IN_CARE, { referrals: [ref(S.IN_PROGRESS)] }],
    ['on hold', C.IN_CARE, { referrals: [ref(S.ON_HOLD)] }],
    ['failed (the desk was alerted; it stays open)', C.IN_CARE, { referrals: [ref(S.FAILED)] }],
    ['the desk took it in hand, nothing accepted', C.IN_CARE, { takenInHand: true, referrals: [ref(S.REQUESTED)] }],
    ['the desk took it in hand, its referral rejected with no service left', C.IN_CARE, { takenInHand: true, referrals: [ref(S.REJECTED)] }],
    ['one need completed, the other still in progress', C.IN_CARE, { needs: [FOOD, HOUSING], referrals: [ref(S.COMPLETED, FOOD), ref(S.IN_PROGRESS, HOUSING)] }],
    ['one need completed, the other rejected with no service left', C.IN_CARE, { needs: [FOOD, HOUSING], referrals: [ref(S.COMPLETED, FOOD), ref(S.REJECTED, HOUSING)] }],
    ['one need completed, the other expired with no service left', C.IN_CARE, { needs: [FOOD, HOUSING], referrals: [ref(S.COMPLETED, FOOD), ref(S.CANCELLED, HOUSING)] }],
    ['one need completed, the other no service could take (unmet)', C.IN_CARE, { needs: [FOOD, HOUSING], referrals: [ref(S.COMPLETED, FOOD)] }],
    ['one completed, one failed', C.IN_CARE, { needs: [FOOD, HOUSING], referrals: [ref(S.COMPLETED, FOOD), ref(S.FAILED, HOUSING)] }],
    ['completed, and the same need requested again', C.IN_CARE, { referrals: [ref(S.COMPLETED), ref(S.REQUESTED)] }],

    // CLOSED: the desk closed it, or every need was answered by a completed referral.
    ['the desk closed it, whatever the referrals', C.CLOSED, { closed: true, referrals: [ref(S.REQUESTED)] }],
    ['the desk closed it with no referral at all', C.CLOSED, { closed: true }],
    ['its one referral completed', C.CLOSED, { referrals: [ref(S.COMPLETED)] }],
    ['every referral completed, one per need', C.CLOSED, { needs: [FOOD, HOUSING], referrals: [ref(S.COMPLETED, FOOD), ref(S.COMPLETED, HOUSING)] }],
    ['rejected, re-routed, and the next service completed', C.CLOSED, { referrals: [ref(S.REJECTED), ref(S.COMPLETED)] }],
    ['expired, re-routed, completed; one entered in error', C.CLOSED, { referrals: [ref(S.CANCELLED), ref(S.ENTERED_IN_ERROR), ref(S.COMPLETED)] }],
    ['completed after the desk took it in hand', C.CLOSED, { takenInHand: true, referrals: [ref(S.COMPLETED)] }],

    // WITHDRAWN: the antenna withdrew it (a withdrawal also closes it for the desk).
    ['withdrawn by its antenna', C.WITHDRAWN, { withdrawn: true, closed: true }],
    ['withdrawn after a referral was accepted', C.WITHDRAWN, { withdrawn: true, closed: true, referrals: [ref(S.CANCELLED)], takenInHand: true }],
    ['withdrawn while its referral was in progress', C.WITHDRAWN, { withdrawn: true, closed: true, referrals: [ref(S.IN_PROGRESS)] }],
    ['withdrawn, and its referral in progress then completed', C.WITHDRAWN, { withdrawn: true, closed: true, referrals: [ref(S.COMPLETED)] }],
  ])('%s → %s', (_, expected, over) => {
    expect(coarseStatus(facts(over))).toBe(expected);
  });

  it('never says CLOSED unless the desk closed it or a completed referral answers every need', () => {
    const statuses = Object.values(S);
    const needs = [FOOD, HOUSING];
    // Every combination of up to three referrals, each carrying one need or both.
    const carries = [[FOOD], [HOUSING], [FOOD, HOUSING]];
    const options = statuses.flatMap((s) => carries.map((n) => ({ status: s, needs: n })));
    for (const a of options) for (const b of [null, ...options]) for (const c of [null, b ? options[0] : null]) {
      const referrals = [a, b, c].filter((x): x is { status: S; needs: Need[] } => x !== null);
      const got = coarseStatus(facts({ needs, referrals }));
      if (got !== C.CLOSED) continue;
      const answered = new Set(referrals.filter((r) => r.status === S.COMPLETED).flatMap((r) => r.needs));
      expect({ referrals, everyNeedAnswered: needs.every((n) => answered.has(n)) }).toEqual({ referrals, everyNeedAnswered: true });
    }
  });
});
