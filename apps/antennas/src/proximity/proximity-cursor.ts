import { Cursor, CursorPart, decodeCursor, encodeCursor } from '@prossimo/contracts';

/**
 * Keyset cursors of the proximity-point list. The list is ordered by name (then id) or, when a
 * point is given, by exact distance (then id); a cursor says which order it belongs to, so one
 * made for the other order is refused rather than misread.
 */
export type ProximityCursor = { by: 'name'; name: string; id: string } | { by: 'distance'; meters: number; id: string };

export function encodeProximityCursor(c: ProximityCursor): string {
  return c.by === 'name' ? encodeCursor(['name', c.name, c.id]) : encodeCursor(['distance', c.meters, c.id]);
}

function tryDecode<const S extends readonly CursorPart[]>(raw: string, shape: S): Cursor<S> | null {
  try {
    return decodeCursor(raw, shape);
  } catch {
    return null;
  }
}

/** The cursor, or null when the string is not one this list made (each part checked by decodeCursor). */
export function decodeProximityCursor(raw: string): ProximityCursor | null {
  const byName = tryDecode(raw, ['text', 'text', 'uuid']);
  if (byName && byName[0] === 'name') return { by: 'name', name: byName[1], id: byName[2] };
  const byDistance = tryDecode(raw, ['text', 'number', 'uuid']);
  if (byDistance && byDistance[0] === 'distance' && byDistance[1] >= 0) return { by: 'distance', meters: byDistance[1], id: byDistance[2] };
  return null;
}
