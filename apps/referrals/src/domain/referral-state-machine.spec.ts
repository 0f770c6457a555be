import { DomainError, ErrorCode, NOTE_ACTIONS_FROM, REFERRAL_ACTIONS, REFERRAL_NOTE_ACTIONS, ReferralStatus as S } from '@prossimo/contracts';
import { OPEN_STATUSES, ReferralMove, SYSTEM_MOVES, detailRequired, isTerminal, nextStatus } from './referral-state-machine';

/** Every legal move, written out by hand from the FHIR SDOH referral Task (ARCHITECTURE.md step 4). */
const LEGAL: Record<S, Partial<Record<ReferralMove, S>>> = {
  [S.REQUESTED]: { accept: S.ACCEPTED, reject: S.REJECTED, cancel: S.CANCELLED, 'enter-in-error': S.ENTERED_IN_ERROR },
  [S.ACCEPTED]: { start: S.IN_PROGRESS, hold: S.ON_HOLD, fail: S.FAILED, cancel: S.CANCELLED, 'enter-in-error': S.ENTERED_IN_ERROR },
  [S.IN_PROGRESS]: { hold: S.ON_HOLD, complete: S.COMPLETED, fail: S.FAILED, 'enter-in-error': S.ENTERED_IN_ERROR },
  [S.ON_HOLD]: { resume: S.IN_PROGRESS, fail: S.FAILED, cancel: S.CANCELLED, 'enter-in-error': S.ENTERED_IN_ERROR },
  [S.REJECTED]: {},
  [S.FAILED]: {},
  [S.COMPLETED]: {},
  [S.CANCELLED]: {},
  [S.ENTERED_IN_ERROR]: {},
};

const MOVES: ReferralMove[] = [...REFERRAL_ACTIONS, ...SYSTEM_MOVES];
const PAIRS = Object.values(S).flatMap((status) => MOVES.map((move) => [status, move] as const));

describe('referral state machine', () => {
  it('checks all 9 statuses × 9 moves', () => {
    expect(PAIRS).toHaveLength(81);
  });

  it.each(PAIRS)('%s + %s', (status, move) => {
    const legal = LEGAL[status][move];
    if (legal) {
      expect(nextStatus(status, move)).toBe(legal);
      return;
    }
    let thrown: unknown;
    try {
      nextStatus(status, move);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect(thrown).toMatchObject({ code: ErrorCode.CONFLICT, message: expect.stringMatching(new RegExp(`^cannot ${move} a referral that is [a-z-]+$`)) });
  });

  it('names the status in FHIR spelling in the refusal', () => {
    expect(() => nextStatus(S.IN_PROGRESS, 'accept')).toThrow('cannot accept a referral that is in-progress');
  });

  it('treats rejected, failed, completed, cancelled and entered-in-error as terminal, the rest as open', () => {
    expect(Object.values(S).filter(isTerminal)).toEqual([S.REJECTED, S.FAILED, S.COMPLETED, S.CANCELLED, S.ENTERED_IN_ERROR]);
    expect(OPEN_STATUSES).toEqual([S.REQUESTED, S.ACCEPTED, S.IN_PROGRESS, S.ON_HOLD]);
  });

  it('never lets an operator action cancel or mark in error', () => {
    for (const status of Object.values(S)) {
      for (const action of REFERRAL_ACTIONS) {
        const to = LEGAL[status][action];
        if (to) expect([S.CANCELLED, S.ENTERED_IN_ERROR]).not.toContain(to);
      }
    }
  });

  it.each([
    ['reject', 'reason'],
    ['hold', 'reason'],
    ['fail', 'reason'],
    ['complete', 'outcome'],
    ['accept', null],
    ['start', null],
    ['resume', null],
  ] as const)('%s requires %s', (action, detail) => {
    expect(detailRequired(action)).toBe(detail);
  });

  it('agrees with the table the gateway reads before it seals the text of a move (a re-route is a cancel)', () => {
    for (const status of Object.values(S)) {
      const allowed = REFERRAL_NOTE_ACTIONS.filter((a) => {
        try {
          nextStatus(status, a === 'reroute' ? 'cancel' : a);
          return true;
        } catch {
          return false;
        }
      });
      expect({ status, allowed }).toEqual({ status, allowed: [...NOTE_ACTIONS_FROM[status]].sort((x, y) => REFERRAL_NOTE_ACTIONS.indexOf(x) - REFERRAL_NOTE_ACTIONS.indexOf(y)) });
    }
  });
});
