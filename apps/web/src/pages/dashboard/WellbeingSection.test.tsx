import { render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { I18nProvider } from '../../i18n/i18n';
import type { Dashboard, SuppressedTable } from './types';
import { WellbeingSection, transposed } from './WellbeingSection';

const MONTHS = ['2026-02-01', '2026-03-01'];
const OUTCOMES = ['START.LOW', 'START.MEDIUM', 'START.HIGH', 'WEEK_12.LOW', 'WEEK_12.MEDIUM', 'WEEK_12.HIGH'];
const ACTIONS = ['A_LEAVING_FAMILY_HOME', 'B_SUPPORT_IN_HOUSING', 'C_AUTONOMY_SKILLS', 'D_HOUSING_WORKS', 'E_EMERGENCY_STAY', 'HOUSING', 'WORK', 'SOCIAL_RELATIONS', 'HEALTH_CARE', 'EDUCATION'];
type Reason = 'SMALL' | 'COMPLEMENTARY' | null;
const S = 'SMALL' as const;
const C = 'COMPLEMENTARY' as const;

/** A table as the API gives it: values (null where hidden) with their reasons. */
function table(rows: string[], columns: string[], values: (number | null)[][], reasons: Reason[][], rowTotals: [number | null, Reason][], columnTotals: [number | null, Reason][], total: [number | null, Reason]): SuppressedTable {
  return {
    rows,
    columns,
    cells: rows.map((row, i) => ({ row, values: values[i], reasons: reasons[i], total: rowTotals[i][0], totalReason: rowTotals[i][1] })),
    rowTotals: rowTotals.map((r) => r[0]),
    columnTotals: columnTotals.map((c) => c[0]),
    total: total[0],
    rowTotalReasons: rowTotals.map((r) => r[1]),
    columnTotalReasons: columnTotals.map((c) => c[1]),
    totalReason: total[1],
  };
}
const none = (n: number): Reason[] => new Array<Reason>(n).fill(null);

// Crocetta: 12, 15, «< 10», 20, hidden to protect it, 0 (as the insights int-spec's fixture gives it).
const outcomesByNeighbourhood = table(
  ['crocetta'],
  OUTCOMES,
  [[12, 15, null, 20, null, 0]],
  [[null, null, S, null, C, null]],
  [[null, C]],
  [[12, null], [15, null], [null, S], [20, null], [null, C], [0, null]],
  [null, C],
);
const outcomesByMonth = table(
  MONTHS,
  OUTCOMES,
  [[null, 0, 0, 0, 10, 0], [12, 26, 15, 20, 13, 0]],
  [[S, null, null, null, null, null], none(6)],
  [[11, null], [86, null]],
  [[13, null], [26, null], [15, null], [20, null], [23, null], [0, null]],
  [97, null],
);
const kinds = (opened: (number | null)[][], reasons: Reason[][]) =>
  table(MONTHS, ['DOPO_DI_NOI', 'MENTAL_HEALTH'], opened, reasons, [[10, null], [15, null]], [[21, null], [null, S]], [25, null]);
const dashboard = {
  k: 10,
  outcomesByNeighbourhood,
  outcomesByMonth,
  pathwaysOpenedByMonth: kinds([[10, 0], [11, null]], [none(2), [null, S]]),
  pathwaysClosedByMonth: table(MONTHS, ['DOPO_DI_NOI', 'MENTAL_HEALTH'], [[0, 0], [null, 0]], [none(2), [S, null]], [[0, null], [null, S]], [[null, S], [0, null]], [null, S]),
  pathwayActionsByMonth: table(
    MONTHS,
    ACTIONS,
    [new Array(10).fill(0).map((_, i) => (i === 6 ? 10 : 0)), new Array(10).fill(0).map((_, i) => (i === 0 ? 11 : i === 1 ? 10 : 0))],
    [none(10), none(10)],
    [[10, null], [21, null]],
    ACTIONS.map((_, i) => [i === 0 ? 11 : i === 1 ? 10 : i === 6 ? 10 : 0, null]),
    [31, null],
  ),
} as unknown as Dashboard;

function renderSection(locale: 'it' | 'en' = 'it') {
  return render(
    <I18nProvider locale={locale}>
      <main>
        <WellbeingSection dashboard={dashboard} period={{ from: '2026-02', to: '2026-03' }} neighbourhoodLabel={(c) => (c === 'crocetta' ? 'Crocetta' : c)} />
      </main>
    </I18nProvider>,
  );
}
const head = (testId: string) => [...screen.getByTestId(testId).querySelectorAll('thead th')].map((th) => th.textContent);
const body = (testId: string) => [...screen.getByTestId(testId).querySelectorAll('tbody tr, tfoot tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? ''));

describe('WellbeingSection («Esiti e progetti di vita»)', () => {
  it('shows the loneliness bands by phase per neighbourhood, in Italian, each hidden cell saying why', async () => {
    const { container } = renderSection();
    expect(screen.getByTestId('dashboard-wellbeing').querySelector('h2')?.textContent).toBe('Esiti e progetti di vita');
    expect(head('table-outcomes-by-neighbourhood')).toEqual(['Quartiere', 'Inizio: bassa', 'Inizio: media', 'Inizio: alta', '12 settimane: bassa', '12 settimane: media', '12 settimane: alta', 'Totale']);
    const [crocetta] = body('table-outcomes-by-neighbourhood');
    expect(crocetta.slice(0, 3)).toEqual(['Crocetta', '12', '15']);
    expect(crocetta[3]).toMatch(/^< 10/);
    // Hidden to protect the small one: it may be 10 or more, so never «< 10».
    expect(crocetta[5]).toMatch(/^nascosto per riservatezza/);
    expect(crocetta[5]).not.toMatch(/< 10/);
    expect(crocetta[6]).toBe('0');
    expect(screen.getByTestId('dashboard-wellbeing-bands').textContent).toMatch(/bassa \(punteggio 3–4\), media \(5–6\), alta \(7–9\)/);
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });

  it('reads the tables by month with the months across: bands and actions as rows, totals kept with their reasons', () => {
    renderSection();
    expect(head('table-outcomes-by-month')).toEqual(['Momento e fascia', 'feb 2026', 'mar 2026', 'Totale']);
    const byMonth = body('table-outcomes-by-month');
    expect(byMonth[0][0]).toBe('Inizio: bassa');
    expect(byMonth[0][1]).toMatch(/^< 10/);
    expect(byMonth[0].slice(2)).toEqual(['12', '13']);
    expect(byMonth[6]).toEqual(['Totale', '11', '86', '97']);
    const actions = body('table-pathway-actions');
    expect(actions[0]).toEqual(["A · uscita dalla famiglia d'origine", '0', '11', '11']);
    expect(actions[6]).toEqual(['Salute mentale · formazione e lavoro', '10', '0', '10']);
    expect(head('table-pathways-opened')).toEqual(['Mese', 'Dopo di noi (legge 112/2016)', 'Patto per la salute mentale', 'Totale']);
    expect(body('table-pathways-opened')[1][2]).toMatch(/^< 10/);
    expect(body('table-pathways-closed')[2][3]).toMatch(/^< 10/);
    for (const name of ['outcomesByNeighbourhood', 'outcomesByMonth', 'pathwaysOpenedByMonth', 'pathwaysClosedByMonth', 'pathwayActionsByMonth']) expect(screen.getByTestId(`csv-${name}`)).toBeTruthy();
  });

  it('transposes a table keeping every reason in its place', () => {
    const t = transposed(outcomesByNeighbourhood);
    expect(t.rows).toEqual(OUTCOMES);
    expect(t.columns).toEqual(['crocetta']);
    expect(t.cells[2]).toEqual({ row: 'START.HIGH', values: [null], reasons: ['SMALL'], total: null, totalReason: 'SMALL' });
    expect(t.cells[4].reasons).toEqual(['COMPLEMENTARY']);
    expect(t.columnTotalReasons).toEqual(['COMPLEMENTARY']);
    expect(transposed(t)).toEqual({ ...outcomesByNeighbourhood, cells: outcomesByNeighbourhood.cells });
  });

  it('speaks English too', () => {
    renderSection('en');
    expect(screen.getByTestId('dashboard-wellbeing').querySelector('h2')?.textContent).toBe('Outcomes and life projects');
    expect(head('table-outcomes-by-neighbourhood')[1]).toBe('Start: low');
    expect(body('table-pathway-actions')[0][0]).toBe('A · leaving the family home');
  });
});
