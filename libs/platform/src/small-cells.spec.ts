import fc from 'fast-check';
import { HiddenReason, suppressSmallCells, SuppressedTable } from './small-cells';

/**
 * An independent check, by linear algebra rather than graphs: an unknown is determined by the
 * published figures when its unit vector lies in the row space of the equations restricted to the
 * unknowns (rank does not grow when it is added).
 */
function determinedEntries(table: number[][], out: SuppressedTable): string[] {
  const rows = table.length;
  const cols = table[0].length;
  const unknowns: string[] = [];
  const index = new Map<string, number>();
  const key = (i: number, j: number) => `${i},${j}`;
  const ext = (i: number, j: number): number | null => (i < rows && j < cols ? out.cells[i][j] : i < rows ? out.rowTotals[i] : j < cols ? out.columnTotals[j] : out.total);
  for (let i = 0; i <= rows; i++) for (let j = 0; j <= cols; j++) if (ext(i, j) === null) index.set(key(i, j), unknowns.push(key(i, j)) - 1);
  const equations: number[][] = [];
  const add = (entries: [number, number, number][]) => {
    const eq = new Array<number>(unknowns.length).fill(0);
    for (const [i, j, coef] of entries) if (index.has(key(i, j))) eq[index.get(key(i, j))!] += coef;
    equations.push(eq);
  };
  for (let i = 0; i <= rows; i++) add([...Array.from({ length: cols }, (_, j) => [i, j, 1] as [number, number, number]), [i, cols, -1]]);
  for (let j = 0; j <= cols; j++) add([...Array.from({ length: rows }, (_, i) => [i, j, 1] as [number, number, number]), [rows, j, -1]]);
  const base = rank(equations);
  return unknowns.filter((_, u) => rank([...equations, unknowns.map((__, v) => (v === u ? 1 : 0))]) === base);
}

function rank(m: number[][]): number {
  const a = m.map((r) => [...r]);
  let r = 0;
  const cols = a[0]?.length ?? 0;
  for (let c = 0; c < cols && r < a.length; c++) {
    let p = r;
    while (p < a.length && Math.abs(a[p][c]) < 1e-9) p++;
    if (p === a.length) continue;
    [a[r], a[p]] = [a[p], a[r]];
    for (let q = 0; q < a.length; q++) {
      if (q === r || Math.abs(a[q][c]) < 1e-9) continue;
      const f = a[q][c] / a[r][c];
      for (let x = c; x < cols; x++) a[q][x] -= f * a[r][x];
    }
    r++;
  }
  return r;
}

describe('suppressSmallCells', () => {
  it('shows a table with no small counts as it is', () => {
    expect(suppressSmallCells([[10, 20], [30, 0]])).toEqual({
      cells: [[10, 20], [30, 0]], rowTotals: [30, 30], columnTotals: [40, 20], total: 60, hiddenCount: 0,
      reasons: { cells: [[null, null], [null, null]], rowTotals: [null, null], columnTotals: [null, null], total: null },
    });
  });

  it('hides a small cell and enough others that it cannot be recomputed (hand-worked)', () => {
    // 3 is small. Hiding it alone, row 0's total (15) gives it back: 15 − 12 = 3. The cheapest
    // 4-cycle through it hides 12 (same row), 11 (same column) and 40 (opposite corner).
    const out = suppressSmallCells([[3, 12], [11, 40]]);
    expect(out.cells).toEqual([[null, null], [null, null]]);
    expect(out.rowTotals).toEqual([15, 51]);
    expect(out.columnTotals).toEqual([14, 52]);
    expect(out.total).toBe(66);
    expect(out.hiddenCount).toBe(4);
    // Only the 3 is small; 12, 11 and 40 are hidden to protect it and must never read "< 10".
    expect(out.reasons.cells).toEqual([['small', 'complementary'], ['complementary', 'complementary']]);
  });

  it('tells a month hidden to protect another from a small one (the July 2026 case: 173 is not "< 10")', () => {
    // Rows: two neighbourhoods; columns: June and July. One neighbourhood had 4 reports in July.
    const out = suppressSmallCells([[80, 169], [90, 4]]);
    expect(out.cells[1][1]).toBeNull();
    expect(out.reasons.cells[1][1]).toBe('small');
    // July's column total (173) is hidden too, or 173 − 169 would give the 4 back: it is complementary.
    const julyHidden = out.columnTotals[1] === null;
    if (julyHidden) expect(out.reasons.columnTotals[1]).toBe('complementary');
    for (const [v, r] of [[out.cells[0][0], out.reasons.cells[0][0]], [out.cells[0][1], out.reasons.cells[0][1]], [out.cells[1][0], out.reasons.cells[1][0]]] as const) {
      expect(r).toBe(v === null ? 'complementary' : null);
    }
  });

  it('hides a small row total together with its cells', () => {
    const out = suppressSmallCells([[2, 3, 0], [20, 30, 40], [25, 12, 18]]);
    expect(out.rowTotals[0]).toBeNull();
    expect(out.cells[0][0]).toBeNull();
    expect(out.cells[0][1]).toBeNull();
    expect(out.cells[0][2]).toBe(0);
    expect(determinedEntries([[2, 3, 0], [20, 30, 40], [25, 12, 18]], out)).toEqual([]);
  });

  it('hides a small grand total', () => {
    const out = suppressSmallCells([[1, 0], [0, 2]]);
    expect(out.total).toBeNull();
    expect(out.hiddenCount).toBeGreaterThanOrEqual(4);
  });

  it('accepts empty tables and refuses ragged or negative ones', () => {
    expect(suppressSmallCells([])).toEqual({ cells: [], rowTotals: [], columnTotals: [], total: 0, hiddenCount: 0, reasons: { cells: [], rowTotals: [], columnTotals: [], total: null } });
    expect(() => suppressSmallCells([[1, 2], [3]])).toThrow(/same number/);
    expect(() => suppressSmallCells([[-1]])).toThrow(/non-negative/);
    expect(() => suppressSmallCells([[1.5]])).toThrow(/non-negative/);
    expect(() => suppressSmallCells([[1]], { k: 0 })).toThrow(/k must/);
  });

  it('hides zeros too when asked', () => {
    const out = suppressSmallCells([[0, 50], [50, 50]], { suppressZeros: true });
    expect(out.cells[0][0]).toBeNull();
    expect(determinedEntries([[0, 50], [50, 50]], out)).toEqual([]);
  });

  const tables = fc
    .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))
    .chain(([r, c]) => fc.array(fc.array(fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 60 })), { minLength: c, maxLength: c }), { minLength: r, maxLength: r }));

  it('never shows a count between 1 and k−1, never changes a shown value, and leaves nothing recomputable (property)', () => {
    fc.assert(
      fc.property(tables, fc.integer({ min: 2, max: 12 }), (table, k) => {
        const out = suppressSmallCells(table, { k });
        const rows = table.length;
        const cols = table[0].length;
        const rowTotals = table.map((r) => r.reduce((s, v) => s + v, 0));
        const columnTotals = Array.from({ length: cols }, (_, j) => table.reduce((s, r) => s + r[j], 0));
        const total = rowTotals.reduce((s, v) => s + v, 0);
        const pairs: [number | null, number][] = [
          ...table.flatMap((r, i) => r.map((v, j) => [out.cells[i][j], v] as [number | null, number])),
          ...rowTotals.map((v, i) => [out.rowTotals[i], v] as [number | null, number]),
          ...columnTotals.map((v, j) => [out.columnTotals[j], v] as [number | null, number]),
          [out.total, total],
        ];
        for (const [shown, real] of pairs) {
          if (shown !== null) {
            expect(shown).toBe(real);
            expect(shown === 0 || shown >= k).toBe(true);
          }
        }
        expect(out.hiddenCount).toBe(pairs.filter(([s]) => s === null).length);
        expect(out.cells).toHaveLength(rows);
        expect(determinedEntries(table, out)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('never says "< k" of a count of k or more: every `small` entry is between 1 and k−1, every hidden entry of k or more is `complementary` (property)', () => {
    fc.assert(
      fc.property(tables, fc.integer({ min: 2, max: 12 }), fc.boolean(), (table, k, suppressZeros) => {
        const out = suppressSmallCells(table, { k, suppressZeros });
        const cols = table[0].length;
        const rowTotals = table.map((r) => r.reduce((s, v) => s + v, 0));
        const columnTotals = Array.from({ length: cols }, (_, j) => table.reduce((s, r) => s + r[j], 0));
        const total = rowTotals.reduce((s, v) => s + v, 0);
        const entries: [number | null, HiddenReason | null, number][] = [
          ...table.flatMap((r, i) => r.map((v, j) => [out.cells[i][j], out.reasons.cells[i][j], v] as [number | null, HiddenReason | null, number])),
          ...rowTotals.map((v, i) => [out.rowTotals[i], out.reasons.rowTotals[i], v] as [number | null, HiddenReason | null, number]),
          ...columnTotals.map((v, j) => [out.columnTotals[j], out.reasons.columnTotals[j], v] as [number | null, HiddenReason | null, number]),
          [out.total, out.reasons.total, total],
        ];
        for (const [shown, reason, real] of entries) {
          // A reason exactly where the entry is hidden.
          expect(reason === null).toBe(shown !== null);
          if (reason === 'small') {
            expect(real).toBeLessThan(k);
            expect(real >= 1 || (suppressZeros && real === 0)).toBe(true);
          }
          if (shown === null && real >= k) expect(reason).toBe('complementary');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    fc.assert(fc.property(tables, (table) => expect(suppressSmallCells(table)).toEqual(suppressSmallCells(table))), { numRuns: 50 });
  });
});
