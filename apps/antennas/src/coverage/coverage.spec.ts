import { computeCoverage } from './coverage';

/**
 * A hand-computed fixture. Three neighbourhoods:
 *   alto   population 4,000, 600 over 75, 2 active antennas → 0.50 per 1,000, 3.33 per 1,000 over 75
 *   basso  population 8,000, 1,000 over 75, 1 active       → 0.125 per 1,000 (desert at 0.25), 1.00 over 75
 *   centro population unknown, 0 active                     → desert (no antenna at all)
 * Reports per month (alto, basso, centro) × (2026-01, 2026-02):
 *   alto   12  3
 *   basso  20 15
 *   centro  0  0
 * Row totals 15, 35, 0; month totals 32, 18; total 50.
 * 3 is under k = 10; alone it would be 15 − 12. The cheapest 4-cycle through it also hides
 * alto/2026-01 (12), basso/2026-01 (20) and basso/2026-02 (15): cost 12+20+15 = 47, against
 * 12+32+18 = 62 through the month totals or 15+35+20 via the row totals (70).
 */
describe('computeCoverage (hand-computed fixture)', () => {
  const sut = computeCoverage({
    municipality: '015146',
    threshold: 0.25,
    neighbourhoods: [
      { code: 'alto', name: 'Alto', population: 4000, population75Plus: 600, approximate: false },
      { code: 'basso', name: 'Basso', population: 8000, population75Plus: 1000, approximate: true },
      { code: 'centro', name: 'Centro', population: null, population75Plus: null, approximate: false },
    ],
    active: new Map([
      ['alto', 2],
      ['basso', 1],
    ]),
    counts: [
      { neighbourhoodCode: 'alto', month: '2026-01', reports: 12 },
      { neighbourhoodCode: 'alto', month: '2026-02', reports: 3 },
      { neighbourhoodCode: 'basso', month: '2026-01', reports: 20 },
      { neighbourhoodCode: 'basso', month: '2026-02', reports: 15 },
      { neighbourhoodCode: 'basso', month: '2025-12', reports: 99 },
    ],
    months: ['2026-01', '2026-02'],
    k: 10,
  });

  it('counts active antennas per neighbourhood, per 1,000 residents and per 1,000 over 75', () => {
    expect(sut.neighbourhoods.map((n) => [n.code, n.activeAntennas, n.per1000Residents, n.per1000Over75, n.desert])).toEqual([
      ['alto', 2, 0.5, 3.33, false],
      ['basso', 1, 0.13, 1, true],
      ['centro', 0, null, null, true],
    ]);
  });

  it('lists the deserts, emptiest first', () => {
    expect(sut.deserts).toEqual(['centro', 'basso']);
    expect(sut.desertThresholdPer1000).toBe(0.25);
  });

  it('suppresses the small cell and its complements, keeps the totals that reveal nothing', () => {
    expect(sut.reportsByMonth).toEqual({
      months: ['2026-01', '2026-02'],
      rows: [
        { neighbourhoodCode: 'alto', counts: [null, null], total: 15 },
        { neighbourhoodCode: 'basso', counts: [null, null], total: 35 },
        { neighbourhoodCode: 'centro', counts: [0, 0], total: 0 },
      ],
      monthTotals: [32, 18],
      total: 50,
      k: 10,
      hiddenCells: 4,
    });
  });
});
