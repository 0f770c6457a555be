import { act, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { I18nProvider, Locale } from '../../i18n/i18n';
import { DeskAlert, DeskAlerts } from './DeskAlerts';

const gql = jest.fn();
let pushLive: ((data: unknown) => void) | undefined;

jest.mock('../../api/client', () => ({
  ...jest.requireActual('../../api/client'),
  gql: (...args: unknown[]) => gql(...args),
  subscribe: (_query: string, onData: (data: unknown) => void) => {
    pushLive = onData;
    return () => undefined;
  },
  onLiveReconnect: () => () => undefined,
}));

let alerts: DeskAlert[];
beforeEach(() => {
  alerts = [
    { id: 'a1', reportId: 'rep-1', kind: 'unmet', needs: ['HOUSING', 'WORK'], createdAt: '2026-07-01T22:30:00Z' },
  ];
  gql.mockReset();
  gql.mockImplementation(async (query: string) => {
    if (query.includes('deskAlerts')) return { deskAlerts: { nodes: alerts } };
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
  });

  it('in English by the switch', async () => {
    renderAlerts({}, 'en');
    expect((await screen.findByTestId('desk-alert-unmet-rep-1')).textContent).toContain('No service can take: Housing, Work.');
  });

  it('brings in a new alert live, and tells the page', async () => {
    const onRaised = jest.fn();
    renderAlerts({ onRaised });
    await screen.findByTestId('desk-alert-unmet-rep-1');
    alerts = [{ id: 'a2', reportId: 'rep-2', kind: 'emergency', needs: ['MENTAL_HEALTH'], createdAt: new Date().toISOString() }, ...alerts];
    act(() => pushLive?.({ deskAlertRaised: { alertId: 'a2', reportId: 'rep-2' } }));
    expect((await screen.findByTestId('desk-alert-emergency-rep-2')).textContent).toContain('112');
    expect(onRaised).toHaveBeenCalledTimes(1);
  });

  it("on a report's page, lists only that report's alerts and ignores other reports' news", async () => {
    const onRaised = jest.fn();
    renderAlerts({ reportId: 'rep-1', onRaised });
    await screen.findByTestId('desk-alert-unmet-rep-1');
    expect(gql).toHaveBeenCalledWith(expect.stringContaining('deskAlerts'), { reportId: 'rep-1', first: 10 });
    expect(screen.getByTestId('desk-alert-unmet-rep-1').querySelector('a')).toBeNull();
    const calls = gql.mock.calls.length;
    act(() => pushLive?.({ deskAlertRaised: { alertId: 'a9', reportId: 'rep-9' } }));
    await waitFor(() => expect(gql.mock.calls.length).toBe(calls));
    expect(onRaised).not.toHaveBeenCalled();
  });
});
