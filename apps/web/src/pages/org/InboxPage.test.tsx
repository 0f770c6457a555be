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
const referral = (id: string, status: string, dueInMs: number | null, over: Record<string, unknown> = {}) => ({
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
  dueKind: dueInMs === null ? null : status === 'REQUESTED' ? 'accept' : 'first-contact',
  ageBand: 'AGE_80_PLUS',
  consentToContact: true,
  doNotContact: false,
  firstContactRequestedAt: null,
  contactHandedOverAt: null,
  holdsPlace: false,
  capacityAvailable: null,
  capacityMaximum: null,
  capacityUnit: null,
  ...over,
});

beforeEach(() => {
  gql.mockReset();
  gql.mockImplementation(async (query: string) => {
    if (query.includes('neighbourhoods')) return { neighbourhoods: [{ code: 'crocetta', name: 'Crocetta' }] };
    if (query.includes('referralBriefs(')) return { referralBriefs: [] };
    if (query.includes('referrals(')) return { referrals: { nodes: [referral('r1', 'REQUESTED', 3 * HOUR + 60_000), referral('r2', 'REQUESTED', -2 * HOUR - 60_000)], pageInfo: { hasNextPage: false } } };
    if (query.includes('acceptReferral')) return { acceptReferral: referral('r1', 'ACCEPTED', 24 * HOUR) };
    if (query.includes('rejectReferral')) return { rejectReferral: referral('r2', 'REJECTED', null) };
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
    expect(screen.getByTestId('due-r1').textContent).toBe('scade tra 3 ore');
    expect(screen.getByTestId('due-r2').textContent).toContain('scaduta da 2 ore');
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
      if (query.includes('referralBriefs(')) return { referralBriefs: [] };
      if (query.includes('referrals(')) return { referrals: { nodes: [referral('r1', 'REQUESTED', HOUR), referral('r5', 'IN_PROGRESS', null)], pageInfo: { hasNextPage: false } } };
      if (query.includes('failReferral')) return { failReferral: referral('r5', 'FAILED', null) };
      throw new Error(`unexpected ${query}`);
    });
    renderPage();
    fireEvent.click(await screen.findByTestId('inbox-tab-all'));
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

  it('keeps an accepted card in view on "Da valutare", with its contact panel and what the antenna saw, and focuses the confirmation', async () => {
    let accepted = false;
    let briefsAfterAccept = 0;
    gql.mockImplementation(async (query: string, variables: { ids?: string[] }) => {
      if (query.includes('neighbourhoods')) return { neighbourhoods: [{ code: 'crocetta', name: 'Crocetta' }] };
      if (query.includes('acceptReferral')) {
        accepted = true;
        return { acceptReferral: referral('r1', 'ACCEPTED', 24 * HOUR) };
      }
      if (query.includes('referralBriefs(')) {
        // The vault learns of the acceptance from its event, a moment later: the first brief after it is not held yet.
        const held = accepted && briefsAfterAccept++ > 0;
        return { referralBriefs: (variables.ids ?? []).map((id) => ({ referralId: id, held, contextLine: 'Vive con la figlia', description: held ? 'Non esce di casa da giorni' : null })) };
      }
      // The tab asks for REQUESTED only: once accepted, the list no longer has it.
      if (query.includes('referrals(')) return { referrals: { nodes: accepted ? [referral('r0', 'REQUESTED', HOUR)] : [referral('r0', 'REQUESTED', HOUR), referral('r1', 'REQUESTED', 3 * HOUR)], pageInfo: { hasNextPage: false } } };
      throw new Error(`unexpected ${query}`);
    });
    renderPage();
    const accept = await screen.findByTestId('accept-r1');
    expect(screen.queryByTestId('seen-r1')).toBeNull();
    expect(screen.getByTestId('inbox-list').firstElementChild?.getAttribute('data-testid')).toBe('referral-r0');
    accept.focus();
    fireEvent.click(accept);
    await waitFor(() => expect(screen.getByTestId('referral-status-r1').textContent).toBe('Accettata'));
    expect(screen.getByTestId('reveal-r1')).toBeTruthy();
    // Asked again shortly, until the vault knows the referral as accepted.
    expect((await screen.findByTestId('seen-r1', {}, { timeout: 4000 })).textContent).toContain('Non esce di casa da giorni');
    expect(briefsAfterAccept).toBe(2);
    // The card just accepted stays on top, where the operator is looking.
    expect(screen.getByTestId('inbox-list').firstElementChild?.getAttribute('data-testid')).toBe('referral-r1');
    expect(screen.getByTestId('due-r1').textContent).toMatch(/^scade tra 2[34] ore$/);
    expect(screen.getByTestId('referral-r1').textContent).toContain('Primo contatto');
    const status = screen.getByTestId('inbox-status');
    expect(status.textContent).toBe('Richiesta accettata.');
    expect(status.getAttribute('tabindex')).toBe('-1');
    expect(document.activeElement).toBe(status);
    // Another tab, and back: the list is the API's again.
    fireEvent.click(screen.getByTestId('inbox-tab-ongoing'));
    fireEvent.click(screen.getByTestId('inbox-tab-todo'));
    await waitFor(() => expect(screen.queryByTestId('referral-r1')).toBeNull());
  });

  it('lists what expires first on top, then the most urgent', async () => {
    gql.mockImplementation(async (query: string) => {
      if (query.includes('neighbourhoods')) return { neighbourhoods: [{ code: 'crocetta', name: 'Crocetta' }] };
      if (query.includes('referralBriefs(')) return { referralBriefs: [] };
      if (query.includes('referrals(')) {
        // Newest first, as the API lists them.
        const nodes = [
          referral('late', 'REQUESTED', 30 * HOUR, { urgency: 'EMERGENCY' }),
          referral('none', 'REQUESTED', null, { urgency: 'EMERGENCY' }),
          referral('soon-low', 'REQUESTED', 2 * HOUR, { urgency: 'LOW' }),
          referral('soon-high', 'REQUESTED', 2 * HOUR, { urgency: 'HIGH' }),
          referral('overdue', 'REQUESTED', -HOUR, { urgency: 'MEDIUM' }),
        ];
        return { referrals: { nodes, pageInfo: { hasNextPage: false } } };
      }
      throw new Error(`unexpected ${query}`);
    });
    renderPage();
    await screen.findByTestId('referral-late');
    const order = [...screen.getByTestId('inbox-list').querySelectorAll(':scope > li')].map((e) => e.getAttribute('data-testid'));
    expect(order).toEqual(['referral-overdue', 'referral-soon-high', 'referral-soon-low', 'referral-late', 'referral-none']);
  });

  it('shows the age band and the desk’s note before accepting, and the places of the service with their unit', async () => {
    let accepted = false;
    gql.mockImplementation(async (query: string) => {
      if (query.includes('neighbourhoods')) return { neighbourhoods: [{ code: 'crocetta', name: 'Crocetta' }] };
      if (query.includes('referralBriefs(')) return { referralBriefs: [{ referralId: 'r1', held: false, contextLine: 'Vive con la figlia, che lavora di giorno', description: null }] };
      if (query.includes('referrals(')) return { referrals: { nodes: accepted ? [] : [referral('r1', 'REQUESTED', 3 * HOUR, { capacityAvailable: 3, capacityMaximum: 10, capacityUnit: 'pasti' })], pageInfo: { hasNextPage: false } } };
      if (query.includes('acceptReferral')) {
        accepted = true;
        return { acceptReferral: referral('r1', 'ACCEPTED', 24 * HOUR, { holdsPlace: true, capacityAvailable: 2, capacityMaximum: 10, capacityUnit: 'pasti' }) };
      }
      throw new Error(`unexpected ${query}`);
    });
    renderPage();
    await screen.findByTestId('referral-r1');
    expect(screen.getByTestId('age-r1').textContent).toBe('80 anni e oltre');
    expect((await screen.findByTestId('context-r1')).textContent).toContain('Vive con la figlia, che lavora di giorno');
    expect(screen.getByTestId('places-r1').textContent).toBe('3 su 10 pasti disponibili');
    expect(screen.getByTestId('referral-r1').textContent).toContain('Da accettare');
    fireEvent.click(screen.getByTestId('accept-r1'));
    expect((await screen.findByTestId('inbox-status')).textContent).toBe('Richiesta accettata. Occupa un posto del servizio: ora 2 su 10 pasti disponibili.');
    await waitFor(() => expect(screen.getByTestId('places-r1').textContent).toBe('2 su 10 pasti disponibili · questa richiesta ne occupa uno'));
  });

  it('says before accepting that the person did not consent, and after accepting offers to ask the desk instead of the contact details', async () => {
    let asked = false;
    const noConsent = (status: string, over: Record<string, unknown> = {}) => referral('r1', status, status === 'REQUESTED' ? 3 * HOUR : null, { consentToContact: false, ...over });
    let current = noConsent('REQUESTED');
    gql.mockImplementation(async (query: string) => {
      if (query.includes('neighbourhoods')) return { neighbourhoods: [{ code: 'crocetta', name: 'Crocetta' }] };
      if (query.includes('referralBriefs(')) return { referralBriefs: [] };
      if (query.includes('referrals(')) return { referrals: { nodes: [current], pageInfo: { hasNextPage: false } } };
      if (query.includes('acceptReferral')) return { acceptReferral: (current = noConsent('ACCEPTED')) };
      if (query.includes('requestDeskFirstContact')) {
        asked = true;
        return { requestDeskFirstContact: (current = noConsent('ACCEPTED', { firstContactRequestedAt: new Date().toISOString() })) };
      }
      throw new Error(`unexpected ${query}`);
    });
    renderPage();
    fireEvent.click(await screen.findByTestId('inbox-tab-all'));
    const panel = await screen.findByTestId('first-contact-r1');
    expect(panel.textContent).toContain('La persona non ha dato il consenso: il primo contatto passa dallo sportello.');
    expect(panel.textContent).toContain('parte solo quando lo sportello vi passa il contatto');
    fireEvent.click(screen.getByTestId('accept-r1'));
    await waitFor(() => expect(screen.getByTestId('referral-status-r1').textContent).toBe('Accettata'));
    expect(screen.queryByTestId('reveal-r1')).toBeNull();
    expect(screen.getByTestId('due-r1').textContent).toBe('la scadenza parte quando lo sportello vi passa il contatto');
    fireEvent.click(await screen.findByTestId('ask-desk-r1'));
    await waitFor(() => expect(asked).toBe(true));
    expect((await screen.findByTestId('inbox-status')).textContent).toContain('lo sportello farà il primo contatto');
    await waitFor(() => expect(screen.getByTestId('first-contact-r1').textContent).toContain('Avete chiesto il primo contatto allo sportello'));
    expect(screen.queryByTestId('ask-desk-r1')).toBeNull();
  });

  it('keeps a card moved out of "Da valutare" up to date: the desk’s hand-over reaches it', async () => {
    let current = referral('r1', 'REQUESTED', 3 * HOUR, { consentToContact: false });
    gql.mockImplementation(async (query: string, variables: { status?: string[] }) => {
      if (query.includes('neighbourhoods')) return { neighbourhoods: [{ code: 'crocetta', name: 'Crocetta' }] };
      if (query.includes('referralBriefs(')) return { referralBriefs: [] };
      if (query.includes('referrals(')) return { referrals: { nodes: [current].filter((r) => !variables.status || variables.status.includes(r.status)), pageInfo: { hasNextPage: false } } };
      if (query.includes('acceptReferral')) return { acceptReferral: (current = referral('r1', 'ACCEPTED', null, { consentToContact: false })) };
      throw new Error(`unexpected ${query}`);
    });
    renderPage();
    fireEvent.click(await screen.findByTestId('accept-r1'));
    await waitFor(() => expect(screen.getByTestId('referral-status-r1').textContent).toBe('Accettata'));
    // The desk hands the contact over (another account): the first-contact deadline now runs.
    current = referral('r1', 'ACCEPTED', 24 * HOUR, { consentToContact: false, contactHandedOverAt: new Date().toISOString() });
    act(() => pushLive?.({ referralUpdates: { referralId: 'r1', status: 'ACCEPTED', at: new Date().toISOString(), byYou: false, step: 'contact-handed-over' } }));
    await waitFor(() => expect(screen.getByTestId('first-contact-r1').textContent).toContain('Lo sportello vi ha passato il contatto'));
    expect(screen.getByTestId('due-r1').textContent).toMatch(/^scade tra 2[34] ore$/);
  });

  it('does not announce the operator’s own move back to them, but does announce a colleague’s', async () => {
    renderPage();
    await screen.findByTestId('referral-r1');
    const reads = () => gql.mock.calls.filter(([q]) => String(q).includes('referrals(')).length;
    const before = reads();
    act(() => pushLive?.({ referralUpdates: { referralId: 'r1', status: 'ACCEPTED', at: new Date().toISOString(), byYou: true, step: null } }));
    expect(screen.getByTestId('inbox-live').textContent).toBe('');
    expect(reads()).toBe(before);
    act(() => pushLive?.({ referralUpdates: { referralId: 'r2', status: 'ACCEPTED', at: new Date().toISOString(), byYou: false, step: null } }));
    expect(screen.getByTestId('inbox-live').textContent).toBe('Una richiesta è stata aggiornata');
    act(() => pushLive?.({ referralUpdates: { referralId: 'r2', status: 'ACCEPTED', at: new Date().toISOString(), byYou: false, step: 'contact-handed-over' } }));
    expect(screen.getByTestId('inbox-live').textContent).toBe('Lo sportello vi ha passato un contatto');
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
