/// <reference lib="dom" />
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_BAKERY_ID } from '@prossimo/demo';
import { RunningSystem, query, waitFor } from '@prossimo/testing';
import { ARTIFACTS, launchChromium, newContext, PHONE, screenshot, seriousA11yViolations, signIn } from './browser';

/** The analyst's and the administrator's desk (PEOPLE.md: a desktop at 1366×900). */
const WIDE = { viewport: { width: 1366, height: 900 } };

/**
 * Issue 13, «Signing in, for a 65-year-old» and «The analyst and the admin», walked in headless
 * Chromium against the running system:
 * - the administrator invites a baker: a code to read out and a printable card with a QR code;
 *   the baker, on her phone, enters the e-mail and the code, chooses her password, asks to be
 *   remembered, stays signed in across tabs; changes her password; the administrator sees her
 *   remembered device and signs her out of every device; «password dimenticata» says whom to ask;
 * - the analyst reads neighbourhood names on the map, a legend that says what «—» means, tables
 *   that fit the screen, a CSV for Italian Excel from a button, and a period picker that offers
 *   only what the API accepts;
 * - the administrator places an antenna on the map (mouse and keyboard), edits an organisation and
 *   a service, sees the RUNTS trap at once, downloads the import template and reads import
 *   problems in Italian.
 */
export function accessAndAnalystSuite(system: () => RunningSystem): void {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
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

  async function openContext(device: typeof PHONE | typeof WIDE): Promise<BrowserContext> {
    const context = await newContext(browser, system().url, device);
    contexts.push(context);
    return context;
  }

  async function pageIn(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', (err) => pageErrors.push(`${page.url()}: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error' && /Content Security Policy/.test(msg.text())) pageErrors.push(`${page.url()}: ${msg.text().slice(0, 200)}`);
    });
    return page;
  }

  const open = async (device: typeof PHONE | typeof WIDE) => pageIn(await openContext(device));

  async function check(page: Page, name: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(() => ![...document.querySelectorAll('[role="status"]')].some((e) => e.textContent?.includes('Caricamento')), undefined, { timeout: 30_000 });
    await screenshot(page, name);
    expect({ page: name, violations: await seriousA11yViolations(page) }).toEqual({ page: name, violations: [] });
  }

  describe('signing in, for a 65-year-old', () => {
    const email = `rosa-${randomUUID().slice(0, 6)}@forno.example`;
    let code = '';

    it('the administrator invites a baker of the antenna: a code to read out and a printable card with a QR code, no password', async () => {
      const admin = await open(WIDE);
      await signIn(admin, 'admin@prossimo.example');
      await admin.goto('/admin/antenne');
      await admin.getByTestId(`antenna-members-${DEMO_BAKERY_ID}`).click();
      const panel = admin.getByTestId('antenna-members-panel');
      await panel.waitFor();
      // Nobody dictates a password any more.
      expect(await panel.locator('input[type="password"]').count()).toBe(0);
      await admin.getByTestId('member-name').fill('Rosa Bianchi');
      await admin.getByTestId('member-email').fill(email);
      await admin.getByTestId('member-submit').click();
      const card = admin.getByTestId('invitation-card');
      await card.waitFor({ timeout: 30_000 });
      code = (await admin.getByTestId('invitation-card-code').innerText()).trim();
      expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
      expect(await admin.getByTestId('invitation-card-email').innerText()).toBe(email);
      // The QR code is drawn here, as SVG: many dark modules, no image fetched from anywhere.
      expect((await admin.getByTestId('invitation-qr').locator('path').getAttribute('d'))?.length ?? 0).toBeGreaterThan(500);
      expect(await card.locator('img').count()).toBe(0);
      await check(admin, '60-admin-invite-card');
      // On paper only the card is printed.
      await admin.emulateMedia({ media: 'print' });
      expect(await admin.evaluate(() => getComputedStyle(document.querySelector('[data-testid="member-form"]')!).display)).toBe('none');
      expect(await admin.evaluate(() => getComputedStyle(document.querySelector('[data-testid="invitation-card"]')!).display)).not.toBe('none');
      // First on the page: nothing above it takes room.
      expect(await admin.evaluate(() => document.querySelector('[data-testid="invitation-card"]')!.getBoundingClientRect().top + window.scrollY)).toBeLessThan(40);
      await admin.screenshot({ path: join(ARTIFACTS, '61-admin-invite-card-print.png') });
      await admin.emulateMedia({ media: 'screen' });
    });

    it('the baker, on her phone, enters her e-mail and the code as she types it, chooses a password and is remembered', async () => {
      expect(code).not.toBe('');
      const phone = await openContext(PHONE);
      const baker = await pageIn(phone);
      await baker.goto('/login');
      await check(baker, '62-login-other-ways-phone');
      await baker.getByTestId('login-have-code').click();
      await baker.waitForURL('**/codice');
      await baker.getByTestId('code-email').fill(email.toUpperCase());
      // A wrong code first: said plainly, on the code field.
      await baker.getByTestId('code-code').fill('AAAA AAAA');
      await baker.getByTestId('code-password').fill('pane caldo alle sette');
      await baker.getByTestId('code-repeat').fill('pane caldo alle sette');
      await baker.getByTestId('code-submit').click();
      await baker.getByTestId('code-error').waitFor();
      expect(await baker.getByTestId('code-error').innerText()).toMatch(/codice non è valido o è scaduto/);
      await check(baker, '63-code-wrong-phone');
      // Lower case, a space instead of the dash: as people type a code read out to them.
      await baker.getByTestId('code-code').fill(code.toLowerCase().replace('-', ' '));
      // Tapped on its words, as a person does (the box itself is drawn by the label).
      await baker.locator('label[for="code-trust"]').click();
      expect(await baker.getByTestId('code-trust').isChecked()).toBe(true);
      await baker.getByTestId('code-submit').click();
      await baker.waitForURL('**/segnala', { timeout: 30_000 });
      await baker.getByTestId('flag-form').waitFor();
      // Remembered: the refresh token is in localStorage, not in the tab's sessionStorage.
      const stored = await baker.evaluate(() => ({ local: localStorage.getItem('prossimo.trusted-refresh'), session: sessionStorage.getItem('prossimo.refresh') }));
      expect(stored.local).toBeTruthy();
      expect(stored.session).toBeNull();
      // Another tab of the same browser (the next morning, say): still signed in.
      await baker.close();
      const nextDay = await pageIn(phone);
      await nextDay.goto('/');
      await nextDay.waitForURL('**/segnala', { timeout: 30_000 });
      const account = await query<{ id: string }>(system().dbUrl('gateway'), `SELECT id FROM accounts WHERE email = $1`, [email]);
      expect(account).toHaveLength(1);
      const sessions = await query<{ trusted: boolean }>(system().dbUrl('gateway'), `SELECT trusted FROM sessions WHERE account_id = $1 AND revoked_at IS NULL`, [account[0].id]);
      expect(sessions.map((s) => s.trusted)).toEqual([true]);

      // «Il mio accesso»: she changes her password.
      await nextDay.getByTestId('my-access-link').click();
      await nextDay.waitForURL('**/accesso');
      expect(await nextDay.getByTestId('mine-trusted-here').innerText()).toMatch(/ricordato/);
      await check(nextDay, '64-my-access-phone');
      await nextDay.getByTestId('mine-current').fill('pane caldo alle sette');
      await nextDay.getByTestId('mine-next').fill('pane caldo alle otto');
      await nextDay.getByTestId('mine-repeat').fill('pane caldo alle otto');
      await nextDay.getByTestId('mine-submit').click();
      await nextDay.getByTestId('mine-changed').waitFor();
    });

    it('the administrator sees her remembered device and signs her out of every device; the phone is signed out', async () => {
      const phone = contexts[contexts.length - 1];
      const bakerPage = phone.pages()[phone.pages().length - 1];
      const admin = await open(WIDE);
      await signIn(admin, 'admin@prossimo.example');
      await admin.goto('/admin/account');
      const [{ id }] = await query<{ id: string }>(system().dbUrl('gateway'), `SELECT id FROM accounts WHERE email = $1`, [email]);
      await admin.getByTestId(`account-devices-${id}`).click();
      await admin.getByTestId('account-sessions').waitFor();
      expect(await admin.getByTestId('session-trusted').count()).toBe(1);
      await check(admin, '65-admin-account-devices');
      await admin.getByTestId('account-end-all').click();
      await admin.getByTestId('account-devices-empty').waitFor();
      // Her phone's next request is refused: the app wipes the device and shows the login page.
      await bakerPage.goto('/segnala');
      await bakerPage.waitForURL('**/login', { timeout: 30_000 });
      expect(await bakerPage.evaluate(() => localStorage.getItem('prossimo.trusted-refresh'))).toBeNull();
      // She signs in again with her new password, and leaves every device herself.
      await signIn(bakerPage, email, 'pane caldo alle otto');
      await bakerPage.goto('/accesso');
      await bakerPage.getByTestId('mine-everywhere').click();
      await bakerPage.waitForURL('**/login');
      const stillOpen = await query(system().dbUrl('gateway'), `SELECT 1 FROM sessions WHERE account_id = $1 AND revoked_at IS NULL`, [id]);
      expect(stillOpen).toEqual([]);
    });

    it('«password dimenticata» without e-mail set up says to ask the administrator for a code, and leads to «Ho un codice»', async () => {
      const page = await open(PHONE);
      await page.goto('/login');
      await page.getByTestId('login-forgot').click();
      await page.waitForURL('**/password-dimenticata');
      await page.getByTestId('forgot-ask-admin').waitFor();
      expect(await page.getByTestId('forgot-ask-admin').innerText()).toMatch(/amministrazione del Comune/);
      await check(page, '66-forgot-password-phone');
      await page.getByTestId('forgot-to-code').click();
      await page.waitForURL('**/codice');
    });
  });

  describe('the analyst', () => {
    let analyst: Page;

    beforeAll(async () => {
      analyst = await open(WIDE);
      await signIn(analyst, 'analista@prossimo.example');
      await analyst.waitForURL('**/dashboard');
      await analyst.getByTestId('neighbourhood-map').waitFor({ timeout: 60_000 });
    });

    it('reads the neighbourhood names on the map, not overlapping, and a legend that says what «—» means', async () => {
      const names = await analyst.evaluate(() =>
        [...document.querySelectorAll('[data-testid^="map-label-"]')].map((t) => {
          const b = (t as SVGTextElement).getBBox();
          return { text: [...t.querySelectorAll('.map-label-name')].map((s) => s.textContent).join(' '), x: b.x, y: b.y, w: b.width, h: b.height };
        }),
      );
      expect(names.map((n) => n.text)).toEqual(expect.arrayContaining(['Crocetta', 'Balsamo', "Sant'Eusebio", 'Campo dei Fiori', 'Villa Rachele', 'Borgo Misto']));
      expect(names).toHaveLength(12);
      const overlaps = names.flatMap((a, i) => names.slice(i + 1).filter((b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h).map((b) => `${a.text} × ${b.text}`));
      expect(overlaps).toEqual([]);
      // Each label sits inside its own neighbourhood's shape.
      const outside = await analyst.evaluate(() =>
        [...document.querySelectorAll('[data-testid^="map-label-"]')].filter((t) => {
          const code = t.getAttribute('data-testid')!.replace('map-label-', '');
          const path = document.querySelector(`[data-testid="map-${code}"]`) as SVGPathElement;
          const b = (t as SVGTextElement).getBBox();
          const pt = (path.ownerSVGElement as SVGSVGElement).createSVGPoint();
          pt.x = b.x + b.width / 2;
          pt.y = b.y + b.height / 2;
          return !path.isPointInFill(pt);
        }).map((t) => t.getAttribute('data-testid')),
      );
      expect(outside).toEqual([]);
      expect(await analyst.getByTestId('map-legend-dash').innerText()).toMatch(/«—».*non c'è/);
      // The shapes are not a grid any more: far more corners than a rectangle's.
      const corners = await analyst.evaluate(() => (document.querySelector('[data-testid="map-crocetta"]')!.getAttribute('d') ?? '').split('L').length);
      expect(corners).toBeGreaterThan(8);
      await check(analyst, '70-dashboard-map-names');
      await analyst.getByTestId('neighbourhood-map').screenshot({ path: join(ARTIFACTS, '71-dashboard-map.png') });
    });

    it('sees every table whole on a 1366 px screen', async () => {
      const wide = await analyst.evaluate(() =>
        [...document.querySelectorAll('.dashboard-table-scroll')].filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => `${el.getAttribute('aria-label')}: ${el.scrollWidth} > ${el.clientWidth}`),
      );
      expect(wide).toEqual([]);
    });

    it('reads «Esiti e progetti di vita»: loneliness bands by phase, pathways and their actions per month, every hidden cell saying why, in Italian', async () => {
      const section = analyst.getByTestId('dashboard-wellbeing');
      await section.scrollIntoViewIfNeeded();
      expect(await section.locator('h2').innerText()).toBe('Esiti e progetti di vita');
      const ids = ['table-outcomes-by-neighbourhood', 'table-outcomes-by-month', 'table-pathways-opened', 'table-pathways-closed', 'table-pathway-actions'];
      const texts = async (testId: string) => analyst.getByTestId(testId).locator('tbody td, tfoot td').allInnerTexts();
      const all: string[] = [];
      for (const id of ids) all.push(...(await texts(id)));
      // Every figure is 0, or at least 10, or says why it is hidden: never a small number.
      const bad = all.map((t) => t.trim()).filter((t) => !(/^(0|[1-9]\d{1,})$/.test(t.replace(/\./g, '')) || t.startsWith('< 10') || t.startsWith('nascosto per riservatezza')));
      expect(bad).toEqual([]);
      // The demo's synthetic year: some figures large enough to show, some small and saying so.
      const large = (t: string) => /^\d+$/.test(t.trim().replace(/\./g, '')) && Number(t.trim().replace(/\./g, '')) >= 10;
      expect((await texts('table-outcomes-by-month')).some(large)).toBe(true);
      expect(all.some((t) => t.startsWith('< 10'))).toBe(true);
      expect(await analyst.getByTestId('table-outcomes-by-neighbourhood').locator('thead th').allInnerTexts()).toEqual([
        'Quartiere', 'Inizio: bassa', 'Inizio: media', 'Inizio: alta', '12 settimane: bassa', '12 settimane: media', '12 settimane: alta', 'Totale',
      ]);
      await check(analyst, '75-dashboard-wellbeing-page');
      await section.screenshot({ path: join(ARTIFACTS, '75-dashboard-wellbeing.png') });
      const [download] = await Promise.all([analyst.waitForEvent('download'), analyst.getByTestId('csv-outcomesByMonth').click()]);
      expect(download.suggestedFilename()).toMatch(/^solitudine-per-mese-015077-\d{4}-\d{2}-\d{4}-\d{2}\.csv$/);
      const path = join(ARTIFACTS, '..', `csv-${randomUUID().slice(0, 6)}.csv`);
      await download.saveAs(path);
      const [header, ...rows] = readFileSync(path, 'utf8').slice(1).split('\r\n');
      expect(header).toBe('Mese;All’inizio: solitudine bassa (3–4);All’inizio: solitudine media (5–6);All’inizio: solitudine alta (7–9);Dopo 12 settimane: solitudine bassa (3–4);Dopo 12 settimane: solitudine media (5–6);Dopo 12 settimane: solitudine alta (7–9);Totale');
      // No small number in the file either.
      const figures = rows.filter(Boolean).flatMap((r) => r.split(';').slice(1));
      expect(figures.filter((f) => !(/^(0|[1-9]\d{1,})$/.test(f) || f === '< 10' || f === 'nascosto per riservatezza'))).toEqual([]);
    });

    it('reads «Attività e luoghi» on the dashboard (cruscotto): the demo initiatives, sessions and seats per neighbourhood, every hidden cell saying why', async () => {
      const section = analyst.getByTestId('dashboard-community');
      await section.scrollIntoViewIfNeeded();
      expect(await section.locator('h2').innerText()).toBe('Attività e luoghi');
      // The demo's sessions of this month reach the dashboard through the bus (community → insights).
      await waitFor(async () => {
        await analyst.reload();
        await analyst.getByTestId('dashboard-community').waitFor({ timeout: 60_000 });
        return (await analyst.getByTestId('table-seats-offered').locator('tbody tr').count()) > 0;
      }, 60_000, 'the seats offered this month on the dashboard', 2000);
      const texts = async (testId: string) => analyst.getByTestId(testId).locator('tbody td, tfoot td').allInnerTexts();
      const all: string[] = [];
      for (const id of ['table-initiatives-by-kind', 'table-sessions-by-month', 'table-seats-offered', 'table-seats-taken', 'table-seats-taken-by-month']) all.push(...(await texts(id)));
      // Every figure is 0, or at least 10, or says why it is hidden: never a small number.
      const bad = all.map((t) => t.trim()).filter((t) => !(/^(0|[1-9]\d{1,})$/.test(t.replace(/\./g, '')) || t.startsWith('< 10') || t.startsWith('nascosto per riservatezza')));
      expect(bad).toEqual([]);
      // Seven demo initiatives: their counts by neighbourhood and kind are small, and say so.
      expect((await texts('table-initiatives-by-kind')).some((t) => t.startsWith('< 10'))).toBe(true);
      // Seats offered this month: at least one neighbourhood's figure is shown as a number.
      expect((await texts('table-seats-offered')).some((t) => /^\d+$/.test(t.trim().replace(/\./g, '')) && Number(t.trim().replace(/\./g, '')) >= 10)).toBe(true);
      await check(analyst, '74-dashboard-community-page');
      await section.screenshot({ path: join(ARTIFACTS, '74-dashboard-community.png') });
      const [download] = await Promise.all([analyst.waitForEvent('download'), analyst.getByTestId('csv-seatsOfferedByNeighbourhood').click()]);
      expect(download.suggestedFilename()).toMatch(/^posti-offerti-per-quartiere-015077-\d{4}-\d{2}-\d{4}-\d{2}\.csv$/);
      const path = join(ARTIFACTS, '..', `csv-${randomUUID().slice(0, 6)}.csv`);
      await download.saveAs(path);
      expect(readFileSync(path, 'utf8').slice(1).split('\r\n')[0]).toBe('Quartiere;Posti aperti a tutti;Posti riservati alle persone inviate dai servizi;Totale');
    });

    it('reads «Prescrizioni sociali e volontariato»: referrals to an activity by state, the first-attendance rate and what it is out of, volunteer hours, never a small number', async () => {
      const section = analyst.getByTestId('dashboard-prescriptions');
      await section.scrollIntoViewIfNeeded();
      expect(await section.locator('h2').innerText()).toBe('Prescrizioni sociali e volontariato');
      const all: string[] = [];
      for (const id of ['table-prescriptions-by-state', 'table-first-attendance-by-month', 'table-volunteer-hours']) {
        const table = analyst.getByTestId(id);
        if ((await table.evaluate((el) => el.tagName)) === 'TABLE') all.push(...(await table.locator('tbody td, tfoot td').allInnerTexts()));
      }
      const bad = all.map((t) => t.trim()).filter((t) => !(/^(0|[1-9]\d{1,})$/.test(t.replace(/\./g, '')) || t.startsWith('< 10') || t.startsWith('nascosto per riservatezza')));
      expect(bad).toEqual([]);
      // The rate says what it is out of; the demo's year of history has enough accepted prescriptions to show it.
      expect(await section.innerText()).toContain('accettati dall’organizzatore');
      expect(await analyst.getByTestId('first-attendance-rate').innerText()).toMatch(/^\d+% — \d+ su \d+ invii accettati/);
      expect(await analyst.getByTestId('table-volunteer-hours').evaluate((el) => el.tagName)).toBe('TABLE');
      await check(analyst, '75-dashboard-prescriptions-page');
      await section.screenshot({ path: join(ARTIFACTS, '75-dashboard-prescriptions.png') });
      const [download] = await Promise.all([analyst.waitForEvent('download'), analyst.getByTestId('csv-firstAttendanceByMonth').click()]);
      expect(download.suggestedFilename()).toMatch(/^prima-presenza-per-mese-015077-\d{4}-\d{2}-\d{4}-\d{2}\.csv$/);
      const path = join(ARTIFACTS, '..', `csv-${randomUUID().slice(0, 6)}.csv`);
      await download.saveAs(path);
      expect(readFileSync(path, 'utf8').slice(1).split('\r\n')[0]).toBe('Mese dell’invio;Arrivati alla prima presenza;Non (ancora) arrivati;Invii accettati (denominatore)');
    });

    it('downloads a table as CSV from a button, in the form Italian Excel opens', async () => {
      const [download] = await Promise.all([analyst.waitForEvent('download'), analyst.getByTestId('csv-reportsByNeighbourhoodAndNeed').click()]);
      const path = join(ARTIFACTS, '..', `csv-${randomUUID().slice(0, 6)}.csv`);
      await download.saveAs(path);
      const text = readFileSync(path, 'utf8');
      expect(text.charCodeAt(0)).toBe(0xfeff);
      const [header, ...rows] = text.slice(1).split('\r\n');
      expect(header.startsWith('Quartiere;')).toBe(true);
      expect(header).toContain('Solitudine');
      expect(header.endsWith(';Totale')).toBe(true);
      expect(rows.some((r) => r.startsWith('Crocetta;'))).toBe(true);
      expect(download.suggestedFilename()).toMatch(/^bisogni-per-quartiere-015077-\d{4}-\d{2}-\d{4}-\d{2}\.csv$/);
      // The machine form is still there for scripts.
      const token = await system().login('analista@prossimo.example');
      const machine = await fetch(`${system().url}/insights/reportsByNeighbourhoodAndNeed.csv?format=machine`, { headers: { authorization: `Bearer ${token}` } });
      expect((await machine.text()).split('\r\n')[0].startsWith(',LONELINESS,')).toBe(true);
    });

    it('the period picker offers only periods the API accepts', async () => {
      const from = analyst.getByTestId('period-from');
      const oldest = await from.evaluate((s) => (s as HTMLSelectElement).options[(s as HTMLSelectElement).options.length - 1].value);
      await from.selectOption(oldest);
      const offered = await analyst.getByTestId('period-to').evaluate((s) => [...(s as HTMLSelectElement).options].map((o) => o.value));
      expect(offered.length).toBeLessThanOrEqual(36);
      expect(offered.every((m) => m >= oldest)).toBe(true);
      await analyst.getByTestId('period-apply').click();
      await waitFor(async () => (await analyst.getByTestId('dashboard').innerText()).includes(await analyst.getByTestId('period-to').evaluate((s) => (s as HTMLSelectElement).selectedOptions[0].text)), 30_000, 'the dashboard of the chosen period');
      expect(await analyst.locator('.alert-danger').count()).toBe(0);
      await check(analyst, '72-dashboard-oldest-period');
      await analyst.getByTestId('period-reset').click();
      await analyst.waitForLoadState('networkidle');
      await screenshot(analyst, '73-dashboard');
    });
  });

  describe('the administrator', () => {
    let admin: Page;
    let adminToken: string;
    const org = { id: randomUUID(), name: 'Associazione Senza Registro', taxCode: '97' + String(Date.now()).slice(-9) };
    const service = { id: randomUUID(), name: 'Compagnia al telefon' };

    beforeAll(async () => {
      admin = await open(WIDE);
      await signIn(admin, 'admin@prossimo.example');
      adminToken = await system().login('admin@prossimo.example');
      const sys = system();
      const reg = await sys.gql(`mutation($i: RegisterOrganisationInput!) { registerOrganisation(input: $i) { id } }`, { i: { id: org.id, name: org.name, legalForm: 'associazione', taxCode: org.taxCode } }, adminToken);
      expect(reg.errors).toBeUndefined();
      // Inactive, and only for a need nobody flags here: it takes no referral from the other suites.
      const svc = await sys.gql(
        `mutation($i: RegisterServiceInput!) { registerService(input: $i) { id } }`,
        { i: { id: service.id, organisationId: org.id, name: service.name, status: 'inactive', needs: ['DIGITAL_DIVIDE'], neighbourhoodCodes: ['crocetta'], capacityStatus: 'capacity' } },
        adminToken,
      );
      expect(svc.errors).toBeUndefined();
    });

    it('places a new antenna on the neighbourhood map, with the mouse and then the keyboard, typing no coordinates', async () => {
      await admin.goto('/admin/antenne');
      await admin.getByTestId('antenna-propose-open').click();
      await admin.getByTestId('propose-form').waitFor();
      await admin.getByTestId('propose-name').fill('Latteria di Crocetta');
      await admin.getByTestId('propose-kind').selectOption('SHOP');
      await admin.getByTestId('propose-address').fill('Via Crocetta 30');
      // The coordinate fields are folded away.
      expect(await admin.getByTestId('propose-lat').isVisible()).toBe(false);
      const label = admin.getByTestId('propose-position-map').locator('text', { hasText: 'Crocetta' });
      const box = (await label.boundingBox())!;
      await admin.getByTestId('propose-position-map').click({ position: await relative(admin, box) });
      await waitFor(async () => /quartiere Crocetta/.test(await admin.getByTestId('propose-position-chosen').innerText()), 10_000, 'the chosen neighbourhood');
      const before = await admin.getByTestId('propose-position-chosen').innerText();
      await admin.getByTestId('propose-position-map').focus();
      await admin.keyboard.press('ArrowUp');
      await waitFor(async () => (await admin.getByTestId('propose-position-chosen').innerText()) !== before, 10_000, 'the pin to move');
      expect(await admin.getByTestId('propose-position-chosen').innerText()).toMatch(/quartiere Crocetta/);
      await check(admin, '80-admin-antenna-on-map');
      await admin.getByTestId('propose-submit').click();
      const rows = await waitFor(async () => {
        const r = await query<{ neighbourhood_code: string }>(system().dbUrl('antennas'), `SELECT neighbourhood_code FROM antennas WHERE name = 'Latteria di Crocetta'`);
        return r.length ? r : undefined;
      }, 30_000, 'the proposed antenna');
      expect(rows[0].neighbourhood_code).toBe('crocetta');
    });

    it('when the municipality requires the RUNTS, the form says so and a service of an organisation without it is flagged at once', async () => {
      const sys = system();
      const set = (requireRunts: boolean) => sys.gql(`mutation($r: Boolean!) { setMunicipalityPolicy(input: { requireRunts: $r }) { requireRunts } }`, { r: requireRunts }, adminToken);
      const [{ runts_number: demoRunts }] = await query<{ runts_number: string | null }>(sys.dbUrl('referrals'), `SELECT runts_number FROM organisations WHERE name = 'Cooperativa Sociale Il Ponte'`);
      expect(demoRunts).toBeTruthy();
      expect((await set(true)).errors).toBeUndefined();
      try {
        await admin.goto('/admin/organizzazioni');
        await admin.getByTestId('runts-policy-note').waitFor();
        await admin.getByTestId(`service-no-requests-${service.id}`).waitFor();
        expect(await admin.getByTestId(`service-no-requests-${service.id}`).innerText()).toMatch(/Non riceverà richieste[\s\S]*non è iscritto al RUNTS/);
        expect(await admin.getByTestId(`organisation-no-runts-${org.id}`).count()).toBe(1);
        await admin.getByTestId('org-form-open').click();
        expect(await admin.getByTestId('org-runts-required').innerText()).toBe("Il Comune richiede l'iscrizione al RUNTS: senza numero RUNTS i suoi servizi non riceveranno richieste.");
        await check(admin, '81-admin-runts-trap');
        await admin.getByTestId('org-form-open').click();

        // Fix a typo in the service's name, and register the organisation's RUNTS number.
        await admin.getByTestId(`service-edit-${service.id}`).click();
        await admin.getByTestId('service-name').fill('Compagnia al telefono');
        await admin.getByTestId('service-submit').click();
        await waitFor(async () => (await admin.getByTestId(`service-${service.id}`).innerText()).includes('Compagnia al telefono\t'), 30_000, 'the service renamed');
        await admin.getByTestId(`organisation-edit-${org.id}`).click();
        await admin.getByTestId('org-runts-number').fill('98765');
        await admin.getByTestId('org-runts-section').selectOption('a');
        await check(admin, '82-admin-organisation-edit');
        await admin.getByTestId('org-submit').click();
        await waitFor(async () => (await admin.getByTestId(`organisation-no-runts-${org.id}`).count()) === 0, 30_000, 'the flag to go');
        expect(await admin.getByTestId(`service-no-requests-${service.id}`).count()).toBe(0);
        const [saved] = await query<{ runts_number: string; name: string }>(sys.dbUrl('referrals'), `SELECT o.runts_number, s.name FROM organisations o JOIN services s ON s.organisation_id = o.id WHERE o.id = $1`, [org.id]);
        expect(saved).toEqual({ runts_number: '98765', name: 'Compagnia al telefono' });
      } finally {
        expect((await set(false)).errors).toBeUndefined();
      }
    });

    it('downloads the import template, and reads an import problem in Italian', async () => {
      await admin.goto('/admin/importa');
      const [download] = await Promise.all([admin.waitForEvent('download'), admin.getByTestId('import-template').click()]);
      const path = join(ARTIFACTS, '..', 'import-template.csv');
      await download.saveAs(path);
      const template = readFileSync(path, 'utf8');
      expect(template.slice(1).split('\r\n')[0].split(';')).toContain('organization_name');
      // A file with one bad line (a name of one letter): nothing imported, the problem in Italian.
      const bad = template.replace('Associazione Esempio ODV', 'A');
      const badPath = join(ARTIFACTS, '..', 'import-bad.csv');
      writeFileSync(badPath, bad);
      await admin.locator('label[for="import-format-1"]').click();
      expect(await admin.locator('#import-format-1').isChecked()).toBe(true);
      await admin.getByTestId('import-directory-file').setInputFiles(badPath);
      await admin.getByTestId('import-directory-submit').click();
      await admin.getByTestId('import-directory-problems').waitFor({ timeout: 30_000 });
      const problems = await admin.getByTestId('import-directory-problems').innerText();
      expect(problems).toMatch(/organization_name.*almeno 2 caratteri/);
      expect(problems).not.toMatch(/must be/);
      await check(admin, '83-admin-import-problem');
    });
  });
}

/** A point inside an element's box, relative to the map's own box (for a click on the SVG). */
async function relative(page: Page, box: { x: number; y: number; width: number; height: number }): Promise<{ x: number; y: number }> {
  const map = (await page.getByTestId('propose-position-map').boundingBox())!;
  return { x: box.x + box.width / 2 - map.x, y: box.y + box.height + 8 - map.y };
}
