import { ageInDays, daysWaiting, fromLocalInput, toLocalInput } from './dates';
import { prettyJson, summariseExplanation } from './explanation';

const SAMPLE = JSON.stringify({
  rank: 1,
  rule: 'needs covered desc, ...',
  chosen: { load: 0, serviceId: 's1', needsCovered: ['LONELINESS'], openReferrals: 4, capacityStatus: 'capacity', organisationId: 'o1', capacityMaximum: 60 },
  policy: { requireRunts: true },
  ranking: [
    { serviceId: 's1', needsCovered: ['LONELINESS'] },
    { serviceId: 's2', needsCovered: ['FOOD'] },
  ],
  trigger: 'report-submitted',
  excluded: [
    { serviceId: 's3', reasons: ['outside-area'] },
    { serviceId: 's4', reasons: ['outside-area', 'no-capacity'] },
  ],
  needsSought: ['LONELINESS', 'FOOD'],
});

describe('summariseExplanation', () => {
  it('reads the facts of a matching explanation', () => {
    expect(summariseExplanation(SAMPLE)).toEqual({
      rank: 1,
      needsSought: ['LONELINESS', 'FOOD'],
      needsCovered: ['LONELINESS'],
      capacityStatus: 'capacity',
      openReferrals: 4,
      capacityMaximum: 60,
      alternatives: 1,
      excludedByReason: { 'outside-area': 2, 'no-capacity': 1 },
      excludedNamesByReason: {},
      chosenByDesk: false,
      overridden: [],
      trigger: 'report-submitted',
    });
  });

  it("reads the desk's own choice and the names of the services left out", () => {
    const chosen = JSON.stringify({
      ...JSON.parse(SAMPLE),
      trigger: 'rerouted',
      chosenBy: 'social-worker',
      overridden: ['no-capacity'],
      excluded: [{ serviceId: 's4', serviceName: 'Mensa piena', reasons: ['no-capacity'] }],
    });
    expect(summariseExplanation(chosen)).toMatchObject({
      chosenByDesk: true,
      overridden: ['no-capacity'],
      trigger: 'rerouted',
      excludedByReason: { 'no-capacity': 1 },
      excludedNamesByReason: { 'no-capacity': ['Mensa piena'] },
    });
  });

  it('gives up on anything else, which is then shown as it is', () => {
    expect(summariseExplanation('')).toBeNull();
    expect(summariseExplanation('not json')).toBeNull();
    expect(summariseExplanation('{"rank":1}')).toBeNull();
    expect(prettyJson('not json')).toBe('not json');
    expect(prettyJson('{"a":1}')).toBe('{\n  "a": 1\n}');
  });
});

describe('dates', () => {
  it('counts whole days since a time', () => {
    const now = Date.parse('2026-03-10T12:00:00Z');
    expect(ageInDays('2026-03-10T08:00:00Z', now)).toBe(0);
    expect(ageInDays('2026-03-08T11:59:00Z', now)).toBe(2);
    expect(ageInDays('2026-03-11T08:00:00Z', now)).toBe(0);
  });

  // Times are typed and shown as Rome time whatever the device's zone: these hold under any TZ.
  it('shows an instant as Rome wall time, on both sides of the DST changes', () => {
    expect(toLocalInput(new Date('2026-03-10T08:05:00Z'))).toBe('2026-03-10T09:05');
    expect(toLocalInput(new Date('2026-03-29T00:59:00Z'))).toBe('2026-03-29T01:59');
    expect(toLocalInput(new Date('2026-03-29T01:00:00Z'))).toBe('2026-03-29T03:00');
    expect(toLocalInput(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02T00:30');
    expect(toLocalInput(new Date('2026-10-25T00:30:00Z'))).toBe('2026-10-25T02:30');
    expect(toLocalInput(new Date('2026-10-25T01:30:00Z'))).toBe('2026-10-25T02:30');
    expect(toLocalInput(new Date('2026-12-31T23:10:00Z'))).toBe('2027-01-01T00:10');
  });

  it('reads a typed time as Rome wall time, DST-correct', () => {
    expect(fromLocalInput('2026-03-28T10:00')).toBe('2026-03-28T09:00:00.000Z');
    expect(fromLocalInput('2026-03-29T01:30')).toBe('2026-03-29T00:30:00.000Z');
    expect(fromLocalInput('2026-03-29T10:00')).toBe('2026-03-29T08:00:00.000Z');
    expect(fromLocalInput('2026-10-24T10:00')).toBe('2026-10-24T08:00:00.000Z');
    expect(fromLocalInput('2026-10-25T10:00')).toBe('2026-10-25T09:00:00.000Z');
    expect(fromLocalInput('2026-10-25T01:30')).toBe('2026-10-24T23:30:00.000Z');
    expect(fromLocalInput('2026-10-25T03:30')).toBe('2026-10-25T02:30:00.000Z');
    // A time skipped in spring is read one hour later; one that happens twice in autumn is the winter one.
    expect(fromLocalInput('2026-03-29T02:30')).toBe('2026-03-29T01:30:00.000Z');
    expect(fromLocalInput('2026-10-25T02:30')).toBe('2026-10-25T01:30:00.000Z');
    expect(fromLocalInput('2026-03-10T09:05:30')).toBe('2026-03-10T08:05:30.000Z');
  });

  it('round-trips and refuses what is not a time', () => {
    for (const iso of ['2026-03-28T23:45:00.000Z', '2026-03-29T08:00:00.000Z', '2026-10-24T21:15:00.000Z', '2026-10-25T12:00:00.000Z']) {
      expect(fromLocalInput(toLocalInput(new Date(iso)))).toBe(iso);
    }
    expect(fromLocalInput('')).toBeUndefined();
    expect(fromLocalInput('domani')).toBeUndefined();
    expect(fromLocalInput('2026-02-30T10:00')).toBeUndefined();
    expect(fromLocalInput('2026-03-10T25:00')).toBeUndefined();
  });
});

describe('days waiting, counted on the Rome calendar', () => {
  it('counts calendar days in Rome, whatever the hours', () => {
    // 23:30 in Rome on 9 March, seen at 08:00 in Rome on 10 March: one day, though only 8.5 hours passed.
    expect(daysWaiting('2026-03-09T22:30:00Z', Date.parse('2026-03-10T07:00:00Z'))).toBe(1);
    // The same morning: today.
    expect(daysWaiting('2026-03-10T06:00:00Z', Date.parse('2026-03-10T20:00:00Z'))).toBe(0);
    // 00:30 in Rome (23:30 UTC the day before) is already the next day in Rome.
    expect(daysWaiting('2026-03-09T23:30:00Z', Date.parse('2026-03-10T22:00:00Z'))).toBe(0);
    // Across the spring clock change (29 March 2026) a day is still a day.
    expect(daysWaiting('2026-03-28T10:00:00Z', Date.parse('2026-03-30T09:00:00Z'))).toBe(2);
    expect(daysWaiting('not a date', Date.now())).toBe(0);
  });
});
