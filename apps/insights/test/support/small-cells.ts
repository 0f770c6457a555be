import { SuppressedTableV1 } from '@prossimo/contracts';

/** The small-cell threshold the insights tests run with (the service's default). */
export const K = 10;

/**
 * The dashboard's promise, checked cell by cell against the true figures `raw` gives: every figure
 * shown is the true one; every true figure between 1 and k-1 is hidden and said to be small; a hidden
 * figure of k or more is never said to be small (it is hidden to protect another: complementary).
 * Totals (rows, columns, the table) are checked the same way.
 */
export function expectOnlyLargeTrueFigures(t: SuppressedTableV1, raw: (row: string, column: string) => number): void {
  const check = (where: string, shown: number | null, reason: string | null, value: number) => {
    const ctx = { where, value, shown, reason };
    if (value > 0 && value < K) expect(ctx).toEqual({ ...ctx, shown: null, reason: 'small' });
    if (shown !== null) expect(ctx).toEqual({ ...ctx, shown: value, reason: null });
    if (shown === null && value >= K) expect(ctx).toEqual({ ...ctx, reason: 'complementary' });
  };
  const rowSums = t.rows.map((r) => t.columns.reduce((a, c) => a + raw(r, c), 0));
  t.rows.forEach((r, i) => t.columns.forEach((c, j) => check(`${r} × ${c}`, t.cells[i][j], t.reasons.cells[i][j], raw(r, c))));
  t.rows.forEach((r, i) => check(`${r} total`, t.rowTotals[i], t.reasons.rowTotals[i], rowSums[i]));
  t.columns.forEach((c, j) => check(`${c} total`, t.columnTotals[j], t.reasons.columnTotals[j], t.rows.reduce((a, r) => a + raw(r, c), 0)));
  check('total', t.total, t.reasons.total, rowSums.reduce((a, b) => a + b, 0));
}
