import { randomUUID } from 'node:crypto';
import { INestMicroservice } from '@nestjs/common';
import { AgeBand, ErrorCode, HealthV1, Need, Page, ReferralStatus, ReferralV1, Role, REQUEST_PATTERNS, Urgency } from '@prossimo/contracts';
import { DEMO_ORGANISATION, DEMO_SERVICES } from '@prossimo/demo';
import { loadSettings, startService } from '@prossimo/platform';
import {
  TEST_KEYS, TEST_NATS_URL, TestEventBus, TestRpcClient, cloneDatabase, craftedCursors, deleteTestStreams, dropDatabase, query, tokenFor, uniqueRoot, waitFor,
} from '@prossimo/testing';
import { ReferralsSettings } from '../src/config/referrals.env';
import { runReferralsDemoSeed } from '../src/demo/demo.seed';
import { ReferralsModule } from '../src/referrals.module';

const MUN = '015077';
/** A neighbourhood the demo directory does not cover: the tests' own services live there. */
const TEST_PLACE = 'quartiere-prova';

const [CARE, PANTRY] = DEMO_SERVICES; // loneliness, elderly care, ... | food, housing, work, ...
const OTHER_ORG = '0f000000-0000-4000-8000-0000000000b2';
const UNREGISTERED_ORG = '0f000000-0000-4000-8000-0000000000c3';
const SVC = {
  foodNow: '5e000000-0000-4000-8000-0000000000f1',
  foodWaitlist: '5e000000-0000-4000-8000-0000000000f2',
  companyFull: '5e000000-0000-4000-8000-0000000000f3',
  housingUnregistered: '5e000000-0000-4000-8000-0000000000f4',
};

interface ReferralRow {
  id: string;
  service_id: string;
  organisation_id: string;
  needs: string[];
  status: string;
  version: number;
  /** The system's reason code, or the text of the note this test wrote (see `written`). */
  reason: string | null;
  /** The text of the outcome note this test wrote. */
  outcome: string | null;
  reason_note_id: string | null;
  outcome_note_id: string | null;
  match_explanation: { trigger: string; after?: string; chosen: { serviceId: string }; rank: number };
}
interface OutboxRow {
  subject: string;
  payload: Record<string, unknown>;
  published_at: Date | null;
}

describe('referrals service (real PostgreSQL and NATS)', () => {
  let dbUrl: string;
  let root: string;
  let sut: INestMicroservice;
  let rpc: TestRpcClient;
  let bus: TestEventBus;
  let operator: string;
  let otherOperator: string;

  beforeAll(async () => {
    dbUrl = await cloneDatabase('referrals');
    root = uniqueRoot();
    const settings = loadSettings(ReferralsSettings, {
      DATABASE_URL: dbUrl,
      NATS_URL: TEST_NATS_URL,
      SUBJECT_ROOT: root,
      AUTH_PUBLIC_KEY: TEST_KEYS.publicKey,
      LOG_LEVEL: 'silent',
    });
    bus = await TestEventBus.connect(TEST_NATS_URL, root);
    sut = await startService(ReferralsModule.register(settings), settings, 'referrals');
    rpc = await TestRpcClient.connect(TEST_NATS_URL, root);
    await runReferralsDemoSeed(dbUrl, root);
    await seedTestDirectory(dbUrl);
    operator = await tokenFor({ role: Role.ORG_OPERATOR, organisationId: DEMO_ORGANISATION.id });
    otherOperator = await tokenFor({ role: Role.ORG_OPERATOR, organisationId: OTHER_ORG });
  });

  afterAll(async () => {
    await rpc?.close();
    await bus?.close();
    await sut?.close();
    await deleteTestStreams(root);
    await dropDatabase(dbUrl);
  });

  /** Publishes a report.submitted event as the reports service's relay would. */
  async function submit(needs: Need[], neighbourhoodCode = 'crocetta', over: { reportId?: string; eventId?: string; urgency?: Urgency } = {}, msgId?: string) {
    const reportId = over.reportId ?? randomUUID();
    const eventId = await bus.publish(
      'report.submitted.v1',
      {
        municipality: MUN,
        reportId,
        antennaId: randomUUID(),
        ownerDeskId: randomUUID(),
        neighbourhoodCode,
        needs,
        urgency: over.urgency ?? Urgency.HIGH,
        ageBand: AgeBand.AGE_80_PLUS,
        submittedAt: new Date().toISOString(),
        ...(over.eventId ? { eventId: over.eventId } : {}),
      },
      msgId,
    );
    return { reportId, eventId };
  }

  /**
   * The texts operators wrote, by the id of the note the gateway would have sealed in the reports
   * vault first: referrals hold the id only (no column of theirs can hold the text).
   */
  const written = new Map<string, string>();
  const withNote = (text: string) => {
    const id = randomUUID();
    written.set(id, text);
    return id;
  };
  const textOf = (noteId: string | null) => (noteId ? (written.get(noteId) ?? noteId) : null);
  const referralsOf = async (reportId: string): Promise<ReferralRow[]> =>
    (await query<Omit<ReferralRow, 'reason' | 'outcome'> & { reason_code: string | null }>(dbUrl, 'SELECT * FROM referrals WHERE report_id = $1 ORDER BY created_at, service_id', [reportId]))
      .map((r) => ({ ...r, reason: r.reason_code ?? textOf(r.reason_note_id), outcome: textOf(r.outcome_note_id) }));
  const waitForReferrals = (reportId: string, n: number) =>
    waitFor(async () => {
      const rows = await referralsOf(reportId);
      return rows.length === n ? rows : null;
    }, 20_000, `${n} referrals of report ${reportId}`);
  const outboxOf = (reportId: string, type: string) =>
    query<OutboxRow>(dbUrl, `SELECT subject, payload, published_at FROM outbox WHERE payload->>'reportId' = $1 AND subject = $2 ORDER BY seq`, [
      reportId,
      `${root}.${MUN}.${type}`,
    ]);
  const waitForOutbox = (reportId: string, type: string, n = 1) =>
    waitFor(async () => {
      const rows = await outboxOf(reportId, type);
      return rows.length === n ? rows : null;
    }, 20_000, `${n} ${type} of report ${reportId}`);
  const list = (token: string, args: Record<string, unknown> = {}) => rpc.call<Page<ReferralV1>>(REQUEST_PATTERNS.referrals.list, args, token);
  const move = (id: string, action: string, token = operator, extra: { reason?: string; outcome?: string } = {}) =>
    rpc.call<ReferralV1>(REQUEST_PATTERNS.referrals.transition, {
      id,
      action,
      ...(extra.reason ? { reasonNoteId: withNote(extra.reason) } : {}),
      ...(extra.outcome ? { outcomeNoteId: withNote(extra.outcome) } : {}),
    }, token);

  it('seeds the demo directory once', async () => {
    expect(await runReferralsDemoSeed(dbUrl, root)).toEqual({ policies: 0, organisations: 0, services: 0, serviceAreas: 0 });
    const [counts] = await query<{ services: number; areas: number }>(
      dbUrl,
      `SELECT (SELECT count(*) FROM services WHERE organisation_id = $1)::int AS services, (SELECT count(*) FROM service_areas WHERE municipality = $2 AND neighbourhood_code <> $3)::int AS areas`,
      [DEMO_ORGANISATION.id, MUN, TEST_PLACE],
    );
    expect(counts).toEqual({ services: DEMO_SERVICES.length, areas: DEMO_SERVICES.length * 12 });
    const health = await rpc.call<HealthV1>(REQUEST_PATTERNS.referrals.health, {});
    expect(health).toMatchObject({ service: 'referrals', database: 'ok', nats: 'ok' });
  });

  it('refers needs of two services as two requested referrals, seen by that organisation only, with their events', async () => {
    const { reportId } = await submit([Need.LONELINESS, Need.FOOD, Need.WORK]);
    const rows = await waitForReferrals(reportId, 2);
    const byService = Object.fromEntries(rows.map((r) => [r.service_id, r]));
    expect(byService[PANTRY.id]).toMatchObject({ needs: [Need.FOOD, Need.WORK], status: ReferralStatus.REQUESTED, version: 1, organisation_id: DEMO_ORGANISATION.id });
    expect(byService[CARE.id]).toMatchObject({ needs: [Need.LONELINESS], status: ReferralStatus.REQUESTED, version: 1 });
    expect(byService[PANTRY.id].match_explanation).toMatchObject({ trigger: 'report-submitted', rank: 1, chosen: { serviceId: PANTRY.id } });
    expect(await query(dbUrl, `SELECT 1 FROM referral_history WHERE referral_id = ANY($1::uuid[]) AND from_status IS NULL AND to_status = 'REQUESTED'`, [rows.map((r) => r.id)])).toHaveLength(2);

    const events = await waitForOutbox(reportId, 'referral.requested.v1', 2);
    expect(events.map((e) => e.payload)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ referralId: byService[CARE.id].id, serviceId: CARE.id, organisationId: DEMO_ORGANISATION.id, needs: [Need.LONELINESS], neighbourhoodCode: 'crocetta', urgency: Urgency.HIGH, to: ReferralStatus.REQUESTED, version: 1 }),
        expect.objectContaining({ referralId: byService[PANTRY.id].id, needs: [Need.FOOD, Need.WORK] }),
      ]),
    );
    expect(await outboxOf(reportId, 'referral.unmatched.v1')).toHaveLength(0);
    await waitFor(async () => (await outboxOf(reportId, 'referral.requested.v1')).every((e) => e.published_at !== null), 20_000, 'relay to publish');

    const mine = await list(operator, { first: 100 });
    const seen = mine.nodes.filter((n) => n.reportId === reportId);
    expect(seen).toHaveLength(2);
    expect(seen.find((n) => n.serviceId === PANTRY.id)).toMatchObject({ serviceName: PANTRY.name, status: ReferralStatus.REQUESTED, needs: [Need.FOOD, Need.WORK], urgency: Urgency.HIGH });
    expect((await list(otherOperator, { first: 100 })).nodes.filter((n) => n.reportId === reportId)).toHaveLength(0);
    expect((await list(await tokenFor({ role: Role.ORG_OPERATOR, organisationId: DEMO_ORGANISATION.id, municipality: '015146' }))).nodes).toHaveLength(0);
  });

  it('creates nothing new when the same event is delivered again', async () => {
    const first = await submit([Need.ELDERLY_CARE]);
    await waitForReferrals(first.reportId, 1);
    // The same event under another message id (past JetStream's dedup): only the inbox can stop it.
    await submit([Need.ELDERLY_CARE], 'crocetta', { reportId: first.reportId, eventId: first.eventId }, randomUUID());
    const marker = await submit([Need.ELDERLY_CARE]);
    await waitForReferrals(marker.reportId, 1); // consumed in order: the repeat was handled before it
    expect(await referralsOf(first.reportId)).toHaveLength(1);
    expect(await outboxOf(first.reportId, 'referral.requested.v1')).toHaveLength(1);
    expect(await query(dbUrl, 'SELECT 1 FROM inbox WHERE event_id = $1', [first.eventId])).toHaveLength(1);
  });

  it('refuses a second open referral of the same report to the same service at the database', async () => {
    const { reportId } = await submit([Need.DIGITAL_DIVIDE]);
    const [row] = await waitForReferrals(reportId, 1);
    await expect(
      query(
        dbUrl,
        `INSERT INTO referrals (id, municipality, report_id, organisation_id, service_id, needs, neighbourhood_code, urgency, status, version, match_explanation, created_at, updated_at)
         SELECT gen_random_uuid(), municipality, report_id, organisation_id, service_id, needs, neighbourhood_code, urgency, 'REQUESTED', 1, match_explanation, now(), now() FROM referrals WHERE id = $1`,
        [row.id],
      ),
    ).rejects.toThrow(/UQ_referrals_report_service_open/);
  });

  it('accepts, starts and completes a referral, one version, history row and event per move', async () => {
    const { reportId } = await submit([Need.DISABILITY]);
    const [r] = await waitForReferrals(reportId, 1);
    expect(await move(r.id, 'accept')).toMatchObject({ id: r.id, status: ReferralStatus.ACCEPTED, serviceName: CARE.name });
    expect(await move(r.id, 'start')).toMatchObject({ status: ReferralStatus.IN_PROGRESS });
    expect(await move(r.id, 'complete', operator, { outcome: 'Attivata la compagnia settimanale' })).toMatchObject({ status: ReferralStatus.COMPLETED });

    const [after] = await referralsOf(reportId);
    expect(after).toMatchObject({ status: ReferralStatus.COMPLETED, version: 4, outcome: 'Attivata la compagnia settimanale' });
    const history = await query<{ from_status: string | null; to_status: string; actor_account_id: string | null }>(
      dbUrl, 'SELECT from_status, to_status, actor_account_id FROM referral_history WHERE referral_id = $1 ORDER BY id', [r.id],
    );
    expect(history.map((h) => [h.from_status, h.to_status])).toEqual([
      [null, 'REQUESTED'], ['REQUESTED', 'ACCEPTED'], ['ACCEPTED', 'IN_PROGRESS'], ['IN_PROGRESS', 'COMPLETED'],
    ]);
    expect(history[1].actor_account_id).toMatch(/^[0-9a-f-]{36}$/);
    for (const [type, from, to, version] of [
      ['referral.accepted.v1', 'REQUESTED', 'ACCEPTED', 2],
      ['referral.in-progress.v1', 'ACCEPTED', 'IN_PROGRESS', 3],
      ['referral.completed.v1', 'IN_PROGRESS', 'COMPLETED', 4],
    ] as const) {
      const [event] = await waitForOutbox(reportId, type);
      expect(event.payload).toMatchObject({ referralId: r.id, from, to, version });
      expect(JSON.stringify(event.payload)).not.toContain('compagnia settimanale');
      if (type === 'referral.completed.v1') expect(event.payload.outcomeNoteId).toBe(after.outcome_note_id);
    }
    await waitFor(async () => (await query(dbUrl, `SELECT 1 FROM outbox WHERE payload->>'reportId' = $1 AND published_at IS NULL`, [reportId])).length === 0, 20_000, 'relay to publish the moves');
  });

  it('refuses an illegal move with CONFLICT and changes nothing', async () => {
    const { reportId } = await submit([Need.DOPO_DI_NOI]);
    const [r] = await waitForReferrals(reportId, 1);
    expect(await rpc.callError(REQUEST_PATTERNS.referrals.transition, { id: r.id, action: 'complete', outcomeNoteId: withNote('fatto tutto') }, operator)).toMatchObject({
      code: ErrorCode.CONFLICT,
      message: 'cannot complete a referral that is requested',
    });
    expect(await rpc.callError(REQUEST_PATTERNS.referrals.transition, { id: r.id, action: 'resume' }, operator)).toMatchObject({ code: ErrorCode.CONFLICT });
    const [after] = await referralsOf(reportId);
    expect(after).toMatchObject({ status: ReferralStatus.REQUESTED, version: 1, outcome: null });
    expect(await query(dbUrl, 'SELECT 1 FROM referral_history WHERE referral_id = $1', [r.id])).toHaveLength(1);
    expect(await query(dbUrl, `SELECT 1 FROM outbox WHERE payload->>'referralId' = $1 AND subject NOT LIKE '%.referral.requested.v1'`, [r.id])).toHaveLength(0);
  });

  it('needs a reason to reject, and reports the needs unmet when no other service can take them', async () => {
    const { reportId } = await submit([Need.HEALTH_ACCESS]);
    const [r] = await waitForReferrals(reportId, 1);
    expect(await rpc.callError(REQUEST_PATTERNS.referrals.transition, { id: r.id, action: 'reject' }, operator)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'reasonNoteId' });
    // Free text never reaches this service: the reason is sealed in the reports vault, referrals get its id.
    expect(await rpc.callError(REQUEST_PATTERNS.referrals.transition, { id: r.id, action: 'reject', reason: 'Nessun operatore disponibile in zona' }, operator)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'reason' });
    expect(await rpc.callError(REQUEST_PATTERNS.referrals.transition, { id: r.id, action: 'reject', reasonNoteId: 'no' }, operator)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'reasonNoteId' });
    expect((await referralsOf(reportId))[0]).toMatchObject({ status: ReferralStatus.REQUESTED, version: 1 });

    expect(await move(r.id, 'reject', operator, { reason: 'Nessun operatore disponibile in zona' })).toMatchObject({ status: ReferralStatus.REJECTED });
    const [stored] = await referralsOf(reportId);
    expect([stored]).toEqual([expect.objectContaining({ id: r.id, status: ReferralStatus.REJECTED, version: 2, reason: 'Nessun operatore disponibile in zona' })]);
    const [rejected] = await waitForOutbox(reportId, 'referral.rejected.v1');
    expect(rejected.payload).toMatchObject({ referralId: r.id, from: ReferralStatus.REQUESTED, to: ReferralStatus.REJECTED, version: 2, reasonNoteId: stored.reason_note_id });
    const [unmatched] = await waitForOutbox(reportId, 'referral.unmatched.v1');
    expect(unmatched.payload).toMatchObject({ municipality: MUN, reportId, neighbourhoodCode: 'crocetta', needs: [Need.HEALTH_ACCESS] });
  });

  it('re-routes rejected needs to the next-best service, then reports them unmet when none is left', async () => {
    const { reportId } = await submit([Need.FOOD], TEST_PLACE);
    const [first] = await waitForReferrals(reportId, 1);
    expect(first).toMatchObject({ service_id: SVC.foodNow, organisation_id: OTHER_ORG });

    await move(first.id, 'reject', otherOperator, { reason: 'Posti esauriti questa settimana' });
    const rows = await referralsOf(reportId);
    expect(rows).toHaveLength(2);
    const second = rows.find((r) => r.id !== first.id)!;
    expect(second).toMatchObject({ service_id: SVC.foodWaitlist, status: ReferralStatus.REQUESTED, version: 1, needs: [Need.FOOD] });
    expect(second.match_explanation).toMatchObject({ trigger: 'rerouted', after: first.id });
    expect((await outboxOf(reportId, 'referral.requested.v1')).map((e) => e.payload.referralId)).toEqual([first.id, second.id]);
    expect(await outboxOf(reportId, 'referral.unmatched.v1')).toHaveLength(0);

    await move(second.id, 'reject', otherOperator, { reason: 'Lista di attesa troppo lunga' });
    expect(await referralsOf(reportId)).toHaveLength(2);
    const [unmatched] = await waitForOutbox(reportId, 'referral.unmatched.v1');
    expect(unmatched.payload).toMatchObject({ needs: [Need.FOOD] });
  });

  it('gives nothing to a service at no capacity or to an organisation off the RUNTS register, and reports those needs unmet', async () => {
    const { reportId } = await submit([Need.LONELINESS, Need.FOOD, Need.HOUSING], TEST_PLACE);
    const [unmatched] = await waitForOutbox(reportId, 'referral.unmatched.v1');
    expect(unmatched.payload).toMatchObject({ reportId, neighbourhoodCode: TEST_PLACE, needs: [Need.LONELINESS, Need.HOUSING] });
    const rows = await referralsOf(reportId);
    expect(rows.map((r) => [r.service_id, r.needs])).toEqual([[SVC.foodNow, [Need.FOOD]]]);
    expect(await query(dbUrl, 'SELECT 1 FROM referrals WHERE service_id = ANY($1::uuid[])', [[SVC.companyFull, SVC.housingUnregistered]])).toHaveLength(0);
  });

  it('reports every need unmet where no service covers the neighbourhood', async () => {
    const { reportId } = await submit([Need.YOUTH_AT_RISK, Need.FOOD], 'atlantide');
    const [unmatched] = await waitForOutbox(reportId, 'referral.unmatched.v1');
    expect(unmatched.payload).toMatchObject({ needs: [Need.YOUTH_AT_RISK, Need.FOOD] });
    expect(await referralsOf(reportId)).toHaveLength(0);
  });

  it('hides other organisations’ referrals behind NOT_FOUND', async () => {
    const { reportId } = await submit([Need.MENTAL_HEALTH]);
    const [r] = await waitForReferrals(reportId, 1);
    expect(await rpc.callError(REQUEST_PATTERNS.referrals.transition, { id: r.id, action: 'accept' }, otherOperator)).toMatchObject({ code: ErrorCode.NOT_FOUND });
    expect(await rpc.callError(REQUEST_PATTERNS.referrals.transition, { id: randomUUID(), action: 'accept' }, operator)).toMatchObject({ code: ErrorCode.NOT_FOUND });
    expect((await referralsOf(reportId))[0]).toMatchObject({ status: ReferralStatus.REQUESTED, version: 1 });
  });

  it('pages newest first, filters by status, and refuses bad arguments', async () => {
    const all = await list(operator, { first: 100 });
    expect(all.nodes.length).toBeGreaterThanOrEqual(5);
    const page1 = await list(operator, { first: 2 });
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = await list(operator, { first: 2, after: page1.pageInfo.endCursor });
    expect([...page1.nodes, ...page2.nodes].map((n) => n.id)).toEqual(all.nodes.slice(0, 4).map((n) => n.id));
    expect(all.nodes.map((n) => n.createdAt)).toEqual([...all.nodes.map((n) => n.createdAt)].sort().reverse());

    const completed = await list(operator, { status: [ReferralStatus.COMPLETED] });
    expect(completed.nodes.length).toBeGreaterThanOrEqual(1);
    expect(completed.nodes.every((n) => n.status === ReferralStatus.COMPLETED)).toBe(true);

    expect(await rpc.callError(REQUEST_PATTERNS.referrals.list, { after: 'bogus' }, operator)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'after' });
    expect(await rpc.callError(REQUEST_PATTERNS.referrals.list, { first: 1000 }, operator)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'first' });
    expect(await rpc.callError(REQUEST_PATTERNS.referrals.list, { status: ['LOST'] }, operator)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'status' });
  });

  it('answers a crafted page cursor with BAD_USER_INPUT on "after", never INTERNAL (referrals and alerts)', async () => {
    const worker = await tokenFor({ role: Role.SOCIAL_WORKER, municipality: MUN });
    for (const [pattern, token] of [[REQUEST_PATTERNS.referrals.list, operator], [REQUEST_PATTERNS.referrals.alerts, worker]] as const) {
      for (const [what, after] of craftedCursors()) {
        expect({ pattern, what, ...(await rpc.callError(pattern, { after }, token)) }).toMatchObject({ pattern, what, code: ErrorCode.BAD_USER_INPUT, field: 'after' });
      }
    }
  });

  it('refuses a NUL character in a reason, naming the field, and changes nothing', async () => {
    const { reportId } = await submit([Need.WORK]);
    const [r] = await waitForReferrals(reportId, 1);
    expect(await rpc.callError(REQUEST_PATTERNS.referrals.transition, { id: r.id, action: 'reject', reason: 'Fuori zona\u0000 davvero' }, operator)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'reason' });
    expect((await referralsOf(reportId))[0]).toMatchObject({ status: ReferralStatus.REQUESTED, version: 1 });
  });

  it('refuses callers without a token, other roles, and operators without an organisation', async () => {
    expect(await rpc.callError(REQUEST_PATTERNS.referrals.list, {})).toMatchObject({ code: ErrorCode.UNAUTHENTICATED });
    expect(await rpc.callError(REQUEST_PATTERNS.referrals.list, {}, await tokenFor({ role: Role.ANTENNA, antennaId: randomUUID() }))).toMatchObject({ code: ErrorCode.FORBIDDEN });
    expect(await rpc.callError(REQUEST_PATTERNS.referrals.transition, { id: randomUUID(), action: 'accept' }, await tokenFor({ role: Role.SOCIAL_WORKER }))).toMatchObject({ code: ErrorCode.FORBIDDEN });
    expect(await rpc.callError(REQUEST_PATTERNS.referrals.list, {}, await tokenFor({ role: Role.ORG_OPERATOR }))).toMatchObject({ code: ErrorCode.FORBIDDEN });
    expect(await rpc.callError(REQUEST_PATTERNS.referrals.transition, { id: 'nope', action: 'accept' }, operator)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'id' });
    expect(await rpc.callError(REQUEST_PATTERNS.referrals.transition, { id: randomUUID(), action: 'cancel' }, operator)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'action' });
  });

  it('lets the ADMIN set the municipality policy: SLA targets, working days, desk e-mail; others may not', async () => {
    const admin = await tokenFor({ role: Role.ADMIN, municipality: MUN });
    const before = await rpc.call<{ targets: { urgency: string; acceptHours: number }[] }>(REQUEST_PATTERNS.referrals.getPolicy, {}, admin);
    expect(before.targets.find((t) => t.urgency === Urgency.HIGH)).toMatchObject({ acceptHours: 4 });
    const after = await rpc.call<{ slaDayMode: string; deskEmail: string; patronDay: string; targets: { urgency: string; acceptHours: number; firstContactHours: number }[] }>(
      REQUEST_PATTERNS.referrals.setPolicy,
      { slaDayMode: 'working', patronDay: '06-02', deskEmail: 'sportello@comune.example', targets: [{ urgency: Urgency.HIGH, acceptHours: 2, firstContactHours: 12 }] },
      admin,
    );
    expect(after).toMatchObject({ slaDayMode: 'working', patronDay: '06-02', deskEmail: 'sportello@comune.example' });
    expect(after.targets.find((t) => t.urgency === Urgency.HIGH)).toEqual({ urgency: Urgency.HIGH, acceptHours: 2, firstContactHours: 12 });
    expect(after.targets.find((t) => t.urgency === Urgency.MEDIUM)).toMatchObject({ acceptHours: 48 });
    expect(await rpc.callError(REQUEST_PATTERNS.referrals.setPolicy, { patronDay: '31-02' }, admin)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'input.patronDay' });
    expect(await rpc.callError(REQUEST_PATTERNS.referrals.setPolicy, { targets: [{ urgency: Urgency.LOW, acceptHours: 0, firstContactHours: 1 }] }, admin)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT });
    expect(await rpc.callError(REQUEST_PATTERNS.referrals.setPolicy, { requireRunts: false }, await tokenFor({ role: Role.SOCIAL_WORKER }))).toMatchObject({ code: ErrorCode.FORBIDDEN });
  });

  it('alerts the owner desk at once for an EMERGENCY, and only once', async () => {
    const { reportId, eventId } = await submit([Need.MENTAL_HEALTH], 'crocetta', { urgency: Urgency.EMERGENCY });
    await waitFor(async () => (await query(dbUrl, `SELECT 1 FROM alerts WHERE report_id = $1 AND kind = 'emergency'`, [reportId])).length === 1, 20_000, 'the emergency alert');
    await submit([Need.MENTAL_HEALTH], 'crocetta', { reportId, eventId, urgency: Urgency.EMERGENCY }, randomUUID());
    await waitFor(async () => (await query<{ n: number }>(dbUrl, `SELECT count(*)::int AS n FROM inbox WHERE event_id = $1`, [eventId]))[0].n === 1, 20_000, 'redelivery consumed');
    expect(await query(dbUrl, `SELECT 1 FROM alerts WHERE report_id = $1 AND kind = 'emergency'`, [reportId])).toHaveLength(1);
    // Announced for the desk's live pages through the outbox, with the row, once; ids and needs only.
    const [alert] = await query<{ id: string; owner_desk_id: string | null }>(dbUrl, `SELECT id, owner_desk_id FROM alerts WHERE report_id = $1`, [reportId]);
    const announced = await query<OutboxRow>(dbUrl, `SELECT subject, payload, published_at FROM outbox WHERE subject LIKE '%.alert.raised.v1' AND payload->>'reportId' = $1`, [reportId]);
    expect(announced).toHaveLength(1);
    expect(announced[0].subject).toBe(`${root}.${MUN}.alert.raised.v1`);
    expect(announced[0].payload).toEqual({
      eventId: expect.any(String), occurredAt: expect.any(String), municipality: MUN,
      alertId: alert.id, reportId, kind: 'emergency', needs: [Need.MENTAL_HEALTH],
      ...(alert.owner_desk_id ? { ownerDeskId: alert.owner_desk_id } : {}),
    });
    await waitFor(async () => (await query<OutboxRow>(dbUrl, `SELECT published_at FROM outbox WHERE subject LIKE '%.alert.raised.v1' AND payload->>'reportId' = $1`, [reportId]))[0].published_at !== null, 20_000, 'the alert event published');
    const { reportId: calm } = await submit([Need.MENTAL_HEALTH], 'crocetta', { urgency: Urgency.MEDIUM });
    await waitFor(async () => (await query(dbUrl, 'SELECT 1 FROM referrals WHERE report_id = $1', [calm])).length > 0, 20_000, 'the calm report routed');
    expect(await query(dbUrl, `SELECT 1 FROM alerts WHERE report_id = $1 AND kind = 'emergency'`, [calm])).toHaveLength(0);
  });

  it('alerts the owner desk at once for every break-the-glass, once per grant', async () => {
    const { reportId } = await submit([Need.MENTAL_HEALTH], 'crocetta');
    await waitFor(async () => (await query(dbUrl, 'SELECT 1 FROM routed_reports WHERE report_id = $1', [reportId])).length === 1, 20_000, 'the report known');
    const glass = { municipality: MUN, reportId, neighbourhoodCode: 'crocetta', ownerDeskId: randomUUID(), grantId: randomUUID(), accountId: randomUUID(), role: Role.ORG_OPERATOR, organisationId: randomUUID(), expiresAt: new Date(Date.now() + 3 * 3600_000).toISOString() };
    const eventId = await bus.publish('report.glass-broken.v1', glass);
    await waitFor(async () => (await query(dbUrl, `SELECT 1 FROM alerts WHERE report_id = $1 AND kind = 'break-glass'`, [reportId])).length === 1, 20_000, 'the break-the-glass alert');
    await bus.publish('report.glass-broken.v1', { ...glass, eventId }, randomUUID());
    await waitFor(async () => (await query<{ n: number }>(dbUrl, `SELECT count(*)::int AS n FROM inbox WHERE event_id = $1`, [eventId]))[0].n === 1, 20_000, 'redelivery consumed');
    expect(await query(dbUrl, `SELECT 1 FROM alerts WHERE report_id = $1 AND kind = 'break-glass'`, [reportId])).toHaveLength(1);
    const announced = await query<OutboxRow>(dbUrl, `SELECT payload FROM outbox WHERE subject LIKE '%.alert.raised.v1' AND payload->>'reportId' = $1`, [reportId]);
    expect(announced.map((a) => a.payload.kind)).toEqual(['break-glass']);
  });
});

/**
 * The tests' own corner of the directory, in a neighbourhood the demo does not cover: two food
 * services (one with capacity, one with a waitlist), a companionship service at no capacity, and
 * a housing service of an organisation not on the RUNTS register.
 */
async function seedTestDirectory(url: string): Promise<void> {
  await query(
    url,
    `INSERT INTO organisations (id, municipality, name, legal_form, tax_code, runts_number) VALUES
       ($1, $3, 'Associazione La Rete', 'associazione di promozione sociale', '00000000002', 'RUNTS-000002'),
       ($2, $3, 'Comitato di quartiere', 'associazione non riconosciuta', '00000000003', NULL)`,
    [OTHER_ORG, UNREGISTERED_ORG, MUN],
  );
  await query(
    url,
    `INSERT INTO services (id, organisation_id, name, status, needs, capacity_status, capacity_available, capacity_maximum) VALUES
       ($1, $5, 'Pacchi alimentari', 'active', '{FOOD}', 'capacity', 5, 10),
       ($2, $5, 'Mensa solidale', 'active', '{FOOD}', 'waitlist', 0, 10),
       ($3, $5, 'Compagnia telefonica', 'active', '{LONELINESS}', 'no-capacity', 0, 10),
       ($4, $6, 'Sportello casa', 'active', '{HOUSING}', 'capacity', 3, 3)`,
    [SVC.foodNow, SVC.foodWaitlist, SVC.companyFull, SVC.housingUnregistered, OTHER_ORG, UNREGISTERED_ORG],
  );
  await query(
    url,
    `INSERT INTO service_areas (service_id, municipality, neighbourhood_code) SELECT unnest($1::uuid[]), $2, $3`,
    [Object.values(SVC), MUN, TEST_PLACE],
  );
}
