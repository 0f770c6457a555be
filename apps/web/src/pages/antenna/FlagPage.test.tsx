import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import axe from 'axe-core';
import { MemoryRouter } from 'react-router-dom';
import { ApiError, gql } from '../../api/client';
import { I18nProvider, Locale } from '../../i18n/i18n';
import { FlagPage } from './FlagPage';
import { Report, SubmitReportInput } from './model';
import { PENDING_KEY, PendingReport, REFRESH_KEY, RETRY_INTERVAL_MS, RETRY_JITTER } from './pending';

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
  gqlMock.mockImplementation(async (query: string, variables?: Record<string, unknown>) => {
    if (query.includes('FlagNeighbourhoods')) {
      return { neighbourhoods: [{ code: 'crocetta', name: 'Crocetta' }, { code: 'balsamo', name: 'Balsamo' }] };
    }
    if (query.includes('FlagMyAntenna')) return { myAntenna: { neighbourhoodCode: 'crocetta' } };
    if (query.includes('SubmitReport')) return { submitReport: await submit(variables?.input as SubmitReportInput) };
    throw new Error(`unexpected query ${query}`);
  });
}

/** The inputs submitReport was called with, in order. */
function submitted(): SubmitReportInput[] {
  return gqlMock.mock.calls.filter(([query]) => query.includes('SubmitReport')).map(([, variables]) => variables?.input as SubmitReportInput);
}

const networkError = () => new ApiError('network', 'NETWORK', undefined, [], true);

function storedQueue(): PendingReport[] {
  return JSON.parse(window.sessionStorage.getItem(PENDING_KEY) ?? '[]') as PendingReport[];
}

async function renderPage(locale: Locale = 'it') {
  const view = render(
    <I18nProvider locale={locale}>
      <MemoryRouter initialEntries={['/segnala']}>
        <FlagPage />
      </MemoryRouter>
    </I18nProvider>,
  );
  await waitFor(() => expect((document.getElementById('flag-neighbourhood') as HTMLSelectElement | null)?.value).toBe('crocetta'));
  return view;
}

/** The live region (if any) an element is in or is. */
function liveRegion(element: Element): Element | null {
  return element.closest('[role="status"], [role="alert"], [role="log"], [aria-live]');
}

const rateLimited = () => new ApiError('Troppe richieste, riprova tra poco / Too many requests', 'RATE_LIMITED', undefined, [], false);
const unavailable = () => new ApiError('Servizio non disponibile / Service unavailable', 'UNAVAILABLE', undefined, [], false);

/** A promise the test settles by hand (an answer that arrives later). */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
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
  // Signed in: the session keeps its refresh token here (the logout wipes it).
  window.sessionStorage.setItem(REFRESH_KEY, 'refresh-token');
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
    // Focus goes into it: it is not also a live region.
    expect(liveRegion(confirmation)).toBeNull();
    expect(document.activeElement?.textContent).toBe('Segnalazione ricevuta');
    expect(confirmation.textContent).toContain('Segnalazione ricevuta');
    expect(confirmation.textContent).toContain('responsabile');
    expect(screen.getByTestId('flag-advice').textContent).toContain('Se peggiora chiama il 112');
    expect(screen.getByRole('link', { name: 'Le mie segnalazioni' }).getAttribute('href')).toBe('/mie-segnalazioni');
    expect(window.sessionStorage.getItem(PENDING_KEY)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Nuova segnalazione' }));
    expect(screen.getByTestId<HTMLTextAreaElement>('flag-description').value).toBe('');
    expect(screen.getByLabelText<HTMLSelectElement>('Quartiere in cui si trova la persona').value).toBe('crocetta');
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
    fireEvent.change(screen.getByLabelText('Indirizzo'), { target: { value: 'Via Frova 12, terzo piano' } });
    await submit();
    expect(submitted()[0]).toMatchObject({ consentToContact: true, doNotContact: true, subject: { name: 'Maria Bianchi', address: 'Via Frova 12, terzo piano', phone: '+39 333 123 4567' } });
  });

  it('takes a phone number as people write it ("02/612.3456") and sends it in the form the API accepts', async () => {
    mockApi(async (input) => reportFor(input));
    await renderPage();
    fillValid();
    fireEvent.click(screen.getByTestId('consent-yes'));
    fireEvent.change(screen.getByLabelText('Telefono'), { target: { value: ' 02/612.3456 ' } });
    await submit();
    expect(submitted()[0].subject).toEqual({ phone: '02 612 3456' });
    // The API's own rule for what it stores: digits, spaces, +, -, parentheses, 5 to 25 characters.
    expect(submitted()[0].subject?.phone).toMatch(/^\+?[0-9 ()-]{5,25}$/);
  });

  it('takes "333-1234567 (casa)", and refuses "000000" (not a number)', async () => {
    mockApi(async (input) => reportFor(input));
    await renderPage();
    fillValid();
    fireEvent.click(screen.getByTestId('consent-yes'));
    fireEvent.change(screen.getByLabelText('Telefono'), { target: { value: '000000' } });
    await submit();
    expect(document.getElementById('flag-subject-phone-error')?.textContent).toContain('Telefono');
    expect(submitted()).toEqual([]);
    fireEvent.change(screen.getByLabelText('Telefono'), { target: { value: '333-1234567 (casa)' } });
    await submit();
    expect(submitted()[0].subject).toEqual({ phone: '333-1234567 (casa)' });
  });

  it('lists the needs shops use most first: loneliness, then an elderly person to look after', async () => {
    mockApi(async (input) => reportFor(input));
    await renderPage();
    const needs = screen.getAllByRole('checkbox').map((box) => box.getAttribute('data-testid')).filter((id) => id?.startsWith('need-'));
    expect(needs.slice(0, 2)).toEqual(['need-LONELINESS', 'need-ELDERLY_CARE']);
  });

  it('sends an EMERGENCY with only the urgency, the neighbourhood and a line of what was seen', async () => {
    mockApi(async (input) => reportFor(input));
    await renderPage();
    fireEvent.click(screen.getByTestId('urgency-EMERGENCY'));
    fireEvent.change(screen.getByTestId('flag-description'), { target: { value: 'Un uomo a terra davanti al negozio' } });
    expect(document.getElementById('flag-needs-hint')?.textContent).toContain('In emergenza puoi saltare questa domanda');
    await submit();
    expect(screen.queryByTestId('flag-error-summary')).toBeNull();
    expect(submitted()[0]).toMatchObject({ urgency: 'EMERGENCY', needs: [], ageBand: 'UNKNOWN', consentToContact: false, neighbourhoodCode: 'crocetta', description: 'Un uomo a terra davanti al negozio' });
    expect(await screen.findByTestId('flag-confirmation')).toBeTruthy();
  });

  it("says on the confirmation who is responsible, by when, and the desk's number to call", async () => {
    mockApi(async (input) => ({
      ...reportFor(input),
      ownerDesk: { name: 'Sportello sociale di quartiere Crocetta', phone: '02 0000 9101', hours: 'lun-ven 9-12' },
      nextStep: { acceptBy: '2026-03-04T08:00:00.000Z' },
    }));
    await renderPage();
    fillValid();
    await submit();
    const next = await screen.findByTestId('flag-next-step');
    expect(next.textContent).toContain('Da adesso ne è responsabile lo Sportello sociale di quartiere Crocetta.');
    expect(next.textContent).toContain('Entro il 4 mar 2026, 09:00');
    expect(screen.getByTestId('flag-desk-phone').getAttribute('href')).toBe('tel:0200009101');
    expect(screen.getByTestId('flag-desk-contact').textContent).toContain('lun-ven 9-12');
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

  it('retries by itself after 10 seconds (backing off after that) and when the browser is back online', async () => {
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
      jest.advanceTimersByTime(RETRY_INTERVAL_MS * (1 + RETRY_JITTER));
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

  it("waits as long as the system asks (Retry-After) before trying again", async () => {
    let calls = 0;
    mockApi(async (input) => {
      calls += 1;
      if (calls === 1) throw new ApiError('riprova', 'UNAVAILABLE', undefined, [], true, 60);
      return reportFor(input);
    });
    await renderPage();
    jest.useFakeTimers();
    fillValid();
    await submit();
    await act(async () => {
      jest.advanceTimersByTime(RETRY_INTERVAL_MS * (1 + RETRY_JITTER));
    });
    expect(submitted()).toHaveLength(1);
    await act(async () => {
      jest.advanceTimersByTime(60_000 * (1 + RETRY_JITTER));
    });
    expect(submitted()).toHaveLength(2);
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
    expect(liveRegion(error)).toBeNull();
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

describe('FlagPage retries never duplicate a report', () => {
  it('keeps a report queued, with its id, when the server says "too many requests" or "unavailable"', async () => {
    const answers: (() => never | void)[] = [
      () => {
        throw rateLimited();
      },
      () => {
        throw unavailable();
      },
      () => {
        throw rateLimited();
      },
    ];
    mockApi(async (input) => {
      answers.shift()?.();
      return reportFor(input);
    });
    await renderPage();
    fillValid();
    await submit();

    // The first attempt was put off: the report waits, it is not refused.
    expect(await screen.findByTestId('flag-queued')).toBeTruthy();
    expect(screen.queryByTestId('flag-server-error')).toBeNull();
    const [first] = submitted();
    expect(storedQueue().map((item) => item.input.id)).toEqual([first.id]);

    for (const attempts of [2, 3]) {
      await act(async () => {
        fireEvent.click(screen.getByTestId('flag-retry'));
      });
      expect(storedQueue().map((item) => [item.input.id, item.attempts])).toEqual([[first.id, attempts]]);
      expect(screen.queryByRole('button', { name: 'Riapri nel modulo' })).toBeNull();
    }

    await act(async () => {
      fireEvent.click(screen.getByTestId('flag-retry'));
    });
    expect(await screen.findByTestId('flag-confirmation')).toBeTruthy();
    expect(submitted().map((input) => input.id)).toEqual([first.id, first.id, first.id, first.id]);
    expect(window.sessionStorage.getItem(PENDING_KEY)).toBeNull();
  });

  it('a refused waiting report reopened in the form is sent again with its own id; only a new report gets a new id', async () => {
    const waiting: PendingReport = {
      input: { id: '6f1c1f57-6a4e-4c3b-9f0e-0d8a2b1e7c11', neighbourhoodCode: 'balsamo', needs: ['HOUSING'], urgency: 'HIGH', ageBand: 'AGE_35_64', description: 'Sfratto imminente.', consentToContact: false, doNotContact: false },
      queuedAt: '2026-03-10T08:00:00Z',
      attempts: 3,
    };
    window.sessionStorage.setItem(PENDING_KEY, JSON.stringify([waiting]));
    let refuse = true;
    mockApi(async (input) => {
      if (refuse) throw new ApiError('Non consentito / Not allowed', 'FORBIDDEN', undefined, [], false);
      return reportFor(input);
    });
    await renderPage();

    // The retry on opening was refused: it left the queue and waits for a decision.
    const reopen = await screen.findByRole('button', { name: 'Riapri nel modulo' });
    expect(window.sessionStorage.getItem(PENDING_KEY)).toBeNull();
    refuse = false;
    fireEvent.click(reopen);
    expect(screen.getByTestId<HTMLTextAreaElement>('flag-description').value).toBe('Sfratto imminente.');
    fireEvent.change(screen.getByTestId('flag-description'), { target: { value: 'Sfratto imminente, a fine mese.' } });
    await submit();

    expect(submitted().map((input) => input.id)).toEqual([waiting.input.id, waiting.input.id]);
    expect(submitted()[1]).toMatchObject({ id: waiting.input.id, description: 'Sfratto imminente, a fine mese.' });
    await screen.findByTestId('flag-confirmation');

    fireEvent.click(screen.getByTestId('flag-new'));
    fillValid();
    await submit();
    const fresh = submitted()[2];
    expect(fresh.id).toMatch(UUID);
    expect(fresh.id).not.toBe(waiting.input.id);
  });

  it('the report on screen, refused on retry, comes back in the form and keeps its id when sent again', async () => {
    let answer: 'network' | 'validation' | 'ok' = 'network';
    mockApi(async (input) => {
      if (answer === 'network') throw networkError();
      if (answer === 'validation') throw new ApiError('Descrizione non valida / Invalid description', 'VALIDATION', 'input.description', [], false);
      return reportFor(input);
    });
    await renderPage();
    fillValid();
    await submit();
    await screen.findByTestId('flag-queued');

    answer = 'validation';
    await act(async () => {
      fireEvent.click(screen.getByTestId('flag-retry'));
    });
    expect(document.activeElement).toBe(screen.getByTestId('flag-server-error'));
    fireEvent.change(screen.getByTestId('flag-description'), { target: { value: 'Non esce di casa da una settimana.' } });

    answer = 'ok';
    await submit();
    const [first, , again] = submitted();
    expect(submitted()).toHaveLength(3);
    expect(again.id).toBe(first.id);
    expect(again.description).toBe('Non esce di casa da una settimana.');
    expect(await screen.findByTestId('flag-confirmation')).toBeTruthy();
  });
});

describe('FlagPage after sign-out', () => {
  /** Offline submit, then a retry whose answer the test holds back. */
  async function queuedWithRetryInFlight() {
    const late = deferred<Report>();
    let call = 0;
    mockApi(async () => {
      call += 1;
      if (call === 1) throw networkError();
      return late.promise;
    });
    const view = await renderPage();
    fillValid();
    await submit();
    await screen.findByTestId('flag-queued');
    expect(storedQueue()).toHaveLength(1);
    await act(async () => {
      fireEvent.click(screen.getByTestId('flag-retry'));
    });
    expect(submitted()).toHaveLength(2);
    return { late, view };
  }

  /** What the logout does to this tab's storage: every prossimo.* key goes. */
  function signOut() {
    window.sessionStorage.clear();
  }

  it('a retry that fails after sign-out does not write the report back', async () => {
    const { late } = await queuedWithRetryInFlight();
    signOut();
    await act(async () => {
      late.reject(networkError());
    });
    expect(window.sessionStorage.getItem(PENDING_KEY)).toBeNull();
    expect(window.sessionStorage.length).toBe(0);

    // Nor do the timer and the "online" event afterwards.
    await act(async () => {
      window.dispatchEvent(new Event('online'));
    });
    expect(window.sessionStorage.length).toBe(0);
  });

  it('nor one put off by the server, nor one that arrives once the page is gone', async () => {
    const first = await queuedWithRetryInFlight();
    signOut();
    await act(async () => {
      first.late.reject(rateLimited());
    });
    expect(window.sessionStorage.length).toBe(0);
    first.view.unmount();

    gqlMock.mockReset();
    window.sessionStorage.setItem(REFRESH_KEY, 'refresh-token');
    const second = await queuedWithRetryInFlight();
    second.view.unmount();
    signOut();
    await act(async () => {
      second.late.reject(networkError());
    });
    expect(window.sessionStorage.length).toBe(0);
  });
});

describe('FlagPage live regions', () => {
  it('announces only the number of waiting reports; the retry button and its changing label stay outside', async () => {
    const late = deferred<Report>();
    let call = 0;
    mockApi(async (input) => {
      call += 1;
      if (call === 1) throw networkError();
      await late.promise;
      return reportFor(input);
    });
    await renderPage();
    const region = screen.getByTestId('flag-pending-live');
    expect(region.getAttribute('role')).toBe('status');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent).toBe('');

    fillValid();
    await submit();
    const count = await screen.findByTestId('flag-pending');
    // The same region, present from the start, now holds only the count.
    expect(screen.getByTestId('flag-pending-live')).toBe(region);
    expect(liveRegion(count)).toBe(region);
    expect(region.textContent).toBe('1 segnalazione in attesa di invio');

    const retry = screen.getByTestId('flag-retry');
    expect(liveRegion(retry)).toBeNull();
    await act(async () => {
      fireEvent.click(retry);
    });
    expect(screen.getByTestId('flag-retry').textContent).toBe('Invio in corso…');
    expect(liveRegion(screen.getByTestId('flag-retry'))).toBeNull();
    expect(region.textContent).toBe('1 segnalazione in attesa di invio');

    // The queued panel gets the focus: it is not a live region either.
    expect(liveRegion(screen.getByTestId('flag-queued'))).toBeNull();
    await act(async () => {
      late.resolve(reportFor(submitted()[0]));
    });
    expect(await screen.findByTestId('flag-confirmation')).toBeTruthy();
  });

  it('the error summary gets the focus and is not a live region', async () => {
    mockApi(async (input) => reportFor(input));
    await renderPage();
    await submit();
    const summary = screen.getByTestId('flag-error-summary');
    expect(document.activeElement).toBe(summary);
    expect(summary.getAttribute('tabindex')).toBe('-1');
    expect(liveRegion(summary)).toBeNull();
    expect(summary.querySelector('[role], [aria-live]')).toBeNull();
  });
});

describe('FlagPage emergency advice', () => {
  function fillEmergency() {
    fillValid();
    fireEvent.click(screen.getByTestId('urgency-EMERGENCY'));
  }

  it('gives the emergency advice in English, not the API’s Italian text', async () => {
    mockApi(async (input) => reportFor(input, 'Se la persona è in pericolo chiama subito il 112.'));
    await renderPage('en');
    fillEmergency();
    await submit();
    await screen.findByTestId('flag-confirmation');
    const advice = screen.getByTestId('flag-advice');
    expect(advice.textContent).toContain('If the person is in danger now, call 112 at once.');
    expect(advice.textContent).not.toContain('pericolo');
    expect(screen.getByTestId('emergency-112')).toBeTruthy();
  });

  it('gives it in Italian too, even when the API sends none', async () => {
    mockApi(async (input) => reportFor(input));
    await renderPage();
    fillEmergency();
    await submit();
    await screen.findByTestId('flag-confirmation');
    expect(screen.getByTestId('flag-advice').textContent).toContain('Se la persona è in pericolo adesso, chiama subito il 112.');
  });

  it('uses what was sent: an emergency sent from the queue gets it as well', async () => {
    let online = false;
    mockApi(async (input) => {
      if (!online) throw networkError();
      return reportFor(input, 'Chiama il 112.');
    });
    await renderPage('en');
    fillEmergency();
    await submit();
    await screen.findByTestId('flag-queued');
    online = true;
    await act(async () => {
      fireEvent.click(screen.getByTestId('flag-retry'));
    });
    await screen.findByTestId('flag-confirmation');
    expect(screen.getByTestId('flag-advice').textContent).toContain('If the person is in danger now, call 112 at once.');
  });

  it('for other urgencies shows the API’s advice only when there is one', async () => {
    mockApi(async (input) => reportFor(input, 'Passa a trovarla domani / Drop by tomorrow'));
    await renderPage('en');
    fillValid();
    await submit();
    await screen.findByTestId('flag-confirmation');
    expect(screen.getByTestId('flag-advice').textContent).toContain('Drop by tomorrow');
    expect(screen.queryByTestId('emergency-112')).toBeNull();

    gqlMock.mockReset();
    mockApi(async (input) => reportFor(input));
    fireEvent.click(screen.getByTestId('flag-new'));
    fillValid();
    await submit();
    await screen.findByTestId('flag-confirmation');
    expect(screen.queryByTestId('flag-advice')).toBeNull();
  });
});
