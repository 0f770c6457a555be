import { randomUUID } from 'node:crypto';
import { INestMicroservice } from '@nestjs/common';
import { AgeBand, ErrorCode, Need, Page, ReferralStatus, ReferralV1, Role, REQUEST_PATTERNS, Urgency } from '@prossimo/contracts';
import { loadSettings, startService } from '@prossimo/platform';
import {
  TEST_KEYS, TEST_NATS_URL, TestEventBus, TestRpcClient, cloneDatabase, deleteTestStreams, dropDatabase, query, tokenFor, uniqueRoot, waitFor,
} from '@prossimo/testing';
import { ReferralsSettings } from '../src/config/referrals.env';
import { runReferralsDemoSeed } from '../src/demo/demo.seed';
import { OrganisationMailer } from '../src/org-mail/org-mailer.service';
import { ReferralsModule } from '../src/referrals.module';
import { SmtpSink } from './smtp-sink';

const MUN = '015077';
const PLACE = 'quartiere-coop';
const ORG = '0f000000-0000-4000-8000-0000000000e1';
const QUIET_ORG = '0f000000-0000-4000-8000-0000000000e2';
const MEALS = '5e000000-0000-4000-8000-0000000000e1'; // FOOD, counts places ("pasti")
const CALLS = '5e000000-0000-4000-8000-0000000000e2'; // LONELINESS, no numbers
const HOMES = '5e000000-0000-4000-8000-0000000000e3'; // HOUSING, an organisation without an e-mail address
const HOUR = 3_600_000;

/**
 * Issue 13, the cooperative: what a referral tells its organisation before it accepts (age band,
 * consent), the first contact through the desk when the person did not consent (and the SLA that
 * waits for the desk's hand-over), places taken and freed, who moved it, and the e-mails for when
 * the inbox is closed (real PostgreSQL, NATS and an SMTP sink; an injected clock).
 */
describe('the organisation’s referrals: facts, first contact through the desk, places, e-mails', () => {
  let dbUrl: string;
  let root: string;
  let sut: INestMicroservice;
  let rpc: TestRpcClient;
  let bus: TestEventBus;
  let sink: SmtpSink;
  let now = new Date('2026-03-02T08:00:00Z'); // a Monday, 09:00 in Rome
  const clock = () => now;
  let operator: string;
  let operatorId: string;
  let otherOperator: string;
  let worker: string;

  beforeAll(async () => {
    dbUrl = await cloneDatabase('referrals');
    root = uniqueRoot();
    sink = await SmtpSink.start();
    const settings = loadSettings(ReferralsSettings, {
      DATABASE_URL: dbUrl, NATS_URL: TEST_NATS_URL, SUBJECT_ROOT: root, AUTH_PUBLIC_KEY: TEST_KEYS.publicKey, LOG_LEVEL: 'silent',
      SLA_SWEEP_INTERVAL_MS: '0', MAIL_SWEEP_INTERVAL_MS: '0', SMTP_HOST: '127.0.0.1', SMTP_PORT: String(sink.port), PUBLIC_WEB_URL: 'https://prossimo.test/',
    });
    bus = await TestEventBus.connect(TEST_NATS_URL, root);
    sut = await startService(ReferralsModule.register(settings, { clock }), settings, 'referrals');
    rpc = await TestRpcClient.connect(TEST_NATS_URL, root);
    await runReferralsDemoSeed(dbUrl, root);
    const admin = await tokenFor({ role: Role.ADMIN });
    await rpc.call(REQUEST_PATTERNS.referrals.registerOrganisation, { id: ORG, name: 'Cooperativa La Tavola', legalForm: 'cooperativa sociale', taxCode: '91000000031', runtsNumber: 'R-31', runtsSection: 'a', email: 'richieste@latavola.example' }, admin);
    await rpc.call(REQUEST_PATTERNS.referrals.registerOrganisation, { id: QUIET_ORG, name: 'Associazione Casa Aperta', legalForm: 'associazione', taxCode: '91000000032', runtsNumber: 'R-32', runtsSection: 'a' }, admin);
    const service = (id: string, organisationId: string, name: string, needs: Need[], extra: Record<string, unknown>) =>
      rpc.call(REQUEST_PATTERNS.referrals.registerService, { id, organisationId, name, status: 'active', needs, neighbourhoodCodes: [PLACE], capacityStatus: 'capacity', ...extra }, admin);
    await service(MEALS, ORG, 'Pasti a domicilio', [Need.FOOD], { capacityAvailable: 1, capacityMaximum: 2, capacityUnit: 'pasti' });
    await service(CALLS, ORG, 'Telefonate di compagnia', [Need.LONELINESS], {});
    await service(HOMES, QUIET_ORG, 'Sportello casa', [Need.HOUSING], {});
    operatorId = randomUUID();
    operator = await tokenFor({ role: Role.ORG_OPERATOR, organisationId: ORG, accountId: operatorId });
    otherOperator = await tokenFor({ role: Role.ORG_OPERATOR, organisationId: QUIET_ORG });
    worker = await tokenFor({ role: Role.SOCIAL_WORKER });
  });

  afterAll(async () => {
    await rpc?.close();
    await bus?.close();
    await sut?.close();
    await sink?.close();
    await deleteTestStreams(root);
    await dropDatabase(dbUrl);
  });

  async function submit(needs: Need[], facts: Record<string, unknown> = { consentToContact: true, doNotContact: false }, urgency = Urgency.HIGH): Promise<string> {
    const reportId = randomUUID();
    await bus.publish('report.submitted.v1', {
      municipality: MUN, reportId, antennaId: randomUUID(), ownerDeskId: randomUUID(), neighbourhoodCode: PLACE, needs, urgency, ageBand: AgeBand.AGE_65_79,
      submittedAt: now.toISOString(), ...facts,
    });
    return reportId;
  }
  const referralOf = (reportId: string) =>
    waitFor(async () => {
      const page = await rpc.call<Page<ReferralV1>>(REQUEST_PATTERNS.referrals.list, { first: 100 }, operator);
      return page.nodes.find((n) => n.reportId === reportId) ?? null;
    }, 20_000, `the referral of ${reportId}`);
  const listed = async (id: string) => (await rpc.call<Page<ReferralV1>>(REQUEST_PATTERNS.referrals.list, { first: 100 }, operator)).nodes.find((n) => n.id === id)!;
  const move = (id: string, action: string, extra: Record<string, string> = {}) => rpc.call<ReferralV1>(REQUEST_PATTERNS.referrals.transition, { id, action, ...extra }, operator);
  const timers = (id: string) => query<{ kind: string; state: string; due_at: Date }>(dbUrl, 'SELECT kind, state, due_at FROM referral_timers WHERE referral_id = $1 ORDER BY due_at', [id]);
  const places = async () => (await query<{ capacity_available: number; capacity_status: string }>(dbUrl, 'SELECT capacity_available, capacity_status FROM services WHERE id = $1', [MEALS]))[0];
  const outbox = (referralId: string, type: string) =>
    query<{ payload: Record<string, unknown> }>(dbUrl, `SELECT payload FROM outbox WHERE subject = $1 AND payload->>'referralId' = $2 ORDER BY seq`, [`${root}.${MUN}.${type}`, referralId]);

  it('shows the organisation the age band and whether the person consented, before it accepts', async () => {
    const reportId = await submit([Need.LONELINESS], { consentToContact: false, doNotContact: false });
    const r = await referralOf(reportId);
    expect(r).toMatchObject({ ageBand: AgeBand.AGE_65_79, consentToContact: false, doNotContact: false, dueKind: 'accept', holdsPlace: false, firstContactRequestedAt: null });
    expect(Date.parse(r.dueAt!) - now.getTime()).toBe(4 * HOUR);
    // An event from before issue 13 carries no consent: unknown, not "no".
    const old = await referralOf(await submit([Need.LONELINESS], {}));
    expect(old).toMatchObject({ consentToContact: null, doNotContact: null });
  });

  it('without consent: accepting starts no first-contact clock; asking the desk alerts it; the clock starts at the hand-over', async () => {
    const reportId = await submit([Need.LONELINESS], { consentToContact: false, doNotContact: false });
    const { id } = await referralOf(reportId);
    // Asked before accepting: nothing to ask yet.
    expect(await rpc.callError(REQUEST_PATTERNS.referrals.requestFirstContact, { id }, operator)).toMatchObject({ code: ErrorCode.CONFLICT });
    await move(id, 'accept');
    expect((await timers(id)).filter((t) => t.state === 'pending')).toEqual([]);
    expect(await listed(id)).toMatchObject({ status: ReferralStatus.ACCEPTED, dueAt: null, dueKind: null });

    now = new Date(now.getTime() + HOUR);
    const asked = await rpc.call<ReferralV1>(REQUEST_PATTERNS.referrals.requestFirstContact, { id }, operator);
    expect(asked.firstContactRequestedAt).toBe(now.toISOString());
    const again = await rpc.call<ReferralV1>(REQUEST_PATTERNS.referrals.requestFirstContact, { id }, operator);
    expect(again.firstContactRequestedAt).toBe(asked.firstContactRequestedAt);
    expect(await query(dbUrl, `SELECT kind, referral_id FROM alerts WHERE report_id = $1`, [reportId])).toEqual([{ kind: 'first-contact-requested', referral_id: id }]);
    expect((await outbox(id, 'referral.first-contact-requested.v1')).map((e) => e.payload)).toEqual([
      expect.objectContaining({ step: 'first-contact-requested', actorAccountId: operatorId, from: ReferralStatus.ACCEPTED, to: ReferralStatus.ACCEPTED }),
    ]);
    expect(await rpc.callError(REQUEST_PATTERNS.referrals.requestFirstContact, { id }, otherOperator)).toMatchObject({ code: ErrorCode.NOT_FOUND });
    expect((await timers(id)).filter((t) => t.state === 'pending')).toEqual([]);

    now = new Date(now.getTime() + 5 * HOUR);
    expect(await rpc.callError(REQUEST_PATTERNS.referrals.handOverContact, { id }, operator)).toMatchObject({ code: ErrorCode.FORBIDDEN });
    const handed = await rpc.call<ReferralV1>(REQUEST_PATTERNS.referrals.handOverContact, { id }, worker);
    expect(handed.contactHandedOverAt).toBe(now.toISOString());
    const pending = (await timers(id)).filter((t) => t.state === 'pending');
    expect(pending.map((t) => [t.kind, new Date(t.due_at).getTime() - now.getTime()])).toEqual([['first-contact', 24 * HOUR]]);
    expect(await listed(id)).toMatchObject({ dueKind: 'first-contact', contactHandedOverAt: now.toISOString() });
    expect(await outbox(id, 'referral.contact-handed-over.v1')).toHaveLength(1);
    // Once: a second hand-over changes nothing.
    await rpc.call(REQUEST_PATTERNS.referrals.handOverContact, { id }, worker);
    expect(await timers(id)).toHaveLength(2); // the settled accept timer and the first-contact one
  });

  it('with consent: the first-contact clock starts at acceptance, and there is nothing to ask the desk', async () => {
    const { id } = await referralOf(await submit([Need.LONELINESS]));
    await move(id, 'accept');
    expect((await timers(id)).filter((t) => t.state === 'pending').map((t) => t.kind)).toEqual(['first-contact']);
    expect(await rpc.callError(REQUEST_PATTERNS.referrals.requestFirstContact, { id }, operator)).toMatchObject({ code: ErrorCode.CONFLICT });
    expect(await rpc.callError(REQUEST_PATTERNS.referrals.handOverContact, { id }, worker)).toMatchObject({ code: ErrorCode.CONFLICT });
    // "Do not contact directly" goes through the desk too.
    const dnc = await referralOf(await submit([Need.LONELINESS], { consentToContact: true, doNotContact: true }));
    await move(dnc.id, 'accept');
    expect((await timers(dnc.id)).filter((t) => t.state === 'pending')).toEqual([]);
  });

  it('names who moved a referral on its event (the inbox does not echo an operator’s own move)', async () => {
    const { id } = await referralOf(await submit([Need.LONELINESS]));
    await move(id, 'accept');
    expect((await outbox(id, 'referral.accepted.v1'))[0].payload).toMatchObject({ actorAccountId: operatorId });
    expect((await outbox(id, 'referral.requested.v1'))[0].payload.actorAccountId).toBeUndefined();
  });

  it('takes a place on accept, refuses when none is left, and frees it when the referral ends', async () => {
    const [a, b] = [await submit([Need.FOOD]), await submit([Need.FOOD])];
    const first = await referralOf(a);
    const second = await referralOf(b);
    expect(first).toMatchObject({ serviceId: MEALS, capacityAvailable: 1, capacityMaximum: 2, capacityUnit: 'pasti' });
    expect(await move(first.id, 'accept')).toMatchObject({ status: ReferralStatus.ACCEPTED, holdsPlace: true, capacityAvailable: 0 });
    // The last place taken: matching sends this service nothing new.
    expect(await places()).toEqual({ capacity_available: 0, capacity_status: 'no-capacity' });
    const refused = await rpc.callError(REQUEST_PATTERNS.referrals.transition, { id: second.id, action: 'accept' }, operator);
    expect(refused).toMatchObject({ code: ErrorCode.CONFLICT });
    expect(refused.message).toContain('0 pasti disponibili');
    expect(await listed(second.id)).toMatchObject({ status: ReferralStatus.REQUESTED, holdsPlace: false });

    await move(first.id, 'start');
    await move(first.id, 'complete', { outcomeNoteId: randomUUID() });
    expect(await places()).toEqual({ capacity_available: 1, capacity_status: 'capacity' });
    expect(await listed(first.id)).toMatchObject({ holdsPlace: false });
    expect(await move(second.id, 'accept')).toMatchObject({ holdsPlace: true, capacityAvailable: 0 });
    await move(second.id, 'fail', { reasonNoteId: randomUUID() });
    expect(await places()).toEqual({ capacity_available: 1, capacity_status: 'capacity' });
  });

  it('e-mails the organisation each new referral and each close deadline, once, without the person’s data', async () => {
    await mailer().sweep(); // what earlier tests queued
    const before = sink.mails.length;
    const reportId = await submit([Need.LONELINESS]);
    const { id } = await referralOf(reportId);
    expect(await mailer().sweep()).toMatchObject({ sent: 1 });
    const mail = sink.mails.slice(before).find((m) => m.data.includes(id))!;
    expect(mail.to).toEqual(['richieste@latavola.example']);
    expect(mail.data).toContain('Bisogni / needs: solitudine (loneliness)');
    expect(mail.data).toContain(`Quartiere / neighbourhood: ${PLACE}`);
    expect(mail.data).toContain('https://prossimo.test/inbox');
    expect(mail.data).not.toContain(reportId);
    expect(await mailer().sweep()).toMatchObject({ sent: 0, queued: 0 });

    // Two hours before the acceptance deadline (4 h for HIGH), once however often the sweep runs.
    now = new Date(now.getTime() + 2 * HOUR + 60_000);
    expect(await mailer().sweep()).toMatchObject({ queued: 1, sent: 1 });
    expect(sink.mails.slice(before).filter((m) => m.data.includes(id)).map((m) => m.data.includes('scade presto'))).toEqual([false, true]);
    expect(await mailer().sweep()).toMatchObject({ queued: 0, sent: 0 });

    // An organisation without an address gets none; a referral accepted before its e-mail went is skipped.
    const quiet = await submit([Need.HOUSING]);
    await waitFor(async () => (await query(dbUrl, 'SELECT 1 FROM referrals WHERE report_id = $1', [quiet])).length === 1, 20_000, 'the housing referral');
    const late = await referralOf(await submit([Need.LONELINESS]));
    await move(late.id, 'accept');
    expect(await mailer().sweep()).toMatchObject({ sent: 0, skipped: 1 });
    expect(await query(dbUrl, `SELECT state FROM organisation_mails m JOIN referrals r ON r.id = m.referral_id WHERE r.report_id = $1`, [quiet])).toEqual([]);
  });

  const mailer = () => sut.get(OrganisationMailer);
});
