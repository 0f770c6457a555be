/// <reference lib="dom" />
import { randomUUID } from 'node:crypto';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { query, RunningSystem, waitFor } from '@prossimo/testing';
import { DESKTOP, launchChromium, newContext, PHONE, screenshot, seriousA11yViolations, signIn } from './browser';

/**
 * The web app in real headless Chromium, against the system the surrounding suite started as a
 * user starts it (so it is started once for the API and the browser tests). A shop flags on a
 * phone; the organisation sees the referral arrive live, accepts and completes it; the shop sees
 * "chiusa"; the city's dashboard counters move. axe-core checks every page; each page is saved
 * as a screenshot in test-artifacts/screenshots.
 */
export function webAppSuite(system: () => RunningSystem): void {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pagesChecked: string[] = [];
  /** Script errors in any page, and CSP refusals: both must stay empty. */
  const pageErrors: string[] = [];

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

  async function open(device: typeof PHONE | typeof DESKTOP): Promise<Page> {
    const context = await newContext(browser, system().url, device);
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
    // Checked once loaded: no "Caricamento…" left anywhere on the page.
    await page.waitForFunction(() => ![...document.querySelectorAll('[role="status"]')].some((e) => e.textContent?.includes('Caricamento')), undefined, { timeout: 30_000 });
    await screenshot(page, name);
    expect({ page: name, violations: await seriousA11yViolations(page) }).toEqual({ page: name, violations: [] });
    pagesChecked.push(name);
  }

  /**
   * Taps a choice tile as a person does: on its label (the input itself is visually hidden), then
   * checks that it took.
   */
  async function tap(page: Page, testId: string): Promise<void> {
    const input = page.getByTestId(testId);
    const id = await input.getAttribute('id');
    await page.locator(`label[for="${id}"]`).click();
    await waitFor(() => input.isChecked(), 10_000, `${testId} to be checked`, 100);
  }

  const visibleNumber = async (page: Page, testId: string): Promise<number> => Number(((await page.getByTestId(testId).innerText()).match(/[\d.]+/)?.[0] ?? 'NaN').replace(/\./g, ''));

  it('serves the web app at / with a strict content security policy, and the login page is accessible', async () => {
    const page = await open(PHONE);
    const response = await page.goto('/');
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    // A resident meets the public home (issue 15); sign-in is a link in the header.
    await page.getByTestId('home-points').waitFor();
    await page.getByTestId('header-login').click();
    await page.waitForURL('**/login');
    // The URL changes before React renders the new page: wait for the heading itself, not the first h1 found.
    await page.getByRole('heading', { level: 1, name: 'Accedi a Prossimo' }).waitFor();
    await check(page, '01-login-phone');
    // English by the switch.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in to Prossimo' }).waitFor();
    await page.getByRole('button', { name: 'Italiano' }).click();
  });

  it('flag on a phone → the organisation sees it live, accepts and completes → the shop sees "chiusa" → the dashboard moved', async () => {
    const sys = system();
    // The organisation's inbox and the city's dashboard are open before the flag is raised.
    const operator = await open(DESKTOP);
    await signIn(operator, 'operatore@prossimo.example');
    await operator.waitForURL('**/inbox');
    await check(operator, '10-org-inbox');

    const analyst = await open(DESKTOP);
    await signIn(analyst, 'analista@prossimo.example');
    await analyst.waitForURL('**/dashboard');
    await analyst.getByTestId('reports-total').waitFor();
    const totalBefore = await visibleNumber(analyst, 'reports-total');
    expect(totalBefore).toBeGreaterThan(100);
    expect(await analyst.getByTestId('unowned-reports').innerText()).toMatch(/\b0\b/);
    await check(analyst, '30-dashboard');

    // The shop, on a phone.
    const shop = await open(PHONE);
    await signIn(shop, 'antenna@prossimo.example');
    await shop.waitForURL('**/segnala');
    await shop.getByTestId('flag-form').waitFor();
    await check(shop, '02-flag-form-phone');

    // Choosing "emergenza" puts "Chiama subito il 112" first.
    await tap(shop, 'urgency-EMERGENCY');
    expect(await shop.getByTestId('emergency-112').innerText()).toContain('112');
    await screenshot(shop, '03-flag-emergency-phone');
    await tap(shop, 'urgency-MEDIUM');
    expect(await shop.getByTestId('emergency-112').count()).toBe(0);

    // Submitting empty says which fields are missing, and sends nothing.
    await shop.getByTestId('flag-submit').click();
    await shop.getByTestId('flag-error-summary').waitFor();
    expect(await shop.getByTestId('flag-error-summary').innerText()).toMatch(/bisogno|urgen/i);
    expect(await shop.getByTestId('flag-confirmation').count()).toBe(0);

    await tap(shop, 'need-LONELINESS');
    await tap(shop, 'age-AGE_80_PLUS');
    await shop.getByTestId('flag-description').fill('La signora del terzo piano non esce da giorni e non risponde al citofono');
    await tap(shop, 'consent-no');
    await shop.getByTestId('flag-submit').click();
    await shop.getByTestId('flag-confirmation').waitFor({ timeout: 30_000 });
    await check(shop, '04-flag-confirmation-phone');

    // Which report was it: the newest of the shop's own.
    const antennaToken = await sys.login('antenna@prossimo.example');
    const mine = await sys.gql<{ myReports: { nodes: { id: string; description?: string; submittedAt: string }[] } }>('{ myReports(first: 1) { nodes { id submittedAt } } }', {}, antennaToken);
    const reportId = mine.data!.myReports.nodes[0].id;

    // The organisation sees the referral arrive without reloading.
    const operatorToken = await sys.login('operatore@prossimo.example');
    const referral = await waitFor(async () => {
      const r = await sys.gql<{ referrals: { nodes: { id: string; reportId: string }[] } }>('{ referrals(first: 100) { nodes { id reportId } } }', {}, operatorToken);
      return r.data?.referrals.nodes.find((n) => n.reportId === reportId);
    }, 30_000, 'the referral to be created');
    await operator.getByTestId(`referral-${referral.id}`).waitFor({ timeout: 30_000 });
    await screenshot(operator, '11-org-inbox-new-referral');
    // "Tutte": the referral stays in view as it moves from "da valutare" to "in corso".
    await operator.getByTestId('inbox-tab-all').click();
    await operator.getByTestId(`accept-${referral.id}`).click();
    await operator.getByTestId(`start-${referral.id}`).click();
    await operator.getByTestId(`complete-${referral.id}`).click();
    await operator.getByTestId(`outcome-${referral.id}`).fill('Visite settimanali avviate con i volontari');
    await operator.getByTestId(`complete-confirm-${referral.id}`).click();
    await waitFor(async () => /Conclusa/.test(await operator.getByTestId(`referral-status-${referral.id}`).innerText().catch(() => '')), 30_000, 'the referral to show as completed');

    // The shop sees "chiusa" among its reports.
    await shop.goto('/mie-segnalazioni');
    await waitFor(async () => {
      const status = shop.getByTestId(`my-report-status-${reportId}`);
      if ((await status.count()) && /chiusa/i.test(await status.innerText())) return true;
      await shop.getByRole('button', { name: 'Aggiorna' }).click();
      return false;
    }, 60_000, 'the shop to see "chiusa"', 1000);
    await check(shop, '05-my-reports-phone');

    // The dashboard moved by itself (live), and nobody's report is without an owner.
    await waitFor(async () => (await visibleNumber(analyst, 'reports-total')) > totalBefore, 60_000, 'the dashboard total to move', 1000);
    expect(await analyst.getByTestId('unowned-reports').innerText()).toMatch(/\b0\b/);
    await screenshot(analyst, '31-dashboard-after');
    const rows = await query(sys.dbUrl('reports'), 'SELECT 1 FROM reports WHERE id = $1', [reportId]);
    expect(rows).toHaveLength(1);
  });

  it('a submit whose answer is lost is retried with the same id and never doubled', async () => {
    const sys = system();
    const shop = await open(PHONE);
    await signIn(shop, 'antenna@prossimo.example');
    await shop.getByTestId('flag-form').waitFor();
    // The first submit reaches the server, but its answer is lost on the way back.
    let dropped = 0;
    await shop.route('**/graphql', async (route) => {
      if (dropped === 0 && route.request().postData()?.includes('submitReport')) {
        dropped += 1;
        await route.fetch();
        await route.abort('connectionreset');
        return;
      }
      await route.continue();
    });
    await tap(shop, 'need-FOOD');
    await tap(shop, 'urgency-HIGH');
    await tap(shop, 'age-AGE_35_64');
    await shop.getByTestId('flag-description').fill('Una famiglia con due bambini chiede aiuto per la spesa');
    await tap(shop, 'consent-no');
    await shop.getByTestId('flag-submit').click();
    await shop.getByTestId('flag-pending').waitFor({ timeout: 15_000 });
    const pending = await shop.evaluate(() => window.sessionStorage.getItem('prossimo.pending-reports'));
    expect(pending).toContain('Una famiglia');
    const id = (JSON.parse(pending!) as { input?: { id: string }; id?: string }[]).map((p) => p.input?.id ?? p.id)[0];
    await shop.getByTestId('flag-confirmation').waitFor({ timeout: 60_000 });
    expect(dropped).toBe(1);
    expect(await query(sys.dbUrl('reports'), 'SELECT id FROM reports WHERE id = $1', [id])).toHaveLength(1);
    expect(['null', '[]']).toContain(String(await shop.evaluate(() => window.sessionStorage.getItem('prossimo.pending-reports'))));

    // Logging out drops everything the tab kept.
    await shop.getByRole('button', { name: 'Esci' }).click();
    await shop.waitForURL('**/login');
    expect(await shop.evaluate(() => Object.keys(window.sessionStorage).filter((k) => k.startsWith('prossimo.')))).toEqual([]);
  });

  it('the social desk, the inbox capacity page and the admin pages pass axe-core', async () => {
    const social = await open(DESKTOP);
    await signIn(social, 'sociale@prossimo.example');
    await social.waitForURL('**/triage');
    const firstReport = social.locator('a[href^="/segnalazioni/"]').first();
    await firstReport.waitFor({ timeout: 30_000 });
    await check(social, '20-social-triage');
    // An emergency flagged now reaches the open triage page by itself, as an alert for the desk.
    const sys = system();
    const emergencyId = randomUUID();
    const flagged = await sys.gql<{ submitReport: { id: string } }>(
      'mutation($input: SubmitReportInput!) { submitReport(input: $input) { id } }',
      { input: { id: emergencyId, neighbourhoodCode: 'crocetta', needs: ['MENTAL_HEALTH'], urgency: 'EMERGENCY', ageBand: 'AGE_35_64', description: 'Un uomo in strada dice di volersi fare del male', consentToContact: false } },
      await sys.login('antenna@prossimo.example'),
    );
    expect(flagged.errors).toBeUndefined();
    const alert = social.getByTestId(`desk-alert-emergency-${emergencyId}`);
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.innerText()).toContain('112');
    await screenshot(social, '22-social-triage-emergency-alert');
    await firstReport.click();
    await social.waitForURL('**/segnalazioni/**');
    await social.getByTestId('report-status').waitFor({ timeout: 30_000 });
    await check(social, '21-social-report');

    const operator = await open(DESKTOP);
    await signIn(operator, 'operatore@prossimo.example');
    await operator.goto('/servizi');
    await check(operator, '12-org-capacity');

    const admin = await open(DESKTOP);
    await signIn(admin, 'admin@prossimo.example');
    for (const [path, name] of [
      ['/admin/antenne', '40-admin-antennas'],
      ['/admin/organizzazioni', '41-admin-organisations'],
      ['/admin/account', '42-admin-accounts'],
      ['/admin/importa', '43-admin-import'],
      ['/admin/conservazione', '44-admin-retention'],
    ]) {
      await admin.goto(path);
      await admin.getByRole('heading', { level: 1 }).waitFor();
      await check(admin, name);
    }
    // The page an invitation link opens (public; the token travels in the fragment).
    const invited = await open(PHONE);
    await invited.goto('/invito#token=not-a-real-token');
    await invited.getByLabel(/Nuova password/).waitFor();
    await check(invited, '50-accept-invitation-phone');
    expect(pagesChecked.length).toBeGreaterThanOrEqual(15);
  });
}
