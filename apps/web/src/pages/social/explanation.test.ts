import { ageInDays, fromLocalInput, toLocalInput } from './dates';
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

  it('round-trips a datetime-local value', () => {
    const date = new Date(2026, 2, 10, 9, 5);
    expect(toLocalInput(date)).toBe('2026-03-10T09:05');
    expect(fromLocalInput(toLocalInput(date))).toBe(date.toISOString());
    expect(fromLocalInput('')).toBeUndefined();
  });
});
