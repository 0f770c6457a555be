import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import axe from 'axe-core';
import { MemoryRouter } from 'react-router-dom';
import { gql } from '../../api/client';
import { I18nProvider } from '../../i18n/i18n';
import { MyReportsPage } from './MyReportsPage';
import { PENDING_KEY } from './pending';

jest.mock('../../api/client', () => ({ ...jest.requireActual('../../api/client'), gql: jest.fn() }));

const gqlMock = gql as jest.MockedFunction<typeof gql>;

const REPORTS = [
  { id: 'r1', reference: 'CB-7K4Q', submittedAt: '2026-03-31T23:30:00Z', needs: ['FOOD', 'LONELINESS'], urgency: 'HIGH', status: 'IN_CARE' },
  { id: 'r2', submittedAt: '2026-03-02T10:00:00Z', needs: ['HOUSING'], urgency: 'LOW', status: 'RECEIVED' },
  { id: 'r3', submittedAt: '2026-02-20T10:00:00Z', needs: ['WORK'], urgency: 'MEDIUM', status: 'CLOSED' },
  { id: 'r4', submittedAt: '2026-02-10T10:00:00Z', needs: ['FOOD'], urgency: 'LOW', status: 'WITHDRAWN' },
];

function mockReports(nodes: unknown[]) {
  gqlMock.mockImplementation(async () => ({ myReports: { nodes, pageInfo: { hasNextPage: false } } }));
}

function renderPage() {
  return render(
    <I18nProvider locale="it">
      <MemoryRouter initialEntries={['/mie-segnalazioni']}>
        <MyReportsPage />
      </MemoryRouter>
    </I18nProvider>,
  );
}

beforeEach(() => {
  gqlMock.mockReset();
  window.sessionStorage.clear();
});

describe('MyReportsPage', () => {
  it('lists the antenna’s reports with the date in Rome and only the coarse state', async () => {
    mockReports(REPORTS);
    renderPage();
    const first = await screen.findByTestId('my-report-r1');
    expect(gqlMock).toHaveBeenCalledWith(expect.stringContaining('myReports(first: $first)'), { first: 50 });
    // 23:30 UTC on 31 March is 01:30 on 1 April in Rome.
    expect(first.textContent).toMatch(/1 apr 2026.*01:30/);
    expect(first.textContent).toContain('Cibo, Solitudine');
    expect(first.textContent).toContain('Alta');
    expect(screen.getByTestId('my-report-status-r1').textContent).toBe('presa in carico');
    // Each card carries the report's code, to say on the phone.
    expect(screen.getByTestId('my-report-reference-r1').textContent).toBe('CB-7K4Q');
    expect(first.querySelector('h2')?.textContent).toMatch(/^Segnalazione CB-7K4Q/);
    expect(screen.getByTestId('my-report-status-r2').textContent).toBe('ricevuta');
    expect(screen.getByTestId('my-report-status-r3').textContent).toBe('chiusa');
    expect(screen.getByTestId('my-report-status-r4').textContent).toBe('ritirata');
    // Neither a closed nor a withdrawn report can be withdrawn again.
    expect(screen.queryByTestId('withdraw-r3')).toBeNull();
    expect(screen.queryByTestId('withdraw-r4')).toBeNull();
    expect(document.querySelector('table')).toBeNull();
    const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });

  it('reloads with «Aggiorna»', async () => {
    mockReports(REPORTS.slice(1));
    renderPage();
    await screen.findByTestId('my-report-r2');
    expect(screen.queryByTestId('my-report-r1')).toBeNull();

    mockReports(REPORTS);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Aggiorna' }));
    });
    await waitFor(() => expect(screen.getByTestId('my-report-status-r1').textContent).toBe('presa in carico'));
    expect(gqlMock).toHaveBeenCalledTimes(2);
  });

  it('says when there is nothing yet, and when reports wait to be sent', async () => {
    window.sessionStorage.setItem(
      PENDING_KEY,
      JSON.stringify([
        {
          input: { id: 'p1', neighbourhoodCode: 'crocetta', needs: ['FOOD'], urgency: 'LOW', ageBand: 'UNKNOWN', description: 'x', consentToContact: false },
          queuedAt: '2026-03-10T08:00:00Z',
          attempts: 1,
        },
      ]),
    );
    mockReports([]);
    renderPage();
    expect((await screen.findByTestId('my-reports-empty')).textContent).toContain('Non hai ancora fatto segnalazioni.');
    expect(screen.getByTestId('my-reports-pending').textContent).toContain('1 segnalazione è ancora in attesa di invio.');
  });

  it('lets the antenna add news to an open report or withdraw one made by mistake (with a reason), never a closed one', async () => {
    let reports = REPORTS;
    gqlMock.mockImplementation(async (query: string) => {
      if (query.includes('addReportFollowUp')) return { addReportFollowUp: true };
      if (query.includes('withdrawReport')) {
        reports = reports.map((r) => (r.id === 'r2' ? { ...r, status: 'WITHDRAWN' } : r));
        return { withdrawReport: true };
      }
      return { myReports: { nodes: reports, pageInfo: { hasNextPage: false } } };
    });
    renderPage();
    await screen.findByTestId('my-report-r1');
    expect(screen.queryByTestId('withdraw-r3')).toBeNull();

    fireEvent.click(screen.getByTestId('follow-up-r1'));
    fireEvent.change(screen.getByTestId('follow-up-text-r1'), { target: { value: 'È tornato a casa ieri sera' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('follow-up-confirm-r1'));
    });
    expect(gqlMock).toHaveBeenCalledWith(expect.stringContaining('addReportFollowUp'), { reportId: 'r1', note: 'È tornato a casa ieri sera' });
    expect(screen.getByTestId('my-reports-done').textContent).toBe('Notizia inviata allo sportello sociale.');

    fireEvent.click(screen.getByTestId('withdraw-r2'));
    await act(async () => {
      fireEvent.click(screen.getByTestId('withdraw-confirm-r2'));
    });
    expect(gqlMock).not.toHaveBeenCalledWith(expect.stringContaining('withdrawReport'), expect.anything());
    fireEvent.change(screen.getByTestId('withdraw-reason-r2'), { target: { value: 'Persona sbagliata' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('withdraw-confirm-r2'));
    });
    expect(gqlMock).toHaveBeenCalledWith(expect.stringContaining('withdrawReport'), { reportId: 'r2', reason: 'Persona sbagliata' });
    await waitFor(() => expect(screen.getByTestId('my-report-status-r2').textContent).toBe('ritirata'));
    expect(screen.queryByTestId('withdraw-r2')).toBeNull();
    const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
});
