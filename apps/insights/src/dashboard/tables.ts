import { SuppressedTableV1 } from '@prossimo/contracts';
import { suppressSmallCells } from '@prossimo/platform';

/** A two-way table of counts, small cells hidden (k, complementary suppression) with the reason for each. */
export function table(rows: string[], columns: string[], get: (r: string, c: string) => number, k: number): SuppressedTableV1 {
  const raw = rows.map((r) => columns.map((c) => get(r, c)));
  const s = suppressSmallCells(raw, { k });
  return { rows, columns, cells: s.cells, rowTotals: s.rowTotals, columnTotals: s.columnTotals, total: s.total, reasons: s.reasons };
}

/** The months from `from` to `to` (YYYY-MM), inclusive, as first days. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}-01`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
    if (out.length > 120) break;
  }
  return out;
}

