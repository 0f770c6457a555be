import { classOf, fillOf, HATCH_ID, legendClasses, mapValues, MISSING_FILL, needsOf, neighbourhoodRows, PALETTE, parseBoundary, projectShapes, scaleBreaks } from './mapData';
import type { Coverage, SuppressedTable } from './types';

const NEEDS = ['FOOD', 'LONELINESS'];

/** Needs flagged: Crocetta 40, Bettola hidden (under k), Balsamo 20 with hidden cells but a shown total. */
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
    { code: 'nigozza', name: 'Nigozza', activeAntennas: 2, desert: false, per1000Residents: null, population: null },
  ],
};

const dashboard = { coverage, reportsByNeighbourhoodAndNeed: needs };

describe('neighbourhood values for the map', () => {
  it('reads a neighbourhood’s needs flagged: its row total, 0 without a row, null when hidden', () => {
    expect(needsOf(needs, 'crocetta')).toBe(40);
    expect(needsOf(needs, 'bettola')).toBeNull();
    expect(needsOf(needs, 'nigozza')).toBe(0);
  });

  it('computes needs flagged per 1,000 residents and never a rate from a hidden count', () => {
    const rows = neighbourhoodRows(dashboard);
    const byCode = Object.fromEntries(rows.map((r) => [r.code, r]));
    expect(byCode.crocetta.needsPer1000).toBe(5);
    expect(byCode.balsamo.needsPer1000).toBe(2);
    expect(byCode.bettola.needs).toBeNull();
    expect(byCode.bettola.needsPer1000).toBeNull();
    expect(byCode.bettola.desert).toBe(true);
    expect(byCode.nigozza.needs).toBe(0);
    expect(byCode.nigozza.needsPer1000).toBeNull(); // population unknown
  });

  it('colours shown values on the sequential scale and hatches the hidden neighbourhood', () => {
    const { values, breaks } = mapValues(neighbourhoodRows(dashboard), 'needs');
    const byCode = Object.fromEntries(values.map((v) => [v.code, v]));
    // equal classes between the smallest (2) and the largest (5) shown value
    expect(breaks.map((b) => Math.round(b * 10) / 10)).toEqual([2.6, 3.2, 3.8, 4.4, 5]);
    expect(byCode.crocetta).toMatchObject({ state: 'shown', value: 5, colourClass: 4 });
    expect(fillOf(byCode.crocetta)).toBe(PALETTE[4]);
    expect(byCode.balsamo).toMatchObject({ state: 'shown', value: 2, colourClass: 0 });
    expect(byCode.bettola).toMatchObject({ state: 'suppressed', value: null, colourClass: null, desert: true });
    expect(fillOf(byCode.bettola)).toBe(`url(#${HATCH_ID})`);
    expect(PALETTE).not.toContain(fillOf(byCode.bettola));
    expect(byCode.nigozza.state).toBe('missing');
    expect(fillOf(byCode.nigozza)).toBe(MISSING_FILL);
  });

  it('colours by antenna coverage, where nothing is hidden', () => {
    const { values, breaks } = mapValues(neighbourhoodRows(dashboard), 'coverage');
    const byCode = Object.fromEntries(values.map((v) => [v.code, v]));
    expect(breaks[breaks.length - 1]).toBe(0.5);
    expect(byCode.bettola).toMatchObject({ state: 'shown', value: 0, colourClass: 0 });
    expect(byCode.crocetta.colourClass).toBe(4);
    expect(byCode.nigozza.state).toBe('missing');
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
