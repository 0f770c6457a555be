/// <reference lib="dom" />
import { randomUUID } from 'node:crypto';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { RunningSystem, waitFor } from '@prossimo/testing';
import { join } from 'node:path';
import { ARTIFACTS, DESKTOP, launchChromium, newContext, screenshot, seriousA11yViolations, signIn } from './browser';

interface ApiReferral {
  id: string;
  reportId: string;
  urgency: string;
  status: string;
  dueAt: string | null;
  createdAt: string;
}

const URGENCY_RANK: Record<string, number> = { EMERGENCY: 0, HIGH: 1, MEDIUM: 2, LOW: 3 };

/**
 * Issue 13, the cooperative's operator at the office (1366×900), walked in headless Chromium on
 * the running system: the card says what the antenna's report needs, how old the person is and
 * what the desk adds before accepting; accepting keeps the card in view with what the antenna saw
 * and the contact panel, takes a place of the service (unit shown), and is not echoed back as «una
 * richiesta è stata aggiornata»; the inbox is ordered by deadline, then urgency, in one wording;
 * a person without consent goes through the desk: the operator asks, the social desk makes the
 * first contact and hands it over from the report page, and they write to each other in the
 * referral's thread. axe-core on every page; screenshots in test-artifacts/screenshots.
 */
export function cooperativeSuite(system: () => RunningSystem): void {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  const OFFICE = { ...DESKTOP, viewport: { width: 1366, height: 900 } };

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
  });

  async function open(): Promise<Page> {
    const context = await newContext(browser, system().url, OFFICE);
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (err) => pageErrors.push(`${page.url()}: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error' && /Content Security Policy/.test(msg.text())) pageErrors.push(`${page.url()}: ${msg.text().slice(0, 200)}`);
    });
    return page;
  }

  /** axe-core finds no serious or critical violation; the page is saved as a screenshot. */
  async function check(page: Page, name: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(() => ![...document.querySelectorAll('[role="status"]')].some((e) => e.textContent?.includes('Caricamento')), undefined, { timeout: 30_000 });
    await screenshot(page, name);
    expect({ page: name, violations: await seriousA11yViolations(page) }).toEqual({ page: name, violations: [] });
  }

  /** A report flagged by the bakery over the API; resolves with its referral once routed. */
  async function flag(over: Record<string, unknown>): Promise<ApiReferral> {
    const sys = system();
    const input = {
      id: randomUUID(), neighbourhoodCode: 'crocetta', needs: ['LONELINESS'], urgency: 'MEDIUM', ageBand: 'AGE_80_PLUS',
      description: 'La signora del terzo piano non esce da giorni e non risponde al citofono', consentToContact: true,
      subject: { name: 'Maria Colombo', phone: '+39 02 5555 0101', address: 'Via Cadorna 3' }, ...over,
    };
    const res = await sys.gql('mutation($input: SubmitReportInput!) { submitReport(input: $input) { id } }', { input }, await sys.login('antenna@prossimo.example'));
    expect(res.errors).toBeUndefined();
    const operator = await sys.login('operatore@prossimo.example');
    return waitFor(async () => {
      const r = await sys.gql<{ referrals: { nodes: ApiReferral[] } }>('{ referrals(first: 100) { nodes { id reportId urgency status dueAt createdAt } } }', {}, operator);
      return r.data?.referrals.nodes.find((n) => n.reportId === input.id);
    }, 30_000, `the referral of report ${input.id}`);
  }

  /** Records every text the inbox's live region shows, from now on. */
  async function recordLive(page: Page): Promise<void> {
    await page.evaluate(() => {
      const w = window as unknown as { liveTexts: string[] };
      w.liveTexts = [];
      const region = document.querySelector('[data-testid="inbox-live"]')!;
      new MutationObserver(() => w.liveTexts.push(region.textContent ?? '')).observe(region, { childList: true, subtree: true, characterData: true });
    });
  }
  const liveTexts = (page: Page) => page.evaluate(() => (window as unknown as { liveTexts: string[] }).liveTexts);

  it('the card tells the operator what he needs before accepting; accepting keeps it in view with what was seen, the contact panel and the place taken, and is not echoed back', async () => {
    const referral = await flag({ urgency: 'HIGH', ageBand: 'AGE_80_PLUS' });

    // The social desk adds a line of context for organisations, on the report page, warned not to identify the person.
    const social = await open();
    await signIn(social, 'sociale@prossimo.example');
    await social.goto(`/segnalazioni/${referral.reportId}`);
    await social.getByTestId('org-context-text').waitFor({ timeout: 30_000 });
    expect(await social.getByTestId('org-context').innerText()).toMatch(/Non scrivere nome, indirizzo, telefono/);
    await social.getByTestId('org-context-text').fill('Vive con la figlia, che lavora di giorno: meglio passare al mattino');
    await social.getByTestId('org-context-save').click();
    await waitFor(async () => /Nota per gli enti salvata/.test(await social.getByTestId('report-message').innerText()), 15_000, 'the note saved');
    await check(social, '24-social-report-org-context');
    await social.getByTestId('org-context').screenshot({ path: join(ARTIFACTS, '24a-social-org-context-card.png') });

    const operator = await open();
    await signIn(operator, 'operatore@prossimo.example');
    await operator.waitForURL('**/inbox');
    const card = operator.getByTestId(`referral-${referral.id}`);
    await card.waitFor({ timeout: 30_000 });
    await operator.getByTestId(`context-${referral.id}`).waitFor({ timeout: 15_000 });
    const before = await card.innerText();
    expect(before).toContain('80 anni e oltre');
    expect(before).toContain('Vive con la figlia, che lavora di giorno');
    expect(before).toMatch(/Da accettare\s+scade tra [34] ore/);
    expect(before).toMatch(/\d+ su 60 posti disponibili/);
    expect(before).not.toContain('non esce da giorni'); // what the antenna saw: only once accepted
    expect(before).not.toMatch(/\b\d+ h\b|\b\d+ min\b/); // one wording: words, not abbreviations
    await check(operator, '13-org-card-before-accept');

    // Ordered by deadline, then urgency.
    const token = await system().login('operatore@prossimo.example');
    const listed = (await system().gql<{ referrals: { nodes: ApiReferral[] } }>('{ referrals(status: [REQUESTED], first: 100) { nodes { id reportId urgency status dueAt createdAt } } }', {}, token)).data!.referrals.nodes;
    const due = (r: ApiReferral) => (r.dueAt ? Date.parse(r.dueAt) : Number.POSITIVE_INFINITY);
    const expected = [...listed].sort((a, b) => due(a) - due(b) || URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency] || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    const shown = await operator.locator('[data-testid="inbox-list"] > li').evaluateAll((items) => items.map((li) => li.getAttribute('data-testid')!.replace('referral-', '')));
    expect(shown.filter((id) => expected.some((r) => r.id === id))).toEqual(expected.map((r) => r.id).filter((id) => shown.includes(id)));

    // Accept on "Da valutare": the card stays, with what was seen, the contact panel, and the place taken.
    await recordLive(operator);
    const placesBefore = Number((await operator.getByTestId(`places-${referral.id}`).innerText()).match(/^(\d+)/)![1]);
    await operator.getByTestId(`accept-${referral.id}`).click();
    await waitFor(async () => /Accettata/.test(await operator.getByTestId(`referral-status-${referral.id}`).innerText().catch(() => '')), 15_000, 'the card to show it accepted');
    expect(await operator.getByTestId('inbox-status').innerText()).toBe(`Richiesta accettata. Occupa un posto del servizio: ora ${placesBefore - 1} su 60 posti disponibili.`);
    await operator.getByTestId(`seen-${referral.id}`).waitFor({ timeout: 15_000 });
    expect(await operator.getByTestId(`seen-${referral.id}`).innerText()).toContain('La signora del terzo piano non esce da giorni');
    expect(await card.innerText()).toMatch(/Primo contatto\s+scade tra 2[34] ore/);
    await operator.getByTestId(`reveal-${referral.id}`).click();
    await operator.getByTestId(`contact-${referral.id}`).waitFor();
    expect(await operator.getByTestId(`contact-${referral.id}`).innerText()).toContain('Maria Colombo');
    // The accepted card is still there after the reload the move set off, on top where he is looking.
    await operator.waitForLoadState('networkidle');
    expect(await card.count()).toBe(1);
    expect(await operator.locator('[data-testid="inbox-list"] > li').first().getAttribute('data-testid')).toBe(`referral-${referral.id}`);
    await check(operator, '14-org-card-accepted');

    // Events arrive in order: once a later referral is announced, the accept's own event has been and gone, unannounced.
    const next = await flag({ needs: ['FOOD'], urgency: 'LOW' });
    await operator.getByTestId(`referral-${next.id}`).waitFor({ timeout: 30_000 });
    await waitFor(async () => (await liveTexts(operator)).includes('Nuova richiesta arrivata'), 15_000, 'the new referral announced');
    expect(await liveTexts(operator)).not.toContain('Una richiesta è stata aggiornata');
  });

  it('without consent: the card says so before accepting; the operator asks the desk, the desk hands the contact over, and they write to each other', async () => {
    const referral = await flag({ consentToContact: false, ageBand: 'AGE_65_79', needs: ['ELDERLY_CARE'], subject: undefined });

    const operator = await open();
    await signIn(operator, 'operatore@prossimo.example');
    await operator.waitForURL('**/inbox');
    const card = operator.getByTestId(`referral-${referral.id}`);
    await card.waitFor({ timeout: 30_000 });
    const notice = operator.getByTestId(`first-contact-${referral.id}`);
    expect(await notice.innerText()).toContain('La persona non ha dato il consenso: il primo contatto passa dallo sportello.');
    expect(await notice.innerText()).toContain('parte solo quando lo sportello vi passa il contatto');
    expect(await card.innerText()).toContain('65–79 anni');
    await check(operator, '15-org-card-no-consent');

    await operator.getByTestId(`accept-${referral.id}`).click();
    await operator.getByTestId(`ask-desk-${referral.id}`).waitFor({ timeout: 15_000 });
    expect(await operator.getByTestId(`reveal-${referral.id}`).count()).toBe(0);
    expect(await operator.getByTestId(`due-${referral.id}`).innerText()).toBe('la scadenza parte quando lo sportello vi passa il contatto');
    await operator.getByTestId(`ask-desk-${referral.id}`).click();
    await waitFor(async () => /Avete chiesto il primo contatto allo sportello/.test(await notice.innerText()), 15_000, 'the request recorded');
    expect(await operator.getByTestId('inbox-status').innerText()).toContain('lo sportello farà il primo contatto');
    await check(operator, '16-org-asked-desk');
    await recordLive(operator);

    // The social desk: the alert, the hand-over on the report page, and a message to the organisation.
    const social = await open();
    await signIn(social, 'sociale@prossimo.example');
    await social.goto(`/segnalazioni/${referral.reportId}`);
    await social.getByTestId(`desk-alert-first-contact-requested-${referral.reportId}`).waitFor({ timeout: 30_000 });
    await social.getByTestId(`hand-over-${referral.id}`).click();
    await waitFor(async () => /Contatto passato all'ente/.test(await social.getByTestId(`first-contact-desk-${referral.id}`).innerText()), 15_000, 'the hand-over recorded');
    await social.getByTestId(`thread-toggle-${referral.id}`).click();
    await social.getByTestId(`thread-text-${referral.id}`).fill('La signora vi aspetta martedì alle 10 allo sportello di Crocetta.');
    await social.getByTestId(`thread-send-${referral.id}`).click();
    await social.getByTestId(`thread-messages-${referral.id}`).waitFor({ timeout: 15_000 });
    await check(social, '23-social-report-hand-over-thread');
    await social.getByTestId(`referral-story-${referral.id}`).screenshot({ path: join(ARTIFACTS, '23a-social-referral-hand-over-thread.png') });

    // The operator's open inbox hears of the hand-over by itself; the first-contact deadline now runs.
    await waitFor(async () => (await liveTexts(operator)).includes('Lo sportello vi ha passato un contatto'), 30_000, 'the hand-over announced');
    await waitFor(async () => /Lo sportello vi ha passato il contatto/.test(await notice.innerText()), 15_000, 'the card to show the hand-over');
    expect(await operator.getByTestId(`due-${referral.id}`).innerText()).toMatch(/^scade tra [45] giorni$/);
    await operator.getByTestId(`thread-toggle-${referral.id}`).click();
    await waitFor(async () => /martedì alle 10/.test(await operator.getByTestId(`thread-${referral.id}`).innerText()), 15_000, "the desk's message");
    await operator.getByTestId(`thread-text-${referral.id}`).fill('Grazie, ci saremo.');
    await operator.getByTestId(`thread-send-${referral.id}`).click();
    await waitFor(async () => /Grazie, ci saremo/.test(await operator.getByTestId(`thread-messages-${referral.id}`).innerText()), 15_000, 'the reply shown');
    await check(operator, '17-org-handed-over-thread');

    // The desk reads the reply (closing and opening the thread reads it again).
    await social.getByTestId(`thread-toggle-${referral.id}`).click();
    await social.getByTestId(`thread-toggle-${referral.id}`).click();
    await waitFor(async () => /Grazie, ci saremo/.test(await social.getByTestId(`thread-${referral.id}`).innerText()), 15_000, "the organisation's reply");
    const desk = await social.getByTestId(`thread-messages-${referral.id}`).innerText();
    expect(desk).toMatch(/Voi[\s\S]*martedì alle 10[\s\S]*Ente[\s\S]*Grazie, ci saremo/);
  });
}
