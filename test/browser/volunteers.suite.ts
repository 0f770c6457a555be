/// <reference lib="dom" />
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DEMO_MUNICIPALITY, DEMO_VOLUNTEER_ROLES } from '@prossimo/demo';
import { RunningSystem, query } from '@prossimo/testing';
import { browserSession, DESKTOP, PHONE, signIn } from './browser';

/**
 * Issue 17, volunteers and schools, walked as people walk them. A resident, 70, on a phone,
 * signs up as a volunteer (account, then what she offers), is refused a full shift with the reason
 * in words, signs up for another and finds it among her shifts; one page in English. The
 * organisation sees who is coming and downloads the register of non-occasional volunteers (CSV,
 * Italian headers); the administration sees the school protocols. axe-core on every page.
 */
export function volunteersSuite(system: () => RunningSystem): void {
  const { open, check, fitsThePhone } = browserSession(system);

  it('a resident of 70 signs up as a volunteer on a phone, is told why a full shift refuses her, and takes a place on another', async () => {
    const page = await open(PHONE);
    const email = `rosa-${randomUUID().slice(0, 8)}@example.org`;
    await page.goto('/');
    await page.locator('footer').getByRole('link', { name: 'Fai volontariato' }).click();
    await page.getByTestId('volunteer-account-form').waitFor();
    await check(page, 'volunteers-01-sign-up-phone');
    await fitsThePhone(page);
    await page.getByTestId('va-name').fill('Rosa Brambilla');
    await page.getByTestId('va-email').fill(email);
    await page.getByTestId('va-password').fill('le rose di maggio');
    await page.getByTestId('va-submit').click();
    // Signed in as a volunteer: now what she offers.
    await page.getByTestId('volunteer-profile-form').waitFor({ timeout: 60_000 });
    expect(await page.getByLabel('Nome e cognome').inputValue()).toBe('Rosa Brambilla');
    await page.getByTestId('vp-year').fill('1956');
    await page.getByTestId('vp-neighbourhood').selectOption('balsamo');
    await page.getByTestId('vp-slot-SATURDAY_MORNING').check();
    await page.getByTestId('vp-slot-THURSDAY_MORNING').check();
    await page.locator('label[for="vp-skill-COMPANIONSHIP"]').click();
    await check(page, 'volunteers-02-profile-phone');
    await fitsThePhone(page);
    await page.getByTestId('vp-save').click();
    await page.waitForURL('**/volontari/turni');
    await page.getByTestId('open-roles').waitFor();
    await page.getByTestId('my-shifts-empty').waitFor();
    const saved = await query<{ birth_year: number; availability: string[]; email: string }>(system().dbUrl('community'), 'SELECT birth_year, availability, email FROM volunteers WHERE email = $1', [email]);
    expect(saved).toEqual([{ birth_year: 1956, availability: expect.arrayContaining(['SATURDAY_MORNING', 'THURSDAY_MORNING']), email }]);

    // The one-place Saturday walk is full (a demo volunteer has it): the reason, in words.
    const walks = page.getByTestId('open-role').filter({ hasText: 'Passeggiate di gruppo' });
    const full = walks.getByTestId('open-shift').filter({ hasText: 'Al completo' }).first();
    await full.getByTestId('sign-up-shift').click();
    await full.getByTestId('sign-up-refused').waitFor();
    expect(await full.getByTestId('sign-up-refused').innerText()).toBe('il turno è al completo');
    await check(page, 'volunteers-03-refused-full-phone');

    // Another walk, with places: she is in.
    const withPlaces = walks.getByTestId('open-shift').filter({ hasText: 'Posti liberi' }).first();
    await withPlaces.getByTestId('sign-up-shift').click();
    await withPlaces.getByTestId('sign-up-done').waitFor();
    await page.getByTestId('my-shift').first().waitFor();
    expect(await page.getByTestId('my-shift').first().innerText()).toContain('Passeggiate di gruppo');
    await check(page, 'volunteers-04-my-shifts-phone');
    await fitsThePhone(page);
    const rows = await query<{ status: string }>(system().dbUrl('community'), `SELECT su.status FROM volunteer_sign_ups su JOIN volunteers v ON v.id = su.volunteer_id WHERE v.email = $1`, [email]);
    expect(rows).toEqual([{ status: 'SIGNED_UP' }]);

    // The same page in English.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'My shifts' }).waitFor();
    await check(page, 'volunteers-05-my-shifts-english-phone');
  });

  it('the organisation sees who is coming, and downloads the register of non-occasional volunteers with Italian headers', async () => {
    const page = await open(DESKTOP);
    await signIn(page, 'operatore@prossimo.example');
    await page.goto('/volontari/ente');
    const memory = page.getByTestId('org-role').filter({ hasText: DEMO_VOLUNTEER_ROLES[0].title });
    await memory.waitFor();
    await memory.getByRole('button', { name: 'Chi viene' }).first().click();
    await memory.getByText('Anna Colombo').waitFor();
    await page.getByTestId('hours-table').getByText('Inserite a mano').first().waitFor();
    await check(page, 'volunteers-06-organisation');

    const sys = system();
    const operator = await sys.login('operatore@prossimo.example');
    const yearAgo = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
    const csv = await request(sys.url).get(`/community/volunteer-register.csv?from=${yearAgo}`).set('authorization', `Bearer ${operator}`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Nome e cognome;E-mail;Telefono;Anno di nascita;Primo giorno di attività;Ultimo giorno di attività;Ruoli;Ore totali;Ore da presenze registrate;Ore inserite a mano');
    const anna = lines.find((l) => l.startsWith('Anna Colombo;'));
    expect(anna).toMatch(/^Anna Colombo;volontaria@prossimo\.example;333 000 0006;1958;\d\d\/\d\d\/\d{4};\d\d\/\d\d\/\d{4};Accoglienza al caffè della memoria;\d+(,\d+)?;0;\d+(,\d+)?$/);
    // Only who gave time on two days or more: Luca came once.
    expect(lines.some((l) => l.startsWith('Luca Bassi;'))).toBe(false);
    expect((await request(sys.url).get('/community/volunteer-register.csv')).status).toBe(401);
    expect((await request(sys.url).get('/community/volunteer-register.csv').set('authorization', `Bearer ${await sys.login('volontaria@prossimo.example')}`)).status).toBe(403);
  });

  it('the demo volunteer over 65 sees her shift on a phone', async () => {
    const page = await open(PHONE);
    await signIn(page, 'volontaria@prossimo.example');
    await page.waitForURL('**/volontari/turni');
    await page.getByTestId('my-shift').first().waitFor();
    expect(await page.getByTestId('my-shift').first().innerText()).toContain('caffè della memoria');
    await fitsThePhone(page);
    await check(page, 'volunteers-07-anna-phone');
  });

  it('the administration keeps the school protocols, with class groups as counts only', async () => {
    const page = await open(DESKTOP);
    await signIn(page, 'admin@prossimo.example');
    await page.goto('/admin/scuole');
    await page.getByTestId('school-protocols').getByText('Scuola secondaria di primo grado Zandonai').waitFor();
    expect(await page.getByTestId('school-totals').innerText()).toContain('2026/27');
    await page.getByTestId('school-new').click();
    await page.getByTestId('school-form').waitFor();
    await check(page, 'volunteers-08-schools-admin');
    const counts = await query<{ n: number }>(system().dbUrl('community'), 'SELECT count(*)::int AS n FROM school_protocols WHERE municipality = $1', [DEMO_MUNICIPALITY]);
    expect(counts[0].n).toBeGreaterThanOrEqual(2);
  });
}
