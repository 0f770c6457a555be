import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { distance } from '@turf/distance';

/**
 * Geometry in plain TypeScript on GeoJSON (no PostGIS): which neighbourhood a point lies in, and
 * how far apart two points are. Pure functions; coordinates are WGS84 degrees.
 */

export interface GeoPoint {
  lat: number;
  lng: number;
}

/** A neighbourhood's area: a GeoJSON Polygon or MultiPolygon ([lng, lat] positions, rings closed). */
export type AreaGeometry = { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };

/** Anything with a neighbourhood code and an area: a GeoJSON feature of the import files. */
export interface AreaFeature {
  properties: { code: string };
  geometry: AreaGeometry;
}

/**
 * The code of the neighbourhood containing the point (its boundary included), or null when no
 * area contains it. Where areas overlap (hand-drawn, approximate ones may), the first one listed wins.
 */
export function neighbourhoodAt(point: GeoPoint, features: readonly AreaFeature[]): string | null {
  const position = [point.lng, point.lat];
  for (const feature of features) {
    if (booleanPointInPolygon(position, feature.geometry)) return feature.properties.code;
  }
  return null;
}

/** Great-circle (haversine) distance in metres, unrounded. */
export function distanceMeters(a: GeoPoint, b: GeoPoint): number {
  return distance([a.lng, a.lat], [b.lng, b.lat], { units: 'meters' });
}

function isPosition(p: unknown): boolean {
  return Array.isArray(p) && p.length >= 2 && typeof p[0] === 'number' && typeof p[1] === 'number' && Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90;
}

function isRing(r: unknown): boolean {
  if (!Array.isArray(r) || r.length < 4 || !r.every(isPosition)) return false;
  const [first, last] = [r[0] as number[], r[r.length - 1] as number[]];
  return first[0] === last[0] && first[1] === last[1];
}

function isPolygonRings(rings: unknown): boolean {
  return Array.isArray(rings) && rings.length > 0 && rings.every(isRing);
}

/** True for a well-formed GeoJSON Polygon or MultiPolygon (closed rings of at least four positions). */
export function isAreaGeometry(value: unknown): value is AreaGeometry {
  if (typeof value !== 'object' || value === null) return false;
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  if (type === 'Polygon') return isPolygonRings(coordinates);
  if (type === 'MultiPolygon') return Array.isArray(coordinates) && coordinates.length > 0 && coordinates.every(isPolygonRings);
  return false;
}

/**
 * A point inside an area, near its middle: the average of its outer ring's corners when that lies
 * inside, else the inside point of a grid over its bounding box nearest to that average. For a
 * place known only by its neighbourhood (an application whose street is not in the gazetteer).
 */
export function pointInside(geometry: AreaGeometry): GeoPoint {
  const rings = geometry.type === 'Polygon' ? [geometry.coordinates[0]] : geometry.coordinates.map((p) => p[0]);
  const ring = rings.reduce((a, b) => (b.length > a.length ? b : a));
  const corners = ring.slice(0, -1);
  const mid = { lng: corners.reduce((s, p) => s + p[0], 0) / corners.length, lat: corners.reduce((s, p) => s + p[1], 0) / corners.length };
  if (booleanPointInPolygon([mid.lng, mid.lat], geometry)) return mid;
  const lngs = ring.map((p) => p[0]);
  const lats = ring.map((p) => p[1]);
  const [minLng, maxLng, minLat, maxLat] = [Math.min(...lngs), Math.max(...lngs), Math.min(...lats), Math.max(...lats)];
  let best: GeoPoint | null = null;
  for (let i = 1; i < 20; i++) {
    for (let j = 1; j < 20; j++) {
      const p = { lng: minLng + ((maxLng - minLng) * i) / 20, lat: minLat + ((maxLat - minLat) * j) / 20 };
      if (!booleanPointInPolygon([p.lng, p.lat], geometry)) continue;
      if (!best || distanceMeters(p, mid) < distanceMeters(best, mid)) best = p;
    }
  }
  return best ?? { lng: ring[0][0], lat: ring[0][1] };
}
