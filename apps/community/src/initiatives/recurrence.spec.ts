import { ErrorCode, MAX_RECURRING_OCCURRENCES, Weekday } from '@prossimo/contracts';
import { weeklyOccurrences } from './recurrence';

describe('weekly recurrence (bounded)', () => {
  const tuesdays = { weekdays: [Weekday.TUESDAY], startTime: '15:00', endTime: '17:00', firstDate: '2027-03-01', untilDate: '2027-04-06' };

  it('gives every Tuesday in the range at 15:00 Rome time, summer time included', () => {
    const got = weeklyOccurrences(tuesdays);
    expect(got.map((o) => o.date)).toEqual(['2027-03-02', '2027-03-09', '2027-03-16', '2027-03-23', '2027-03-30', '2027-04-06']);
    // CET (UTC+1) before 28 March 2027, CEST (UTC+2) after.
    expect(got[0].startsAt.toISOString()).toBe('2027-03-02T14:00:00.000Z');
    expect(got[4].startsAt.toISOString()).toBe('2027-03-30T13:00:00.000Z');
    expect(got[4].endsAt.toISOString()).toBe('2027-03-30T15:00:00.000Z');
  });

  it('stops at maxOccurrences, and takes several weekdays in date order', () => {
    const got = weeklyOccurrences({ ...tuesdays, weekdays: [Weekday.THURSDAY, Weekday.TUESDAY], maxOccurrences: 3 });
    expect(got.map((o) => o.date)).toEqual(['2027-03-02', '2027-03-04', '2027-03-09']);
  });

  it.each([
    [{ untilDate: '2027-02-01' }, 'untilDate'],
    [{ endTime: '15:00' }, 'endTime'],
    [{ firstDate: '2027-02-30' }, 'firstDate'],
    [{ untilDate: '2028-04-06' }, 'untilDate'],
    [{ weekdays: [Weekday.SUNDAY], firstDate: '2027-03-02', untilDate: '2027-03-06' }, 'weekdays'],
    [{ weekdays: [Weekday.MONDAY, Weekday.WEDNESDAY, Weekday.FRIDAY], untilDate: '2027-12-31' }, 'maxOccurrences'],
  ])('refuses %j naming %s', (change, field) => {
    expect(() => weeklyOccurrences({ ...tuesdays, ...change })).toThrow(expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT, field }));
  });

  it(`never gives more than ${MAX_RECURRING_OCCURRENCES} when asked how many`, () => {
    expect(weeklyOccurrences({ ...tuesdays, weekdays: [Weekday.MONDAY, Weekday.TUESDAY], untilDate: '2027-12-31', maxOccurrences: MAX_RECURRING_OCCURRENCES })).toHaveLength(MAX_RECURRING_OCCURRENCES);
  });
});
