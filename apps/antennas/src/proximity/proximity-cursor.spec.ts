import { encodeCursor } from '@prossimo/contracts';
import { decodeProximityCursor, encodeProximityCursor, ProximityCursor } from './proximity-cursor';

const id = 'a0000000-0000-4000-8000-000000000001';

describe('proximity cursors', () => {
  it.each<ProximityCursor>([
    { by: 'name', name: "Parrocchia di Sant'Eusebio", id },
    { by: 'distance', meters: 1234.5678901234, id },
    { by: 'distance', meters: 0, id },
  ])('round-trips %j exactly', (cursor) => {
    expect(decodeProximityCursor(encodeProximityCursor(cursor))).toEqual(cursor);
  });

  it.each([
    ['garbage', 'bogus'],
    ['another list\'s cursor', encodeCursor(['2025-01-01T00:00:00.000Z', id])],
    ['an unknown order', encodeCursor(['rank', 3, id])],
    ['an id that is not a UUID', encodeCursor(['name', 'Panetteria', "x' OR 1=1"])],
    ['a negative distance', encodeCursor(['distance', -1, id])],
    ['a distance given as text', encodeCursor(['distance', '12', id])],
    ['a name with a NUL byte', encodeCursor(['name', 'Panetteria\u0000', id])],
    ['an infinite distance', Buffer.from('["distance",1e999,"' + id + '"]').toString('base64url')],
  ])('refuses %s', (_, raw) => {
    expect(decodeProximityCursor(raw)).toBeNull();
  });
});
