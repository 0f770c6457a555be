import fc from 'fast-check';
import { DomainError } from '@prossimo/contracts';
import { Ownership, OwnershipCommand, applyOwnership } from './ownership';
import { mayCloseUnableToContact } from './contact-protocol';

const DESKS = ['d1', 'd2', 'd3'];
const command: fc.Arbitrary<OwnershipCommand> = fc.oneof(
  fc.record({ kind: fc.constant('take' as const), accountId: fc.constantFrom('a1', 'a2') }),
  fc.record({ kind: fc.constant('handOver' as const), toDeskId: fc.constantFrom<string | null | undefined>('d1', 'd2', 'd3', 'nowhere', null, undefined) }),
  fc.record({ kind: fc.constant('close' as const) }),
);

describe('ownership', () => {
  it('never leaves a report without an owner desk across random take / hand-over / close sequences', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 40 }), (cmds) => {
        let s: Ownership = { deskId: 'd1', assigneeId: null, closed: false };
        for (const c of cmds) {
          try {
            s = applyOwnership(s, c, new Set(DESKS));
          } catch (err) {
            expect(err).toBeInstanceOf(DomainError);
          }
          expect(DESKS).toContain(s.deskId);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('refuses every move once closed', () => {
    expect(() => applyOwnership({ deskId: 'd1', assigneeId: null, closed: true }, { kind: 'take', accountId: 'a' }, new Set(DESKS))).toThrow(DomainError);
  });
});

describe('contact protocol', () => {
  const d = (day: number, hour = 10) => new Date(Date.UTC(2026, 0, day, hour));
  it.each([
    [[], false],
    [[d(1), d(3), d(5)], true],
    [[d(1), d(2), d(3), d(4)], false],
    [[d(1), d(3, 9), d(5)], false],
    [[d(1), d(1, 12), d(3), d(4), d(5)], true],
    [[d(5), d(1), d(3)], true],
  ])('%j → %s', (times, ok) => {
    expect(mayCloseUnableToContact(times)).toBe(ok);
  });
});
