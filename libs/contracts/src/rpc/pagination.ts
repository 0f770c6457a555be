import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DomainError } from '../errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** `first` / `after` for every list, bounded. */
export class PageArgsV1 {
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string;
}

/**
 * What one position of a cursor holds: `timestamp` an instant as `Date.toISOString()` writes it,
 * `uuid` an id, `text` a sort key (no NUL), `number` a finite number.
 */
export type CursorPart = 'timestamp' | 'uuid' | 'text' | 'number';
type PartValue<P extends CursorPart> = P extends 'number' ? number : string;
/** The decoded tuple: `['timestamp', 'uuid']` gives `[string, string]`. */
export type Cursor<S extends readonly CursorPart[]> = { -readonly [I in keyof S]: PartValue<S[I]> };

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function partIs(kind: CursorPart, value: unknown): boolean {
  switch (kind) {
    case 'timestamp':
      // Exactly what encodeCursor was given (toISOString): no "2026-02-31", no "yesterday".
      return typeof value === 'string' && ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value;
    case 'uuid':
      return typeof value === 'string' && UUID.test(value);
    case 'text':
      return typeof value === 'string' && value.length <= 500 && !value.includes('\u0000');
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    default: {
      const never: never = kind;
      return never;
    }
  }
}

/** The error every list answers to a cursor it did not make. */
export function notACursor(field = 'after'): DomainError {
  return DomainError.badInput(field, `${field}: non è un cursore di questo elenco / not a cursor from this list`);
}

/** Opaque keyset cursors: base64url of a JSON tuple. */
export function encodeCursor(parts: (string | number)[]): string {
  return Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');
}

/**
 * The cursor's parts, each checked against the shape the list asks for; null when there is no
 * cursor. A cursor of the wrong shape (crafted, or made by another list) is BAD_USER_INPUT on
 * `after`, so no list ever hands the database a value it cannot read.
 */
export function decodeCursor<const S extends readonly CursorPart[]>(cursor: string | undefined | null, shape: S, field = 'after'): Cursor<S> | null {
  if (cursor === undefined || cursor === null || cursor === '') return null;
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw notACursor(field);
  }
  if (!Array.isArray(parts) || parts.length !== shape.length || !shape.every((kind, i) => partIs(kind, parts[i]))) throw notACursor(field);
  return parts as Cursor<S>;
}
