import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { CursorPart, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, Page, decodeCursor, encodeCursor } from '@prossimo/contracts';

/**
 * One column of a keyset order: its SQL (as the query names it), what its cursor part holds, and
 * `'reverse'` for a number column sorted against the list's direction (compared negated).
 */
export type KeysetColumn = readonly [sql: string, part: CursorPart, against?: 'reverse'];

type ValueOf<P extends CursorPart> = P extends 'number' ? number : string;
/** A cursor's values, one per column: `[['r.created_at', 'timestamp'], ['r.id', 'uuid']]` gives `[string, string]`. */
export type KeysetValues<C extends readonly KeysetColumn[]> = { -readonly [I in keyof C]: ValueOf<C[I][1]> };

/** What one list call asks for: its page size, the rows to fetch (one more, to know whether a next page exists) and the cursor. */
export interface KeysetRequest<V> {
  first: number;
  limit: number;
  after: V | null;
}

/** What a repository needs of a list call: how many rows to fetch and after which cursor. */
export type KeysetQuery<K extends { columns: readonly KeysetColumn[] }> = { limit: number; after: KeysetValues<K['columns']> | null };

const CAST: Record<CursorPart, string | null> = { timestamp: 'timestamptz', uuid: 'uuid', number: 'int', text: null };

/**
 * A keyset-paginated order (the last column unique, usually the id): it reads `first`/`after`,
 * writes the ORDER BY and the "after the cursor" condition (a row comparison, so an index on the
 * columns serves it), and cuts the fetched rows into the page and its `pageInfo`. Every list of
 * every service pages through one of these; a cursor of the wrong shape is BAD_USER_INPUT.
 */
export class Keyset<const C extends readonly KeysetColumn[]> {
  constructor(
    readonly direction: 'ASC' | 'DESC',
    readonly columns: C,
  ) {
    for (const [sql, part, against] of columns) {
      if (against && part !== 'number') throw new Error(`keyset column ${sql}: only a number column can run against the order`);
    }
  }

  /** The page size (default, at most MAX_PAGE_SIZE) and the decoded cursor of a list call. */
  request(args: { first?: number | null; after?: string | null }, field = 'after'): KeysetRequest<KeysetValues<C>> {
    const first = Math.min(args.first ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const after = decodeCursor(
      args.after,
      this.columns.map((c) => c[1]),
      field,
    ) as KeysetValues<C> | null;
    return { first, limit: first + 1, after };
  }

  /** The ORDER BY list, for SQL written by hand. */
  orderBy(): string {
    return this.columns.map(([sql, , against]) => `${sql} ${this.directionOf(against)}`).join(', ');
  }

  /** The condition "after the cursor", for SQL written by hand; `bind` adds a parameter and answers its placeholder. */
  after(values: KeysetValues<C>, bind: (value: unknown) => string): string {
    const left = this.columns.map(([sql, , against]) => (against ? `-(${sql})` : sql));
    const right = this.columns.map(([, part, against], i) => {
      const value = values[i];
      const placeholder = bind(against ? -value : value);
      const cast = CAST[part];
      return cast ? `CAST(${placeholder} AS ${cast})` : placeholder;
    });
    return `(${left.join(', ')}) ${this.direction === 'ASC' ? '>' : '<'} (${right.join(', ')})`;
  }

  /** Orders a query builder, keeps the rows after the cursor and fetches one row beyond the page. */
  apply<E extends ObjectLiteral>(qb: SelectQueryBuilder<E>, req: { limit: number; after: KeysetValues<C> | null }): SelectQueryBuilder<E> {
    this.columns.forEach(([sql, , against], i) => (i === 0 ? qb.orderBy(sql, this.directionOf(against)) : qb.addOrderBy(sql, this.directionOf(against))));
    if (req.after) {
      const params: Record<string, unknown> = {};
      const condition = this.after(req.after, (value) => {
        const name = `keyset${Object.keys(params).length}`;
        params[name] = value;
        return `:${name}`;
      });
      qb.andWhere(condition, params);
    }
    return qb.limit(req.limit);
  }

  /** The page's rows (the one fetched beyond it dropped) and its pageInfo; `cursorOf` reads a row's cursor values. */
  page<R>(rows: R[], req: KeysetRequest<KeysetValues<C>>, cursorOf: (row: R) => KeysetValues<C>): { rows: R[]; pageInfo: Page<R>['pageInfo'] } {
    const kept = rows.slice(0, req.first);
    const last = kept[kept.length - 1];
    return { rows: kept, pageInfo: { hasNextPage: rows.length > req.first, endCursor: last === undefined ? null : encodeCursor(cursorOf(last)) } };
  }

  private directionOf(against: 'reverse' | undefined): 'ASC' | 'DESC' {
    if (!against) return this.direction;
    return this.direction === 'ASC' ? 'DESC' : 'ASC';
  }
}
