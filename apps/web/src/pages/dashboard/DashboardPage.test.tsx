import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import axe from 'axe-core';
import { MemoryRouter } from 'react-router-dom';
import { gql, subscribe } from '../../api/client';
import { I18nProvider } from '../../i18n/i18n';
import { DashboardPage, LIVE_DEBOUNCE_MS } from './DashboardPage';
import type { Dashboard, NeighbourhoodShape, SuppressedTable } from './types';

jest.mock('../../api/client', () => ({
  ...jest.requireActual('../../api/client'),
  gql: jest.fn(),
  subscribe: jest.fn(),
}));

const gqlMock = gql as jest.MockedFunction<typeof gql>;
const subscribeMock = subscribe as jest.MockedFunction<typeof subscribe>;

const NEEDS = ['LONELINESS', 'FOOD'];
const MONTHS = ['2026-01-01', '2026-02-01', '2026-03-01'];
const table = (rows: string[], columns: string[], values: (number | null)[][], rowTotals: (number | null)[], columnTotals: (number | null)[], total: number | null): SuppressedTable => ({
  rows,
  columns,
  cells: rows.map((row, i) => ({ row, total: rowTotals[i], values: values[i] })),
  rowTotals,
  columnTotals,
  total,
});

const dashboard: Dashboard = {
  from: '2026-01-01',
  to: '2026-03-01',
  k: 10,
  municipality: '015077',
  unownedReports: 0,
  deadLetters: 2,
  acceptance: { count: 42, medianMinutes: 240, p90Minutes: 2880 },
  firstContact: { count: null, medianMinutes: null, p90Minutes: null },
  referralsByState: table(['referrals'], ['REQUESTED', 'ACCEPTED'], [[null, 30]], [null], [null, 30], null),
  reportsByMonthAndNeed: table(MONTHS, NEEDS, [[20, 13], [null, 12], [0, 0]], [33, null, 0], [null, 25], null),
  reportsByNeighbourhoodAndNeed: table(['crocetta', 'bettola'], NEEDS, [[20, 25], [null, null]], [45, null], [null, null], null),
  // reports, each counted once: Bettola hidden (under k), February hidden, the period shown; Nigozza has none
  reportsByNeighbourhoodAndMonth: table(['crocetta', 'bettola'], MONTHS, [[12, null, 10], [null, null, 0]], [30, null], [15, null, 10], 34),
  slaBreachesByMonth: table(['2026-01-01', '2026-02-01', '2026-03-01'], ['expired'], [[0], [null], [0]], [0, null, 0], [null], null),
  unmetNeed: table([], NEEDS, [], [], [], 0),
  // Outcomes and pathways: WellbeingSection.test.tsx reads them closely; here only present.
  outcomesByNeighbourhood: table([], ['START.LOW'], [], [], [0], 0),
  outcomesByMonth: table(MONTHS, ['START.LOW'], [[0], [0], [0]], [0, 0, 0], [0], 0),
  pathwaysOpenedByMonth: table(MONTHS, ['DOPO_DI_NOI', 'MENTAL_HEALTH'], [[0, 0], [0, 0], [0, 0]], [0, 0, 0], [0, 0], 0),
  pathwaysClosedByMonth: table(MONTHS, ['DOPO_DI_NOI', 'MENTAL_HEALTH'], [[0, 0], [0, 0], [0, 0]], [0, 0, 0], [0, 0], 0),
  pathwayActionsByMonth: table(MONTHS, ['A_LEAVING_FAMILY_HOME'], [[0], [0], [0]], [0, 0, 0], [0], 0),
  // Activities and places: Bettola's culture initiatives under k, Crocetta's referral seats taken
  // under k and Bettola's public ones hidden to protect them (complementary).
  initiativesByNeighbourhoodAndKind: table(['crocetta', 'bettola'], ['ELDERLY_PLACE', 'CULTURE'], [[12, 0], [10, null]], [12, null], [22, null], null),
  sessionsByNeighbourhoodAndMonth: table(['crocetta', 'bettola'], MONTHS, [[24, 26, 25], [12, 13, 12]], [75, 37], [36, 39, 37], 112),
  seatsOfferedByNeighbourhood: table(['crocetta', 'bettola'], ['PUBLIC', 'REFERRAL'], [[300, 72], [144, 36]], [372, 180], [444, 108], 552),
  seatsTakenByNeighbourhood: {
    ...table(['crocetta', 'bettola'], ['PUBLIC', 'REFERRAL'], [[211, null], [97, null]], [null, null], [308, 15], null),
    cells: [
      { row: 'crocetta', values: [211, null], reasons: [null, 'SMALL'], total: null, totalReason: 'COMPLEMENTARY' },
      { row: 'bettola', values: [97, null], reasons: [null, 'COMPLEMENTARY'], total: null, totalReason: 'COMPLEMENTARY' },
    ],
    rowTotalReasons: ['COMPLEMENTARY', 'COMPLEMENTARY'],
    columnTotalReasons: [null, null],
    totalReason: 'COMPLEMENTARY',
  },
  seatsTakenByMonth: table(MONTHS, ['PUBLIC', 'REFERRAL'], [[100, 0], [104, 0], [104, 15]], [100, 104, 119], [308, 15], 323),
  // Prescriptions: rejected ones under k; first attendance by month with January under k and
  // February hidden to protect it; the rate over 40 accepted shown. Volunteer hours: Bettola's
  // February hidden as small, its January hidden to protect it.
  prescriptionsByState: {
    ...table(['prescriptions'], ['REQUESTED', 'ACCEPTED', 'REJECTED', 'COMPLETED'], [[12, 14, null, 20]], [null], [12, 14, null, 20], null),
    cells: [{ row: 'prescriptions', values: [12, 14, null, 20], reasons: [null, null, 'SMALL', null], total: null, totalReason: 'COMPLEMENTARY' }],
    columnTotalReasons: [null, null, 'SMALL', null],
    rowTotalReasons: ['COMPLEMENTARY'],
    totalReason: 'COMPLEMENTARY',
  },
  firstAttendanceByMonth: {
    ...table(MONTHS, ['FIRST_ATTENDED', 'NOT_ATTENDED'], [[null, null], [null, null], [15, 11]], [null, null, 26], [22, 18], 40),
    cells: [
      { row: MONTHS[0], values: [null, null], reasons: ['SMALL', 'SMALL'], total: null, totalReason: 'SMALL' },
      { row: MONTHS[1], values: [null, null], reasons: ['COMPLEMENTARY', 'COMPLEMENTARY'], total: null, totalReason: 'COMPLEMENTARY' },
      { row: MONTHS[2], values: [15, 11], reasons: [null, null], total: 26, totalReason: null },
    ],
    rowTotalReasons: ['SMALL', 'COMPLEMENTARY', null],
    columnTotalReasons: [null, null],
    totalReason: null,
  },
  firstAttendance: { accepted: 40, firstAttended: 22, ratePercent: 55, reason: null },
  volunteerHoursByNeighbourhoodAndMonth: {
    ...table(['crocetta', 'bettola'], MONTHS, [[120, 96, 130], [null, null, 14]], [346, null], [null, null, 144], null),
    cells: [
      { row: 'crocetta', values: [120, 96, 130], reasons: [null, null, null], total: 346, totalReason: null },
      { row: 'bettola', values: [null, null, 14], reasons: ['COMPLEMENTARY', 'SMALL', null], total: null, totalReason: 'COMPLEMENTARY' },
    ],
    rowTotalReasons: [null, 'COMPLEMENTARY'],
    columnTotalReasons: ['COMPLEMENTARY', 'COMPLEMENTARY', null],
    totalReason: 'COMPLEMENTARY',
  },
  coverage: {
    desertThresholdPer1000: 0.25,
    deserts: ['bettola'],
    neighbourhoods: [
      { code: 'crocetta', name: 'Crocetta', activeAntennas: 4, desert: false, per1000Residents: 0.5, population: 8000 },
      { code: 'bettola', name: 'Bettola', activeAntennas: 0, desert: true, per1000Residents: 0, population: 5000 },
      { code: 'nigozza', name: 'Nigozza', activeAntennas: 2, desert: false, per1000Residents: 0.5, population: 4000 },
    ],
  },
};

const square = (lng: number) => JSON.stringify({ type: 'Polygon', coordinates: [[[lng, 45.55], [lng + 0.01, 45.55], [lng + 0.01, 45.56], [lng, 45.56], [lng, 45.55]]] });
const shapes: NeighbourhoodShape[] = [
  { code: 'crocetta', name: 'Crocetta', population: 8000, boundary: square(9.2) },
  { code: 'bettola', name: 'Bettola', population: 5000, boundary: square(9.21) },
  { code: 'nigozza', name: 'Nigozza', population: 4000, boundary: square(9.22) },
];

let current: Dashboard = dashboard;

function answer(query: string): unknown {
  if (query.includes('dashboard(')) return { dashboard: current };
  if (query.includes('neighbourhoods {')) return { neighbourhoods: shapes };
  throw new Error(`unexpected query ${query}`);
}

function renderPage() {
  return render(
    <MemoryRouter initialEntries={['/dashboard']}>
      <I18nProvider locale="it">
        <main>
          <DashboardPage />
        </main>
      </I18nProvider>
    </MemoryRouter>,
  );
}

describe('DashboardPage', () => {
  let onTick: ((data: unknown) => void) | undefined;
  let onReferralTick: ((data: unknown) => void) | undefined;
  beforeEach(() => {
    current = dashboard;
    gqlMock.mockReset();
    gqlMock.mockImplementation(async (query: string) => answer(query));
    subscribeMock.mockReset();
    subscribeMock.mockImplementation((query, onData) => {
      if (query.includes('referralsMoving')) onReferralTick = onData;
      else onTick = onData;
      return () => undefined;
    });
  });

  it('shows the counters, with hidden numbers as "< 10" and never as a number', async () => {
    renderPage();
    await screen.findByTestId('neighbourhood-map');
    expect(screen.getByTestId('unowned-reports').textContent).toBe('0');
    // reports, each counted once
    expect(screen.getByTestId('reports-total').textContent).toBe('34');
    expect(screen.getByText('Segnalazioni nel periodo')).toBeTruthy();
    // the needs on a smaller line; their total is hidden: at least the visible sum (33 + 12 + 0)
    expect(screen.getByTestId('needs-total').textContent).toBe('Bisogni segnalati: almeno 45 — una segnalazione con più bisogni conta una volta per ciascuno.');
    // the one-line explanation: counters, month × need table, neighbourhood table
    expect(screen.getAllByText(/una segnalazione con più bisogni conta una volta per ciascuno/i).length).toBeGreaterThanOrEqual(3);
    const headers = [...screen.getByTestId('neighbourhood-table').querySelectorAll('thead th')].map((th) => th.textContent);
    expect(headers).toEqual(expect.arrayContaining(['Segnalazioni', 'Segnalazioni ogni 1.000 residenti', 'Bisogni segnalati (uno o più per segnalazione)']));
    expect(headers).not.toContain('Bisogni segnalati ogni 1.000 residenti');
    expect(screen.getByTestId('neighbourhood-reports-crocetta').textContent).toBe('30');
    expect(screen.getByTestId('neighbourhood-reports-bettola').textContent).toMatch(/^< 10/);
    expect(screen.getByTestId('neighbourhood-reports-nigozza').textContent).toBe('0');
    expect(screen.getByTestId('sla-breaches').textContent).toMatch(/< 10/);
    expect(screen.getByTestId('dead-letters-warning').textContent).toMatch(/2 messaggi/);
    expect(screen.getByText('4 ore')).toBeTruthy();
    expect(screen.getByText('2 giorni')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('dashboard-updated').textContent).toMatch(/^Aggiornato alle \d{2}:\d{2}$/));
  });

  it('shows "at least" the visible reports when the period total is hidden', async () => {
    current = { ...dashboard, reportsByNeighbourhoodAndMonth: { ...dashboard.reportsByNeighbourhoodAndMonth, total: null } };
    renderPage();
    await screen.findByTestId('neighbourhood-map');
    // the larger of the visible rows (30) and the visible months (15 + 10)
    expect(screen.getByTestId('reports-total').textContent).toBe('almeno 30');
  });

  it('draws reports per month, a hidden month marked "< 10" and never as a height, and keeps the month × need table', async () => {
    current = { ...dashboard, reportsByNeighbourhoodAndMonth: { ...dashboard.reportsByNeighbourhoodAndMonth, columnTotalReasons: [null, 'SMALL', null] } };
    renderPage();
    await screen.findByTestId('neighbourhood-map');
    expect(screen.getByRole('heading', { name: 'Segnalazioni per mese' })).toBeTruthy();
    const jan = screen.getByTestId('monthly-bar-2026-01');
    const feb = screen.getByTestId('monthly-bar-2026-02');
    expect(jan.getAttribute('data-state')).toBe('shown');
    expect(jan.textContent).toContain('15');
    expect(feb.getAttribute('data-state')).toBe('suppressed');
    expect(feb.textContent).toContain('< 10');
    expect(feb.querySelector('rect')?.getAttribute('fill')).toMatch(/^url\(#/);
    // Not a stub bar that reads as "a few": a dashed outline of the whole plot, higher than any shown month.
    const height = (g: HTMLElement) => Number(g.querySelector('rect')?.getAttribute('height'));
    expect(height(feb)).toBeGreaterThanOrEqual(height(jan));
    expect(feb.querySelector('rect')?.getAttribute('stroke-dasharray')).toBeTruthy();
    const perMonth = screen.getByTestId('table-reports-per-month');
    expect(perMonth.querySelector('caption')?.textContent).toBe('Segnalazioni arrivate per mese');
    expect([...perMonth.querySelectorAll('tbody td')].map((td) => td.textContent)).toEqual(['15', expect.stringMatching(/^< 10/), '10']);
    expect(perMonth.querySelector('tfoot td')?.textContent).toBe('34');
    // the needs by month, with their own wording
    expect(screen.getByRole('heading', { name: 'Bisogni segnalati per mese' })).toBeTruthy();
    expect(screen.getByTestId('table-reports-by-month').querySelector('caption')?.textContent).toBe('Bisogni segnalati per mese e per tipo di bisogno');
  });

  it('says "nascosto per riservatezza", never "< 10", of counts hidden to protect another (July 2026: 173 is not "< 10"), in the chart, the tables and the map', async () => {
    // July 2026: 169 reports in Crocetta and 4 in Bettola. The 4 is small; July's total (173) and
    // Bettola's total are hidden so that the 4 cannot be worked out: complementary, not "< 10".
    const months = ['2026-06-01', '2026-07-01'];
    const byMonth: SuppressedTable = {
      ...table(['crocetta', 'bettola'], months, [[80, 169], [90, null]], [249, null], [170, null], null),
      rowTotalReasons: [null, 'COMPLEMENTARY'],
      columnTotalReasons: [null, 'COMPLEMENTARY'],
      totalReason: 'COMPLEMENTARY',
    };
    byMonth.cells[1].reasons = [null, 'SMALL'];
    byMonth.cells[1].totalReason = 'COMPLEMENTARY';
    current = { ...dashboard, from: '2026-06-01', to: '2026-07-01', reportsByNeighbourhoodAndMonth: byMonth };
    const { container } = renderPage();
    await screen.findByTestId('neighbourhood-map');
    const july = screen.getByTestId('monthly-bar-2026-07');
    expect(july.getAttribute('data-state')).toBe('complementary');
    expect(july.textContent).toContain('nascosto');
    expect(july.textContent).not.toContain('< 10');
    expect(Number(july.querySelector('rect')?.getAttribute('height'))).toBeGreaterThanOrEqual(Number(screen.getByTestId('monthly-bar-2026-06').querySelector('rect')?.getAttribute('height')));
    const perMonth = screen.getByTestId('table-reports-per-month');
    expect([...perMonth.querySelectorAll('tbody td')].map((td) => td.textContent)).toEqual(['170', expect.stringMatching(/^nascosto per riservatezza/)]);
    expect(perMonth.querySelector('tfoot td')?.textContent).toMatch(/^nascosto per riservatezza/);
    expect(screen.getByTestId('neighbourhood-reports-bettola').textContent).toMatch(/^nascosto per riservatezza/);
    expect(screen.getByTestId('map-bettola').getAttribute('aria-label')).toMatch(/^Bettola: numero nascosto per riservatezza/);
    // The one small count (Bettola in July) is in no table here; the needs table keeps its own "< 10".
    expect(screen.getByTestId('monthly-chart').textContent).not.toContain('< 10');
    expect(perMonth.textContent).not.toContain('< 10');
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });

  it('draws the hidden neighbourhood hatched, labelled "< 10", and lists the deserts', async () => {
    renderPage();
    await screen.findByTestId('neighbourhood-map');
    const bettola = screen.getByTestId('map-bettola');
    expect(bettola.getAttribute('fill')).toMatch(/^url\(#/);
    expect(bettola.getAttribute('aria-label')).toMatch(/^Bettola: meno di 10 segnalazioni,/);
    expect(bettola.getAttribute('data-state')).toBe('suppressed');
    expect(bettola.getAttribute('tabindex')).toBe('0');
    expect(bettola.getAttribute('class')).toBe('map-desert');
    const crocetta = screen.getByTestId('map-crocetta');
    expect(crocetta.getAttribute('aria-label')).toBe('Crocetta: 3,8 segnalazioni ogni 1.000 residenti');
    // absent from the reports: none, not hidden
    expect(screen.getByTestId('map-nigozza').getAttribute('aria-label')).toBe('Nigozza: 0,0 segnalazioni ogni 1.000 residenti');
    expect(screen.getByTestId('map-nigozza').getAttribute('data-state')).toBe('shown');
    expect(screen.getByTestId<HTMLInputElement>('map-mode-reports').checked).toBe(true);
    expect(screen.getByLabelText('Segnalazioni ogni 1.000 residenti')).toBe(screen.getByTestId('map-mode-reports'));
    expect(screen.getByTestId('neighbourhood-map').getAttribute('aria-label')).toBe('Mappa dei quartieri: segnalazioni ogni 1.000 residenti');
    expect(screen.getByTestId('neighbourhood-map').textContent).toContain('< 10');
    expect(screen.getByTestId('desert-list').textContent).toBe('Bettola');

    fireEvent.click(screen.getByLabelText('Copertura antenne (ogni 1.000 residenti)'));
    expect(screen.getByTestId('map-bettola').getAttribute('aria-label')).toBe('Bettola: 0,00 antenne attive ogni 1.000 residenti, quartiere senza antenne');
    expect(screen.getByTestId('map-bettola').getAttribute('fill')).toMatch(/^#/);
  });

  it('shows «Attività e luoghi»: initiatives by kind, sessions, seats offered and taken per neighbourhood and month, hidden cells saying why, each with its CSV', async () => {
    const { container } = renderPage();
    const section = await screen.findByTestId('dashboard-community');
    expect(section.querySelector('h2')?.textContent).toBe('Attività e luoghi');
    const cells = (testId: string) => [...screen.getByTestId(testId).querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent));
    // Kinds and seat kinds in words; neighbourhoods by name.
    expect([...screen.getByTestId('table-initiatives-by-kind').querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Quartiere', 'Luogo d’incontro per anziani', 'Cultura', 'Totale']);
    expect(cells('table-initiatives-by-kind')[1][0]).toBe('Bettola');
    expect(cells('table-initiatives-by-kind')[1][2]).toMatch(/^< 10/);
    expect(cells('table-sessions-by-month')[0]).toEqual(['Crocetta', '24', '26', '25', '75']);
    expect([...screen.getByTestId('table-seats-offered').querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      'Quartiere', 'Aperti a tutti', 'Riservati alle persone inviate dai servizi', 'Totale',
    ]);
    expect(cells('table-seats-offered')[0]).toEqual(['Crocetta', '300', '72', '372']);
    // Crocetta's referral seats taken are small ("< 10"); Bettola's are hidden to protect them: never "< 10".
    const taken = cells('table-seats-taken');
    expect(taken[0][1]).toBe('211');
    expect(taken[0][2]).toMatch(/^< 10/);
    expect(taken[1][2]).toMatch(/^nascosto per riservatezza/);
    expect(taken[1][2]).not.toMatch(/< 10/);
    expect(cells('table-seats-taken-by-month')[2]).toEqual(['mar 2026', '104', '15', '119']);
    for (const name of ['initiativesByNeighbourhoodAndKind', 'sessionsByNeighbourhoodAndMonth', 'seatsOfferedByNeighbourhood', 'seatsTakenByNeighbourhood', 'seatsTakenByMonth']) {
      expect(screen.getByTestId(`csv-${name}`)).toBeTruthy();
    }
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });

  it('shows «Prescrizioni sociali e volontariato»: referrals to an activity by state, the first-attendance rate and its denominator, volunteer hours, hidden cells saying why, each table with its CSV', async () => {
    const { container } = renderPage();
    const section = await screen.findByTestId('dashboard-prescriptions');
    expect(section.querySelector('h2')?.textContent).toBe('Prescrizioni sociali e volontariato');
    const cells = (testId: string) => [...screen.getByTestId(testId).querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent));
    // States in words; the rejected ones small, the total hidden to protect them.
    const states = cells('table-prescriptions-by-state');
    expect(states[0]).toEqual(['Inviata', '12']);
    expect(states[2][0]).toBe('Rifiutata');
    expect(states[2][1]).toMatch(/^< 10/);
    expect(screen.getByTestId('table-prescriptions-by-state').querySelector('tfoot td')?.textContent).toMatch(/^nascosto per riservatezza/);
    // The rate, with what it is out of.
    expect(section.textContent).toContain('accettati dall’organizzatore');
    expect(screen.getByTestId('first-attendance-rate').textContent).toBe('55% — 22 su 40 invii accettati sono arrivati alla prima presenza.');
    const attendance = cells('table-first-attendance-by-month');
    expect([...screen.getByTestId('table-first-attendance-by-month').querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      'Mese dell’invio', 'Arrivati alla prima presenza', 'Non (ancora) arrivati', 'Totale',
    ]);
    expect(attendance[0][1]).toMatch(/^< 10/);
    expect(attendance[1][1]).toMatch(/^nascosto per riservatezza/);
    expect(attendance[1][1]).not.toMatch(/< 10/);
    expect(attendance[2]).toEqual(['mar 2026', '15', '11', '26']);
    // Hours per neighbourhood (by name) and month.
    const hours = cells('table-volunteer-hours');
    expect(hours[0]).toEqual(['Crocetta', '120', '96', '130', '346']);
    expect(hours[1][0]).toBe('Bettola');
    expect(hours[1][1]).toMatch(/^nascosto per riservatezza/);
    expect(hours[1][2]).toMatch(/^< 10/);
    for (const name of ['prescriptionsByState', 'firstAttendanceByMonth', 'volunteerHoursByNeighbourhoodAndMonth']) expect(screen.getByTestId(`csv-${name}`)).toBeTruthy();
    // Every figure the issue asked for is built: no «Dati in arrivo» line is left.
    expect(screen.queryByTestId('dashboard-community-to-come')).toBeNull();
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });

  it('says why the first-attendance rate is not shown: too few accepted (< 10), or a small count it would give away', async () => {
    current = { ...dashboard, firstAttendance: { accepted: null, firstAttended: null, ratePercent: null, reason: 'SMALL' } };
    const first = renderPage();
    expect((await screen.findByTestId('first-attendance-rate')).textContent).toBe('Non mostrato: meno di 10 invii accettati nel periodo (< 10).');
    first.unmount();
    current = { ...dashboard, firstAttendance: { accepted: 12, firstAttended: null, ratePercent: null, reason: 'COMPLEMENTARY' } };
    renderPage();
    const text = (await screen.findByTestId('first-attendance-rate')).textContent;
    expect(text).toMatch(/^Nascosto per riservatezza: 12 invii accettati/);
    expect(text).not.toMatch(/%/);
  });

  it('has no serious accessibility problems', async () => {
    const { container } = renderPage();
    await screen.findByTestId('neighbourhood-map');
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('still shows the table when the map cannot be loaded', async () => {
    gqlMock.mockImplementation(async (query: string) => {
      if (!query.includes('dashboard(')) throw new Error('no boundary');
      return answer(query);
    });
    renderPage();
    await screen.findByTestId('neighbourhood-table');
    await waitFor(() => expect(screen.getByText(/La mappa non è disponibile/)).toBeTruthy());
    expect(screen.getByTestId('neighbourhood-row-bettola').textContent).toContain('< 10');
  });

  it('refetches once, two seconds after a burst of arriving reports', async () => {
    jest.useFakeTimers();
    try {
      renderPage();
      await act(async () => {
        await jest.runOnlyPendingTimersAsync();
      });
      const dashboardCalls = () => gqlMock.mock.calls.filter(([q]) => q.includes('dashboard(')).length;
      const before = dashboardCalls();
      act(() => {
        onTick?.({ reportsArriving: { at: '2026-03-10T10:00:00Z', municipality: '015077' } });
        onTick?.({ reportsArriving: { at: '2026-03-10T10:00:01Z', municipality: '015077' } });
      });
      await act(async () => {
        jest.advanceTimersByTime(LIVE_DEBOUNCE_MS - 100);
      });
      expect(dashboardCalls()).toBe(before);
      await act(async () => {
        jest.advanceTimersByTime(200);
      });
      expect(dashboardCalls()).toBe(before + 1);
    } finally {
      jest.useRealTimers();
    }
  });

  it('refetches when a referral moves too (accepted, completed...), so times and states follow live', async () => {
    jest.useFakeTimers();
    try {
      renderPage();
      await act(async () => {
        await jest.runOnlyPendingTimersAsync();
      });
      const dashboardCalls = () => gqlMock.mock.calls.filter(([q]) => q.includes('dashboard(')).length;
      const before = dashboardCalls();
      expect(onReferralTick).toBeDefined();
      act(() => {
        onReferralTick?.({ referralsMoving: { at: '2026-03-10T10:00:00Z', municipality: '015077' } });
      });
      await act(async () => {
        jest.advanceTimersByTime(LIVE_DEBOUNCE_MS + 100);
      });
      expect(dashboardCalls()).toBe(before + 1);
    } finally {
      jest.useRealTimers();
    }
  });

  it('asks for the chosen period', async () => {
    renderPage();
    await screen.findByTestId('neighbourhood-map');
    const from = screen.getByTestId<HTMLSelectElement>('period-from');
    const to = screen.getByTestId<HTMLSelectElement>('period-to');
    const chosenFrom = to.options[2].value;
    const chosenTo = to.options[1].value;
    fireEvent.change(from, { target: { value: chosenFrom } });
    fireEvent.change(to, { target: { value: chosenTo } });
    fireEvent.click(screen.getByTestId('period-apply'));
    await waitFor(() => expect(gqlMock).toHaveBeenCalledWith(expect.stringContaining('dashboard('), { from: chosenFrom, to: chosenTo }));
    // Only what the API accepts: "to" offers no month before "from", and at most 36 months from it.
    const oldest = from.options[from.options.length - 1].value;
    fireEvent.change(from, { target: { value: oldest } });
    const offered = [...to.options].map((o) => o.value);
    expect(offered.every((m) => m >= oldest)).toBe(true);
    expect(offered).toHaveLength(36);
    expect(offered.includes(to.value)).toBe(true);
    fireEvent.click(screen.getByTestId('period-apply'));
    await waitFor(() => expect(gqlMock).toHaveBeenCalledWith(expect.stringContaining('dashboard('), { from: oldest, to: offered[0] }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
