import { monthsBefore, monthsBetween, romeDay, romeMonth } from './rome';

describe('Europe/Rome calendar', () => {
  it('puts 23:30 UTC on 31 December into January in Rome', () => {
    expect(romeMonth(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01');
    expect(romeDay(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    expect(romeDay(new Date('2026-07-31T21:59:00Z'))).toBe('2026-07-31');
    expect(romeDay(new Date('2026-07-31T22:00:00Z'))).toBe('2026-08-01');
  });

  it('lists months across a year end', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-03', '2026-02')).toEqual([]);
    expect(monthsBefore('2026-02', 11)).toBe('2025-03');
    expect(monthsBefore('2026-01', 1)).toBe('2025-12');
  });
});
