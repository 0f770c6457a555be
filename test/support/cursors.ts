import { randomUUID } from 'node:crypto';
import { encodeCursor } from '@prossimo/contracts';

const raw = (json: string) => Buffer.from(json, 'utf8').toString('base64url');

/**
 * Page cursors a prober makes by hand, for lists whose cursor is (time, id) or (name, id). Most
 * used to reach PostgreSQL as "invalid input syntax" (INTERNAL); a list must answer
 * BAD_USER_INPUT on `after` to every one.
 */
export function craftedCursors(key: 'time' | 'name' = 'time'): [string, string][] {
  const id = randomUUID();
  const at = new Date('2026-01-01T00:00:00Z').toISOString();
  const first = key === 'time' ? at : 'Panetteria';
  return [
    ...(key === 'time'
      ? ([
          ['a word for the time', encodeCursor(['yesterday', id])],
          ['a number for the time', raw(`[1, "${id}"]`)],
          ['a date that does not exist', encodeCursor(['2026-02-31T00:00:00.000Z', id])],
        ] as [string, string][])
      : []),
    ['an id that is not a UUID', encodeCursor([first, "x' OR 1=1"])],
    ['a number for the id', raw(`["${first}", 12]`)],
    ['a NUL byte', encodeCursor([`${first}\u0000`, id])],
    ['not a tuple', raw('{"after": 1}')],
  ];
}
