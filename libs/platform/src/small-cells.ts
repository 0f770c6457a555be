/**
 * Small-cell suppression for published counts (ARCHITECTURE.md: k ≥ 10, with complementary
 * suppression). Pure and deterministic: the same table always hides the same cells.
 *
 * The table is published with its row totals, column totals and grand total. Seen together they
 * form an (R+1)×(C+1) table in which every row and every column is an equation ("the cells add
 * up to the total"). A hidden entry can be recomputed exactly when it is a *bridge* of the graph
 * whose vertices are the rows and columns and whose edges are the hidden entries: then some sum
 * of the equations isolates it. It is safe when it lies on a cycle of hidden entries, because
 * adding +d and −d around the cycle changes no total. So:
 *
 * 1. primary: every entry (cell or total) with 0 < value < k is hidden (zeros are shown: a zero
 *    describes nobody, unless `suppressZeros` is set);
 * 2. complementary: while a hidden entry is a bridge, hide the cheapest two or three more entries
 *    that close a 4-cycle through it (already hidden entries cost nothing, zeros are a last resort).
 *
 * Each round removes at least one bridge and adds none, so it ends; the result has no hidden
 * entry that the published figures determine. Each hidden entry says why (`reasons`): `small`
 * (primary) or `complementary`, so a reader is never told "< 10" of a count that may be 173.
 */

export interface SuppressionOptions {
  /** Smallest count shown (ARCHITECTURE.md: 10). */
  k?: number;
  /** Hide zeros as well as small counts (off: a zero describes nobody). */
  suppressZeros?: boolean;
}

/**
 * Why an entry is hidden: `small`, its own count is under k (shown as "< 10": true of it);
 * `complementary`, its count may be large but it is hidden so that a small one cannot be worked out
 * from the totals (never to be shown as "< 10", nor drawn as a small value).
 */
export type HiddenReason = 'small' | 'complementary';

/** The reason of each entry of a table, `null` where the entry is shown. Same shape as the table. */
export interface HiddenReasons {
  cells: (HiddenReason | null)[][];
  rowTotals: (HiddenReason | null)[];
  columnTotals: (HiddenReason | null)[];
  total: HiddenReason | null;
}

export interface SuppressedTable {
  /** Cell values, `null` where hidden. Same shape as the input. */
  cells: (number | null)[][];
  rowTotals: (number | null)[];
  columnTotals: (number | null)[];
  total: number | null;
  /** Why each hidden entry is hidden (`null` where shown). */
  reasons: HiddenReasons;
  /** How many entries (cells and totals) were hidden, primary and complementary together. */
  hiddenCount: number;
}

export const DEFAULT_K = 10;

/** Hides small counts of a table and enough other entries that none can be recomputed from the totals. */
export function suppressSmallCells(table: readonly (readonly number[])[], options: SuppressionOptions = {}): SuppressedTable {
  const k = options.k ?? DEFAULT_K;
  const rows = table.length;
  const cols = rows > 0 ? table[0].length : 0;
  for (const row of table) {
    if (row.length !== cols) throw new Error('suppressSmallCells: every row must have the same number of cells');
    for (const v of row) if (!Number.isInteger(v) || v < 0) throw new Error('suppressSmallCells: counts must be non-negative integers');
  }
  if (!Number.isInteger(k) || k < 1) throw new Error('suppressSmallCells: k must be a positive integer');

  // The extended table: row `rows` holds the column totals, column `cols` the row totals.
  const R = rows + 1;
  const C = cols + 1;
  const value: number[][] = Array.from({ length: R }, () => new Array<number>(C).fill(0));
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      value[i][j] = table[i][j];
      value[i][cols] += table[i][j];
      value[rows][j] += table[i][j];
      value[rows][cols] += table[i][j];
    }
  }
  const sensitive = (v: number) => (v > 0 && v < k) || (options.suppressZeros === true && v === 0);
  const hidden: boolean[][] = value.map((row) => row.map(sensitive));
  // What the primary rule hid: those are the small ones; everything hidden later is complementary.
  const primary: boolean[][] = hidden.map((row) => [...row]);

  if (rows > 0 && cols > 0) {
    for (let guard = 0; guard < R * C; guard++) {
      const bridge = findBridge(hidden, R, C);
      if (!bridge) break;
      closeCycle(bridge, hidden, value, R, C);
    }
  }

  let hiddenCount = 0;
  const shown = (i: number, j: number): number | null => {
    if (!hidden[i][j]) return value[i][j];
    hiddenCount++;
    return null;
  };
  const why = (i: number, j: number): HiddenReason | null => (!hidden[i][j] ? null : primary[i][j] ? 'small' : 'complementary');
  const cells = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (__, j) => shown(i, j)));
  const rowTotals = Array.from({ length: rows }, (_, i) => shown(i, cols));
  const columnTotals = Array.from({ length: cols }, (_, j) => shown(rows, j));
  const total = shown(rows, cols);
  const reasons: HiddenReasons = {
    cells: Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (__, j) => why(i, j))),
    rowTotals: Array.from({ length: rows }, (_, i) => why(i, cols)),
    columnTotals: Array.from({ length: cols }, (_, j) => why(rows, j)),
    total: why(rows, cols),
  };
  return { cells, rowTotals, columnTotals, total, reasons, hiddenCount };
}

/** Cost of hiding an entry: nothing when already hidden, its value otherwise, zeros last. */
function cost(hidden: boolean[][], value: number[][], i: number, j: number): number {
  if (hidden[i][j]) return 0;
  return (value[i][j] === 0 ? 1_000_000_000 : value[i][j]) + 1;
}

/** Hides the cheapest (i, j2), (i2, j2), (i2, j) so that (i, j) lies on a 4-cycle of hidden entries. */
function closeCycle([i, j]: [number, number], hidden: boolean[][], value: number[][], R: number, C: number): void {
  let best: { i2: number; j2: number; cost: number } | null = null;
  for (let i2 = 0; i2 < R; i2++) {
    if (i2 === i) continue;
    for (let j2 = 0; j2 < C; j2++) {
      if (j2 === j) continue;
      const c = cost(hidden, value, i, j2) + cost(hidden, value, i2, j2) + cost(hidden, value, i2, j);
      if (!best || c < best.cost) best = { i2, j2, cost: c };
    }
  }
  // R ≥ 2 and C ≥ 2 whenever there is a cell, so a choice always exists.
  const { i2, j2 } = best!;
  hidden[i][j2] = true;
  hidden[i2][j2] = true;
  hidden[i2][j] = true;
}

/**
 * A hidden entry that lies on no cycle of hidden entries (a bridge of the bipartite graph rows ×
 * columns), or null. Small tables: remove each edge and look for another path between its ends.
 */
function findBridge(hidden: boolean[][], R: number, C: number): [number, number] | null {
  for (let i = 0; i < R; i++) {
    for (let j = 0; j < C; j++) {
      if (hidden[i][j] && !connectedWithout(hidden, R, C, i, j)) return [i, j];
    }
  }
  return null;
}

/** Whether row i and column j are joined by hidden entries other than (i, j) itself. */
function connectedWithout(hidden: boolean[][], R: number, C: number, i: number, j: number): boolean {
  // Vertices: rows 0..R-1, columns R..R+C-1.
  const seen = new Array<boolean>(R + C).fill(false);
  const stack = [i];
  seen[i] = true;
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (v < R) {
      for (let c = 0; c < C; c++) {
        if (!hidden[v][c] || (v === i && c === j) || seen[R + c]) continue;
        if (c === j) return true;
        seen[R + c] = true;
        stack.push(R + c);
      }
    } else {
      const c = v - R;
      for (let r = 0; r < R; r++) {
        if (!hidden[r][c] || (r === i && c === j) || seen[r]) continue;
        seen[r] = true;
        stack.push(r);
      }
    }
  }
  return false;
}
