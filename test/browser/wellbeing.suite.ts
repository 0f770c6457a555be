/// <reference lib="dom" />
import { randomUUID } from 'node:crypto';
import { Page } from 'playwright-core';
import { RunningSystem, query, waitFor } from '@prossimo/testing';
import { browserSession, signIn } from './browser';

const DESK = { viewport: { width: 1366, height: 900 } };
const SUBMIT = 'mutation($input: SubmitReportInput!) { submitReport(input: $input) { id } }';

/**
 * Issue 17, outcomes and pathways, walked as the social worker walks them in headless Chromium:
 * on a report's page she asks the person the three UCLA-3 questions and records the START
 * measurement (the page then says when the 12-week one is due), opens a «Dopo di noi» life
 * project, tags the report's referral with action C and writes the parents' wishes with a review
 * date. The answers and the wishes are sealed in the vault; the dashboard's events carry no
 * person. axe on the page.
 */
export function wellbeingSuite(system: () => RunningSystem): void {
  const { open, check } = browserSession(system, DESK);

  /** Chooses a radio as a person does: on its label. */
  async function choose(page: Page, testId: string): Promise<void> {
    const input = page.getByTestId(testId);
    await page.locator(`label[for="${await input.getAttribute('id')}"]`).click();
    await waitFor(() => input.isChecked(), 10_000, `${testId} to be checked`, 100);
  }

  const message = (page: Page, text: string) => waitFor(async () => (await page.getByTestId('report-message').innerText()).includes(text), 20_000, `«${text}»`, 100);

  it('the social worker records the START loneliness measurement with the person and opens a «Dopo di noi» life project', async () => {
    const sys = system();
    const shop = await sys.login('antenna@prossimo.example');
    const reportId = randomUUID();
    const submitted = await sys.gql(SUBMIT, {
      input: { id: reportId, neighbourhoodCode: 'crocetta', consentToContact: true, needs: ['DOPO_DI_NOI'], urgency: 'LOW', ageBand: 'AGE_35_64', description: 'Luca, 41 anni, vive con i genitori anziani che si chiedono chi lo seguirà dopo di loro' },
    }, shop);
    expect(submitted.errors).toBeUndefined();
    const reports = sys.dbUrl('reports');
    // The referral for the «Dopo di noi» need, once the vault knows it from its event.
    await waitFor(async () => (await query(reports, 'SELECT 1 FROM report_referrals WHERE report_id = $1', [reportId])).length > 0, 30_000, 'the referral known to the vault');
    const [{ referral_id: referralId }] = await query<{ referral_id: string }>(reports, 'SELECT referral_id FROM report_referrals WHERE report_id = $1', [reportId]);

    const desk = await open();
    await signIn(desk, 'sociale@prossimo.example');
    await desk.goto(`/segnalazioni/${reportId}`);
    await desk.getByTestId('outcome-form').waitFor({ timeout: 30_000 });
    expect(await desk.getByRole('heading', { name: 'Come sta la persona' }).count()).toBe(1);
    for (const q of ['Quanto spesso sente di non avere compagnia?', 'Quanto spesso si sente esclusa o escluso?', 'Quanto spesso si sente isolata o isolato dagli altri?']) {
      expect(await desk.getByRole('group', { name: q }).count()).toBe(1);
    }

    // One answer left out: the form names it and sends nothing.
    await choose(desk, 'outcome-lackCompanionship-3');
    await choose(desk, 'outcome-leftOut-2');
    await desk.getByTestId('outcome-submit').click();
    expect(await desk.getByTestId('outcome-form').innerText()).toContain('Scegli una risposta.');
    await choose(desk, 'outcome-isolated-3');
    await desk.getByTestId('outcome-submit').click();
    await message(desk, 'Misura registrata: punteggio 8 su 9.');
    await desk.getByTestId('outcomes-table').waitFor({ timeout: 20_000 });
    expect(await desk.getByTestId('outcomes-table').innerText()).toMatch(/All'inizio.*8.*alta \(7–9\)/s);
    expect(await desk.getByTestId('outcomes-due').innerText()).toMatch(/La misura dopo 12 settimane è prevista per il/);

    // The life project: «Dopo di noi», the referral doing action C, the parents' wishes with a review date.
    await desk.getByTestId('pathway-kind-select').selectOption('DOPO_DI_NOI');
    await desk.getByTestId('pathway-open').click();
    await message(desk, 'Progetto di vita aperto.');
    expect(await desk.getByTestId('pathway-kind').innerText()).toBe('Dopo di noi (legge 112/2016)');
    const row = desk.getByTestId(`pathway-referral-${referralId}`);
    await row.waitFor({ timeout: 30_000 });
    await row.getByTestId('pathway-action-select').selectOption('C_AUTONOMY_SKILLS');
    await row.getByTestId('pathway-action-save').click();
    await message(desk, 'Azione salvata.');
    await desk.getByTestId('pathway-wishes-text').fill('I genitori desiderano che Luca impari a vivere con due amici, vicino al centro diurno.');
    await desk.getByTestId('pathway-wishes-review').fill('2099-06-30');
    await desk.getByTestId('pathway-wishes-save').click();
    await message(desk, 'Desideri salvati.');
    await waitFor(async () => (await desk.getByTestId('pathway-wishes-current').innerText()).includes('due amici'), 20_000, 'the wishes shown');
    await check(desk, '90-desk-outcomes-and-pathway');

    // Sealed in the vault; the dashboard's events name no report, referral or person.
    const sealed = await query<{ t: string }>(reports, `SELECT encode(text_sealed, 'escape') AS t FROM pathway_wishes WHERE report_id = $1`, [reportId]);
    expect(sealed).toHaveLength(1);
    expect(sealed[0].t).not.toContain('due amici');
    const events = await query<{ payload: Record<string, unknown> }>(reports, `SELECT payload FROM outbox WHERE subject ~ '\\.(outcome|pathway)\\.'`);
    expect(events.length).toBeGreaterThanOrEqual(3);
    for (const e of events) expect(JSON.stringify(e.payload)).not.toMatch(new RegExp(`${reportId}|${referralId}|Luca|amici`));
  });
}
