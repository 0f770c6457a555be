import { ANTENNA_ACTIONS, AntennaAction, AntennaStatus, DomainError, ErrorCode } from '@prossimo/contracts';
import { canMove, movesFrom, nextStatus } from './lifecycle';

const today = '2026-11-25';
const complete = { reason: 'motivo valido', trainedOn: '2026-11-20', codeOfConductAccepted: true, today };

/** Every (status, action) pair, and what it must give: the whole table, written out by hand. */
const TABLE: Record<AntennaStatus, Partial<Record<AntennaAction, AntennaStatus>>> = {
  [AntennaStatus.PROPOSED]: { train: AntennaStatus.TRAINED, retire: AntennaStatus.RETIRED },
  [AntennaStatus.TRAINED]: { activate: AntennaStatus.ACTIVE, retire: AntennaStatus.RETIRED },
  [AntennaStatus.ACTIVE]: { suspend: AntennaStatus.SUSPENDED, retire: AntennaStatus.RETIRED },
  [AntennaStatus.SUSPENDED]: { reactivate: AntennaStatus.ACTIVE, retire: AntennaStatus.RETIRED },
  [AntennaStatus.RETIRED]: {},
};

const pairs = Object.values(AntennaStatus).flatMap((from) => ANTENNA_ACTIONS.map((action) => [from, action, TABLE[from][action] ?? null] as const));

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (err) {
    if (err instanceof DomainError) return err;
    throw err;
  }
  throw new Error('expected a DomainError');
}

describe('antenna lifecycle', () => {
  it('covers all 25 pairs', () => {
    expect(pairs).toHaveLength(25);
  });

  it.each(pairs)('%s --%s--> %s', (from, action, to) => {
    expect(canMove(from, action)).toBe(to !== null);
    if (to) {
      expect(nextStatus(from, action, complete)).toBe(to);
    } else {
      const err = errorOf(() => nextStatus(from, action, complete));
      expect(err.code).toBe(ErrorCode.CONFLICT);
      expect(err.message).toContain(from);
    }
  });

  it('lists the moves from each status', () => {
    expect(movesFrom(AntennaStatus.ACTIVE)).toEqual([
      { action: 'suspend', to: AntennaStatus.SUSPENDED },
      { action: 'retire', to: AntennaStatus.RETIRED },
    ]);
    expect(movesFrom(AntennaStatus.RETIRED)).toEqual([]);
  });

  it.each([
    ['without a date', { codeOfConductAccepted: true, today }, 'trainedOn'],
    ['with a date in the future', { trainedOn: '2026-11-26', codeOfConductAccepted: true, today }, 'trainedOn'],
    ['without the code of conduct', { trainedOn: '2026-11-20', today }, 'codeOfConductAccepted'],
    ['with the code of conduct refused', { trainedOn: '2026-11-20', codeOfConductAccepted: false, today }, 'codeOfConductAccepted'],
  ])('refuses training %s, naming the field', (_, facts, field) => {
    const err = errorOf(() => nextStatus(AntennaStatus.PROPOSED, 'train', facts));
    expect(err).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field });
  });

  it('accepts training today', () => {
    expect(nextStatus(AntennaStatus.PROPOSED, 'train', { trainedOn: today, codeOfConductAccepted: true, today })).toBe(AntennaStatus.TRAINED);
  });

  it.each([
    [AntennaStatus.ACTIVE, 'suspend'],
    [AntennaStatus.SUSPENDED, 'retire'],
    [AntennaStatus.PROPOSED, 'retire'],
  ] as const)('refuses to %s from %s without a reason', (from, action) => {
    expect(errorOf(() => nextStatus(from, action, { today }))).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'reason' });
    expect(errorOf(() => nextStatus(from, action, { reason: '  ', today }))).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'reason' });
  });

  it('activates and reactivates without a reason', () => {
    expect(nextStatus(AntennaStatus.TRAINED, 'activate', { today })).toBe(AntennaStatus.ACTIVE);
    expect(nextStatus(AntennaStatus.SUSPENDED, 'reactivate', { today })).toBe(AntennaStatus.ACTIVE);
  });

  it('checks legality before the facts: an illegal move is a conflict even with facts missing', () => {
    expect(errorOf(() => nextStatus(AntennaStatus.RETIRED, 'suspend', { today })).code).toBe(ErrorCode.CONFLICT);
  });
});
