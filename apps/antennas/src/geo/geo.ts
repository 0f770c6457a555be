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
