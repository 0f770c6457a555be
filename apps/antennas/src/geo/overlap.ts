import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { AreaGeometry } from './geo';

/**
 * Areas and overlaps of neighbourhood polygons, without @turf/area or @turf/intersect: areas by
 * the shoelace formula on a local equirectangular projection (exact enough at a town's scale),
 * overlaps by sampling a grid over the two boxes' intersection. Shared edges overlap by nothing.
 */
const METRES_PER_DEGREE = (6_371_008.8 * Math.PI) / 180;

export interface Box {
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
}

function polygons(g: AreaGeometry): number[][][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

export function boxOf(g: AreaGeometry): Box {
  const box = { minLng: Infinity, minLat: Infinity, maxLng: -Infinity, maxLat: -Infinity };
  for (const poly of polygons(g)) {
    for (const [lng, lat] of poly[0]) {
      box.minLng = Math.min(box.minLng, lng);
      box.maxLng = Math.max(box.maxLng, lng);
      box.minLat = Math.min(box.minLat, lat);
      box.maxLat = Math.max(box.maxLat, lat);
    }
  }
  return box;
}

function ringArea(ring: number[][], cosLat: number): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[i + 1];
    sum += x1 * cosLat * y2 - x2 * cosLat * y1;
  }
  return (Math.abs(sum) / 2) * METRES_PER_DEGREE * METRES_PER_DEGREE;
}

/** Square metres (outer rings minus holes). */
export function areaSquareMetres(g: AreaGeometry): number {
  const box = boxOf(g);
  const cosLat = Math.cos((((box.minLat + box.maxLat) / 2) * Math.PI) / 180);
  let total = 0;
  for (const poly of polygons(g)) {
    total += ringArea(poly[0], cosLat);
    for (const hole of poly.slice(1)) total -= ringArea(hole, cosLat);
  }
  return total;
}

/** Square metres covered by both areas, estimated on a samples × samples grid over their common box. */
export function overlapSquareMetres(a: AreaGeometry, b: AreaGeometry, samples = 48): number {
  const ba = boxOf(a);
  const bb = boxOf(b);
  const box = { minLng: Math.max(ba.minLng, bb.minLng), maxLng: Math.min(ba.maxLng, bb.maxLng), minLat: Math.max(ba.minLat, bb.minLat), maxLat: Math.min(ba.maxLat, bb.maxLat) };
  const w = box.maxLng - box.minLng;
  const h = box.maxLat - box.minLat;
  if (w <= 0 || h <= 0) return 0;
  let inside = 0;
  for (let i = 0; i < samples; i++) {
    for (let j = 0; j < samples; j++) {
      const p = [box.minLng + ((i + 0.5) * w) / samples, box.minLat + ((j + 0.5) * h) / samples];
      if (booleanPointInPolygon(p, a, { ignoreBoundary: true }) && booleanPointInPolygon(p, b, { ignoreBoundary: true })) inside++;
    }
  }
  const cosLat = Math.cos((((box.minLat + box.maxLat) / 2) * Math.PI) / 180);
  const cell = ((w * cosLat * METRES_PER_DEGREE) / samples) * ((h * METRES_PER_DEGREE) / samples);
  return inside * cell;
}
