import { SuppressedTableV1 } from '@prossimo/contracts';
import { suppressSmallCells } from '@prossimo/platform';
import { HIDDEN_FOR_PRIVACY, tableToCsv } from './dashboard-csv.format';

const fromRaw = (rows: string[], columns: string[], raw: number[][]): SuppressedTableV1 => {
  const s = suppressSmallCells(raw, { k: 10 });
  return { rows, columns, cells: s.cells, rowTotals: s.rowTotals, columnTotals: s.columnTotals, total: s.total, reasons: s.reasons };
};

describe('the dashboard CSV', () => {
  it('writes "< 10" only of small counts and "nascosto per riservatezza" of counts hidden to protect them (July: 173)', () => {
    const csv = tableToCsv(fromRaw(['crocetta', 'bettola'], ['2026-06', '2026-07'], [[80, 169], [90, 4]]), 10);
    const lines = csv.trimEnd().split('\r\n').map((l: string) => l.split(','));
    expect(lines[0]).toEqual(['', '2026-06', '2026-07', 'totale']);
    // Bettola in July (4) is the small one.
    expect(lines[2][2]).toBe('< 10');
    // July's total would give the 4 back (173 − 169): hidden, and never called "< 10".
    const julyTotal = lines[3][2];
    expect(julyTotal === '173' || julyTotal === HIDDEN_FOR_PRIVACY).toBe(true);
    expect(julyTotal).not.toBe('< 10');
    for (const [i, j, real] of [[1, 1, 80], [1, 2, 169], [2, 1, 90], [1, 3, 249], [2, 3, 94], [3, 1, 170], [3, 3, 343]] as const) {
      expect([String(real), HIDDEN_FOR_PRIVACY]).toContain(lines[i][j]);
    }
  });

  it('never says "< 10" of a hidden count of 10 or more, whatever the table (property over random tables)', () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let run = 0; run < 200; run++) {
      const r = 1 + rnd(5);
      const c = 1 + rnd(5);
      const raw = Array.from({ length: r }, () => Array.from({ length: c }, () => (rnd(3) === 0 ? rnd(10) : rnd(200))));
      const lines = tableToCsv(fromRaw(raw.map((_, i) => `r${i}`), Array.from({ length: c }, (_, j) => `c${j}`), raw), 10).trimEnd().split('\r\n').slice(1).map((l: string) => l.split(',').slice(1));
      const rowTotals = raw.map((row) => row.reduce((a, b) => a + b, 0));
      const columnTotals = Array.from({ length: c }, (_, j) => raw.reduce((a, row) => a + row[j], 0));
      const ext = [...raw.map((row, i) => [...row, rowTotals[i]]), [...columnTotals, rowTotals.reduce((a, b) => a + b, 0)]];
      ext.forEach((row, i) => row.forEach((real, j) => {
        if (lines[i][j] === '< 10') expect(real).toBeLessThan(10);
      }));
    }
  });
});
