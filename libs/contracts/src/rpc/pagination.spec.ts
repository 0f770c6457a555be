import { randomUUID } from 'node:crypto';
import { DomainError, ErrorCode } from '../errors';
import { CursorPart, decodeCursor, encodeCursor } from './pagination';

const id = randomUUID();
const DATED = ['timestamp', 'uuid'] as const;
const TEXT = ['text', 'uuid'] as const;
const raw = (json: string) => Buffer.from(json, 'utf8').toString('base64url');

describe('decodeCursor: every part checked against the shape the list asks for', () => {
  it('round-trips what the lists encode', () => {
    const at = new Date('2026-03-02T09:00:00.123Z').toISOString();
    expect(decodeCursor(encodeCursor([at, id]), ['timestamp', 'uuid'])).toEqual([at, id]);
    expect(decodeCursor(encodeCursor(["Panetteria Sant'Eusebio", id]), ['text', 'uuid'])).toEqual(["Panetteria Sant'Eusebio", id]);
    expect(decodeCursor(encodeCursor(['distance', 12.5, id]), ['text', 'number', 'uuid'])).toEqual(['distance', 12.5, id]);
  });

  it('is null without a cursor', () => {
    expect(decodeCursor(undefined, ['timestamp', 'uuid'])).toBeNull();
    expect(decodeCursor('', ['timestamp', 'uuid'])).toBeNull();
  });

  it.each<[string, string, readonly CursorPart[]]>([
    ['garbage', 'bogus', DATED],
    ['not JSON', raw('{'), DATED],
    ['an object', raw('{"a":1}'), DATED],
    ['too few parts', encodeCursor([id]), DATED],
    ['too many parts', encodeCursor(['2026-01-01T00:00:00.000Z', id, 'x']), DATED],
    ['a number where a timestamp goes', raw(`[1, "${id}"]`), DATED],
    ['a word where a timestamp goes', encodeCursor(['yesterday', id]), DATED],
    ['a date that does not exist', encodeCursor(['2026-02-31T00:00:00.000Z', id]), DATED],
    ['a timestamp PostgreSQL would misread', encodeCursor(['2026-01-01 00:00', id]), DATED],
    ['a non-UUID id', encodeCursor(['2026-01-01T00:00:00.000Z', "x' OR 1=1"]), DATED],
    ['a number where the id goes', raw('["2026-01-01T00:00:00.000Z", 7]'), DATED],
    ['null parts', raw('[null, null]'), DATED],
    ['nested arrays', raw(`[["2026-01-01T00:00:00.000Z"], "${id}"]`), DATED],
    ['a NUL byte in a text part', encodeCursor(['Panetteria\u0000', id]), TEXT],
  ])('refuses %s as BAD_USER_INPUT on "after"', (_, cursor, shape) => {
    let caught: unknown;
    try {
      decodeCursor(cursor, shape);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(DomainError);
    expect(caught).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'after' });
  });

  it('refuses a non-finite number', () => {
    expect(() => decodeCursor(raw(`["distance", 1e999, "${id}"]`), ['text', 'number', 'uuid'])).toThrow(DomainError);
  });
});
