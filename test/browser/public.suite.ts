/// <reference lib="dom" />
import { randomUUID } from 'node:crypto';
import { unzipSync } from 'fflate';
import request from 'supertest';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_MUNICIPALITY, DEMO_SERVICES } from '@prossimo/demo';
import { RunningSystem, query, waitFor } from '@prossimo/testing';
import { DESKTOP, PHONE, launchChromium, newContext, screenshot, seriousA11yViolations, signIn } from './browser';

/**
 * Issue 15, the public face, walked as a resident walks it: on a phone (390×844), with no login,
 * in Italian (one page in English). The nearest proximity point to a typed street, and to the
 * phone's own position (which never leaves the phone); a point's page; a service found in the
 * catalogue and its page; how to get help; an offer to become a proximity point, which the
 * administration then sees as PROPOSED with the applicant's contact. axe-core on every public page;
 * every request of every page goes to this origin (no tile URL is configured). And a canary: what
 * a shop wrote about a person and what an organisation wrote about a referral appear in no public
 * page, query, /hsds/ answer or export, nor do any report or referral ids.
 */
export function publicSuite(system: () => RunningSystem): void {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  /** Every request any page of this suite made: its host must be the system's. */
  const requested: string[] = [];

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

  async function open(device: typeof PHONE | typeof DESKTOP = PHONE, position?: { latitude: number; longitude: number }): Promise<Page> {
    const context = await newContext(browser, system().url, device);
    if (position) {
      await context.grantPermissions(['geolocation']);
      await context.setGeolocation(position);
    }
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (err) => pageErrors.push(`${page.url()}: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error' && /Content Security Policy/.test(msg.text())) pageErrors.push(`${page.url()}: ${msg.text().slice(0, 200)}`);
    });
    page.on('request', (r) => requested.push(r.url()));
    return page;
  }

  /** axe-core finds no serious or critical violation; the page is saved as a screenshot. */
  async function check(page: Page, name: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(() => ![...document.querySelectorAll('[role="status"]')].some((e) => /Caricamento|Loading/.test(e.textContent ?? '')), undefined, { timeout: 30_000 });
    await screenshot(page, name);
    expect({ page: name, violations: await seriousA11yViolations(page) }).toEqual({ page: name, violations: [] });
  }

  /** No horizontal scrolling on a phone: nothing wider than the screen. */
  async function fitsThePhone(page: Page): Promise<void> {
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
  }

  it('the home page: 112 first, the four ways in, sign-in as a link; in Italian, English by the switch', async () => {
    const page = await open();
    await page.goto('/');
    await page.getByTestId('home-points').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Nessuno resta indietro');
    const order = await page.evaluate(() => {
      const call = document.querySelector('[data-testid="call-112"]')!.getBoundingClientRect().top;
      const points = document.querySelector('[data-testid="home-points"]')!.getBoundingClientRect().top;
      return call < points;
    });
    expect(order).toBe(true);
    expect(await page.getByTestId('call-112').getAttribute('href')).toBe('tel:112');
    expect(await page.getByTestId('header-login').innerText()).toBe('Accedi');
    await fitsThePhone(page);
    await check(page, '90-public-home-phone');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nobody is left behind' }).waitFor();
    await check(page, '90-public-home-phone-en');
    await page.getByRole('button', { name: 'Italiano' }).click();
  });

  it('a resident finds the nearest proximity point to an address, then opens its page', async () => {
    const page = await open();
    await page.goto('/');
    await page.getByTestId('home-points').click();
    await page.waitForURL('**/punti');
    await page.getByTestId('finder-results').waitFor();
    await check(page, '91-public-finder');
    await page.getByTestId('finder-street').fill('via Libertà 40');
    await page.getByTestId('finder-street-search').click();
    await waitFor(async () => /più vicini a Via Libertà/.test(await page.getByTestId('finder-results-title').innerText()), 15_000, 'the list from via Libertà');
    // Nearest first, with distances; the map marks where they are measured from.
    const distances = await page.getByTestId('finder-distance').allInnerTexts();
    expect(distances.length).toBeGreaterThanOrEqual(5);
    const metres = distances.map((d) => (d.endsWith('km') ? Number(d.replace(' km', '').replace(',', '.')) * 1000 : Number(d.replace(' m', ''))));
    expect(metres).toEqual([...metres].sort((a, b) => a - b));
    expect(metres[0]).toBeLessThan(400);
    await page.getByTestId('map-origin').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('finder-results-title');
    await fitsThePhone(page);
    await check(page, '92-public-finder-near-street');
    const first = page.locator('[data-testid^="finder-link-"]').first();
    const name = await first.innerText();
    await first.click();
    await page.waitForURL('**/punti/*');
    await page.getByTestId('point-facts').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(name);
    expect(await page.getByTestId('can-cannot').innerText()).toMatch(/non può[\s\S]*112/i);
    await check(page, '93-public-point');
  });

  it('"use my position": the list is sorted on the phone, and the position is never sent', async () => {
    const here = { latitude: 45.5623, longitude: 9.2213 };
    const page = await open(PHONE, here);
    const sent: string[] = [];
    page.on('request', (r) => sent.push(`${r.url()} ${r.postData() ?? ''}`));
    await page.goto('/punti');
    await page.getByTestId('finder-results').waitFor();
    await page.getByTestId('finder-position').click();
    await waitFor(async () => /più vicini a te/.test(await page.getByTestId('finder-results-title').innerText()), 15_000, 'the list from here');
    expect(await page.locator('[data-testid^="finder-link-"]').first().innerText()).toBe('Associazione Villa Rachele Insieme');
    await page.waitForLoadState('networkidle');
    expect(sent.filter((s) => s.includes('45.562') || s.includes('9.221'))).toEqual([]);
    await check(page, '94-public-finder-near-me');
  });

  it('a resident finds a service in the catalogue by need and "available now", and reads its page', async () => {
    const page = await open();
    await page.goto('/');
    await page.getByTestId('home-catalogue').click();
    await page.waitForURL('**/catalogo');
    await page.getByTestId('catalogue-results').waitFor();
    await check(page, '95-public-catalogue');
    await page.getByTestId('catalogue-need').selectOption('FOOD');
    await page.locator('label[for="cat-now"]').click();
    await waitFor(async () => /ora=1/.test(page.url()) && /bisogno=FOOD/.test(page.url()), 10_000, 'the filters in the address');
    await waitFor(async () => (await page.locator('[data-testid^="catalogue-item-"]').count()) > 0 && !(await page.getByText('Frutta e verdura del mercoledì').count()), 15_000, 'food services taking people now');
    const items = await page.locator('[data-testid^="catalogue-item-"]').allInnerTexts();
    expect(items.every((i) => /Accoglie subito/.test(i))).toBe(true);
    await fitsThePhone(page);
    await check(page, '96-public-catalogue-food-now');
    await page.getByRole('link', { name: 'Mensa del giovedì' }).click();
    await page.waitForURL('**/catalogo/*');
    await page.getByTestId('service-how').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Mensa del giovedì');
    expect(await page.getByTestId('service-where').innerText()).toMatch(/Via Sant’Ambrogio 3[\s\S]*gio 12:00–14:00/);
    expect(await page.getByTestId('service-who').innerText()).toContain('Chiunque');
    expect(await page.getByTestId('service-cost').innerText()).toContain('Gratuito');
    expect(await page.getByTestId('service-contacts').innerText()).toContain('02 6603 1100');
    await fitsThePhone(page);
    await check(page, '97-public-service');
  });

  it('how to get help: 112 first, then the social desk of your neighbourhood with its phone and hours', async () => {
    const page = await open();
    await page.goto('/aiuto');
    await page.getByTestId('help-112').waitFor();
    await page.getByTestId('help-neighbourhood').selectOption('bellaria');
    await page.getByTestId('help-desk').waitFor();
    expect(await page.getByTestId('help-desk').innerText()).toMatch(/Telefono: .*\d/);
    await check(page, '98-public-help');
  });

  it('a shop applies to become a proximity point; the administration sees it as PROPOSED with the contact', async () => {
    const page = await open();
    await page.goto('/diventa-punto');
    await page.getByTestId('apply-form').waitFor();
    await check(page, '99-public-apply');
    // Sending an empty form says what is missing, and the summary takes the focus.
    await page.getByTestId('apply-submit').click();
    await page.getByTestId('apply-errors').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('apply-errors');
    await check(page, '99-public-apply-errors');
    await page.locator('label[for="apply-kind-SHOP"]').click();
    await page.getByTestId('apply-name').fill('Cartoleria La Matita');
    await page.getByTestId('apply-address').fill('Via Garibaldi 30');
    await page.getByTestId('apply-hours').click();
    await waitFor(async () => (await page.getByTestId('apply-neighbourhood').inputValue()) !== '', 10_000, 'the neighbourhood from the street');
    await page.getByTestId('apply-hours').fill('lun-sab 8:30-12:30, 15:30-19:30');
    await page.getByTestId('apply-person').fill('Sara Brambilla');
    await page.getByTestId('apply-phone').fill('333 765 4321');
    await page.getByTestId('apply-message').fill('Conosco tante famiglie del quartiere');
    await page.locator('label[for="apply-consent"]').click();
    await page.getByTestId('apply-submit').click();
    await page.getByTestId('apply-done').waitFor({ timeout: 60_000 });
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.getByTestId('apply-done').innerText()).toMatch(/Cartoleria La Matita[\s\S]*Cosa succede ora/);
    expect(await page.getByTestId('apply-done').innerText()).not.toContain('333');
    await fitsThePhone(page);
    await check(page, '99-public-apply-done');

    const admin = await open(DESKTOP);
    await signIn(admin, 'admin@prossimo.example');
    await admin.goto('/admin/antenne');
    const row = admin.locator('[data-testid^="antenna-"]', { hasText: 'Cartoleria La Matita' }).first();
    await row.waitFor({ timeout: 30_000 });
    expect(await row.innerText()).toMatch(/Proposta|Proposed/);
    expect(await row.getByTestId('antenna-application').innerText()).toMatch(/Sara Brambilla · 333 765 4321[\s\S]*Conosco tante famiglie/);
    await check(admin, '99-admin-application');
    const [stored] = await query<{ status: string }>(system().dbUrl('antennas'), `SELECT status FROM antennas WHERE name = 'Cartoleria La Matita'`);
    expect(stored.status).toBe('PROPOSED');
  });

  it("the cooperative's operator edits its public details (who may, a phone, hours at a place; the organisation's description) and residents read them", async () => {
    const listening = DEMO_SERVICES[2];
    const operator = await open({ ...DESKTOP, viewport: { width: 1366, height: 900 } });
    await signIn(operator, 'operatore@prossimo.example');
    await operator.waitForURL('**/inbox');
    await operator.goto('/servizi');
    await operator.getByTestId('edit-my-organisation').click();
    await operator.getByTestId('my-org-description').fill('Cooperativa di Crocetta dal 1989: compagnia, emporio solidale, ascolto di famiglie e ragazzi.');
    await check(operator, '99-operator-organisation-details');
    await operator.getByTestId('my-org-save').click();
    await waitFor(async () => /aggiornate/.test(await operator.getByTestId('public-details-saved').innerText()), 15_000, 'the organisation saved');
    await operator.getByTestId(`edit-public-${listening.id}`).click();
    const prefix = `details-${listening.id}`;
    await operator.getByTestId(`${prefix}-eligibilityDescription`).waitFor();
    await operator.getByTestId(`${prefix}-eligibilityDescription`).fill('Famiglie, ragazzi dai 14 anni e adulti di Cinisello Balsamo');
    await operator.getByTestId(`${prefix}-minimumAge`).fill('14');
    await operator.getByTestId(`${prefix}-phone-add`).click();
    await operator.getByTestId(`${prefix}-phone-0`).fill('02 6601 1003');
    await operator.getByTestId(`${prefix}-place-0-hours-add`).click();
    await operator.locator(`label[for="${prefix}-place-0-hours-1-FR"]`).click();
    await operator.getByTestId(`${prefix}-place-0-hours-1-opens`).fill('09:30');
    await operator.getByTestId(`${prefix}-place-0-hours-1-closes`).fill('12:00');
    await check(operator, '99-operator-public-details');
    await operator.getByTestId(`${prefix}-save`).click();
    await waitFor(async () => /aggiornate/.test(await operator.getByTestId('public-details-saved').innerText()), 15_000, 'the service saved');
    await check(operator, '99-operator-public-details-saved');

    const resident = await open();
    await resident.goto(`/catalogo/${listening.id}`);
    await resident.getByTestId('service-who').waitFor();
    expect(await resident.getByTestId('service-who').innerText()).toMatch(/Famiglie, ragazzi dai 14 anni[\s\S]*Dai 14 anni/);
    expect(await resident.getByTestId('service-where').innerText()).toMatch(/ven 9:30–12:00/);
    expect(await resident.getByTestId('service-contacts').innerText()).toContain('02 6601 1003');
    expect(await resident.locator('main').innerText()).toContain('Cooperativa di Crocetta dal 1989');
    await check(resident, '99-public-service-edited');
  });

  it('every request of every public page went to this origin (no tile URL configured)', async () => {
    const origin = new URL(system().url).host;
    expect(requested.length).toBeGreaterThan(20);
    expect([...new Set(requested.map((u) => new URL(u).host))]).toEqual([origin]);
  });

  it('the canary: what was written about a person or a referral appears in no public page, query, /hsds/ answer or export', async () => {
    const sys = system();
    const canary = `CANARINO-${randomUUID().slice(0, 8)}`;
    const antenna = await sys.login('antenna@prossimo.example');
    const operator = await sys.login('operatore@prossimo.example');
    const reportId = randomUUID();
    const submitted = await sys.gql(
      'mutation($i: SubmitReportInput!) { submitReport(input: $i) { id } }',
      { i: { id: reportId, neighbourhoodCode: 'crocetta', needs: ['FOOD'], urgency: 'MEDIUM', ageBand: 'AGE_65_79', description: `${canary} vive da solo e salta i pasti`, consentToContact: true, subject: { name: `${canary} Rossi`, address: `Via ${canary} 1`, phone: '02 3456789' } } },
      antenna,
    );
    expect(submitted.errors).toBeUndefined();
    const referral = await waitFor(async () => {
      const r = await sys.gql<{ referrals: { nodes: { id: string; reportId: string }[] } }>('{ referrals(first: 100) { nodes { id reportId } } }', {}, operator);
      return r.data?.referrals.nodes.find((n) => n.reportId === reportId);
    }, 30_000, 'the referral');
    expect((await sys.gql('mutation($id: ID!, $r: String!) { rejectReferral(id: $id, reason: $r) { id } }', { id: referral.id, r: `${canary}: non seguiamo questa zona` }, operator)).errors).toBeUndefined();
    const ids = [reportId, referral.id];

    const seen: string[] = [];
    const look = (where: string, text: string) => seen.push(`${where}\n${text}`);
    const gqlPublic = async (q: string, v: Record<string, unknown> = {}) => {
      const r = await sys.gql(q, v);
      expect({ q: q.slice(0, 60), errors: r.errors }).toEqual({ q: q.slice(0, 60), errors: undefined });
      look(q, JSON.stringify(r.data));
      return r.data as Record<string, unknown>;
    };
    // The public GraphQL queries, every page of them.
    await gqlPublic('{ publicInfo { municipalities mapTileUrl mapTileAttribution } }');
    await gqlPublic(`{ neighbourhoods(municipality: "${DEMO_MUNICIPALITY}") { code name population boundary } }`);
    const points = (await gqlPublic(`{ proximityPoints(municipality: "${DEMO_MUNICIPALITY}", first: 100) { nodes { id name kind address openingHours publicContact lat lng neighbourhoodCode } } }`)) as { proximityPoints: { nodes: { id: string }[] } };
    for (const p of points.proximityPoints.nodes) await gqlPublic('query($id: ID!) { proximityPoint(id: $id) { id name address openingHours publicContact } }', { id: p.id });
    await gqlPublic(`{ streets(municipality: "${DEMO_MUNICIPALITY}", search: "via") { name neighbourhoodCode lat lng } }`);
    await gqlPublic(`{ publicDesks(municipality: "${DEMO_MUNICIPALITY}") { neighbourhoodCode name phone hours } }`);
    await gqlPublic('{ applicationChallenge { id bits expiresAt } }');
    let after: string | null = null;
    const services: string[] = [];
    do {
      const d = (await gqlPublic(
        `query($a: String) { catalogue(municipality: "${DEMO_MUNICIPALITY}", first: 100, after: $a) { nodes { id name description organisationName needs neighbourhoodCodes places { name address } } pageInfo { hasNextPage endCursor } } }`,
        { a: after },
      )) as { catalogue: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
      services.push(...d.catalogue.nodes.map((n) => n.id));
      after = d.catalogue.pageInfo.hasNextPage ? d.catalogue.pageInfo.endCursor : null;
    } while (after);
    for (const id of services) {
      await gqlPublic(
        'query($id: ID!) { catalogueService(id: $id) { id name description applicationProcess eligibilityDescription feesDescription email url organisation { name description email phones { number } } phones { number description } schedules { byday description notes } places { name address description phones { number } schedules { description } } } }',
        { id },
      );
    }
    // /hsds/: every endpoint, every page, every service and organisation.
    const get = async (path: string) => {
      const res = await request(sys.url).get(path);
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
      look(path, JSON.stringify(res.body));
      return res.body as { contents?: { id: string }[]; total_pages?: number };
    };
    await get('/hsds/');
    for (const list of ['services', 'organizations', 'taxonomies', 'taxonomy_terms', 'service_at_locations']) {
      const first = await get(`/hsds/${list}?per_page=100`);
      for (let p = 2; p <= (first.total_pages ?? 1); p++) await get(`/hsds/${list}?per_page=100&page=${p}`);
      if (list === 'services' || list === 'organizations') for (const c of first.contents ?? []) await get(`/hsds/${list}/${c.id}`);
    }
    const zip = await request(sys.url).get('/hsds/export.zip').buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(zip.status).toBe(200);
    for (const [name, bytes] of Object.entries(unzipSync(new Uint8Array(zip.body as Buffer)))) look(`export ${name}`, new TextDecoder().decode(bytes));
    // Every public page as a browser shows it.
    const page = await open();
    for (const path of ['/', '/punti', '/catalogo', '/aiuto', '/diventa-punto', `/punti/${points.proximityPoints.nodes[0].id}`, `/catalogo/${services[0]}`]) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      look(`page ${path}`, await page.content());
    }
    const leaks = seen.filter((s) => s.includes(canary) || ids.some((id) => s.includes(id))).map((s) => s.split('\n')[0]);
    expect(leaks).toEqual([]);
    expect(seen.length).toBeGreaterThan(60);
  });
}
