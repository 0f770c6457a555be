/// <reference lib="dom" />
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DEMO_MEMORY_CAFE_ID } from '@prossimo/demo';
import { RunningSystem, query, waitFor } from '@prossimo/testing';
import { browserSession, DESKTOP, PHONE, signIn } from './browser';

/**
 * Issue 17, activities and places, walked as people walk them: a resident on a phone, with no
 * login, finds the memory café in Crocetta and sees the seats left (in Italian, then English); an
 * operator of a cooperative, at a desktop, publishes an initiative and a weekly series of
 * sessions, which the public finder then shows. axe-core on every page; the open-data feed lists
 * the new series.
 */
export function communitySuite(system: () => RunningSystem): void {
  const { open, check, tick, fitsThePhone } = browserSession(system);

  it('a resident finds the memory café in Crocetta on a phone and sees the seats left, in Italian and English', async () => {
    const [next] = await query<{ public_seats: number; public_taken: number }>(
      system().dbUrl('community'),
      `SELECT public_seats, public_taken FROM sessions WHERE initiative_id = $1 AND status = 'SCHEDULED' AND starts_at > now() ORDER BY starts_at LIMIT 1`,
      [DEMO_MEMORY_CAFE_ID],
    );
    const left = next.public_seats - next.public_taken;
    const page = await open();
    await page.goto('/');
    await page.getByTestId('home-activities').click();
    await page.waitForURL('**/iniziative');
    await page.getByTestId('finder-results').waitFor();
    await fitsThePhone(page);
    await check(page, 'c1-community-finder-phone');
    await page.getByTestId('finder-neighbourhood').selectOption('crocetta');
    await page.getByTestId('finder-day-part').selectOption('AFTERNOON');
    await tick(page, 'finder-alone');
    await waitFor(async () => (await page.locator('[data-testid^="initiative-link-"]').count()) === 1, 15_000, 'only the memory café in Crocetta');
    expect(page.url()).toMatch(/quartiere=crocetta/);
    const card = page.getByTestId(`initiative-${DEMO_MEMORY_CAFE_ID}`);
    expect(await card.innerText()).toMatch(/Caffè della memoria di Crocetta[\s\S]*martedì[\s\S]*15:00–17:00/);
    expect(await card.getByTestId('seats-left').innerText()).toBe(`${left} posti liberi`);
    await check(page, 'c2-community-finder-crocetta');
    await page.getByTestId(`initiative-link-${DEMO_MEMORY_CAFE_ID}`).click();
    await page.waitForURL(`**/iniziative/${DEMO_MEMORY_CAFE_ID}`);
    await page.getByTestId('initiative-sessions').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Caffè della memoria di Crocetta');
    expect(await page.getByTestId('initiative-step-free').innerText()).toBe('Accessibile senza gradini');
    expect(await page.getByTestId('initiative-contact').locator('a').getAttribute('href')).toBe('tel:0266011000');
    const seats = await page.getByTestId('initiative-sessions').getByTestId('seats-left').allInnerTexts();
    expect(seats.length).toBeGreaterThanOrEqual(4);
    expect(seats[0]).toBe(`${left} posti liberi`);
    expect(await page.locator('main').innerText()).toMatch(/Organizza: Cooperativa Sociale Il Ponte/);
    await fitsThePhone(page);
    await check(page, 'c3-community-page-phone');
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Crocetta memory café');
    expect(await page.getByTestId('initiative-sessions').getByTestId('seats-left').first().innerText()).toBe(`${left} seats left`);
    await check(page, 'c4-community-page-phone-en');
    await page.getByRole('button', { name: 'Italiano' }).click();
  });

  it('an operator publishes a walking group and a weekly series; the public finder shows it', async () => {
    const page = await open(DESKTOP);
    await signIn(page, 'operatore@prossimo.example');
    await page.goto('/gestione-iniziative');
    await page.getByTestId(`manage-initiative-${DEMO_MEMORY_CAFE_ID}`).waitFor();
    await check(page, 'c5-community-manage');
    await page.getByTestId('initiative-new').click();
    const form = page.getByTestId('new-initiative-form');
    await form.getByTestId('initiative-kind').selectOption('LIFESTYLE_EXPERIMENT');
    await form.getByTestId('initiative-title').fill('Passeggiata del giovedì a Crocetta');
    await form.getByTestId('initiative-title-en').fill('Thursday walk in Crocetta');
    await form.getByTestId('initiative-description').fill('Un’ora di cammino lento per le vie del quartiere, con sosta al parco. Per tutti i passi.');
    await form.getByTestId('initiative-neighbourhood').selectOption('crocetta');
    expect(await form.getByTestId('initiative-lat').inputValue()).toMatch(/^45\.5/);
    await form.getByTestId('initiative-place-name').fill('Piazzetta di Crocetta');
    await form.getByTestId('initiative-place-address').fill('Via Monte Ortigara 1');
    await tick(form, 'initiative-alone');
    // Not free and no cost: the service names the field, the form says it in words.
    await tick(form, 'initiative-free', false);
    await form.getByTestId('initiative-submit').click();
    await form.getByRole('alert').waitFor();
    expect(await form.getByRole('alert').innerText()).toMatch(/costText|costo|non è gratuita/i);
    await tick(form, 'initiative-free');
    await form.getByTestId('initiative-submit').click();
    await waitFor(async () => /pubblicata/.test(await page.getByTestId('manage-saved').innerText()), 15_000, 'the initiative published');
    const [row] = await query<{ id: string; organiser_organisation_id: string }>(system().dbUrl('community'), `SELECT id, organiser_organisation_id FROM initiatives WHERE title_it = 'Passeggiata del giovedì a Crocetta'`);
    expect(row.organiser_organisation_id).toBe('0f000000-0000-4000-8000-000000000001');
    await page.getByTestId(`add-series-${row.id}`).click();
    const series = page.getByTestId(`series-${row.id.slice(0, 8)}-form`);
    await tick(series, 'series-day-THURSDAY');
    await series.getByTestId('series-start').fill('09:30');
    await series.getByTestId('series-end').fill('10:30');
    await series.getByTestId('series-max').fill('6');
    await series.getByTestId('series-public-seats').fill('20');
    await series.getByTestId('series-referral-seats').fill('4');
    await check(page, 'c6-community-series-form');
    await series.getByTestId('series-submit').click();
    await waitFor(async () => /6 incontri in programma/.test(await page.getByTestId('manage-saved').innerText()), 15_000, 'six sessions scheduled');
    const sessions = await query<{ n: number; rome: string }>(
      system().dbUrl('community'),
      `SELECT count(*)::int AS n, min(to_char(starts_at AT TIME ZONE 'Europe/Rome', 'Dy HH24:MI')) AS rome FROM sessions WHERE initiative_id = $1`,
      [row.id],
    );
    expect(sessions[0]).toEqual({ n: 6, rome: 'Thu 09:30' });
    // The confirmation comes first; the list is read again just after (the next five sessions shown).
    await waitFor(async () => (await page.getByTestId(`manage-sessions-${row.id}`).locator('li').count()) === 5, 15_000, 'the five next sessions listed');
    await check(page, 'c7-community-manage-after');

    // The public finder lists it in the mornings, in Crocetta; the open data carries it.
    const resident = await open();
    await resident.goto('/iniziative?quartiere=crocetta&quando=MORNING');
    await resident.getByTestId(`initiative-${row.id}`).waitFor();
    expect(await resident.getByTestId(`initiative-${row.id}`).getByTestId('seats-left').innerText()).toBe('20 posti liberi');
    const feed = await request(system().url).get('/open-data/session-series?afterTimestamp=0');
    expect(feed.status).toBe(200);
    const item = (feed.body as { items: { id: string; data?: Record<string, unknown> }[] }).items.find((i) => i.id === row.id);
    expect(item?.data).toMatchObject({ '@type': 'SessionSeries', name: 'Passeggiata del giovedì a Crocetta', url: expect.stringMatching(new RegExp(`/iniziative/${row.id}$`)) });
    const index = await request(system().url).get('/open-data');
    expect(index.body).toMatchObject({ feeds: expect.arrayContaining([expect.objectContaining({ name: 'scheduled-sessions' })]) });
  });

  it('a social worker sends a person to the memory café with a volunteer buddy; the organiser sees it arrive live, accepts it, can record the first attendance, and asks Anna to accompany; Anna accepts on her phone and then reads the name and phone', async () => {
    const sys = system();
    const reportId = randomUUID();
    const input = {
      id: reportId, neighbourhoodCode: 'crocetta', needs: ['LONELINESS'], urgency: 'MEDIUM', ageBand: 'AGE_80_PLUS',
      description: 'Il signore del secondo piano vive solo e non esce più di casa', consentToContact: true,
      subject: { name: 'Giuseppe Brambilla', phone: '+39 02 5555 0177', address: 'Via Cadorna 5' },
    };
    const flagged = await sys.gql('mutation($input: SubmitReportInput!) { submitReport(input: $input) { id } }', { input }, await sys.login('antenna@prossimo.example'));
    expect(flagged.errors).toBeUndefined();
    await waitFor(async () => (await query(sys.dbUrl('referrals'), 'SELECT 1 FROM routed_reports WHERE report_id = $1', [reportId])).length === 1, 30_000, 'the report routed');

    // The organiser's operator has the inbox open.
    const operator = await open(DESKTOP);
    await signIn(operator, 'operatore@prossimo.example');
    await operator.waitForURL('**/inbox');

    const social = await open(DESKTOP);
    await signIn(social, 'sociale@prossimo.example');
    await social.goto(`/segnalazioni/${reportId}`);
    const panel = social.getByTestId('prescribe-panel');
    await panel.waitFor();
    expect(await panel.getByRole('heading').first().innerText()).toBe("Invia a un'attività");
    await waitFor(async () => (await social.getByTestId('prescribe-initiative').locator(`option[value="${DEMO_MEMORY_CAFE_ID}"]`).count()) === 1, 30_000, 'the memory café offered');
    await social.getByTestId('prescribe-initiative').selectOption(DEMO_MEMORY_CAFE_ID);
    const session = social.getByTestId('prescribe-session-0');
    await session.waitFor({ timeout: 30_000 });
    await social.locator(`label[for="${await session.getAttribute('id')}"]`).click();
    await tick(social, 'prescribe-buddy');
    await check(social, 'c8-community-prescribe');
    await social.getByTestId('prescribe-send').click();
    await waitFor(async () => /Invio all'attività fatto/.test(await social.getByTestId('report-message').innerText()), 20_000, 'the confirmation');
    const [row] = await waitFor(async () => {
      const rows = await query<{ id: string }>(sys.dbUrl('referrals'), `SELECT id FROM referrals WHERE report_id = $1 AND target_kind = 'INITIATIVE'`, [reportId]);
      return rows.length === 1 ? rows : undefined;
    }, 20_000, 'the prescription');
    await social.getByTestId(`referral-story-${row.id}`).waitFor({ timeout: 20_000 }).catch(async (e: Error) => {
      throw new Error(`${e.message}\nPAGE: ${(await social.locator('main').innerText()).slice(0, 3000)}`);
    });
    expect(await social.getByTestId(`referral-story-${row.id}`).innerText()).toMatch(/Attività: Caffè della memoria di Crocetta[\s\S]*volontario accompagnatore richiesto/);

    // It arrives in the operator's open inbox by itself, with the activity, the session and the buddy flag, and no name.
    const card = operator.getByTestId(`referral-${row.id}`);
    await card.waitFor({ timeout: 30_000 });
    expect(await card.getByTestId(`activity-${row.id}`).innerText()).toBe('Caffè della memoria di Crocetta');
    expect(await card.getByTestId(`buddy-${row.id}`).innerText()).toBe('richiesto per la prima volta');
    expect(await card.innerText()).not.toContain('Brambilla');
    await check(operator, 'c9-community-prescription-inbox');
    await operator.getByTestId(`accept-${row.id}`).click();
    await waitFor(async () => /Accettata/.test(await operator.getByTestId(`referral-status-${row.id}`).innerText().catch(() => '')), 20_000, 'accepted');
    await operator.getByTestId(`first-attendance-${row.id}`).waitFor();
    expect(await operator.getByTestId(`first-attendance-${row.id}`).innerText()).toBe('Registra la prima presenza');
    await check(operator, 'c10-community-prescription-accepted');
    // Community holds the seat for it.
    await waitFor(async () => (await query(sys.dbUrl('community'), `SELECT 1 FROM seat_reservations WHERE holder_ref = $1 AND status = 'HELD' AND kind = 'REFERRAL'`, [row.id])).length === 1, 20_000, 'the seat held');

    // The buddy: the organiser sees the request with the volunteers matching proposes, and asks Anna (68, Crocetta, free on Tuesday afternoons).
    await operator.goto('/volontari/ente');
    const request = operator.getByTestId('org-buddy-request');
    await request.first().waitFor({ timeout: 30_000 });
    expect(await request.first().innerText()).toMatch(/Accompagna una persona[\s\S]*Caffè della memoria di Crocetta/);
    expect(await request.first().innerText()).not.toContain('Brambilla');
    await request.first().getByTestId('buddy-proposals-toggle').click();
    const ask = request.first().getByRole('button', { name: 'Chiedi a Anna Colombo' });
    await ask.waitFor({ timeout: 30_000 });
    await check(operator, 'c11-community-buddy-proposals');
    await ask.click();
    await waitFor(async () => /Chiesto a Anna Colombo/.test(await request.first().innerText()), 20_000, 'Anna asked');

    // Anna, on her phone: what she is asked, without the person; she accepts; the meeting point; then the name and phone from the vault.
    const anna = await open(PHONE);
    await signIn(anna, 'volontaria@prossimo.example');
    await anna.goto('/volontari/turni');
    const mine = anna.getByTestId('buddy-request');
    await mine.first().waitFor({ timeout: 30_000 });
    expect(await mine.first().innerText()).toMatch(/Accompagna una persona[\s\S]*Caffè della memoria di Crocetta[\s\S]*martedì[\s\S]*Crocetta/);
    expect(await mine.first().innerText()).not.toContain('Brambilla');
    await fitsThePhone(anna);
    await check(anna, 'c12-community-buddy-asked');
    await mine.first().getByTestId('buddy-accept').click();
    await mine.first().getByTestId('buddy-meeting-point').waitFor({ timeout: 20_000 });
    expect(await mine.first().getByTestId('buddy-meeting-point').innerText()).toContain('Sala civica di Crocetta, Via Monte Ortigara 12');
    const reveal = mine.first().getByTestId('buddy-reveal');
    await waitFor(async () => {
      if (await mine.first().getByTestId('buddy-contact').count()) return true;
      if (await reveal.isVisible().catch(() => false)) await reveal.click();
      return false;
    }, 30_000, 'the name and phone, once the vault hears of the buddy');
    expect(await mine.first().getByTestId('buddy-contact').innerText()).toMatch(/Giuseppe Brambilla[\s\S]*\+39 02 5555 0177/);
    await check(anna, 'c13-community-buddy-contact');
    const audited = await query<{ actor_id: string }>(sys.dbUrl('reports'), `SELECT actor_id FROM audit_log WHERE record_id = $1 AND action = 'reports.reveal-to-buddy.v1'`, [reportId]);
    expect(audited.length).toBeGreaterThanOrEqual(1);
  });
}
