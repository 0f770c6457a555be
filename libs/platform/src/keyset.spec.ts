import { DomainError, MAX_PAGE_SIZE, encodeCursor } from '@prossimo/contracts';
import { Keyset } from './keyset';

describe('Keyset', () => {
  const newestFirst = new Keyset('DESC', [['r.created_at', 'timestamp'], ['r.id', 'uuid']]);
  const deskOrder = new Keyset('ASC', [['a.rank', 'number'], ['a.severity', 'number', 'reverse'], ['a.id', 'uuid']]);
  const id = '6f1c2a4e-0c3b-4c7e-9a51-2d4f0b8e1a77';

  it('reads first (default 20, at most the maximum) and the cursor of a list call', () => {
    expect(newestFirst.request({})).toEqual({ first: 20, limit: 21, after: null });
    expect(newestFirst.request({ first: 5000 })).toEqual({ first: MAX_PAGE_SIZE, limit: MAX_PAGE_SIZE + 1, after: null });
    expect(newestFirst.request({ first: 2, after: encodeCursor(['2026-01-02T03:04:05.000Z', id]) }).after).toEqual(['2026-01-02T03:04:05.000Z', id]);
  });

  it('refuses a cursor made by another list as BAD_USER_INPUT on the field', () => {
    expect(() => newestFirst.request({ after: encodeCursor([1, 2, id]) })).toThrow(DomainError);
    expect(() => deskOrder.request({ after: encodeCursor(['2026-01-02T03:04:05.000Z', id]) }, 'input.after')).toThrow(/input\.after/);
  });

  it('writes the order and the condition after the cursor, a reversed number compared negated', () => {
    expect(newestFirst.orderBy()).toBe('r.created_at DESC, r.id DESC');
    expect(deskOrder.orderBy()).toBe('a.rank ASC, a.severity DESC, a.id ASC');
    const params: unknown[] = [];
    const bind = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    expect(deskOrder.after([1, 3, id], bind)).toBe('(a.rank, -(a.severity), a.id) > (CAST($1 AS int), CAST($2 AS int), CAST($3 AS uuid))');
    expect(params).toEqual([1, -3, id]);
    expect(newestFirst.after(['2026-01-02T03:04:05.000Z', id], () => '?')).toBe('(r.created_at, r.id) < (CAST(? AS timestamptz), CAST(? AS uuid))');
  });

  it('cuts the fetched rows into the page and a cursor that resumes after its last row', () => {
    const rows = [1, 2, 3].map((n) => ({ at: `2026-01-0${n}T00:00:00.000Z`, id }));
    const three = newestFirst.page(rows, { first: 2, limit: 3, after: null }, (r) => [r.at, r.id]);
    expect(three.rows).toEqual(rows.slice(0, 2));
    expect(three.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor([rows[1].at, id]) });
    expect(newestFirst.page(rows, { first: 5, limit: 6, after: null }, (r) => [r.at, r.id]).pageInfo.hasNextPage).toBe(false);
    expect(newestFirst.page([], { first: 5, limit: 6, after: null }, (r: { at: string; id: string }) => [r.at, r.id]).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });

  it('runs only a number column against the order', () => {
    expect(() => new Keyset('ASC', [['a.name', 'text', 'reverse'], ['a.id', 'uuid']])).toThrow(/only a number column/);
  });
});
