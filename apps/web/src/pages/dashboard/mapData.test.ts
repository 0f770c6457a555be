import { visibleSum } from './Counters';
import { classOf, fillOf, HATCH_ID, legendClasses, mapValues, MISSING_FILL, needsOf, neighbourhoodRows, PALETTE, parseBoundary, projectShapes, reportsOf, scaleBreaks } from './mapData';
import { monthBars, monthTotalsTable } from './MonthlyChart';
import type { Coverage, SuppressedTable } from './types';

const NEEDS = ['FOOD', 'LONELINESS'];
const MONTHS = ['2026-01-01', '2026-02-01', '2026-03-01'];

/**
 * Reports, each counted once: Crocetta 32, Balsamo 20 with hidden cells but a shown total, Bettola
 * hidden (under k), a code known only to the reports; February's total hidden, the period's shown.
 */
const reports: SuppressedTable = {
  rows: ['balsamo', 'bettola', 'crocetta', 'sconosciuto'],
  columns: MONTHS,
  cells: [
    { row: 'balsamo', total: 20, values: [null, 12, null] },
    { row: 'bettola', total: null, values: [null, null, null] },
    { row: 'crocetta', total: 32, values: [12, null, 14] },
    { row: 'sconosciuto', total: 10, values: [10, 0, 0] },
  ],
  rowTotals: [20, null, 32, 10],
  columnTotals: [30, null, 25],
  total: 66,
};

/** Needs flagged (one per need of each report): Crocetta 40, Bettola hidden, Balsamo 20. */
const needs: SuppressedTable = {
  rows: ['balsamo', 'bettola', 'crocetta'],
  columns: NEEDS,
  cells: [
    { row: 'balsamo', total: 20, values: [null, null] },
    { row: 'bettola', total: null, values: [null, 0] },
    { row: 'crocetta', total: 40, values: [25, 15] },
  ],
  rowTotals: [20, null, 40],
  columnTotals: [null, null],
  total: null,
};

const coverage: Coverage = {
  desertThresholdPer1000: 0.25,
  deserts: ['bettola'],
  neighbourhoods: [
    { code: 'balsamo', name: 'Balsamo', activeAntennas: 5, desert: false, per1000Residents: 0.5, population: 10000 },
    { code: 'bettola', name: 'Bettola', activeAntennas: 0, desert: true, per1000Residents: 0, population: 5000 },
    { code: 'crocetta', name: 'Crocetta', activeAntennas: 4, desert: false, per1000Residents: 0.5, population: 8000 },
    { code: 'nigozza', name: 'Nigozza', activeAntennas: 2, desert: false, per1000Residents: null, population: 4000 },
  ],
};

const dashboard = { coverage, reportsByNeighbourhoodAndMonth: reports, reportsByNeighbourhoodAndNeed: needs };

describe('neighbourhood values for the map', () => {
  it('reads a neighbourhood’s reports and needs: its row total, 0 without a row, null when hidden', () => {
    expect(reportsOf(reports, 'crocetta')).toBe(32);
    expect(reportsOf(reports, 'bettola')).toBeNull();
    expect(reportsOf(reports, 'nigozza')).toBe(0);
    expect(needsOf(needs, 'crocetta')).toBe(40);
    expect(needsOf(needs, 'bettola')).toBeNull();
    expect(needsOf(needs, 'nigozza')).toBe(0);
  });

  it('computes reports per 1,000 residents and never a rate from a hidden count', () => {
    const rows = neighbourhoodRows(dashboard);
    const byCode = Object.fromEntries(rows.map((r) => [r.code, r]));
    expect(byCode.crocetta).toMatchObject({ reports: 32, reportsPer1000: 4, needs: 40 });
    expect(byCode.balsamo).toMatchObject({ reports: 20, reportsPer1000: 2, needs: 20 });
    expect(byCode.bettola).toMatchObject({ reports: null, reportsPer1000: null, needs: null, desert: true });
    // absent from the reports: none in the period, not hidden
    expect(byCode.nigozza).toMatchObject({ reports: 0, reportsPer1000: 0, needs: 0 });
    // known only to the reports: population unknown, so no rate
    expect(byCode.sconosciuto).toMatchObject({ name: 'sconosciuto', reports: 10, reportsPer1000: null, needs: 0 });
  });

  it('colours shown values on the sequential scale and hatches the hidden neighbourhood', () => {
    const { values, breaks } = mapValues(neighbourhoodRows(dashboard), 'reports');
    const byCode = Object.fromEntries(values.map((v) => [v.code, v]));
    // equal classes between the smallest (0, Nigozza) and the largest (4) shown value
    expect(breaks.map((b) => Math.round(b * 10) / 10)).toEqual([0.8, 1.6, 2.4, 3.2, 4]);
    expect(byCode.crocetta).toMatchObject({ state: 'shown', value: 4, colourClass: 4 });
    expect(fillOf(byCode.crocetta)).toBe(PALETTE[4]);
    expect(byCode.balsamo).toMatchObject({ state: 'shown', value: 2, colourClass: 2 });
    expect(byCode.nigozza).toMatchObject({ state: 'shown', value: 0, colourClass: 0 });
    expect(byCode.bettola).toMatchObject({ state: 'suppressed', value: null, colourClass: null, desert: true });
    expect(fillOf(byCode.bettola)).toBe(`url(#${HATCH_ID})`);
    expect(PALETTE).not.toContain(fillOf(byCode.bettola));
    expect(byCode.sconosciuto.state).toBe('missing');
    expect(fillOf(byCode.sconosciuto)).toBe(MISSING_FILL);
  });

  it('colours by antenna coverage, where nothing is hidden', () => {
    const { values, breaks } = mapValues(neighbourhoodRows(dashboard), 'coverage');
    const byCode = Object.fromEntries(values.map((v) => [v.code, v]));
    expect(breaks[breaks.length - 1]).toBe(0.5);
    expect(byCode.bettola).toMatchObject({ state: 'shown', value: 0, colourClass: 0 });
    expect(byCode.crocetta.colourClass).toBe(4);
    expect(byCode.nigozza.state).toBe('missing');
    expect(byCode.sconosciuto.state).toBe('missing');
  });

  it('has one class when every value is the same', () => {
    expect(scaleBreaks([0, 0])).toEqual([0]);
    expect(scaleBreaks([3, 3])).toEqual([3]);
    expect(scaleBreaks([])).toEqual([0]);
    expect(classOf(3, [3])).toBe(0);
  });

  it('builds the legend from the breaks, the first class "up to"', () => {
    expect(legendClasses([1, 2])).toEqual([
      { from: null, to: 1, colour: PALETTE[0] },
      { from: 1, to: 2, colour: PALETTE[1] },
    ]);
  });
});

describe('reports per month and totals', () => {
  it('takes one bar per month from the column totals, a hidden month as null', () => {
    expect(monthBars(reports)).toEqual([
      { month: '2026-01-01', value: 30, reason: null },
      { month: '2026-02-01', value: null, reason: null },
      { month: '2026-03-01', value: 25, reason: null },
    ]);
    // With the API's reasons: a month hidden to protect another says so.
    expect(monthBars({ ...reports, columnTotalReasons: [null, 'COMPLEMENTARY', null] })[1]).toEqual({ month: '2026-02-01', value: null, reason: 'COMPLEMENTARY' });
    expect(monthBars({ rows: [], columns: [], cells: [], rowTotals: [], columnTotals: [], total: 0 })).toEqual([]);
  });

  it('turns the monthly totals into a one-row table for the accessible view', () => {
    expect(monthTotalsTable({ ...reports, columnTotalReasons: [null, 'SMALL', null] })).toEqual({
      rows: ['reports'],
      columns: MONTHS,
      cells: [{ row: 'reports', total: 66, values: [30, null, 25], reasons: [null, 'SMALL', null], totalReason: null }],
      rowTotals: [66],
      columnTotals: [30, null, 25],
      total: 66,
      rowTotalReasons: [null],
      columnTotalReasons: [null, 'SMALL', null],
      totalReason: null,
    });
  });

  it('bounds a hidden total from below with what is visible, hidden counts as 0', () => {
    // rows 20 + 32 + 10 = 62 against columns 30 + 25 = 55
    expect(visibleSum({ ...reports, total: null })).toBe(62);
    // columns only
    expect(visibleSum({ ...reports, rowTotals: [null, null, null, null], cells: reports.cells.map((c) => ({ ...c, total: null, values: [null, null, null] })), total: null })).toBe(55);
    expect(visibleSum(needs)).toBe(60);
  });
});

describe('projection of the boundaries', () => {
  const square = (lng: number, lat: number) => JSON.stringify({ type: 'Polygon', coordinates: [[[lng, lat], [lng + 0.01, lat], [lng + 0.01, lat + 0.01], [lng, lat + 0.01], [lng, lat]]] });

  it('parses Polygon, MultiPolygon and Feature, and ignores junk', () => {
    expect(parseBoundary(square(9, 45))).toHaveLength(1);
    expect(parseBoundary(JSON.stringify({ type: 'MultiPolygon', coordinates: [JSON.parse(square(9, 45)).coordinates, JSON.parse(square(9.1, 45)).coordinates] }))).toHaveLength(2);
    expect(parseBoundary(JSON.stringify({ type: 'Feature', geometry: JSON.parse(square(9, 45)) }))).toHaveLength(1);
    expect(parseBoundary('not json')).toEqual([]);
    expect(parseBoundary(null)).toEqual([]);
    expect(parseBoundary(JSON.stringify({ type: 'Point', coordinates: [9, 45] }))).toEqual([]);
  });

  it('fits the shapes in the viewBox, north up, longitudes shrunk by cos(latitude)', () => {
    const result = projectShapes(
      [
        { code: 'a', name: 'A', boundary: square(9, 45.5) },
        { code: 'b', name: 'B', boundary: square(9.01, 45.5) },
        { code: 'c', name: 'C', boundary: null },
      ],
      600,
      0,
    );
    expect(result.shapes.map((s) => s.code)).toEqual(['a', 'b']);
    // two squares side by side: 0.02° wide × cos(45.5°), 0.01° tall
    expect(result.height).toBe(Math.round(600 / (2 * Math.cos((45.505 * Math.PI) / 180))));
    expect(result.shapes[0].d.startsWith('M0,')).toBe(true);
    expect(result.shapes[0].labelX).toBeCloseTo(150, 0);
    expect(result.shapes[1].labelX).toBeCloseTo(450, 0);
  });
});
