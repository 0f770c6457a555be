import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import axe from 'axe-core';
import { MemoryRouter } from 'react-router-dom';
import { ApiError, gql } from '../../api/client';
import { I18nProvider } from '../../i18n/i18n';
import { FlagPage } from './FlagPage';
import { Report, SubmitReportInput } from './model';
import { PENDING_KEY, PendingReport, RETRY_INTERVAL_MS } from './pending';

jest.mock('../../api/client', () => ({ ...jest.requireActual('../../api/client'), gql: jest.fn() }));
jest.mock('../../auth/session', () => ({
  useSession: () => ({
    account: { id: 'acc-1', email: 'antenna@prossimo.example', displayName: 'Forno Rossi', role: 'ANTENNA', municipality: '015077', antennaId: 'ant-1', organisationId: null },
    restoring: false,
    logout: jest.fn(),
  }),
}));

const gqlMock = gql as jest.MockedFunction<typeof gql>;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

type Submit = (input: SubmitReportInput) => Promise<Report>;

function reportFor(input: SubmitReportInput, advice: string | null = null): Report {
  return { id: input.id, advice, ageBand: input.ageBand, needs: input.needs, neighbourhoodCode: input.neighbourhoodCode, status: 'RECEIVED', submittedAt: '2026-03-10T09:00:00Z', urgency: input.urgency };
}

/** The API as the page sees it; `submit` answers submitReport. */
function mockApi(submit: Submit) {
  gqlMock.mockImplementation((async (query: string, variables?: Record<string, unknown>) => {
    if (query.includes('FlagNeighbourhoods')) {
      return { neighbourhoods: [{ code: 'crocetta', name: 'Crocetta' }, { code: 'balsamo', name: 'Balsamo' }] };
    }
    if (query.includes('FlagMyAntenna')) return { myAntenna: { neighbourhoodCode: 'crocetta' } };
    if (query.includes('SubmitReport')) return { submitReport: await submit(variables?.input as SubmitReportInput) };
    throw new Error(`unexpected query ${query}`);
  }) as typeof gql);
}

/** The inputs submitReport was called with, in order. */
function submitted(): SubmitReportInput[] {
  return gqlMock.mock.calls.filter(([query]) => query.includes('SubmitReport')).map(([, variables]) => variables?.input as SubmitReportInput);
}

const networkError = () => new ApiError('network', 'NETWORK', undefined, [], true);

function storedQueue(): PendingReport[] {
  return JSON.parse(window.sessionStorage.getItem(PENDING_KEY) ?? '[]') as PendingReport[];
}

async function renderPage() {
  const view = render(
    <I18nProvider locale="it">
      <MemoryRouter initialEntries={['/segnala']}>
        <FlagPage />
      </MemoryRouter>
    </I18nProvider>,
  );
  await waitFor(() => expect((screen.getByLabelText('Quartiere in cui si trova la persona') as HTMLSelectElement).value).toBe('crocetta'));
  return view;
}

function fillValid() {
  fireEvent.click(screen.getByTestId('urgency-MEDIUM'));
  fireEvent.click(screen.getByTestId('need-FOOD'));
  fireEvent.click(screen.getByTestId('need-LONELINESS'));
  fireEvent.click(screen.getByTestId('age-AGE_80_PLUS'));
  fireEvent.change(screen.getByTestId('flag-description'), { target: { value: '  Signora sola, non esce da giorni e non compra più il pane.  ' } });
  fireEvent.click(screen.getByTestId('consent-no'));
}

async function submit() {
  await act(async () => {
    fireEvent.click(screen.getByTestId('flag-submit'));
  });
}

beforeEach(() => {
  gqlMock.mockReset();
  window.sessionStorage.clear();
});

afterEach(() => {
  jest.useRealTimers();
});

describe('FlagPage form', () => {
  it('preselects the antenna’s neighbourhood and offers all 13 needs', async () => {
    mockApi(async (input) => reportFor(input));
    await renderPage();
    expect(screen.getAllByRole('checkbox').filter((box) => box.getAttribute('data-testid')?.startsWith('need-'))).toHaveLength(13);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Segnala una situazione');
  });

  it('submitting empty shows an error next to each missing field and focuses the summary', async () => {
    mockApi(async (input) => reportFor(input));
    await renderPage();
    await submit();

    const summary = screen.getByTestId('flag-error-summary');
    expect(document.activeElement).toBe(summary);
    const links = Array.from(summary.querySelectorAll('a')).map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['Quanto è urgente: scegli una delle quattro voci.', '#flag-urgency-LOW'],
      [expect.stringContaining('Di cosa ha bisogno'), expect.stringMatching(/^#flag-need-/)],
      [expect.stringContaining('Età'), '#flag-age-UNDER_18'],
      [expect.stringContaining('Cosa hai visto'), '#flag-description'],
      [expect.stringContaining('Contatto'), '#flag-consent-yes'],
    ]);

    const description = screen.getByTestId('flag-description');
    expect(description.getAttribute('aria-invalid')).toBe('true');
    const described = (description.getAttribute('aria-describedby') ?? '').split(' ');
    expect(described).toContain('flag-description-error');
    expect(document.getElementById('flag-description-error')?.textContent).toContain('scrivi cosa hai notato');
    expect(document.getElementById('flag-urgency-group')?.getAttribute('aria-describedby')).toContain('flag-urgency-error');
    expect(screen.getByTestId('urgency-LOW').getAttribute('aria-invalid')).toBe('true');
    expect(submitted()).toEqual([]);

    // A fixed field loses its error at once.
    fireEvent.click(screen.getByTestId('urgency-LOW'));
    expect(document.getElementById('flag-urgency-error')).toBeNull();
  });

  it('choosing EMERGENCY shows the 112 alert before everything else in the form', async () => {
    mockApi(async (input) => reportFor(input));
    await renderPage();
    expect(screen.queryByTestId('emergency-112')).toBeNull();

    fireEvent.click(screen.getByTestId('urgency-EMERGENCY'));
    const alert = screen.getByTestId('emergency-112');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(screen.getByTestId('flag-form').firstElementChild).toBe(alert);
    expect(alert.textContent).toContain('Chiama subito il 112');
    expect(alert.querySelector('a')?.getAttribute('href')).toBe('tel:112');

    // Still first when the error summary appears too.
    await submit();
    expect(screen.getByTestId('flag-form').firstElementChild).toBe(alert);

    fireEvent.click(screen.getByTestId('urgency-HIGH'));
    expect(screen.queryByTestId('emergency-112')).toBeNull();
  });

  it('refuses a description longer than 2000 characters', async () => {
    mockApi(async (input) => reportFor(input));
    await renderPage();
    fillValid();
    fireEvent.change(screen.getByTestId('flag-description'), { target: { value: 'a'.repeat(2001) } });
    expect(screen.getByTestId('flag-description-counter').textContent).toContain('troppo lungo');
    await submit();

    expect(document.getElementById('flag-description-error')?.textContent).toContain('troppo lungo');
    expect(document.getElementById('flag-description-error')?.textContent).toContain('Togli almeno 1 caratteri');
    expect(submitted()).toEqual([]);
  });

  it('sends a valid form with a client-made id and confirms it, with the advice', async () => {
    mockApi(async (input) => reportFor(input, 'Se peggiora chiama il 112 / If it gets worse call 112'));
    await renderPage();
    fillValid();
    await submit();

    const [input] = submitted();
    expect(input).toEqual({
      id: expect.stringMatching(UUID),
      neighbourhoodCode: 'crocetta',
      needs: ['FOOD', 'LONELINESS'],
      urgency: 'MEDIUM',
      ageBand: 'AGE_80_PLUS',
      description: 'Signora sola, non esce da giorni e non compra più il pane.',
      consentToContact: false,
      doNotContact: false,
    });
    const confirmation = await screen.findByTestId('flag-confirmation');
    expect(confirmation.getAttribute('role')).toBe('status');
    expect(confirmation.textContent).toContain('Segnalazione ricevuta');
    expect(confirmation.textContent).toContain('responsabile');
    expect(screen.getByTestId('flag-advice').textContent).toContain('Se peggiora chiama il 112');
    expect(screen.getByRole('link', { name: 'Le mie segnalazioni' }).getAttribute('href')).toBe('/mie-segnalazioni');
    expect(window.sessionStorage.getItem(PENDING_KEY)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Nuova segnalazione' }));
    expect((screen.getByTestId('flag-description') as HTMLTextAreaElement).value).toBe('');
    expect((screen.getByLabelText('Quartiere in cui si trova la persona') as HTMLSelectElement).value).toBe('crocetta');
  });

  it('asks for contact details only with consent, and sends them with it', async () => {
    mockApi(async (input) => reportFor(input));
    await renderPage();
    fillValid();
    expect(screen.queryByLabelText('Telefono')).toBeNull();
    fireEvent.click(screen.getByTestId('consent-yes'));
    fireEvent.change(screen.getByLabelText('Nome e cognome'), { target: { value: 'Maria Bianchi' } });
    fireEvent.change(screen.getByLabelText('Telefono'), { target: { value: 'chiamami' } });
    fireEvent.click(screen.getByTestId('flag-do-not-contact'));
    await submit();
    expect(document.getElementById('flag-subject-phone-error')?.textContent).toContain('Telefono');
    expect(submitted()).toEqual([]);

    fireEvent.change(screen.getByLabelText('Telefono'), { target: { value: '+39 333 123 4567' } });
    await submit();
    expect(submitted()[0]).toMatchObject({ consentToContact: true, doNotContact: true, subject: { name: 'Maria Bianchi', phone: '+39 333 123 4567' } });
  });
});

/** Serious or critical axe findings (colour contrast cannot be computed in jsdom). */
async function seriousViolations(container: HTMLElement): Promise<string[]> {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('FlagPage accessibility', () => {
  it('has no serious axe violations with errors, the 112 alert and the contact details shown, nor once confirmed', async () => {
    mockApi(async (input) => reportFor(input, 'Chiama il 112 / Call 112'));
    const { container } = await renderPage();
    fireEvent.click(screen.getByTestId('urgency-EMERGENCY'));
    fireEvent.click(screen.getByTestId('consent-yes'));
    fireEvent.change(screen.getByLabelText('Telefono'), { target: { value: 'x' } });
    await submit();
    expect(await seriousViolations(container)).toEqual([]);

    fillValid();
    fireEvent.click(screen.getByTestId('urgency-EMERGENCY'));
    await submit();
    await screen.findByTestId('flag-confirmation');
    expect(await seriousViolations(container)).toEqual([]);
  });
});

describe('FlagPage pending queue', () => {
  it('keeps a report the network lost with its id, and a retry sends the same id', async () => {
    let online = false;
    mockApi(async (input) => {
      if (!online) throw networkError();
      return reportFor(input);
    });
    await renderPage();
    fillValid();
    await submit();

    const [first] = submitted();
    expect(await screen.findByTestId('flag-queued')).toBeTruthy();
    expect(screen.getByTestId('flag-pending').textContent).toBe('1 segnalazione in attesa di invio');
    expect(storedQueue().map((item) => item.input.id)).toEqual([first.id]);

    // Still offline: kept, not duplicated.
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Riprova ora' }));
    });
    expect(storedQueue().map((item) => [item.input.id, item.attempts])).toEqual([[first.id, 2]]);

    online = true;
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Riprova ora' }));
    });
    expect(submitted().map((input) => input.id)).toEqual([first.id, first.id, first.id]);
    expect(submitted()[2]).toEqual(first);
    expect(await screen.findByTestId('flag-confirmation')).toBeTruthy();
    expect(screen.queryByTestId('flag-pending')).toBeNull();
    expect(window.sessionStorage.getItem(PENDING_KEY)).toBeNull();
  });

  it('retries by itself every 10 seconds and when the browser is back online', async () => {
    let online = false;
    mockApi(async (input) => {
      if (!online) throw networkError();
      return reportFor(input);
    });
    await renderPage();
    jest.useFakeTimers();
    fillValid();
    await submit();
    expect(submitted()).toHaveLength(1);

    await act(async () => {
      jest.advanceTimersByTime(RETRY_INTERVAL_MS);
    });
    expect(submitted()).toHaveLength(2);

    online = true;
    await act(async () => {
      window.dispatchEvent(new Event('online'));
    });
    expect(submitted()).toHaveLength(3);
    expect(new Set(submitted().map((input) => input.id)).size).toBe(1);
    expect(screen.getByTestId('flag-confirmation')).toBeTruthy();
  });

  it('sends the reports left in the queue when the page opens', async () => {
    const waiting: PendingReport = {
      input: { id: '6f1c1f57-6a4e-4c3b-9f0e-0d8a2b1e7c11', neighbourhoodCode: 'balsamo', needs: ['HOUSING'], urgency: 'HIGH', ageBand: 'AGE_35_64', description: 'Sfratto imminente.', consentToContact: true, doNotContact: false },
      queuedAt: '2026-03-10T08:00:00Z',
      attempts: 3,
    };
    window.sessionStorage.setItem(PENDING_KEY, JSON.stringify([waiting]));
    mockApi(async (input) => reportFor(input));
    await renderPage();

    await waitFor(() => expect(window.sessionStorage.getItem(PENDING_KEY)).toBeNull());
    expect(submitted()).toEqual([waiting.input]);
    expect(screen.queryByTestId('flag-pending')).toBeNull();
    expect(screen.getByText('La segnalazione in attesa è stata inviata.')).toBeTruthy();
  });

  it('shows a refusal from the server and does not queue or retry it', async () => {
    mockApi(async () => {
      throw new ApiError('Descrizione non valida / Invalid description', 'VALIDATION', 'input.description', [], false);
    });
    await renderPage();
    fillValid();
    await submit();

    const error = screen.getByTestId('flag-server-error');
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toContain('Descrizione non valida');
    expect(document.activeElement).toBe(error);
    expect(document.getElementById('flag-description-error')?.textContent).toContain('Descrizione non valida');
    expect(screen.getByTestId('flag-form')).toBeTruthy();
    expect(screen.queryByTestId('flag-pending')).toBeNull();
    expect(window.sessionStorage.getItem(PENDING_KEY)).toBeNull();

    await act(async () => {
      window.dispatchEvent(new Event('online'));
    });
    expect(submitted()).toHaveLength(1);
  });
});
