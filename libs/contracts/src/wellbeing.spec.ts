import { PATHWAY_ACTIONS, PathwayAction, PathwayKind, ScoreBand, actionAllowed, monthOf, scoreBand, ucla3Total } from './wellbeing';

describe('UCLA-3 bands and pathway actions', () => {
  it('bands totals 3–4 LOW, 5–6 MEDIUM, 7–9 HIGH and refuses anything else', () => {
    expect([3, 4, 5, 6, 7, 8, 9].map(scoreBand)).toEqual([ScoreBand.LOW, ScoreBand.LOW, ScoreBand.MEDIUM, ScoreBand.MEDIUM, ScoreBand.HIGH, ScoreBand.HIGH, ScoreBand.HIGH]);
    for (const bad of [2, 10, 5.5]) expect(() => scoreBand(bad)).toThrow(RangeError);
    expect(ucla3Total({ lackCompanionship: 3, leftOut: 1, isolated: 2 })).toBe(6);
  });

  it('allows the law-112/2016 actions A–E on «Dopo di noi» only and the pact axes on mental health only', () => {
    expect(PATHWAY_ACTIONS[PathwayKind.DOPO_DI_NOI]).toHaveLength(5);
    for (const action of Object.values(PathwayAction)) {
      expect(actionAllowed(PathwayKind.DOPO_DI_NOI, action) !== actionAllowed(PathwayKind.MENTAL_HEALTH, action)).toBe(true);
    }
    expect(actionAllowed(PathwayKind.DOPO_DI_NOI, PathwayAction.E_EMERGENCY_STAY)).toBe(true);
    expect(actionAllowed(PathwayKind.MENTAL_HEALTH, PathwayAction.E_EMERGENCY_STAY)).toBe(false);
  });

  it('gives the month in Europe/Rome (a measurement on New Year’s Eve at 23:30 UTC is January)', () => {
    expect(monthOf(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01');
    expect(monthOf('2026-03-15')).toBe('2026-03');
  });
});
