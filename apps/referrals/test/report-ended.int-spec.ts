import { randomUUID } from 'node:crypto';
import { INestMicroservice } from '@nestjs/common';
import { Client } from 'pg';
import {
  AgeBand, ClosureReason, ErrorBody, ErrorCode, eventSubject, Need, OrganisationV1, Page, ReferralStatus, ReferralV1, Role, REQUEST_PATTERNS, ServiceV1, Urgency,
} from '@prossimo/contracts';
import { EventConsumer } from '@prossimo/messaging';
import { loadSettings, startService } from '@prossimo/platform';
import {
  TEST_KEYS, TEST_NATS_URL, TestEventBus, TestRpcClient, cloneDatabase, deleteTestStreams, dropDatabase, query, tokenFor, uniqueRoot, waitFor,
} from '@prossimo/testing';
import { ReferralsSettings } from '../src/config/referrals.env';
import { ReferralsModule } from '../src/referrals.module';

const MUN = '015077';
/** A neighbourhood only this file's services cover: each need has two services, so a re-route would always find one. */
const PLACE = 'quartiere-chiuso';

const ORG_A = '0f000000-0000-4000-8000-0000000000f1';
const ORG_B = '0f000000-0000-4000-8000-0000000000f2';
const FOOD_A = '5e000000-0000-4000-8000-0000000000a1';
const FOOD_B = '5e000000-0000-4000-8000-0000000000b1';
const COMPANY_A = '5e000000-0000-4000-8000-0000000000a2';
const COMPANY_B = '5e000000-0000-4000-8000-0000000000b2';

/** System reasons are codes (the referrals service holds no free text). */
const CLOSED_REASON = (r: ClosureReason) => `report-closed:${r}`;
const WITHDRAWN_REASON = 'report-withdrawn';

interface ReferralRow {
  id: string;
  service_id: string;
  organisation_id: string;
  needs: string[];
  status: string;
  version: number;
  /** The system's reason code, or the text of the note this test wrote (see `written`). */
  reason: string | null;
}
interface HistoryRow {
  from_status: string | null;
  to_status: string;
  actor_account_id: string | null;
  reason: string | null;
  at: Date;
}
type Stored<T> = Omit<T, 'reason'> & { reason_code: string | null; reason_note_id: string | null };
interface TimerRow {
  kind: string;
  state: string;
  settled_at: Date | null;
}
interface OutboxRow {
  subject: string;
  payload: Record<string, unknown>;
  published_at: Date | null;
}

/**
 * report.closed.v1 / report.withdrawn.v1 → the referrals service cancels the report's referrals
 * nobody has started on (REQUESTED, ACCEPTED, ON_HOLD) with reasonCode `report-ended`, settles
 * their SLA timers, and never re-routes them. Real events on a real JetStream, real PostgreSQL.
 */
describe('referrals of an ended report (real PostgreSQL and NATS)', () => {
  let dbUrl: string;
  let root: string;
  let sut: INestMicroservice;
  let rpc: TestRpcClient;
  let bus: TestEventBus;
  let now = new Date('2026-03-02T08:00:00Z'); // Monday 09:00 in Rome
  const clock = () => now;
  const operators: Record<string, string> = {};
  let socialWorker: string;

  beforeAll(async () => {
    dbUrl = await cloneDatabase('referrals');
    root = uniqueRoot();
    const settings = loadSettings(ReferralsSettings, {
      DATABASE_URL: dbUrl, NATS_URL: TEST_NATS_URL, SUBJECT_ROOT: root, AUTH_PUBLIC_KEY: TEST_KEYS.publicKey, LOG_LEVEL: 'silent',
      // No background sweep may expire (and so cancel and re-route) a timer behind the tests' back.
      SLA_SWEEP_INTERVAL_MS: '0', MAIL_SWEEP_INTERVAL_MS: '0',
    });
    bus = await TestEventBus.connect(TEST_NATS_URL, root);
    sut = await startService(ReferralsModule.register(settings, { clock }), settings, 'referrals');
    rpc = await TestRpcClient.connect(TEST_NATS_URL, root);
    const admin = await tokenFor({ role: Role.ADMIN, municipality: MUN });
    operators[ORG_A] = await tokenFor({ role: Role.ORG_OPERATOR, organisationId: ORG_A, municipality: MUN });
    operators[ORG_B] = await tokenFor({ role: Role.ORG_OPERATOR, organisationId: ORG_B, municipality: MUN });
    socialWorker = await tokenFor({ role: Role.SOCIAL_WORKER, municipality: MUN });

    const org = (id: string, name: string, taxCode: string) =>
      rpc.call<OrganisationV1>(REQUEST_PATTERNS.referrals.registerOrganisation, { id, name, legalForm: 'associazione', taxCode, runtsNumber: `R-${taxCode}`, runtsSection: 'a', email: `${taxCode}@org.example` }, admin);
    const service = (id: string, organisationId: string, name: string, needs: Need[]) =>
      rpc.call<ServiceV1>(
        REQUEST_PATTERNS.referrals.registerService,
        { id, organisationId, name, status: 'active', needs, neighbourhoodCodes: [PLACE], capacityStatus: 'capacity', capacityAvailable: 50, capacityMaximum: 50, capacityUnit: 'posti' },
        admin,
      );
    await org(ORG_A, 'Alfa Chiusure', '91000000201');
    await org(ORG_B, 'Beta Chiusure', '91000000202');
    await service(FOOD_A, ORG_A, 'Mensa Alfa', [Need.FOOD]);
    await service(FOOD_B, ORG_B, 'Mensa Beta', [Need.FOOD]);
    await service(COMPANY_A, ORG_A, 'Compagnia Alfa', [Need.LONELINESS]);
    await service(COMPANY_B, ORG_B, 'Compagnia Beta', [Need.LONELINESS]);
  });

  afterAll(async () => {
    await rpc?.close();
    await bus?.close();
    await sut?.close();
    await deleteTestStreams(root);
    await dropDatabase(dbUrl);
  });

  // ---- helpers -------------------------------------------------------------------------------

  const at = (iso: string) => {
    now = new Date(iso);
    return now;
  };

  /** A report.submitted event, as the reports service's relay would publish it; waits for its `n` referrals. */
  async function submit(needs: Need[], n = needs.length): Promise<{ reportId: string; ownerDeskId: string; referrals: ReferralRow[] }> {
    const reportId = randomUUID();
    const ownerDeskId = randomUUID();
    await bus.publish('report.submitted.v1', {
      municipality: MUN, reportId, antennaId: randomUUID(), ownerDeskId, neighbourhoodCode: PLACE, needs, urgency: Urgency.HIGH,
      ageBand: AgeBand.AGE_80_PLUS, submittedAt: now.toISOString(),
    });
    return { reportId, ownerDeskId, referrals: await waitForReferrals(reportId, n) };
  }

  /**
   * The texts operators and social workers wrote, by the id of the note the gateway would have
   * sealed in the reports vault: referrals hold the id only, never the text.
   */
  const written = new Map<string, string>();
  const withNote = (text: string) => {
    const id = randomUUID();
    written.set(id, text);
    return id;
  };
  const reasonOf = <T>({ reason_code, reason_note_id, ...rest }: Stored<T>) => ({ ...rest, reason: reason_code ?? (reason_note_id ? (written.get(reason_note_id) ?? reason_note_id) : null) });
  const referralsOf = async (reportId: string): Promise<ReferralRow[]> =>
    (await query<Stored<ReferralRow>>(dbUrl, 'SELECT id, service_id, organisation_id, needs, status, version, reason_code, reason_note_id FROM referrals WHERE report_id = $1 ORDER BY created_at, service_id', [reportId])).map(reasonOf);
  const waitForReferrals = (reportId: string, n: number) =>
    waitFor(async () => {
      const rows = await referralsOf(reportId);
      return rows.length === n ? rows : null;
    }, 20_000, `${n} referrals of report ${reportId}`);
  const referral = async (id: string) =>
    (await query<Stored<ReferralRow>>(dbUrl, 'SELECT id, service_id, organisation_id, needs, status, version, reason_code, reason_note_id FROM referrals WHERE id = $1', [id])).map(reasonOf)[0];
  const historyOf = async (id: string): Promise<HistoryRow[]> =>
    (await query<Stored<HistoryRow>>(dbUrl, 'SELECT from_status, to_status, actor_account_id, reason_code, reason_note_id, at FROM referral_history WHERE referral_id = $1 ORDER BY id', [id])).map(reasonOf);
  const timersOf = (id: string) => query<TimerRow>(dbUrl, 'SELECT kind, state, settled_at FROM referral_timers WHERE referral_id = $1 ORDER BY due_at, kind', [id]);
  const outboxOf = (reportId: string, type: string) =>
    query<OutboxRow>(dbUrl, `SELECT subject, payload, published_at FROM outbox WHERE payload->>'reportId' = $1 AND subject = $2 ORDER BY seq`, [reportId, `${root}.${MUN}.${type}`]);
  const allOutboxOf = (reportId: string) => query<OutboxRow>(dbUrl, `SELECT subject, payload, published_at FROM outbox WHERE payload->>'reportId' = $1 ORDER BY seq`, [reportId]);
  const alertsOf = (reportId: string) => query<{ kind: string }>(dbUrl, 'SELECT kind FROM alerts WHERE report_id = $1', [reportId]);
  const inboxRows = (eventId: string) => query<{ consumer: string; subject: string }>(dbUrl, 'SELECT consumer, subject FROM inbox WHERE event_id = $1', [eventId]);
  /** The inbox row is written in the handler's own transaction: once it is there, the effect is committed too. */
  const waitForInbox = (eventId: string, what: string) =>
    waitFor(async () => ((await inboxRows(eventId)).length === 1 ? true : null), 20_000, `the referrals service to apply ${what}`);

  const move = (r: ReferralRow, action: string, extra: { reason?: string; outcome?: string } = {}) =>
    rpc.call<ReferralV1>(REQUEST_PATTERNS.referrals.transition, {
      id: r.id,
      action,
      ...(extra.reason ? { reasonNoteId: withNote(extra.reason) } : {}),
      ...(extra.outcome ? { outcomeNoteId: withNote(extra.outcome) } : {}),
    }, operators[r.organisation_id]);
  const byNeed = (rows: ReferralRow[], need: Need) => rows.find((r) => r.needs.includes(need))!;

  async function close(reportId: string, ownerDeskId: string, reason: ClosureReason, over: { eventId?: string } = {}, msgId?: string): Promise<string> {
    return bus.publish('report.closed.v1', { municipality: MUN, reportId, neighbourhoodCode: PLACE, ownerDeskId, reason, ...(over.eventId ? { eventId: over.eventId } : {}) }, msgId);
  }
  async function withdraw(reportId: string, ownerDeskId: string): Promise<string> {
    return bus.publish('report.withdrawn.v1', { municipality: MUN, reportId, neighbourhoodCode: PLACE, ownerDeskId, antennaId: randomUUID() });
  }

  /** What an ended report's cancellation must look like for one referral that was `from`. */
  async function expectCancelled(r: ReferralRow, from: ReferralStatus, version: number, reason: string, cancelledAt: Date): Promise<void> {
    expect(await referral(r.id)).toMatchObject({ status: ReferralStatus.CANCELLED, version, reason });
    const history = await historyOf(r.id);
    expect(history[history.length - 1]).toMatchObject({ from_status: from, to_status: ReferralStatus.CANCELLED, actor_account_id: null, reason });
    expect(history[history.length - 1].at.toISOString()).toBe(cancelledAt.toISOString());
    expect(history.filter((h) => h.to_status === ReferralStatus.CANCELLED)).toHaveLength(1);
    // No SLA clock runs for it any more; the one running when the report ended was cancelled (not fired) then.
    const timers = await timersOf(r.id);
    expect(timers.filter((t) => t.state === 'pending')).toEqual([]);
    expect(timers.filter((t) => t.state === 'fired')).toEqual([]);
    expect(timers.some((t) => t.state === 'cancelled' && t.settled_at?.toISOString() === cancelledAt.toISOString())).toBe(true);
  }

  /** The referral.cancelled.v1 events of a report, each with reasonCode report-ended and no free text. */
  async function expectCancelledEvents(reportId: string, expected: { r: ReferralRow; from: ReferralStatus; version: number }[]): Promise<void> {
    const events = await outboxOf(reportId, 'referral.cancelled.v1');
    expect(events).toHaveLength(expected.length);
    for (const e of expected) {
      const event = events.find((x) => x.payload.referralId === e.r.id);
      expect(event?.payload).toMatchObject({
        municipality: MUN, referralId: e.r.id, reportId, organisationId: e.r.organisation_id, serviceId: e.r.service_id, needs: e.r.needs,
        neighbourhoodCode: PLACE, urgency: Urgency.HIGH, from: e.from, to: ReferralStatus.CANCELLED, version: e.version, reasonCode: 'report-ended',
      });
      expect(JSON.stringify(event?.payload)).not.toMatch(/sportello|antenna|desk/);
    }
    // The relay puts them on NATS like any other event.
    await waitFor(async () => (await outboxOf(reportId, 'referral.cancelled.v1')).every((e) => e.published_at !== null), 20_000, 'the relay to publish referral.cancelled');
  }

  /** Not re-routed: no referral beyond `n`, no new referral.requested, no unmatched needs, no alert to the desk. */
  async function expectNotRerouted(reportId: string, n: number): Promise<void> {
    expect(await referralsOf(reportId)).toHaveLength(n);
    expect(await outboxOf(reportId, 'referral.requested.v1')).toHaveLength(n);
    expect(await outboxOf(reportId, 'referral.unmatched.v1')).toHaveLength(0);
    expect(await alertsOf(reportId)).toEqual([]);
  }

  // ---- tests ---------------------------------------------------------------------------------

  it('report.closed: cancels a REQUESTED and an ACCEPTED referral, settles their timers, and re-routes neither', async () => {
    at('2026-03-02T08:00:00Z');
    const { reportId, ownerDeskId, referrals } = await submit([Need.FOOD, Need.LONELINESS]);
    const food = byNeed(referrals, Need.FOOD);
    const company = byNeed(referrals, Need.LONELINESS);
    expect(food.status).toBe(ReferralStatus.REQUESTED);
    at('2026-03-02T09:00:00Z');
    expect(await move(company, 'accept')).toMatchObject({ status: ReferralStatus.ACCEPTED });
    expect(await timersOf(food.id)).toEqual([expect.objectContaining({ kind: 'accept', state: 'pending' })]);
    expect((await timersOf(company.id)).find((t) => t.kind === 'first-contact')).toMatchObject({ state: 'pending' });

    const closedAt = at('2026-03-02T10:00:00Z');
    const eventId = await close(reportId, ownerDeskId, ClosureReason.RESOLVED);
    await waitForInbox(eventId, 'report.closed');
    expect(await inboxRows(eventId)).toEqual([{ consumer: 'referrals', subject: `${root}.${MUN}.report.closed.v1` }]);

    await expectCancelled(food, ReferralStatus.REQUESTED, 2, CLOSED_REASON(ClosureReason.RESOLVED), closedAt);
    await expectCancelled(company, ReferralStatus.ACCEPTED, 3, CLOSED_REASON(ClosureReason.RESOLVED), closedAt);
    expect(await timersOf(food.id)).toEqual([{ kind: 'accept', state: 'cancelled', settled_at: closedAt }]);
    expect((await timersOf(company.id)).find((t) => t.kind === 'first-contact')).toEqual({ kind: 'first-contact', state: 'cancelled', settled_at: closedAt });
    await expectCancelledEvents(reportId, [
      { r: food, from: ReferralStatus.REQUESTED, version: 2 },
      { r: company, from: ReferralStatus.ACCEPTED, version: 3 },
    ]);
    await expectNotRerouted(reportId, 2);

    // The operators' inboxes show them cancelled.
    for (const r of [food, company]) {
      const page = await rpc.call<Page<ReferralV1>>(REQUEST_PATTERNS.referrals.list, { first: 100 }, operators[r.organisation_id]);
      expect(page.nodes.find((x) => x.id === r.id)).toMatchObject({ status: ReferralStatus.CANCELLED, reportId });
    }
  });

  it('report.withdrawn: cancels an ON_HOLD and a re-routed REQUESTED referral, leaves the REJECTED one, re-routes nothing', async () => {
    at('2026-03-03T08:00:00Z');
    const { reportId, ownerDeskId, referrals } = await submit([Need.FOOD, Need.LONELINESS]);
    const firstFood = byNeed(referrals, Need.FOOD);
    const company = byNeed(referrals, Need.LONELINESS);
    at('2026-03-03T08:30:00Z');
    await move(company, 'accept');
    expect(await move(company, 'hold', { reason: 'in attesa dei documenti' })).toMatchObject({ status: ReferralStatus.ON_HOLD });
    // A rejection is re-routed to the other food service: that new one is REQUESTED.
    await move(firstFood, 'reject', { reason: 'Posti esauriti questa settimana' });
    const three = await waitForReferrals(reportId, 3);
    const secondFood = three.find((r) => r.needs.includes(Need.FOOD) && r.id !== firstFood.id)!;
    expect(secondFood).toMatchObject({ status: ReferralStatus.REQUESTED, service_id: firstFood.service_id === FOOD_A ? FOOD_B : FOOD_A });
    const rejectedHistory = await historyOf(firstFood.id);

    const withdrawnAt = at('2026-03-03T11:00:00Z');
    const eventId = await withdraw(reportId, ownerDeskId);
    await waitForInbox(eventId, 'report.withdrawn');

    await expectCancelled(company, ReferralStatus.ON_HOLD, 4, WITHDRAWN_REASON, withdrawnAt);
    await expectCancelled(secondFood, ReferralStatus.REQUESTED, 2, WITHDRAWN_REASON, withdrawnAt);
    expect((await timersOf(company.id)).find((t) => t.kind === 'first-contact')).toEqual({ kind: 'first-contact', state: 'cancelled', settled_at: withdrawnAt });
    // Already terminal: untouched.
    expect(await referral(firstFood.id)).toMatchObject({ status: ReferralStatus.REJECTED, version: 2, reason: 'Posti esauriti questa settimana' });
    expect(await historyOf(firstFood.id)).toEqual(rejectedHistory);
    await expectCancelledEvents(reportId, [
      { r: company, from: ReferralStatus.ON_HOLD, version: 4 },
      { r: secondFood, from: ReferralStatus.REQUESTED, version: 2 },
    ]);
    // Both food services had a referral: a re-route would have raised an "exhausted" alert; one of the company would have made a 4th referral.
    await expectNotRerouted(reportId, 3);
  });

  it('leaves an IN_PROGRESS referral as it is while its REQUESTED sibling is cancelled', async () => {
    at('2026-03-04T08:00:00Z');
    const { reportId, ownerDeskId, referrals } = await submit([Need.FOOD, Need.LONELINESS]);
    const food = byNeed(referrals, Need.FOOD);
    const company = byNeed(referrals, Need.LONELINESS);
    at('2026-03-04T09:00:00Z');
    await move(food, 'accept');
    expect(await move(food, 'start')).toMatchObject({ status: ReferralStatus.IN_PROGRESS });
    const inProgressHistory = await historyOf(food.id);
    const inProgressTimers = await timersOf(food.id);
    expect(inProgressTimers.filter((t) => t.state === 'pending')).toEqual([]);

    const closedAt = at('2026-03-04T12:00:00Z');
    const eventId = await close(reportId, ownerDeskId, ClosureReason.MOVED);
    await waitForInbox(eventId, 'report.closed');

    expect(await referral(food.id)).toMatchObject({ status: ReferralStatus.IN_PROGRESS, version: 3, reason: null });
    expect(await historyOf(food.id)).toEqual(inProgressHistory);
    expect(await timersOf(food.id)).toEqual(inProgressTimers);
    await expectCancelled(company, ReferralStatus.REQUESTED, 2, CLOSED_REASON(ClosureReason.MOVED), closedAt);
    await expectCancelledEvents(reportId, [{ r: company, from: ReferralStatus.REQUESTED, version: 2 }]);
    expect(await query(dbUrl, `SELECT 1 FROM outbox WHERE payload->>'referralId' = $1 AND subject NOT IN ($2, $3, $4)`, [
      food.id, `${root}.${MUN}.referral.requested.v1`, `${root}.${MUN}.referral.accepted.v1`, `${root}.${MUN}.referral.in-progress.v1`,
    ])).toEqual([]);
    await expectNotRerouted(reportId, 2);
    // The one in progress can still be worked to its end.
    at('2026-03-05T09:00:00Z');
    expect(await move(food, 'complete', { outcome: 'pasti consegnati' })).toMatchObject({ status: ReferralStatus.COMPLETED });
  });

  it('applies the same report.closed once, however often it is delivered', async () => {
    at('2026-03-05T08:00:00Z');
    const { reportId, ownerDeskId, referrals } = await submit([Need.FOOD, Need.LONELINESS]);
    at('2026-03-05T08:10:00Z');
    await move(byNeed(referrals, Need.LONELINESS), 'accept');

    const closedAt = at('2026-03-05T09:00:00Z');
    const eventId = await close(reportId, ownerDeskId, ClosureReason.REFUSED);
    await waitForInbox(eventId, 'report.closed');
    for (const r of referrals) await expectCancelled(r, r.needs.includes(Need.FOOD) ? ReferralStatus.REQUESTED : ReferralStatus.ACCEPTED, r.needs.includes(Need.FOOD) ? 2 : 3, CLOSED_REASON(ClosureReason.REFUSED), closedAt);
    const snapshot = async () => ({
      referrals: await referralsOf(reportId),
      history: await Promise.all(referrals.map((r) => historyOf(r.id))),
      timers: await Promise.all(referrals.map((r) => timersOf(r.id))),
      outbox: (await allOutboxOf(reportId)).map((e) => [e.subject, e.payload]),
      alerts: await alertsOf(reportId),
    });
    const before = await snapshot();

    // Redelivered later, with the clock moved: the same Nats-Msg-Id (JetStream drops it) and then
    // another message id (past JetStream's dedup window: only the inbox can stop it).
    at('2026-03-05T15:00:00Z');
    await close(reportId, ownerDeskId, ClosureReason.REFUSED, { eventId });
    await close(reportId, ownerDeskId, ClosureReason.REFUSED, { eventId }, randomUUID());
    // The consumer handles the stream in order: once this marker is applied, so are the repeats.
    const marker = await close(randomUUID(), randomUUID(), ClosureReason.RESOLVED);
    await waitForInbox(marker, 'the marker report.closed');

    // And once more straight through the consumer's handler path (what a JetStream redelivery runs).
    const consumer = sut.get(EventConsumer, { strict: false });
    const body = JSON.stringify({ municipality: MUN, reportId, neighbourhoodCode: PLACE, ownerDeskId, reason: ClosureReason.REFUSED, eventId, occurredAt: closedAt.toISOString() });
    expect(await consumer.handle(eventSubject(root, MUN, 'report.closed.v1'), Buffer.from(body))).toBe('ack');
    expect(await consumer.handle(eventSubject(root, MUN, 'report.closed.v1'), Buffer.from(body))).toBe('ack');

    expect(await snapshot()).toEqual(before);
    expect(await inboxRows(eventId)).toHaveLength(1);
    for (const h of before.history) expect(h.filter((x) => x.to_status === ReferralStatus.CANCELLED)).toHaveLength(1);
    expect(await outboxOf(reportId, 'referral.cancelled.v1')).toHaveLength(2);
    await expectNotRerouted(reportId, 2);

    // Even a different event for the same ended report (a withdrawal after the closure) finds nothing left to cancel.
    const late = await withdraw(reportId, ownerDeskId);
    await waitForInbox(late, 'a late report.withdrawn');
    expect(await snapshot()).toEqual(before);
  });

  it('is harmless for a report.closed whose report has no referrals', async () => {
    at('2026-03-06T08:00:00Z');
    const reportId = randomUUID();
    const eventId = await close(reportId, randomUUID(), ClosureReason.NOT_ELIGIBLE);
    await waitForInbox(eventId, 'report.closed of a report without referrals');
    expect(await referralsOf(reportId)).toEqual([]);
    expect(await allOutboxOf(reportId)).toEqual([]);
    expect(await alertsOf(reportId)).toEqual([]);
    expect(await query(dbUrl, 'SELECT 1 FROM routed_reports WHERE report_id = $1', [reportId])).toEqual([]);
    // The same for a withdrawal of a report never routed.
    const withdrawn = await withdraw(randomUUID(), randomUUID());
    await waitForInbox(withdrawn, 'report.withdrawn of a report without referrals');

    // The consumer goes on: the next report is routed as usual.
    const next = await submit([Need.FOOD]);
    expect(next.referrals[0]).toMatchObject({ status: ReferralStatus.REQUESTED });
  });

  // ---- the ended report stays ended -----------------------------------------------------------

  const endedReport = (reportId: string) => query<{ ended_at: Date }>(dbUrl, 'SELECT ended_at FROM ended_reports WHERE report_id = $1', [reportId]);
  const matchExplanation = async (id: string) =>
    (await query<{ match_explanation: Record<string, unknown> }>(dbUrl, 'SELECT match_explanation FROM referrals WHERE id = $1', [id]))[0].match_explanation;
  /** Everything the referrals service keeps about a report: a change anywhere shows. */
  const reportState = async (reportId: string) => {
    const rows = await referralsOf(reportId);
    return {
      referrals: rows,
      history: await Promise.all(rows.map((r) => historyOf(r.id))),
      timers: await Promise.all(rows.map((r) => timersOf(r.id))),
      outbox: (await allOutboxOf(reportId)).map((e) => [e.subject, e.payload]),
      alerts: await alertsOf(reportId),
      ended: await endedReport(reportId),
    };
  };
  const reroute = (r: ReferralRow, reason = 'Serve un servizio più vicino a casa') => rpc.call<ReferralV1>(REQUEST_PATTERNS.referrals.reroute, { id: r.id, reasonNoteId: withNote(reason) }, socialWorker);

  it('a report.submitted that arrives after the report.withdrawn (out of order) routes nothing: no referral, no unmet need, no alert', async () => {
    const reportId = randomUUID();
    const ownerDeskId = randomUUID();
    const withdrawnAt = at('2026-03-09T08:00:00Z');
    const withdrawn = await withdraw(reportId, ownerDeskId);
    await waitForInbox(withdrawn, 'report.withdrawn of a report not yet submitted');
    expect(await endedReport(reportId)).toEqual([{ ended_at: withdrawnAt }]);

    // The submission, retried by the reports service's relay, lands after the withdrawal.
    // FOOD and LONELINESS have services here; HOUSING has none: a routing would refer two and report one unmet.
    at('2026-03-09T08:05:00Z');
    const submitted = await bus.publish('report.submitted.v1', {
      municipality: MUN, reportId, antennaId: randomUUID(), ownerDeskId, neighbourhoodCode: PLACE, needs: [Need.FOOD, Need.LONELINESS, Need.HOUSING],
      urgency: Urgency.HIGH, ageBand: AgeBand.AGE_80_PLUS, submittedAt: withdrawnAt.toISOString(),
    });
    await waitForInbox(submitted, 'the late report.submitted');

    expect(await referralsOf(reportId)).toEqual([]);
    expect(await allOutboxOf(reportId)).toEqual([]);
    expect(await alertsOf(reportId)).toEqual([]);
    expect(await endedReport(reportId)).toEqual([{ ended_at: withdrawnAt }]);

    // The same for a closure: recorded as ended, and a later submission routes nothing either.
    const other = randomUUID();
    const closedAt = at('2026-03-09T09:00:00Z');
    const closed = await close(other, ownerDeskId, ClosureReason.NOT_ELIGIBLE);
    await waitForInbox(closed, 'report.closed of a report not yet submitted');
    const late = await bus.publish('report.submitted.v1', {
      municipality: MUN, reportId: other, antennaId: randomUUID(), ownerDeskId, neighbourhoodCode: PLACE, needs: [Need.FOOD],
      urgency: Urgency.HIGH, ageBand: AgeBand.AGE_80_PLUS, submittedAt: closedAt.toISOString(),
    });
    await waitForInbox(late, 'the late report.submitted of the closed report');
    expect(await referralsOf(other)).toEqual([]);
    expect(await allOutboxOf(other)).toEqual([]);
    expect(await alertsOf(other)).toEqual([]);
    expect(await endedReport(other)).toEqual([{ ended_at: closedAt }]);
  });

  it('a rejection of a referral of an ended report is not re-routed (no new referral, no unmatched event, no alert)', async () => {
    at('2026-03-10T08:00:00Z');
    const { reportId, referrals } = await submit([Need.FOOD, Need.LONELINESS]);
    const food = byNeed(referrals, Need.FOOD);
    // Through the public flows no rejectable (REQUESTED) referral survives the end of its report, so the
    // state "report ended, referral still REQUESTED" is forced here: it exercises route()'s own guard on the
    // rejection path. Without it, the rejection would re-route FOOD to the other food service.
    const endedAt = at('2026-03-10T09:00:00Z');
    await query(dbUrl, 'INSERT INTO ended_reports (report_id, ended_at) VALUES ($1, $2)', [reportId, endedAt]);

    at('2026-03-10T09:30:00Z');
    expect(await move(food, 'reject', { reason: 'Posti esauriti questa settimana' })).toMatchObject({ status: ReferralStatus.REJECTED });
    expect(await referral(food.id)).toMatchObject({ status: ReferralStatus.REJECTED, version: 2, reason: 'Posti esauriti questa settimana' });
    expect(await outboxOf(reportId, 'referral.rejected.v1')).toHaveLength(1);
    await expectNotRerouted(reportId, 2);
  });

  it('a social worker cannot re-route a referral of an ended report: CONFLICT, and nothing changes', async () => {
    at('2026-03-11T08:00:00Z');
    const { reportId, ownerDeskId, referrals } = await submit([Need.FOOD, Need.LONELINESS]);
    const food = byNeed(referrals, Need.FOOD);
    const company = byNeed(referrals, Need.LONELINESS);
    // Before the end, a re-route works (and routes the needs to the other service).
    at('2026-03-11T08:30:00Z');
    expect(await reroute(company)).toMatchObject({ status: ReferralStatus.CANCELLED });
    const three = await waitForReferrals(reportId, 3);
    const secondCompany = three.find((r) => r.needs.includes(Need.LONELINESS) && r.id !== company.id)!;
    expect(secondCompany).toMatchObject({ status: ReferralStatus.REQUESTED });
    // The food one is paused work (accepted, started, on hold): it survives the closure, and a cancel
    // (what a re-route does) would be a legal move for it, so only the ended report can refuse it.
    at('2026-03-11T09:00:00Z');
    await move(food, 'accept');
    await move(food, 'start');
    expect(await move(food, 'hold', { reason: 'ricoverata in ospedale' })).toMatchObject({ status: ReferralStatus.ON_HOLD });

    at('2026-03-11T10:00:00Z');
    const eventId = await close(reportId, ownerDeskId, ClosureReason.RESOLVED);
    await waitForInbox(eventId, 'report.closed');
    expect(await referral(food.id)).toMatchObject({ status: ReferralStatus.ON_HOLD });
    expect(await referral(secondCompany.id)).toMatchObject({ status: ReferralStatus.CANCELLED });
    const before = await reportState(reportId);

    at('2026-03-11T11:00:00Z');
    for (const r of [food, secondCompany, company]) {
      const err = await rpc.callError(REQUEST_PATTERNS.referrals.reroute, { id: r.id, reasonNoteId: withNote('Serve un servizio più vicino a casa') }, socialWorker);
      expect(err).toMatchObject({ code: ErrorCode.CONFLICT });
    }
    expect((await rpc.callError(REQUEST_PATTERNS.referrals.reroute, { id: food.id, reasonNoteId: withNote('Serve un servizio più vicino a casa') }, socialWorker)).message).toMatch(/ended|chiusa/);
    expect(await reportState(reportId)).toEqual(before);
    expect(await referralsOf(reportId)).toHaveLength(3);
  });

  it('keeps an ON_HOLD referral that was IN_PROGRESS before (paused work), cancels an ON_HOLD that never was', async () => {
    at('2026-03-12T08:00:00Z');
    const { reportId, ownerDeskId, referrals } = await submit([Need.FOOD, Need.LONELINESS]);
    const paused = byNeed(referrals, Need.FOOD);
    const held = byNeed(referrals, Need.LONELINESS);
    at('2026-03-12T09:00:00Z');
    await move(paused, 'accept');
    await move(paused, 'start');
    expect(await move(paused, 'hold', { reason: 'ricoverata in ospedale' })).toMatchObject({ status: ReferralStatus.ON_HOLD });
    await move(held, 'accept');
    expect(await move(held, 'hold', { reason: 'in attesa dei documenti' })).toMatchObject({ status: ReferralStatus.ON_HOLD });
    const pausedHistory = await historyOf(paused.id);
    const pausedTimers = await timersOf(paused.id);

    const closedAt = at('2026-03-12T12:00:00Z');
    const eventId = await close(reportId, ownerDeskId, ClosureReason.RESOLVED);
    await waitForInbox(eventId, 'report.closed');

    // Paused work stays with its organisation, untouched.
    expect(await referral(paused.id)).toMatchObject({ status: ReferralStatus.ON_HOLD, version: 4, reason: 'ricoverata in ospedale' });
    expect(await historyOf(paused.id)).toEqual(pausedHistory);
    expect(await timersOf(paused.id)).toEqual(pausedTimers);
    expect(await query(dbUrl, `SELECT 1 FROM outbox WHERE payload->>'referralId' = $1 AND subject = $2`, [paused.id, `${root}.${MUN}.referral.cancelled.v1`])).toEqual([]);
    // Accepted then held, never started: nobody began the work, so it is cancelled like the others.
    await expectCancelled(held, ReferralStatus.ON_HOLD, 4, CLOSED_REASON(ClosureReason.RESOLVED), closedAt);
    await expectCancelledEvents(reportId, [{ r: held, from: ReferralStatus.ON_HOLD, version: 4 }]);
    await expectNotRerouted(reportId, 2);
    expect(await endedReport(reportId)).toEqual([{ ended_at: closedAt }]);

    // The paused one can still be resumed and completed.
    at('2026-03-13T09:00:00Z');
    expect(await move(paused, 'resume')).toMatchObject({ status: ReferralStatus.IN_PROGRESS });
    expect(await move(paused, 'complete', { outcome: 'pasti consegnati' })).toMatchObject({ status: ReferralStatus.COMPLETED });
  });

  // ---- locks ------------------------------------------------------------------------------------

  /** A report.closed straight through the consumer's handler path, so the test controls when it runs. */
  function deliverClosed(reportId: string, ownerDeskId: string, reason: ClosureReason): Promise<string> {
    const body = JSON.stringify({ municipality: MUN, reportId, neighbourhoodCode: PLACE, ownerDeskId, reason, eventId: randomUUID(), occurredAt: now.toISOString() });
    return sut.get(EventConsumer, { strict: false }).handle(eventSubject(root, MUN, 'report.closed.v1'), Buffer.from(body));
  }
  async function connectPg(): Promise<Client> {
    const c = new Client({ connectionString: dbUrl });
    await c.connect();
    return c;
  }
  const ROUTING_LOCK = `hashtextextended('referrals:report:' || $1, 0)`;
  /** Whether another transaction holds the row lock of a referral (probed with NOWAIT, rolled back at once). */
  async function rowLocked(probe: Client, id: string): Promise<boolean> {
    await probe.query('BEGIN');
    try {
      await probe.query('SELECT 1 FROM referrals WHERE id = $1 FOR UPDATE NOWAIT', [id]);
      return false;
    } catch (err) {
      if ((err as { code?: string }).code === '55P03') return true;
      throw err;
    } finally {
      await probe.query('ROLLBACK');
    }
  }
  /** Whether another transaction holds the report's routing advisory lock. */
  async function routingLocked(probe: Client, reportId: string): Promise<boolean> {
    await probe.query('BEGIN');
    try {
      return !(await probe.query<{ got: boolean }>(`SELECT pg_try_advisory_xact_lock(${ROUTING_LOCK}) AS got`, [reportId])).rows[0].got;
    } finally {
      await probe.query('ROLLBACK');
    }
  }
  /** The backend that waits for a lock `holderPid` holds (the service's transaction, once it got that far). */
  const blockedBy = (probe: Client, holderPid: number) =>
    waitFor(async () => {
      const rows = (await probe.query<{ pid: number; wait_event_type: string; wait_event: string }>(
        `SELECT pid, wait_event_type, wait_event FROM pg_stat_activity WHERE datname = current_database() AND $1 = ANY(pg_blocking_pids(pid))`,
        [holderPid],
      )).rows;
      return rows.length === 1 ? rows[0] : null;
    }, 20_000, `a transaction blocked by backend ${holderPid}`);

  it('locks the referral rows of the report in id order, then the report’s routing advisory lock', async () => {
    const holder = await connectPg();
    const probe = await connectPg();
    const holderPid = (await holder.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid;
    try {
      // 1) The higher id held elsewhere: the lower one is already locked, the routing lock not yet taken.
      // 2) The lower id held elsewhere: nothing else is locked yet (the higher one comes after it).
      for (const held of ['higher', 'lower'] as const) {
        at('2026-03-16T08:00:00Z');
        const { reportId, ownerDeskId, referrals } = await submit([Need.FOOD, Need.LONELINESS]);
        const [lower, higher] = [...referrals].sort((a, b) => (a.id < b.id ? -1 : 1));
        await holder.query('BEGIN');
        let settled: Promise<string> | null = null;
        try {
          await holder.query('SELECT 1 FROM referrals WHERE id = $1 FOR UPDATE', [held === 'higher' ? higher.id : lower.id]);
          at('2026-03-16T09:00:00Z');
          settled = deliverClosed(reportId, ownerDeskId, ClosureReason.RESOLVED);
          settled.catch(() => undefined);
          const waiter = await blockedBy(probe, holderPid);
          expect(waiter.wait_event).not.toBe('advisory');
          if (held === 'higher') expect(await rowLocked(probe, lower.id)).toBe(true);
          else expect(await rowLocked(probe, higher.id)).toBe(false);
          expect(await routingLocked(probe, reportId)).toBe(false);
        } finally {
          await holder.query('ROLLBACK');
        }
        expect(await settled).toBe('ack');
        for (const r of referrals) expect(await referral(r.id)).toMatchObject({ status: ReferralStatus.CANCELLED });
      }

      // 3) The routing lock held elsewhere: the report.closed waits for it holding every row of the report.
      at('2026-03-16T10:00:00Z');
      const { reportId, ownerDeskId, referrals } = await submit([Need.FOOD, Need.LONELINESS]);
      await holder.query('BEGIN');
      let settled: Promise<string> | null = null;
      try {
        await holder.query(`SELECT pg_advisory_xact_lock(${ROUTING_LOCK})`, [reportId]);
        at('2026-03-16T11:00:00Z');
        settled = deliverClosed(reportId, ownerDeskId, ClosureReason.RESOLVED);
        settled.catch(() => undefined);
        const waiter = await blockedBy(probe, holderPid);
        expect(waiter).toMatchObject({ wait_event_type: 'Lock', wait_event: 'advisory' });
        for (const r of referrals) expect(await rowLocked(probe, r.id)).toBe(true);
        expect(await endedReport(reportId)).toEqual([]);
      } finally {
        await holder.query('ROLLBACK');
      }
      expect(await settled).toBe('ack');
      for (const r of referrals) expect(await referral(r.id)).toMatchObject({ status: ReferralStatus.CANCELLED });
      expect(await endedReport(reportId)).toHaveLength(1);
    } finally {
      await holder.end();
      await probe.end();
    }
  });

  it('a report.closed and an operator’s rejection of one of its REQUESTED referrals at the same time: no deadlock, a consistent end', async () => {
    const OPEN = [ReferralStatus.REQUESTED, ReferralStatus.ACCEPTED, ReferralStatus.ON_HOLD, ReferralStatus.IN_PROGRESS] as string[];
    const outcomes: string[] = [];
    for (let i = 0; i < 12; i++) {
      at(`2026-03-17T08:${String(i).padStart(2, '0')}:00Z`);
      const { reportId, ownerDeskId, referrals } = await submit([Need.FOOD, Need.LONELINESS]);
      const target = byNeed(referrals, i % 2 === 0 ? Need.FOOD : Need.LONELINESS);
      const sibling = referrals.find((r) => r.id !== target.id)!;
      const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));
      const skew = i % 4; // vary which of the two reaches the database first

      const [closing, rejecting] = await Promise.all([
        (async () => {
          if (i % 2 === 1) await delay(skew);
          return deliverClosed(reportId, ownerDeskId, ClosureReason.RESOLVED).then((v) => ({ ok: v }), (err: unknown) => ({ err }));
        })(),
        (async () => {
          if (i % 2 === 0) await delay(skew);
          return move(target, 'reject', { reason: 'Posti esauriti questa settimana' }).then((v) => ({ ok: v }), (err: unknown) => ({ err: err as ErrorBody }));
        })(),
      ]);

      // Neither side fails for a lock: no deadlock (40P01), no INTERNAL error.
      expect(closing).toEqual({ ok: 'ack' });
      if ('err' in rejecting) expect(rejecting.err).toMatchObject({ code: ErrorCode.CONFLICT });
      else expect(rejecting.ok).toMatchObject({ status: ReferralStatus.REJECTED });

      const rows = await referralsOf(reportId);
      const final = rows.find((r) => r.id === target.id)!;
      expect([ReferralStatus.REJECTED, ReferralStatus.CANCELLED]).toContain(final.status);
      expect(await endedReport(reportId)).toHaveLength(1);
      expect(await referral(sibling.id)).toMatchObject({ status: ReferralStatus.CANCELLED, reason: CLOSED_REASON(ClosureReason.RESOLVED) });
      if (final.status === ReferralStatus.REJECTED) {
        outcomes.push('rejected first');
        expect('ok' in rejecting).toBe(true);
        // The rejection committed before the end: its re-route happened then, and the end cancelled it.
        expect(rows).toHaveLength(3);
        const rerouted = rows.find((r) => r.id !== target.id && r.id !== sibling.id)!;
        expect(await matchExplanation(rerouted.id)).toMatchObject({ trigger: 'rerouted', after: target.id, cause: 'rejected' });
        expect(rerouted).toMatchObject({ status: ReferralStatus.CANCELLED, reason: CLOSED_REASON(ClosureReason.RESOLVED) });
        expect(await historyOf(target.id)).toHaveLength(2);
      } else {
        outcomes.push('closed first');
        // The end came first: the rejection found the referral cancelled and was refused.
        expect('err' in rejecting).toBe(true);
        expect(rows).toHaveLength(2);
        expect(final).toMatchObject({ version: 2, reason: CLOSED_REASON(ClosureReason.RESOLVED) });
        expect(await outboxOf(reportId, 'referral.rejected.v1')).toEqual([]);
      }
      // Nothing open, nothing created after the end, no SLA clock left, no alert.
      expect(rows.filter((r) => OPEN.includes(r.status))).toEqual([]);
      expect(await outboxOf(reportId, 'referral.requested.v1')).toHaveLength(rows.length);
      expect(await outboxOf(reportId, 'referral.unmatched.v1')).toEqual([]);
      expect(await alertsOf(reportId)).toEqual([]);
      for (const r of rows) {
        expect((await timersOf(r.id)).filter((t) => t.state === 'pending')).toEqual([]);
        expect((await historyOf(r.id)).filter((h) => h.to_status === ReferralStatus.CANCELLED).length).toBeLessThanOrEqual(1);
      }
      expect(await outboxOf(reportId, 'referral.cancelled.v1')).toHaveLength(rows.filter((r) => r.status === ReferralStatus.CANCELLED).length);
    }
    // Which one won each race, for the record (both orders are correct).
    process.stdout.write(`report.closed vs reject: ${JSON.stringify(outcomes.reduce<Record<string, number>>((a, o) => ({ ...a, [o]: (a[o] ?? 0) + 1 }), {}))}\n`);
  });
});
