import { Urgency } from '@prossimo/contracts';
import { DEFAULT_SLA_TARGETS, dueAt, easterSunday, isWorkingDay, italianHolidays, resolveTargets } from './business-calendar';

describe('business calendar (Europe/Rome)', () => {
  it('computes Easter Sunday', () => {
    expect(easterSunday(2024)).toEqual([3, 31]);
    expect(easterSunday(2025)).toEqual([4, 20]);
    expect(easterSunday(2026)).toEqual([4, 5]);
    expect(easterSunday(2038)).toEqual([4, 25]);
  });

  it('lists the Italian public holidays with Easter Monday and the patron day', () => {
    const h = italianHolidays(2026, '12-07');
    for (const d of ['2026-01-01', '2026-01-06', '2026-04-06', '2026-04-25', '2026-05-01', '2026-06-02', '2026-08-15', '2026-11-01', '2026-12-08', '2026-12-25', '2026-12-26', '2026-12-07']) {
      expect(h).toContain(d);
    }
    expect(isWorkingDay(2026, 4, 6)).toBe(false); // Easter Monday
    expect(isWorkingDay(2026, 4, 7)).toBe(true);
    expect(isWorkingDay(2026, 12, 7)).toBe(true);
    expect(isWorkingDay(2026, 12, 7, '12-07')).toBe(false);
  });

  it('lets hours elapse as real time', () => {
    const start = new Date('2026-04-04T20:00:00Z'); // a Saturday evening
    expect(dueAt(start, { hours: 4 }, 'working')).toEqual(new Date('2026-04-05T00:00:00Z'));
  });

  it('counts calendar days on the Rome wall clock, across the spring DST change', () => {
    // Friday 27 March 2026 10:00 in Rome (UTC+1); DST starts on Sunday 29 March.
    const start = new Date('2026-03-27T09:00:00Z');
    expect(dueAt(start, { days: 2 }, 'calendar')).toEqual(new Date('2026-03-29T08:00:00Z')); // 10:00 CEST
  });

  it('skips weekends and holidays, Easter Monday included, in working-day mode', () => {
    // Thursday 2 April 2026 10:00 Rome (CEST): Fri 3 counts, Sat/Sun off, Easter Monday off, Tue 7 counts.
    const start = new Date('2026-04-02T08:00:00Z');
    expect(dueAt(start, { days: 2 }, 'working')).toEqual(new Date('2026-04-07T08:00:00Z'));
    expect(dueAt(start, { days: 2 }, 'calendar')).toEqual(new Date('2026-04-04T08:00:00Z'));
    // The patron's day is skipped only where the municipality observes it.
    const friday = new Date('2026-12-04T09:00:00Z'); // Friday 4 December; Mon 7 patron, Tue 8 Immacolata
    expect(dueAt(friday, { days: 1 }, 'working')).toEqual(new Date('2026-12-07T09:00:00Z'));
    expect(dueAt(friday, { days: 1 }, 'working', '12-07')).toEqual(new Date('2026-12-09T09:00:00Z'));
  });

  it('takes a municipality’s overrides over the defaults, ignoring nonsense', () => {
    const t = resolveTargets({ LOW: { accept: { days: 3 } }, MEDIUM: { accept: { days: -1 } }, HIGH: 'x' });
    expect(t[Urgency.LOW]).toEqual({ accept: { days: 3 }, firstContact: { days: 10 } });
    expect(t[Urgency.MEDIUM]).toEqual(DEFAULT_SLA_TARGETS[Urgency.MEDIUM]);
    expect(t[Urgency.HIGH]).toEqual({ accept: { hours: 4 }, firstContact: { hours: 24 } });
  });
});
