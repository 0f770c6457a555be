import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { I18nProvider } from '../../i18n/i18n';
import { InboxPage } from './InboxPage';

const gql = jest.fn();
let pushLive: ((data: unknown) => void) | undefined;

jest.mock('../../api/client', () => {
  class ApiError extends Error {
    constructor(
      message: string,
      readonly code?: string,
      readonly field?: string,
      readonly details: unknown[] = [],
      readonly network = false,
    ) {
      super(message);
    }
  }
  return {
    ApiError,
    gql: (...args: unknown[]) => gql(...args),
    subscribe: (_query: string, onData: (data: unknown) => void) => {
      pushLive = onData;
      return () => undefined;
    },
    onLiveReconnect: () => () => undefined,
  };
});

const HOUR = 3_600_000;
const referral = (id: string, status: string, dueInMs: number | null) => ({
  id,
  reportId: `report-${id}`,
  status,
  needs: ['LONELINESS'],
  neighbourhoodCode: 'crocetta',
  urgency: 'HIGH',
  serviceName: 'Custodi di prossimità',
  createdAt: new Date(Date.now() - HOUR).toISOString(),
  updatedAt: new Date().toISOString(),
  dueAt: dueInMs === null ? null : new Date(Date.now() + dueInMs).toISOString(),
});

beforeEach(() => {
  gql.mockReset();
  gql.mockImplementation(async (query: string) => {
    if (query.includes('neighbourhoods')) return { neighbourhoods: [{ code: 'crocetta', name: 'Crocetta' }] };
    if (query.includes('referrals(')) return { referrals: { nodes: [referral('r1', 'REQUESTED', 3 * HOUR + 60_000), referral('r2', 'REQUESTED', -2 * HOUR - 60_000)], pageInfo: { hasNextPage: false } } };
    if (query.includes('acceptReferral')) return { acceptReferral: { id: 'r1', status: 'ACCEPTED' } };
    if (query.includes('rejectReferral')) return { rejectReferral: { id: 'r1', status: 'REJECTED' } };
    throw new Error(`unexpected ${query}`);
  });
});

function renderPage() {
  return render(
    <MemoryRouter>
      <I18nProvider locale="it">
        <InboxPage />
      </I18nProvider>
    </MemoryRouter>,
  );
}

describe('InboxPage', () => {
  it('shows each request with its neighbourhood name and the time left or overdue', async () => {
    renderPage();
    expect(await screen.findByTestId('referral-r1')).toBeTruthy();
    expect(screen.getByTestId('due-r1').textContent).toBe('scade tra 3 h');
    expect(screen.getByTestId('due-r2').textContent).toContain('scaduta da 2 h');
    expect(screen.getByTestId('referral-status-r1').textContent).toBe('Inviata');
    await waitFor(() => expect(screen.getByTestId('referral-r1').textContent).toContain('Crocetta'));
  });

  it('accepts a request and asks for a reason before rejecting one', async () => {
    renderPage();
    fireEvent.click(await screen.findByTestId('accept-r1'));
    await waitFor(() => expect(gql).toHaveBeenCalledWith(expect.stringContaining('acceptReferral'), { id: 'r1' }));
    expect((await screen.findByTestId('inbox-status')).textContent).toBe('Richiesta accettata.');

    fireEvent.click(screen.getByTestId('reject-r2'));
    fireEvent.click(screen.getByTestId('reject-confirm-r2'));
    expect(screen.getByText('Scrivi almeno 3 caratteri.')).toBeTruthy();
    expect(gql).not.toHaveBeenCalledWith(expect.stringContaining('rejectReferral'), expect.anything());
    fireEvent.change(screen.getByTestId('reject-reason-r2'), { target: { value: 'Nessun volontario libero' } });
    fireEvent.click(screen.getByTestId('reject-confirm-r2'));
    await waitFor(() => expect(gql).toHaveBeenCalledWith(expect.stringContaining('rejectReferral'), { id: 'r2', reason: 'Nessun volontario libero' }));
  });

  it('marks help that could not be given as failed, with a reason, only once the work has begun', async () => {
    gql.mockImplementation(async (query: string) => {
      if (query.includes('neighbourhoods')) return { neighbourhoods: [{ code: 'crocetta', name: 'Crocetta' }] };
      if (query.includes('referrals(')) return { referrals: { nodes: [referral('r1', 'REQUESTED', HOUR), referral('r5', 'IN_PROGRESS', null)], pageInfo: { hasNextPage: false } } };
      if (query.includes('failReferral')) return { failReferral: { id: 'r5', status: 'FAILED' } };
      throw new Error(`unexpected ${query}`);
    });
    renderPage();
    await screen.findByTestId('referral-r5');
    expect(screen.queryByTestId('fail-r1')).toBeNull();
    fireEvent.click(screen.getByTestId('fail-r5'));
    fireEvent.click(screen.getByTestId('fail-confirm-r5'));
    expect(gql).not.toHaveBeenCalledWith(expect.stringContaining('failReferral'), expect.anything());
    fireEvent.change(screen.getByTestId('fail-reason-r5'), { target: { value: 'La famiglia si è trasferita' } });
    fireEvent.click(screen.getByTestId('fail-confirm-r5'));
    await waitFor(() => expect(gql).toHaveBeenCalledWith(expect.stringContaining('failReferral'), { id: 'r5', reason: 'La famiglia si è trasferita' }));
    expect((await screen.findByTestId('inbox-status')).textContent).toContain('non riuscita');
  });

  it('moves focus to the confirmation when the card leaves the tab after an action', async () => {
    let accepted = false;
    gql.mockImplementation(async (query: string) => {
      if (query.includes('neighbourhoods')) return { neighbourhoods: [{ code: 'crocetta', name: 'Crocetta' }] };
      if (query.includes('acceptReferral')) {
        accepted = true;
        return { acceptReferral: { id: 'r1', status: 'ACCEPTED' } };
      }
      if (query.includes('referrals(')) return { referrals: { nodes: accepted ? [] : [referral('r1', 'REQUESTED', 3 * HOUR)], pageInfo: { hasNextPage: false } } };
      throw new Error(`unexpected ${query}`);
    });
    renderPage();
    const accept = await screen.findByTestId('accept-r1');
    accept.focus();
    fireEvent.click(accept);
    await waitFor(() => expect(screen.queryByTestId('referral-r1')).toBeNull());
    const status = screen.getByTestId('inbox-status');
    expect(status.textContent).toBe('Richiesta accettata.');
    expect(status.getAttribute('tabindex')).toBe('-1');
    expect(document.activeElement).toBe(status);
  });

  it('reloads and announces a new request that arrives live', async () => {
    renderPage();
    await screen.findByTestId('referral-r1');
    const calls = gql.mock.calls.filter(([q]) => String(q).includes('referrals(')).length;
    act(() => pushLive?.({ referralUpdates: { referralId: 'r3', status: 'REQUESTED', at: new Date().toISOString() } }));
    expect(screen.getByTestId('inbox-live').textContent).toBe('Nuova richiesta arrivata');
    await waitFor(() => expect(gql.mock.calls.filter(([q]) => String(q).includes('referrals(')).length).toBe(calls + 1));
  });
});
