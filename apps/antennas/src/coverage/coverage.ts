import { CoverageV1, NeighbourhoodCoverageV1 } from '@prossimo/contracts';
import { suppressSmallCells } from '@prossimo/platform';

export interface CoverageInput {
  municipality: string;
  /** Active antennas per 1,000 residents under which a neighbourhood is a desert. */
  threshold: number;
  neighbourhoods: { code: string; name: string; population: number | null; population75Plus: number | null; approximate: boolean }[];
  /** Active antennas by neighbourhood code (absent = none). */
  active: ReadonlyMap<string, number>;
  /** Reports sent by each neighbourhood's antennas, by month. */
  counts: { neighbourhoodCode: string; month: string; reports: number }[];
  months: string[];
  k: number;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * The coverage figures, a pure function: antennas per neighbourhood and per 1,000 residents (and
 * over-75s), the deserts, and the reports per neighbourhood × month with small cells suppressed.
 * Antenna counts describe no person and are shown as they are; report counts do, and are not.
 */
export function computeCoverage(input: CoverageInput): CoverageV1 {
  const exact = new Map<string, number | null>();
  const neighbourhoods: NeighbourhoodCoverageV1[] = input.neighbourhoods.map((n) => {
    const activeAntennas = input.active.get(n.code) ?? 0;
    const perResident = n.population ? (activeAntennas * 1000) / n.population : null;
    exact.set(n.code, perResident);
    return {
      code: n.code,
      name: n.name,
      population: n.population,
      population75Plus: n.population75Plus,
      approximate: n.approximate,
      activeAntennas,
      per1000Residents: perResident === null ? null : round2(perResident),
      per1000Over75: n.population75Plus ? round2((activeAntennas * 1000) / n.population75Plus) : null,
      desert: activeAntennas === 0 || (perResident !== null && perResident < input.threshold),
    };
  });
  const deserts = neighbourhoods
    .filter((n) => n.desert)
    .sort((a, b) => (exact.get(a.code) ?? -1) - (exact.get(b.code) ?? -1) || a.activeAntennas - b.activeAntennas || a.code.localeCompare(b.code))
    .map((n) => n.code);

  const monthIndex = new Map(input.months.map((m, j) => [m, j]));
  const rowIndex = new Map(neighbourhoods.map((n, i) => [n.code, i]));
  const table = neighbourhoods.map(() => new Array<number>(input.months.length).fill(0));
  for (const c of input.counts) {
    const i = rowIndex.get(c.neighbourhoodCode);
    const j = monthIndex.get(c.month);
    if (i !== undefined && j !== undefined) table[i][j] += c.reports;
  }
  const s = suppressSmallCells(table, { k: input.k });
  return {
    municipality: input.municipality,
    desertThresholdPer1000: input.threshold,
    neighbourhoods,
    deserts,
    reportsByMonth: {
      months: input.months,
      rows: neighbourhoods.map((n, i) => ({ neighbourhoodCode: n.code, counts: s.cells[i], total: s.rowTotals[i] })),
      monthTotals: s.columnTotals,
      total: s.total,
      k: input.k,
      hiddenCells: s.hiddenCount,
    },
  };
}
