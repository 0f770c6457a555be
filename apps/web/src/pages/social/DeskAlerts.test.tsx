import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { MemoryRouter } from 'react-router-dom';
import { I18nProvider, Locale } from '../../i18n/i18n';
import { DeskAlert, DeskAlerts } from './DeskAlerts';

const gql = jest.fn();
const live: Record<string, (data: unknown) => void> = {};

jest.mock('../../api/client', () => ({
  ...jest.requireActual('../../api/client'),
  gql: (...args: unknown[]) => gql(...args),
  subscribe: (query: string, onData: (data: unknown) => void) => {
    live[query.includes('deskAlertChanged') ? 'changed' : 'raised'] = onData;
    return () => undefined;
  },
  onLiveReconnect: () => () => undefined,
}));

let alerts: DeskAlert[];
beforeEach(() => {
  alerts = [{ id: 'a1', reportId: 'rep-1', kind: 'unmet', severity: 2, needs: ['HOUSING', 'WORK'], createdAt: '2026-07-01T22:30:00Z' }];
  gql.mockReset();
  gql.mockImplementation(async (query: string, variables: { id?: string }) => {
    if (query.includes('acknowledgeDeskAlert')) {
      alerts = alerts.map((a) => (a.id === variables.id ? { ...a, acknowledgedAt: '2026-12-05T18:30:00Z', acknowledgedByName: 'Giulia Sociale' } : a));
      return { acknowledgeDeskAlert: alerts.find((a) => a.id === variables.id) };
    }
    if (query.includes('deskAlerts')) return { deskAlerts: { nodes: alerts, pageInfo: { hasNextPage: false } } };
    throw new Error(`unexpected ${query}`);
  });
});

function renderAlerts(props: { reportId?: string; onRaised?: () => void } = {}, locale: Locale = 'it') {
  return render(
    <MemoryRouter>
      <I18nProvider locale={locale}>
        <DeskAlerts {...props} />
      </I18nProvider>
    </MemoryRouter>,
  );
}

const emergency = (over: Partial<DeskAlert> = {}): DeskAlert => ({ id: 'e1', reportId: 'rep-e', kind: 'emergency', severity: 4, needs: ['MENTAL_HEALTH'], createdAt: '2026-12-05T18:26:00Z', ...over });

describe('DeskAlerts', () => {
  it('says on an unmet-need alert why each service covering a need was left out, or that none covers it', async () => {
    alerts = [
      {
        id: 'a2', reportId: 'rep-2', kind: 'unmet', needs: ['MENTAL_HEALTH', 'HOUSING'], createdAt: '2026-07-01T08:00:00Z',
        why: [
          { need: 'MENTAL_HEALTH', services: [{ serviceName: 'Ascolto', reasons: ['no-capacity'] }, { serviceName: 'Sportello Gamma', reasons: ['outside-area', 'not-on-runts'] }] },
          { need: 'HOUSING', services: [] },
        ],
      },
    ];
    renderAlerts();
    const why = await screen.findByTestId('alert-why-a2');
    expect(why.textContent).toContain("Disagio psicologico: Ascolto: senza posti; Sportello Gamma: fuori zona, non riceve richieste: l'ente non è iscritto al RUNTS, che il Comune richiede");
    expect(why.textContent).toContain('Casa: Nessun servizio del Comune copre questo bisogno.');
  });

  it("shows each alert in the reader's words, with the needs named and the time in Rome, and a link to its report", async () => {
    renderAlerts();
    const item = await screen.findByTestId('desk-alert-unmet-rep-1');
    expect(item.textContent).toContain('Bisogno senza risposta');
    expect(item.textContent).toContain('Nessun servizio può occuparsi di: Casa, Lavoro.');
    // 22:30 UTC on 1 July is half past midnight on 2 July in Rome.
    expect(item.textContent).toContain('2 lug 2026, 00:30');
    expect(item.querySelector('a')?.getAttribute('href')).toBe('/segnalazioni/rep-1');
    expect(gql).toHaveBeenCalledWith(expect.stringContaining('deskAlerts'), { first: 50 });
  });

  it('in English by the switch', async () => {
    renderAlerts({}, 'en');
    expect((await screen.findByTestId('desk-alert-unmet-rep-1')).textContent).toContain('No service can take: Housing, Work.');
    expect(screen.getByRole('button', { name: /Acknowledge/ })).toBeTruthy();
  });

  it('brings in a new alert live, and tells the page', async () => {
    const onRaised = jest.fn();
    renderAlerts({ onRaised });
    await screen.findByTestId('desk-alert-unmet-rep-1');
    alerts = [emergency({ reportId: 'rep-2', createdAt: new Date().toISOString() }), ...alerts];
    act(() => live.raised?.({ deskAlertRaised: { alertId: 'e1', reportId: 'rep-2' } }));
    expect((await screen.findByTestId('desk-alert-emergency-rep-2')).textContent).toContain('112');
    expect(onRaised).toHaveBeenCalledTimes(1);
  });

  it('pins an unacknowledged emergency on top, above every other alert, until someone acknowledges it; then it shows who and when', async () => {
    alerts = [emergency(), ...Array.from({ length: 6 }, (_, i) => ({ id: `u${i}`, reportId: `rep-u${i}`, kind: 'unmet', severity: 2, needs: ['FOOD'], createdAt: `2026-12-05T18:3${i}:00Z` }))];
    const { container } = renderAlerts();
    const pinned = await screen.findByTestId('desk-alerts-pinned');
    expect(within(pinned).getByTestId('desk-alert-emergency-rep-e').textContent).toContain('112');
    expect(pinned.textContent).toContain('Emergenze da prendere in visione: 1');
    // Before the list of the others in the page's order, and not repeated in it.
    expect(pinned.compareDocumentPosition(screen.getByTestId('desk-alerts-list')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(screen.getByTestId('desk-alerts-list')).queryByTestId('desk-alert-emergency-rep-e')).toBeNull();
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

    await act(async () => {
      fireEvent.click(within(pinned).getByRole('button', { name: /Presa visione/ }));
    });
    expect(gql).toHaveBeenCalledWith(expect.stringContaining('acknowledgeDeskAlert'), { id: 'e1' });
    await waitFor(() => expect(screen.queryByTestId('desk-alerts-pinned')).toBeNull());
    const acknowledged = within(screen.getByTestId('desk-alerts-list')).getByTestId('desk-alert-acknowledged-e1');
    expect(acknowledged.textContent).toBe('Presa visione: Giulia Sociale, 5 dic 2026, 19:30');
  });

  it('follows a colleague acknowledging live, and says when an alert escalated or ended with its report', async () => {
    alerts = [emergency({ escalationLevel: 2, escalatedAt: '2026-12-05T18:56:00Z' })];
    renderAlerts();
    expect((await screen.findByTestId('desk-alert-escalated-e1')).textContent).toContain('avvisato il responsabile dello sportello (5 dic 2026, 19:56)');
    alerts = [{ ...alerts[0], acknowledgedAt: '2026-12-05T18:58:00Z', acknowledgedByName: null }];
    act(() => live.changed?.({ deskAlertChanged: { alertId: 'e1', reportId: 'rep-e', change: 'acknowledged' } }));
    expect((await screen.findByTestId('desk-alert-acknowledged-e1')).textContent).toBe('Presa visione: un collega, 5 dic 2026, 19:58');
    expect(screen.queryByTestId('desk-alerts-pinned')).toBeNull();
  });

  it("on a report's page, lists every alert of that report (ended ones too), pins nothing, and ignores other reports' news", async () => {
    alerts = [emergency({ reportId: 'rep-1', resolvedAt: '2026-12-06T09:00:00Z', resolution: 'report-withdrawn' }), ...alerts];
    const onRaised = jest.fn();
    renderAlerts({ reportId: 'rep-1', onRaised });
    await screen.findByTestId('desk-alert-unmet-rep-1');
    expect(gql).toHaveBeenCalledWith(expect.stringContaining('deskAlerts'), { reportId: 'rep-1', first: 50, includeResolved: true });
    expect(screen.queryByTestId('desk-alerts-pinned')).toBeNull();
    expect(screen.getByTestId('desk-alert-resolved-e1').textContent).toContain("l'antenna ha ritirato la segnalazione");
    expect(screen.queryByTestId('acknowledge-e1')).toBeNull();
    expect(screen.getByTestId('desk-alert-unmet-rep-1').querySelector('a')).toBeNull();
    const calls = gql.mock.calls.length;
    act(() => live.raised?.({ deskAlertRaised: { alertId: 'a9', reportId: 'rep-9' } }));
    act(() => live.changed?.({ deskAlertChanged: { alertId: 'a9', reportId: 'rep-9', change: 'resolved' } }));
    await waitFor(() => expect(gql.mock.calls.length).toBe(calls));
    expect(onRaised).not.toHaveBeenCalled();
  });
});
