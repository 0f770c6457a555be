import fc from 'fast-check';
import { CapacityStatus, Need, ServiceStatus } from '@prossimo/contracts';
import { CandidateService, ExclusionReason, MatchReport, match } from './matching';

const MUN = '015077';
const HERE = 'crocetta';
const ORG = { registered: '0f000000-0000-4000-8000-00000000000a', other: '0f000000-0000-4000-8000-00000000000b', unregistered: '0f000000-0000-4000-8000-00000000000c' };

const sid = (n: number) => `5e000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A service that would be eligible everywhere in crocetta; override what a case needs. */
function service(n: number, needs: Need[], over: Partial<CandidateService> = {}): CandidateService {
  return {
    serviceId: sid(n),
    serviceName: `Servizio ${n}`,
    organisationId: ORG.registered,
    status: ServiceStatus.ACTIVE,
    needs,
    capacityStatus: CapacityStatus.CAPACITY,
    capacityMaximum: 10,
    openReferrals: 0,
    runtsNumber: 'RUNTS-1',
    areas: [{ municipality: MUN, neighbourhoodCode: HERE }],
    ...over,
  };
}

const report = (needs: Need[]): MatchReport => ({ municipality: MUN, neighbourhoodCode: HERE, needs });
const RUNTS = { requireRunts: true };

/** A directory with one service of every kind matching must skip, and real competition for each need. */
const FIXTURE: CandidateService[] = [
  service(1, [Need.FOOD, Need.WORK], { capacityMaximum: 10, openReferrals: 5 }),
  service(2, [Need.FOOD, Need.WORK, Need.HOUSING], { capacityStatus: CapacityStatus.NO_CAPACITY }),
  service(3, [Need.LONELINESS], { status: ServiceStatus.INACTIVE, organisationId: ORG.other }),
  service(4, [Need.FOOD, Need.WORK, Need.HOUSING, Need.LONELINESS], { runtsNumber: null, organisationId: ORG.unregistered }),
  service(5, [Need.LONELINESS, Need.HOUSING], { areas: [{ municipality: MUN, neighbourhoodCode: 'bettola' }], organisationId: ORG.other }),
  service(6, [Need.LONELINESS], { capacityStatus: CapacityStatus.WAITLIST, openReferrals: 0, organisationId: ORG.other }),
  service(7, [Need.LONELINESS], { capacityMaximum: null, openReferrals: 3 }),
  service(8, [Need.LONELINESS], { capacityMaximum: 2, openReferrals: 6, organisationId: ORG.other }),
  service(9, [Need.HOUSING], { capacityStatus: CapacityStatus.ADDITIONAL_ASSESSMENT_REQUIRED }),
  service(10, [Need.HOUSING], { capacityStatus: CapacityStatus.WAITLIST, capacityMaximum: 1, openReferrals: 50 }),
  service(11, [Need.FOOD], { status: ServiceStatus.TEMPORARILY_CLOSED }),
  service(12, [Need.FOOD], { areas: [{ municipality: '015146', neighbourhoodCode: HERE }] }),
];

describe('match', () => {
  it('gives the service covering most needs its needs first, then repeats for the needs left', () => {
    const sut = match(report([Need.FOOD, Need.LONELINESS, Need.WORK, Need.HOUSING]), FIXTURE, RUNTS);
    expect(sut.assignments.map((a) => [a.rank, a.serviceId, a.needs])).toEqual([
      [1, sid(1), [Need.FOOD, Need.WORK]],
      // 7 and 8 both have capacity and 3 open referrals per place: the lower id wins.
      [2, sid(7), [Need.LONELINESS]],
      // waitlist beats additional-assessment-required, however loaded.
      [3, sid(10), [Need.HOUSING]],
    ]);
    expect(sut.unmet).toEqual([]);
  });

  it('never picks a service that is out of the area, not active, at no capacity or (where required) not on RUNTS', () => {
    const sut = match(report([Need.FOOD, Need.LONELINESS, Need.WORK, Need.HOUSING]), FIXTURE, RUNTS);
    const picked = sut.assignments.map((a) => a.serviceId);
    for (const n of [2, 3, 4, 5, 11, 12]) expect(picked).not.toContain(sid(n));
    const excluded = Object.fromEntries(sut.assignments[0].explanation.excluded.map((e) => [e.serviceId, e.reasons]));
    expect(excluded).toEqual<Record<string, ExclusionReason[]>>({
      [sid(2)]: ['no-capacity'],
      [sid(3)]: ['not-active'],
      [sid(4)]: ['not-on-runts'],
      [sid(5)]: ['outside-area'],
      [sid(11)]: ['not-active'],
      [sid(12)]: ['outside-area'],
    });
  });

  it('lets an unregistered organisation take referrals where the city does not require RUNTS', () => {
    const sut = match(report([Need.FOOD, Need.LONELINESS, Need.WORK, Need.HOUSING]), FIXTURE, { requireRunts: false });
    expect(sut.assignments).toHaveLength(1);
    expect(sut.assignments[0]).toMatchObject({ serviceId: sid(4), organisationId: ORG.unregistered, needs: [Need.FOOD, Need.LONELINESS, Need.WORK, Need.HOUSING] });
  });

  it('reports the needs nobody can take as unmet', () => {
    const sut = match(report([Need.DIGITAL_DIVIDE, Need.FOOD]), FIXTURE, RUNTS);
    expect(sut.assignments.map((a) => a.serviceId)).toEqual([sid(1)]);
    expect(sut.unmet).toEqual([Need.DIGITAL_DIVIDE]);
  });

  it('refers nothing when only a service at no capacity covers the need', () => {
    const only = [service(1, [Need.FOOD], { capacityStatus: CapacityStatus.NO_CAPACITY })];
    expect(match(report([Need.FOOD]), only, RUNTS)).toEqual({ assignments: [], unmet: [Need.FOOD], unmetWhy: [{ need: Need.FOOD, services: [{ serviceId: sid(1), serviceName: 'Servizio 1', reasons: ['no-capacity'] }] }] });
  });

  it('prefers fewer open referrals per place, counting an unknown maximum as one place', () => {
    const busy = service(1, [Need.FOOD], { capacityMaximum: 100, openReferrals: 30 }); // 0.3
    const quiet = service(2, [Need.FOOD], { capacityMaximum: 100, openReferrals: 10 }); // 0.1
    const unknown = service(3, [Need.FOOD], { capacityMaximum: null, openReferrals: 1 }); // 1
    const sut = match(report([Need.FOOD]), [unknown, busy, quiet], RUNTS);
    expect(sut.assignments[0].serviceId).toBe(sid(2));
    expect(sut.assignments[0].explanation.ranking.map((r) => [r.serviceId, r.load])).toEqual([
      [sid(2), 0.1],
      [sid(1), 0.3],
      [sid(3), 1],
    ]);
  });

  it('breaks a full tie by service id, whatever order the candidates come in', () => {
    const a = service(21, [Need.FOOD]);
    const b = service(20, [Need.FOOD]);
    expect(match(report([Need.FOOD]), [a, b], RUNTS).assignments[0].serviceId).toBe(sid(20));
    expect(match(report([Need.FOOD]), [b, a], RUNTS).assignments[0].serviceId).toBe(sid(20));
  });

  it('skips services already referred for the report, and says so', () => {
    const sut = match(report([Need.FOOD, Need.WORK]), FIXTURE, RUNTS, { excludeServiceIds: [sid(1)] });
    expect(sut).toMatchObject({ assignments: [], unmet: [Need.FOOD, Need.WORK] });
    const withOther = match(report([Need.LONELINESS]), FIXTURE, RUNTS, { excludeServiceIds: [sid(7)] });
    expect(withOther.assignments[0].serviceId).toBe(sid(8));
    expect(withOther.assignments[0].explanation.excluded).toContainEqual({ serviceId: sid(7), serviceName: 'Servizio 7', reasons: ['already-referred'] });
  });

  it('says, for each unmet need, which services cover it and why each was left out', () => {
    const full = service(31, [Need.HOUSING], { capacityStatus: CapacityStatus.NO_CAPACITY });
    const away = service(32, [Need.HOUSING], { areas: [{ municipality: MUN, neighbourhoodCode: 'bettola' }], runtsNumber: null });
    const sut = match(report([Need.HOUSING, Need.DIGITAL_DIVIDE]), [full, away], RUNTS);
    expect(sut.unmet).toEqual([Need.HOUSING, Need.DIGITAL_DIVIDE]);
    expect(sut.unmetWhy).toEqual([
      {
        need: Need.HOUSING,
        services: [
          { serviceId: sid(31), serviceName: 'Servizio 31', reasons: ['no-capacity'] },
          { serviceId: sid(32), serviceName: 'Servizio 32', reasons: ['outside-area', 'not-on-runts'] },
        ],
      },
      // Nobody covers it: no service listed.
      { need: Need.DIGITAL_DIVIDE, services: [] },
    ]);
  });

  it("puts the social worker's chosen service first, for the needs it covers, recording the exclusions it overrode", () => {
    const full = service(41, [Need.FOOD], { capacityStatus: CapacityStatus.NO_CAPACITY });
    const open = service(42, [Need.FOOD, Need.WORK]);
    const sut = match(report([Need.FOOD, Need.WORK]), [full, open], RUNTS, { chosenServiceId: sid(41) });
    expect(sut.assignments.map((a) => [a.serviceId, a.needs])).toEqual([
      [sid(41), [Need.FOOD]],
      [sid(42), [Need.WORK]],
    ]);
    expect(sut.assignments[0].explanation).toMatchObject({ chosenBy: 'social-worker', overridden: ['no-capacity'], rank: 1 });
    expect(sut.assignments[1].explanation.chosenBy).toBeUndefined();
    // A choice that covers none of the needs is ignored: the rule decides.
    expect(match(report([Need.WORK]), [full, open], RUNTS, { chosenServiceId: sid(41) }).assignments.map((a) => a.serviceId)).toEqual([sid(42)]);
  });

  it('explains each assignment with its ranking inputs, as plain JSON', () => {
    const sut = match(report([Need.FOOD, Need.LONELINESS, Need.WORK, Need.HOUSING]), FIXTURE, RUNTS);
    const second = sut.assignments[1].explanation;
    expect(second).toMatchObject({
      rank: 2,
      policy: { requireRunts: true },
      needsSought: [Need.LONELINESS, Need.HOUSING],
      chosen: { serviceId: sid(7), needsCovered: [Need.LONELINESS], capacityStatus: CapacityStatus.CAPACITY, openReferrals: 3, capacityMaximum: null, load: 3 },
    });
    expect(second.ranking.map((r) => r.serviceId)).toEqual([sid(7), sid(8), sid(6), sid(10), sid(9)]);
    expect(JSON.parse(JSON.stringify(sut.assignments))).toEqual(sut.assignments);
  });

  describe('properties', () => {
    const needArb = fc.constantFrom(...Object.values(Need));
    const candidateArb = fc.record({
      n: fc.integer({ min: 1, max: 40 }),
      needs: fc.uniqueArray(needArb, { maxLength: 6 }),
      status: fc.constantFrom(...Object.values(ServiceStatus)),
      capacityStatus: fc.constantFrom(...Object.values(CapacityStatus)),
      capacityMaximum: fc.option(fc.integer({ min: 0, max: 50 })),
      openReferrals: fc.integer({ min: 0, max: 60 }),
      registered: fc.boolean(),
      covers: fc.boolean(),
      org: fc.constantFrom(ORG.registered, ORG.other, ORG.unregistered),
    });
    const candidatesArb = fc
      .uniqueArray(candidateArb, { maxLength: 15, selector: (c) => c.n })
      .map((cs) =>
        cs.map((c) =>
          service(c.n, c.needs, {
            status: c.status,
            capacityStatus: c.capacityStatus,
            capacityMaximum: c.capacityMaximum,
            openReferrals: c.openReferrals,
            runtsNumber: c.registered ? `RUNTS-${c.n}` : null,
            organisationId: c.org,
            areas: [{ municipality: MUN, neighbourhoodCode: c.covers ? HERE : 'bettola' }],
          }),
        ),
      );
    const inputArb = fc.record({
      needs: fc.uniqueArray(needArb, { minLength: 1, maxLength: 13 }),
      candidates: candidatesArb,
      requireRunts: fc.boolean(),
      exclude: fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { maxLength: 5 }),
    });

    it('assigns every need exactly once or reports it unmet, never to an excluded service', () => {
      fc.assert(
        fc.property(inputArb, ({ needs, candidates, requireRunts, exclude }) => {
          const excludeIds = exclude.map(sid);
          const sut = match(report(needs), candidates, { requireRunts }, { excludeServiceIds: excludeIds });

          const assigned = sut.assignments.flatMap((a) => a.needs);
          for (const need of needs) {
            const times = assigned.filter((n) => n === need).length + (sut.unmet.includes(need) ? 1 : 0);
            expect(times).toBe(1);
          }
          expect([...assigned, ...sut.unmet].sort()).toEqual([...needs].sort());

          const byId = new Map(candidates.map((c) => [c.serviceId, c]));
          for (const a of sut.assignments) {
            const c = byId.get(a.serviceId)!;
            expect(c).toBeDefined();
            expect(c.areas.some((x) => x.neighbourhoodCode === HERE)).toBe(true);
            expect(c.status).toBe(ServiceStatus.ACTIVE);
            expect(c.capacityStatus).not.toBe(CapacityStatus.NO_CAPACITY);
            if (requireRunts) expect(c.runtsNumber).not.toBeNull();
            expect(excludeIds).not.toContain(a.serviceId);
            expect(a.needs.every((n) => c.needs.includes(n))).toBe(true);
            expect(a.organisationId).toBe(c.organisationId);
          }
          expect(new Set(sut.assignments.map((a) => a.serviceId)).size).toBe(sut.assignments.length);
          // An unmet need really has no eligible service left for it.
          for (const need of sut.unmet) {
            const takers = candidates.filter((c) => c.needs.includes(need) && !sut.assignments.some((a) => a.serviceId === c.serviceId));
            for (const c of takers) {
              const eligible =
                c.areas.some((x) => x.neighbourhoodCode === HERE) &&
                c.status === ServiceStatus.ACTIVE &&
                c.capacityStatus !== CapacityStatus.NO_CAPACITY &&
                (!requireRunts || c.runtsNumber !== null) &&
                !excludeIds.includes(c.serviceId);
              expect(eligible).toBe(false);
            }
          }
        }),
        { numRuns: 200 },
      );
    });

    it('does not depend on the order of the candidates', () => {
      fc.assert(
        fc.property(inputArb, ({ needs, candidates, requireRunts }) => {
          const forward = match(report(needs), candidates, { requireRunts });
          const backward = match(report(needs), [...candidates].reverse(), { requireRunts });
          expect(backward).toEqual(forward);
        }),
        { numRuns: 200 },
      );
    });
  });
});
