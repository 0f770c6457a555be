import { VolunteerSkill } from '@prossimo/contracts';
import { Candidate, MAX_PROPOSALS, Point, distanceKm, rankBuddies, romeSlot } from './matching';

describe('rankBuddies: volunteers proposed for a buddy request', () => {
  // Tuesday 8 December 2026, 10:00 in Rome (09:00 UTC): a Tuesday morning.
  const tuesdayMorning = new Date('2026-12-08T09:00:00Z');
  const cafe: Point = { lat: 45.5585, lon: 9.2147 };
  const points = new Map<string, Point>([
    ['crocetta', { lat: 45.5585, lon: 9.2147 }],
    ['balsamo', { lat: 45.5675, lon: 9.2290 }], // about 1.5 km away
    ['bettola', { lat: 45.5420, lon: 9.2460 }], // about 3 km away
  ]);
  const need = { sessionStartsAt: tuesdayMorning, placeNeighbourhoodCode: 'crocetta', place: cafe };
  let n = 0;
  const v = (over: Partial<Candidate> = {}): Candidate => ({
    id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`, displayName: `Volontario ${n}`, birthYear: 1958, neighbourhoodCode: 'crocetta', travelKm: 2,
    skills: [], languages: ['it'], availability: ['TUESDAY_MORNING'], ...over,
  });
  const ids = (ps: { candidate: Candidate }[]) => ps.map((p) => p.candidate.displayName);

  it('reads the session\'s slot on Rome\'s clock, across midnight and summer time', () => {
    expect(romeSlot(tuesdayMorning)).toBe('TUESDAY_MORNING');
    expect(romeSlot(new Date('2026-12-08T12:30:00Z'))).toBe('TUESDAY_AFTERNOON'); // 13:30 in Rome
    expect(romeSlot(new Date('2026-12-08T23:30:00Z'))).toBe('WEDNESDAY_MORNING'); // 00:30 on Wednesday in Rome
    expect(romeSlot(new Date('2026-07-07T16:30:00Z'))).toBe('TUESDAY_EVENING'); // 18:30 CEST
  });

  it('measures distances in km', () => {
    expect(distanceKm(points.get('crocetta')!, points.get('balsamo')!)).toBeCloseTo(1.5, 0);
    expect(distanceKm(cafe, cafe)).toBe(0);
  });

  it('proposes only volunteers free at the session\'s weekday × part of the day', () => {
    const free = v({ displayName: 'Libera' });
    const busy = v({ displayName: 'Occupata', availability: ['TUESDAY_AFTERNOON', 'WEDNESDAY_MORNING'] });
    expect(ids(rankBuddies(need, [busy, free], points))).toEqual(['Libera']);
  });

  it('takes another neighbourhood only within the distance the volunteer said they would travel, never an unplaceable one', () => {
    const near = v({ displayName: 'Balsamo 2 km', neighbourhoodCode: 'balsamo', travelKm: 2 });
    const tooFar = v({ displayName: 'Bettola 2 km', neighbourhoodCode: 'bettola', travelKm: 2 });
    const willing = v({ displayName: 'Bettola 5 km', neighbourhoodCode: 'bettola', travelKm: 5 });
    const unknown = v({ displayName: 'Altrove', neighbourhoodCode: 'atlantide', travelKm: 100 });
    const home = v({ displayName: 'Crocetta 0 km', travelKm: 0 });
    const ranked = rankBuddies(need, [tooFar, unknown, willing, near, home], points);
    expect(ids(ranked)).toEqual(['Crocetta 0 km', 'Bettola 5 km', 'Balsamo 2 km']);
    expect(ranked[0]).toMatchObject({ sameNeighbourhood: true, reasons: ['same-neighbourhood', 'available'] });
    expect(ranked[2]).toMatchObject({ sameNeighbourhood: false, reasons: ['within-distance', 'available'] });
    expect(ranked[2].distanceKm).toBeCloseTo(1.5, 0);
  });

  it('ranks the language asked for, then skills asked for, then the buddy\'s own skills', () => {
    const arabic = v({ displayName: 'Araba', languages: ['it', 'ar'] });
    const driver = v({ displayName: 'Autista', skills: [VolunteerSkill.DRIVING] });
    const companion = v({ displayName: 'Compagnia', skills: [VolunteerSkill.ACCOMPANYING] });
    const plain = v({ displayName: 'Base' });
    const ranked = rankBuddies({ ...need, language: 'ar', skills: [VolunteerSkill.DRIVING] }, [plain, companion, driver, arabic], points);
    expect(ids(ranked)).toEqual(['Araba', 'Autista', 'Compagnia', 'Base']);
    expect(ranked[0].reasons).toContain('language');
    expect(ranked[1].reasons).toContain('skill:DRIVING');
    expect(ranked[2].reasons).toContain('skill:ACCOMPANYING');
  });

  it('leaves out volunteers under 18 in the session\'s year; people over 65 are buddies like anyone', () => {
    expect(ids(rankBuddies(need, [v({ displayName: 'Giovane', birthYear: 2009 }), v({ displayName: 'Anna, 68', birthYear: 1958 })], points))).toEqual(['Anna, 68']);
    expect(ids(rankBuddies(need, [v({ displayName: 'Diciottenne', birthYear: 2008 })], points))).toEqual(['Diciottenne']);
  });

  it('orders ties by name and caps the list', () => {
    const many = Array.from({ length: MAX_PROPOSALS + 3 }, (_, i) => v({ displayName: `V${String(i).padStart(2, '0')}` }));
    const ranked = rankBuddies(need, [...many].reverse(), points);
    expect(ranked).toHaveLength(MAX_PROPOSALS);
    expect(ids(ranked)).toEqual(many.slice(0, MAX_PROPOSALS).map((c) => c.displayName));
  });
});
