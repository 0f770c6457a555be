import { CoarseStatus, ReferralStatus as S } from '@prossimo/contracts';
import { coarseStatus } from './coarse-status';

describe('coarseStatus', () => {
  it.each([
    [[], CoarseStatus.RECEIVED],
    [[S.REQUESTED], CoarseStatus.RECEIVED],
    [[S.REJECTED], CoarseStatus.RECEIVED],
    [[S.REJECTED, S.REQUESTED], CoarseStatus.RECEIVED],
    [[S.ACCEPTED], CoarseStatus.IN_CARE],
    [[S.IN_PROGRESS, S.REQUESTED], CoarseStatus.IN_CARE],
    [[S.ON_HOLD], CoarseStatus.IN_CARE],
    [[S.FAILED], CoarseStatus.IN_CARE],
    [[S.COMPLETED, S.IN_PROGRESS], CoarseStatus.IN_CARE],
    [[S.COMPLETED, S.FAILED], CoarseStatus.IN_CARE],
    [[S.COMPLETED], CoarseStatus.CLOSED],
    [[S.COMPLETED, S.COMPLETED, S.CANCELLED], CoarseStatus.CLOSED],
    [[S.CANCELLED, S.ENTERED_IN_ERROR], CoarseStatus.RECEIVED],
  ])('%j → %s', (referrals, expected) => {
    expect(coarseStatus(referrals)).toBe(expected);
  });

  it('is CLOSED when the desk closed it, whatever the referrals', () => {
    expect(coarseStatus([S.REQUESTED], { closed: true, takenInHand: false })).toBe(CoarseStatus.CLOSED);
  });

  it('is IN_CARE when the desk took it in hand before any referral was accepted', () => {
    expect(coarseStatus([S.REQUESTED], { closed: false, takenInHand: true })).toBe(CoarseStatus.IN_CARE);
  });
});
