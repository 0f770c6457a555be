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
  reportsByMonthAndNeed: table(['2026-01-01', '2026-02-01', '2026-03-01'], NEEDS, [[20, 13], [null, 12], [0, 0]], [33, null, 0], [null, 25], null),
  reportsByNeighbourhoodAndNeed: table(['crocetta', 'bettola'], NEEDS, [[20, 25], [null, null]], [45, null], [null, null], null),
  slaBreachesByMonth: table(['2026-01-01', '2026-02-01', '2026-03-01'], ['expired'], [[0], [null], [0]], [0, null, 0], [null], null),
  unmetNeed: table([], NEEDS, [], [], [], 0),
  coverage: {
    desertThresholdPer1000: 0.25,
    deserts: ['bettola'],
    neighbourhoods: [
      { code: 'crocetta', name: 'Crocetta', activeAntennas: 4, desert: false, per1000Residents: 0.5, population: 8000 },
      { code: 'bettola', name: 'Bettola', activeAntennas: 0, desert: true, per1000Residents: 0, population: 5000 },
    ],
  },
};

const square = (lng: number) => JSON.stringify({ type: 'Polygon', coordinates: [[[lng, 45.55], [lng + 0.01, 45.55], [lng + 0.01, 45.56], [lng, 45.56], [lng, 45.55]]] });
const shapes: NeighbourhoodShape[] = [
  { code: 'crocetta', name: 'Crocetta', population: 8000, boundary: square(9.2) },
  { code: 'bettola', name: 'Bettola', population: 5000, boundary: square(9.21) },
];

function answer(query: string): unknown {
  if (query.includes('dashboard(')) return { dashboard };
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
  beforeEach(() => {
    gqlMock.mockReset();
    gqlMock.mockImplementation(async (query: string) => answer(query) as never);
    subscribeMock.mockReset();
    subscribeMock.mockImplementation((_query, onData) => {
      onTick = onData as (data: unknown) => void;
      return () => undefined;
    });
  });

  it('shows the counters, with hidden numbers as "< 10" and never as a number', async () => {
    renderPage();
    await screen.findByTestId('neighbourhood-map');
    expect(screen.getByTestId('unowned-reports').textContent).toBe('0');
    // needs flagged, not reports; the total is hidden: at least the visible sum (33 + 12 + 0)
    expect(screen.getByTestId('reports-total').textContent).toBe('almeno 45');
    expect(screen.getByText('Bisogni segnalati nel periodo')).toBeTruthy();
    expect(screen.queryByText('Segnalazioni nel periodo')).toBeNull();
    // the one-line explanation, next to the monthly chart and the neighbourhood table
    expect(screen.getAllByText(/una segnalazione con più bisogni conta una volta per ciascuno/i).length).toBeGreaterThanOrEqual(2);
    expect(screen.getByRole('heading', { name: 'Bisogni segnalati per mese' })).toBeTruthy();
    expect(screen.getByTestId('table-reports-by-month').querySelector('caption')?.textContent).toBe('Bisogni segnalati per mese e per tipo di bisogno');
    const headers = [...screen.getByTestId('neighbourhood-table').querySelectorAll('thead th')].map((th) => th.textContent);
    expect(headers).toContain('Bisogni segnalati');
    expect(headers).toContain('Bisogni segnalati ogni 1.000 residenti');
    expect(screen.getByTestId('sla-breaches').textContent).toMatch(/< 10/);
    expect(screen.getByTestId('dead-letters-warning').textContent).toMatch(/2 messaggi/);
    expect(screen.getByText('4 ore')).toBeTruthy();
    expect(screen.getByText('2 giorni')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('dashboard-updated').textContent).toMatch(/^Aggiornato alle \d{2}:\d{2}$/));
  });

  it('draws the hidden neighbourhood hatched, labelled "< 10", and lists the deserts', async () => {
    renderPage();
    await screen.findByTestId('neighbourhood-map');
    const bettola = screen.getByTestId('map-bettola');
    expect(bettola.getAttribute('fill')).toMatch(/^url\(#/);
    expect(bettola.getAttribute('aria-label')).toMatch(/^Bettola: meno di 10 bisogni segnalati/);
    expect(bettola.getAttribute('tabindex')).toBe('0');
    expect(bettola.getAttribute('class')).toBe('map-desert');
    const crocetta = screen.getByTestId('map-crocetta');
    expect(crocetta.getAttribute('aria-label')).toBe('Crocetta: 5,6 bisogni segnalati ogni 1.000 residenti');
    expect((screen.getByLabelText('Bisogni segnalati ogni 1.000 residenti') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByTestId('neighbourhood-map').getAttribute('aria-label')).toBe('Mappa dei quartieri: bisogni segnalati ogni 1.000 residenti');
    expect(screen.getByTestId('neighbourhood-map').textContent).toContain('< 10');
    expect(screen.getByTestId('desert-list').textContent).toBe('Bettola');

    fireEvent.click(screen.getByLabelText('Copertura antenne (ogni 1.000 residenti)'));
    expect(screen.getByTestId('map-bettola').getAttribute('aria-label')).toBe('Bettola: 0,00 antenne attive ogni 1.000 residenti, quartiere senza antenne');
    expect(screen.getByTestId('map-bettola').getAttribute('fill')).toMatch(/^#/);
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
      return answer(query) as never;
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

  it('asks for the chosen period', async () => {
    renderPage();
    await screen.findByTestId('neighbourhood-map');
    const from = screen.getByTestId('period-from') as HTMLSelectElement;
    const to = screen.getByTestId('period-to') as HTMLSelectElement;
    fireEvent.change(from, { target: { value: to.options[2].value } });
    fireEvent.change(to, { target: { value: to.options[1].value } });
    fireEvent.click(screen.getByTestId('period-apply'));
    await waitFor(() => expect(gqlMock).toHaveBeenCalledWith(expect.stringContaining('dashboard('), { from: to.options[2].value, to: to.options[1].value }));
    // from after to: refused
    fireEvent.change(from, { target: { value: to.options[0].value } });
    fireEvent.change(to, { target: { value: to.options[3].value } });
    fireEvent.click(screen.getByTestId('period-apply'));
    expect(screen.getByRole('alert').textContent).toMatch(/prima del mese di fine/);
  });
});
