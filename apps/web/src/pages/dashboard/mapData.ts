import type { Dashboard, NeighbourhoodShape, SuppressedTable, SuppressionReason } from './types';

/**
 * Pure computations behind the neighbourhood map and its table: values per neighbourhood, the colour
 * scale and the projection of the GeoJSON boundaries. A hidden (suppressed) count never reaches a colour.
 */

/** 'reports': reports per 1,000 residents (each report counted once); 'coverage': active antennas per 1,000 residents. */
export type MapMode = 'reports' | 'coverage';

/** One neighbourhood with everything the map and the table show. */
export interface NeighbourhoodRow {
  code: string;
  name: string;
  population: number | null;
  /** Reports sent in the period, each counted once whatever its needs; null = hidden because under k */
  reports: number | null;
  /** Reports per 1,000 residents; null when the count is hidden or the population unknown */
  reportsPer1000: number | null;
  /**
   * Needs flagged in the period (one per need of each report: a report with three needs counts
   * three times); null = hidden because under k
   */
  needs: number | null;
  /** Why `reports` / `needs` is hidden (SMALL: under k; COMPLEMENTARY: hidden to protect another count, maybe k or more) */
  reportsReason?: SuppressionReason | null;
  needsReason?: SuppressionReason | null;
  activeAntennas: number | null;
  antennasPer1000: number | null;
  desert: boolean;
}

export type ValueState = 'shown' | 'suppressed' | 'missing';

export interface MapValue {
  code: string;
  name: string;
  value: number | null;
  state: ValueState;
  /** Why a suppressed value is hidden */
  reason?: SuppressionReason | null;
  /** Index in PALETTE, only for a shown value */
  colourClass: number | null;
  desert: boolean;
}

/** Sequential, colour-blind safe (ColorBrewer YlGnBu), darkest class still ≥ 3:1 against the dark borders. */
export const PALETTE = ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0'];
export const HATCH_ID = 'dashboard-map-hatch';
export const MISSING_FILL = '#e8ebf0';

export const ratePer1000 = (count: number | null, population: number | null): number | null =>
  count === null || population === null || population <= 0 ? null : (count / population) * 1000;

/**
 * One row's total in a table whose rows are neighbourhoods: 0 when the neighbourhood has no row
 * (nothing in the period), null when hidden (under k).
 */
export function rowTotalOf(table: SuppressedTable, code: string): number | null {
  const i = table.rows.indexOf(code);
  if (i < 0) return 0;
  if (i < table.rowTotals.length) return table.rowTotals[i] ?? null;
  return table.cells[i]?.total ?? null;
}

/** Why one row's total is hidden (null when shown or without a row). */
export function rowTotalReasonOf(table: SuppressedTable, code: string): SuppressionReason | null {
  const i = table.rows.indexOf(code);
  if (i < 0) return null;
  return table.rowTotalReasons?.[i] ?? table.cells[i]?.totalReason ?? null;
}

/** The reports sent from one neighbourhood in the period (each counted once); 0 without a row, null when hidden. */
export const reportsOf = (table: SuppressedTable, code: string): number | null => rowTotalOf(table, code);

/** The needs flagged in one neighbourhood (one per need of each report); 0 without a row, null when hidden. */
export const needsOf = (table: SuppressedTable, code: string): number | null => rowTotalOf(table, code);

/**
 * Joins the neighbourhoods (coverage first, then the shapes, then any code found only in the
 * reports) with the reports and needs flagged there and their antennas.
 */
export function neighbourhoodRows(
  dashboard: Pick<Dashboard, 'coverage' | 'reportsByNeighbourhoodAndMonth' | 'reportsByNeighbourhoodAndNeed'>,
  shapes: Pick<NeighbourhoodShape, 'code' | 'name' | 'population'>[] = [],
): NeighbourhoodRow[] {
  const reportsTable = dashboard.reportsByNeighbourhoodAndMonth;
  const needsTable = dashboard.reportsByNeighbourhoodAndNeed;
  const deserts = new Set(dashboard.coverage.deserts);
  const rows = new Map<string, NeighbourhoodRow>();
  const add = (code: string, name: string, population: number | null) => {
    if (rows.has(code)) return;
    const reports = reportsOf(reportsTable, code);
    rows.set(code, {
      code,
      name,
      population,
      reports,
      reportsPer1000: ratePer1000(reports, population),
      needs: needsOf(needsTable, code),
      reportsReason: rowTotalReasonOf(reportsTable, code),
      needsReason: rowTotalReasonOf(needsTable, code),
      activeAntennas: null,
      antennasPer1000: null,
      desert: deserts.has(code),
    });
  };
  for (const c of dashboard.coverage.neighbourhoods) {
    add(c.code, c.name, c.population);
    const row = rows.get(c.code)!;
    row.activeAntennas = c.activeAntennas;
    row.antennasPer1000 = c.per1000Residents;
    row.desert = row.desert || c.desert;
  }
  for (const s of shapes) add(s.code, s.name, s.population);
  for (const code of reportsTable.rows) add(code, code, null);
  for (const code of needsTable.rows) add(code, code, null);
  return [...rows.values()];
}

/**
 * Upper bounds of equal classes between the smallest and the largest value (so that the colours
 * tell neighbourhoods apart even when all of them are high); one class when they are all equal.
 */
export function scaleBreaks(values: number[], classes = PALETTE.length): number[] {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return [0];
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  if (max - min < 1e-9) return [max];
  return Array.from({ length: classes }, (_, i) => min + ((max - min) * (i + 1)) / classes);
}

export function classOf(value: number, breaks: number[]): number {
  const i = breaks.findIndex((b) => value <= b + 1e-9);
  return i < 0 ? breaks.length - 1 : i;
}

/** The value of each neighbourhood for a mode, with its state and colour class. */
export function mapValues(rows: NeighbourhoodRow[], mode: MapMode): { values: MapValue[]; breaks: number[] } {
  const raw = rows.map((r) => {
    if (mode === 'reports') {
      // a hidden count is never coloured, nor turned into a rate
      if (r.reports === null) return { r, value: null, state: 'suppressed' as const, reason: r.reportsReason ?? null };
      return r.reportsPer1000 === null ? { r, value: null, state: 'missing' as const } : { r, value: r.reportsPer1000, state: 'shown' as const };
    }
    return r.antennasPer1000 === null ? { r, value: null, state: 'missing' as const } : { r, value: r.antennasPer1000, state: 'shown' as const };
  });
  const breaks = scaleBreaks(raw.filter((x) => x.state === 'shown').map((x) => x.value));
  const values = raw.map(({ r, value, state, ...more }) => ({
    code: r.code,
    name: r.name,
    value,
    state,
    reason: 'reason' in more ? more.reason : null,
    colourClass: state === 'shown' && value !== null ? classOf(value, breaks) : null,
    desert: r.desert,
  }));
  return { values, breaks };
}

export function fillOf(v: MapValue): string {
  if (v.state === 'suppressed') return `url(#${HATCH_ID})`;
  if (v.state === 'missing' || v.colourClass === null) return MISSING_FILL;
  return PALETTE[v.colourClass];
}

/** The legend's classes: [from, to] and colour; the first one starts at null ("up to"). */
export function legendClasses(breaks: number[]): { from: number | null; to: number; colour: string }[] {
  return breaks.map((to, i) => ({ from: i === 0 ? null : breaks[i - 1], to, colour: PALETTE[i] }));
}

// --- projection -------------------------------------------------------------------------------

type Ring = [number, number][];
type Polygon = Ring[];

/** The polygons of a GeoJSON geometry (or Feature) given as text; [] when it is not one. */
export function parseBoundary(text: string | null | undefined): Polygon[] {
  if (!text) return [];
  let geo: unknown;
  try {
    geo = JSON.parse(text);
  } catch {
    return [];
  }
  let g = geo as { type?: string; coordinates?: unknown; geometry?: unknown };
  if (g?.type === 'Feature') g = g.geometry as typeof g;
  const isRing = (r: unknown): r is Ring => Array.isArray(r) && r.length >= 3 && r.every((p) => Array.isArray(p) && Number.isFinite(p[0]) && Number.isFinite(p[1]));
  const isPolygon = (p: unknown): p is Polygon => Array.isArray(p) && p.length > 0 && p.every(isRing);
  if (g?.type === 'Polygon' && isPolygon(g.coordinates)) return [g.coordinates];
  if (g?.type === 'MultiPolygon' && Array.isArray(g.coordinates)) return (g.coordinates as unknown[]).filter(isPolygon);
  return [];
}

/** A rectangle of coordinates, in degrees. */
export interface Area {
  minLat: number;
  maxLat: number;
  minLng: number;
  maxLng: number;
}

/**
 * The rectangle around a municipality's neighbourhoods (GeoJSON boundaries as text), widened by
 * `margin` degrees and rounded outwards to 3 decimals; undefined when no boundary is known.
 */
export function boundsOf(boundaries: (string | null | undefined)[], margin = 0.005): Area | undefined {
  const points = boundaries.flatMap((b) => parseBoundary(b).flat(2));
  if (points.length === 0) return undefined;
  const lngs = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const down = (x: number) => Math.floor(x * 1000) / 1000;
  const up = (x: number) => Math.ceil(x * 1000) / 1000;
  return { minLat: down(Math.min(...lats) - margin), maxLat: up(Math.max(...lats) + margin), minLng: down(Math.min(...lngs) - margin), maxLng: up(Math.max(...lngs) + margin) };
}

export interface ProjectedShape {
  code: string;
  name: string;
  d: string;
  labelX: number;
  labelY: number;
  /** The largest polygon's outer ring, projected: where the label must fit. */
  ring: [number, number][];
}

function ringArea(ring: [number, number][]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return a / 2;
}

function centroid(ring: [number, number][]): [number, number] {
  const a = ringArea(ring);
  if (Math.abs(a) < 1e-12) {
    const xs = ring.map((p) => p[0]);
    const ys = ring.map((p) => p[1]);
    return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
  }
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    cx += (ring[j][0] + ring[i][0]) * f;
    cy += (ring[j][1] + ring[i][1]) * f;
  }
  return [cx / (6 * a), cy / (6 * a)];
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Equirectangular projection (longitudes scaled by the cosine of the mean latitude) fitted to a
 * viewBox `width` wide; north up.
 */
export interface Projection {
  width: number;
  height: number;
  shapes: ProjectedShape[];
  /** [lng, lat] → [x, y] in the viewBox. */
  project?: (p: [number, number]) => [number, number];
  /** [x, y] in the viewBox → [lng, lat] (where a click on the map lands). */
  unproject?: (p: [number, number]) => [number, number];
}

export function projectShapes(shapes: Pick<NeighbourhoodShape, 'code' | 'name' | 'boundary'>[], width = 600, padding = 10): Projection {
  const parsed = shapes.map((s) => ({ s, polygons: parseBoundary(s.boundary) })).filter((x) => x.polygons.length > 0);
  const points = parsed.flatMap((x) => x.polygons.flat(2));
  if (points.length === 0) return { width, height: 0, shapes: [] };
  const lngs = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const [minLng, maxLng, minLat, maxLat] = [Math.min(...lngs), Math.max(...lngs), Math.min(...lats), Math.max(...lats)];
  const kx = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxLng - minLng) * kx, 1e-9);
  const spanY = Math.max(maxLat - minLat, 1e-9);
  const scale = (width - 2 * padding) / spanX;
  const height = Math.round(spanY * scale + 2 * padding);
  const project = ([lng, lat]: [number, number]): [number, number] => [padding + (lng - minLng) * kx * scale, padding + (maxLat - lat) * scale];
  const unproject = ([x, y]: [number, number]): [number, number] => [minLng + (x - padding) / (kx * scale), maxLat - (y - padding) / scale];
  return {
    width,
    height,
    project,
    unproject,
    shapes: parsed.map(({ s, polygons }) => {
      const projected = polygons.map((poly) => poly.map((ring) => ring.map(project)));
      const d = projected
        .flat()
        .map((ring) => `M${ring.map(([x, y]) => `${round(x)},${round(y)}`).join('L')}Z`)
        .join('');
      const largest = projected.map((poly) => poly[0]).reduce((a, b) => (Math.abs(ringArea(b)) > Math.abs(ringArea(a)) ? b : a));
      const [labelX, labelY] = labelPoint(largest);
      return { code: s.code, name: s.name, d, labelX: round(labelX), labelY: round(labelY), ring: largest };
    }),
  };
}

// --- labels ----------------------------------------------------------------------------------

export function inside([x, y]: [number, number], ring: [number, number][]): boolean {
  let c = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c;
  }
  return c;
}

function distanceToRing([x, y]: [number, number], ring: [number, number][]): number {
  let best = Infinity;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [ax, ay] = ring[j];
    const [bx, by] = ring[i];
    const l = (bx - ax) ** 2 + (by - ay) ** 2;
    const t = l === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / l));
    best = Math.min(best, Math.hypot(x - ax - t * (bx - ax), y - ay - t * (by - ay)));
  }
  return best;
}

/**
 * Where a neighbourhood's name goes: the point inside it farthest from its edges, favouring wide
 * room (a coarse search on a grid, then around the best point); the centroid when nothing is found.
 */
export function labelPoint(ring: [number, number][]): [number, number] {
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let best: [number, number] | null = null;
  let bestScore = -Infinity;
  // Room around the point, and room for a line of text through it; among equals, the most central.
  const score = (p: [number, number]) => {
    const d = distanceToRing(p, ring);
    return Math.min(d, spanAt(ring, p[0], p[1]) / 3) + d * 0.001;
  };
  const steps = 16;
  for (let i = 1; i < steps; i++) {
    for (let j = 1; j < steps; j++) {
      const p: [number, number] = [minX + ((maxX - minX) * i) / steps, minY + ((maxY - minY) * j) / steps];
      if (!inside(p, ring)) continue;
      const s = score(p);
      if (s > bestScore) [best, bestScore] = [p, s];
    }
  }
  return best ?? centroid(ring);
}

/** The width of the horizontal chord through (x, y) inside the ring (0 when outside). */
export function spanAt(ring: [number, number][], x: number, y: number): number {
  const hits: number[] = [];
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y) hits.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
  }
  hits.sort((a, b) => a - b);
  for (let k = 0; k + 1 < hits.length; k += 2) if (hits[k] <= x && x <= hits[k + 1]) return hits[k + 1] - hits[k];
  return 0;
}

/** About how wide a line of Titillium Web bold is, in font sizes per character. */
const CHAR_WIDTH = 0.56;

export interface LabelLayout {
  lines: string[];
  fontSize: number;
}

/**
 * A name set to fit its neighbourhood: on one line when it fits, else broken between words, else
 * smaller (never under `minSize`: legible first; the shape's title and the table have it too).
 */
export function fitLabel(name: string, room: number, fontSize: number, minSize = 10): LabelLayout {
  const width = (text: string, size: number) => text.length * size * CHAR_WIDTH;
  const words = name.split(/\s+/);
  for (let size = fontSize; size >= minSize; size -= 1) {
    if (width(name, size) <= room) return { lines: [name], fontSize: size };
    const lines: string[] = [];
    for (const w of words) {
      const last = lines[lines.length - 1];
      if (last !== undefined && width(`${last} ${w}`, size) <= room) lines[lines.length - 1] = `${last} ${w}`;
      else lines.push(w);
    }
    if (lines.length <= 2 && lines.every((l) => width(l, size) <= room)) return { lines, fontSize: size };
  }
  return { lines: words.length > 1 ? [words.slice(0, Math.ceil(words.length / 2)).join(' '), words.slice(Math.ceil(words.length / 2)).join(' ')] : [name], fontSize: minSize };
}
