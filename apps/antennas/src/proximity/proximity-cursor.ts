import { isUUID } from 'class-validator';
import { decodeCursor, encodeCursor } from '@prossimo/contracts';

/**
 * Keyset cursors of the proximity-point list. The list is ordered by name (then id) or, when a
 * point is given, by exact distance (then id); a cursor says which order it belongs to, so one
 * made for the other order is refused rather than misread.
 */
export type ProximityCursor = { by: 'name'; name: string; id: string } | { by: 'distance'; meters: number; id: string };

export function encodeProximityCursor(c: ProximityCursor): string {
  return c.by === 'name' ? encodeCursor(['name', c.name, c.id]) : encodeCursor(['distance', c.meters, c.id]);
}

/** The cursor, or null when the string is not one this list made. */
export function decodeProximityCursor(raw: string): ProximityCursor | null {
  const parts = decodeCursor(raw, 3);
  if (!parts) return null;
  const [by, key, id] = parts;
  if (typeof id !== 'string' || !isUUID(id)) return null;
  if (by === 'name' && typeof key === 'string') return { by, name: key, id };
  if (by === 'distance' && typeof key === 'number' && Number.isFinite(key) && key >= 0) return { by, meters: key, id };
  return null;
}
