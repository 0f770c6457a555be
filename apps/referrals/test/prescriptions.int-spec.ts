import { randomBytes, randomUUID } from 'node:crypto';
import { INestMicroservice } from '@nestjs/common';
import {
  AgeBand, AntennaKind, AntennaStatus, BuddyProposalsV1, BuddyRevealV1, CoarseStatus, ErrorCode, InitiativeKind, InitiativeWithSessionsV1, Need, Page, ReferralStatus, ReferralTargetKind, ReferralV1, ReportSummaryV1, Role,
  REQUEST_PATTERNS, SessionV1, Urgency,
} from '@prossimo/contracts';
import { loadSettings, startService } from '@prossimo/platform';
import { TEST_KEYS, TEST_NATS_URL, TestEventBus, TestRpcClient, cloneDatabase, deleteTestStreams, dropDatabase, query, tokenFor, uniqueRoot, waitFor } from '@prossimo/testing';
import { romeSlot } from '../../community/src/buddies/matching';
import { CommunityModule } from '../../community/src/community.module';
import { CommunitySettings } from '../../community/src/config/community.env';
import { ReportsSettings } from '../../reports/src/config/reports.env';
import { ReportsModule } from '../../reports/src/reports.module';
import { ReferralsSettings } from '../src/config/referrals.env';
import { ReferralsModule } from '../src/referrals.module';
import { SlaSweeper } from '../src/sla/sla-sweeper.service';

const MUN = '015077';
const ORG = '0f000000-0000-4000-8000-0000000000f1';
const DAY = 24 * 3600_000;

/**
 * Social prescribing (issue 17) across the three services that carry it, on real PostgreSQL and
 * NATS: reports (the antenna's coarse state, the vault's reveal), referrals (the one referral
 * lifecycle, with target kind INITIATIVE) and community (the seat). Services talk only by events;
 * the test sends requests as the gateway would.
 */
describe('prescriptions: a referral to an initiative’s session (reports, referrals and community)', () => {
  const db: Record<string, string> = {};
  let root: string;
  const services: INestMicroservice[] = [];
  let referrals: INestMicroservice;
  let rpc: TestRpcClient;
  let bus: TestEventBus;
  let now = new Date();
  const clock = () => now;
  const antennaId = randomUUID();
  let antenna: string;
  let worker: string;
  let operator: string;
  let admin: string;
  let cafe: InitiativeWithSessionsV1;
  let session: SessionV1;

  beforeAll(async () => {
    root = uniqueRoot();
    for (const s of ['reports', 'referrals', 'community']) db[s] = await cloneDatabase(s);
    const base = { NATS_URL: TEST_NATS_URL, SUBJECT_ROOT: root, AUTH_PUBLIC_KEY: TEST_KEYS.publicKey, LOG_LEVEL: 'silent' };
    const rs = loadSettings(ReportsSettings, { ...base, DATABASE_URL: db.reports, REPORTS_MASTER_KEY: randomBytes(32).toString('base64'), RETENTION_SWEEP_INTERVAL_MS: '0' });
    const fs = loadSettings(ReferralsSettings, { ...base, DATABASE_URL: db.referrals, SLA_SWEEP_INTERVAL_MS: '0', MAIL_SWEEP_INTERVAL_MS: '0', ESCALATION_SWEEP_INTERVAL_MS: '0' });
    const cs = loadSettings(CommunitySettings, { ...base, DATABASE_URL: db.community });
    bus = await TestEventBus.connect(TEST_NATS_URL, root);
    services.push(await startService(ReportsModule.register(rs), rs, 'reports'));
    referrals = await startService(ReferralsModule.register(fs, { clock }), fs, 'referrals');
    services.push(referrals);
    services.push(await startService(CommunityModule.register(cs), cs, 'community'));
    rpc = await TestRpcClient.connect(TEST_NATS_URL, root);
    await bus.publish('neighbourhood.defined.v1', { municipality: MUN, code: 'crocetta', name: 'Crocetta', population: 8000, approximate: true });
    await bus.publish('antenna.status-changed.v1', { municipality: MUN, antennaId, kind: AntennaKind.SHOP, neighbourhoodCode: 'crocetta', to: AntennaStatus.ACTIVE });
    await waitFor(async () => (await query(db.community, 'SELECT 1 FROM neighbourhoods')).length === 1 && (await query(db.reports, `SELECT 1 FROM antennas WHERE status = 'ACTIVE'`)).length === 1, 20_000, 'projections');
    admin = await tokenFor({ role: Role.ADMIN });
    await rpc.call(REQUEST_PATTERNS.referrals.registerOrganisation, { id: ORG, name: 'Il Ponte', legalForm: 'cooperativa sociale', taxCode: '91000000041', runtsNumber: 'R-41', runtsSection: 'a' }, admin);
    antenna = await tokenFor({ role: Role.ANTENNA, antennaId });
    worker = await tokenFor({ role: Role.SOCIAL_WORKER });
    operator = await tokenFor({ role: Role.ORG_OPERATOR, organisationId: ORG });
    cafe = await rpc.call<InitiativeWithSessionsV1>(REQUEST_PATTERNS.community.publishInitiative, {
      id: randomUUID(), kind: InitiativeKind.ELDERLY_PLACE, titleIt: 'Caffè della memoria', titleEn: 'Memory café', descriptionIt: 'Un pomeriggio insieme, con tè e musica.',
      neighbourhoodCode: 'crocetta', place: { name: 'Biblioteca', address: 'Piazza Confalonieri 3', position: { lat: 45.558, lng: 9.216 }, stepFree: true }, free: true, goodForLivingAlone: true,
    }, operator);
    session = await schedule(3);
  });

  afterAll(async () => {
    await rpc?.close();
    await bus?.close();
    for (const s of services.reverse()) await s.close();
    await deleteTestStreams(root);
    for (const url of Object.values(db)) await dropDatabase(url);
  });

  async function schedule(referralSeats: number, inDays = 3): Promise<SessionV1> {
    const start = new Date(Date.now() + inDays * DAY);
    const s = await rpc.call<SessionV1>(REQUEST_PATTERNS.community.scheduleSession, { id: randomUUID(), initiativeId: cafe.id, startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 2 * 3600_000).toISOString(), publicSeats: 5, referralSeats }, operator);
    await waitFor(async () => (await query(db.referrals, 'SELECT 1 FROM initiative_sessions WHERE id = $1', [s.id])).length === 1, 20_000, 'referrals hears of the session');
    return s;
  }
  const submit = async (consentToContact = true) => {
    const id = randomUUID();
    await rpc.call<ReportSummaryV1>(REQUEST_PATTERNS.reports.submit, {
      id, neighbourhoodCode: 'crocetta', needs: [Need.LONELINESS], urgency: Urgency.MEDIUM, ageBand: AgeBand.AGE_80_PLUS, description: 'Vive sola, non esce più', consentToContact,
      subject: { name: 'Maria Rossi', address: 'Via Roma 1', phone: '+39 02 5550 1111' },
    }, antenna);
    await waitFor(async () => (await query(db.referrals, 'SELECT 1 FROM routed_reports WHERE report_id = $1', [id])).length === 1, 20_000, 'referrals hears of the report');
    return id;
  };
  const prescribe = (reportId: string, sessionId = session.id, id = randomUUID()) =>
    rpc.call<ReferralV1>(REQUEST_PATTERNS.referrals.prescribe, { id, reportId, initiativeId: cafe.id, sessionId, buddyRequested: true }, worker);
  const seat = async (referralId: string) =>
    (await query<{ status: string; n: number }>(db.community, `SELECT status, (SELECT referral_taken FROM sessions WHERE id = r.session_id) AS n FROM seat_reservations r WHERE holder_ref = $1`, [referralId]))[0] ?? null;
  const referral = async (id: string) => (await query<{ status: string; reason_code: string | null; first_attended_at: Date | null }>(db.referrals, 'SELECT status, reason_code, first_attended_at FROM referrals WHERE id = $1', [id]))[0];
  const coarse = async (id: string) => (await rpc.call<Page<ReportSummaryV1>>(REQUEST_PATTERNS.reports.mine, { first: 100 }, antenna)).nodes.find((n) => n.id === id)?.status;
  const alerts = (reportId: string) => query<{ kind: string; referral_id: string }>(db.referrals, 'SELECT kind, referral_id FROM alerts WHERE report_id = $1 ORDER BY created_at', [reportId]);
  const move = (id: string, action: string, extra: Record<string, string> = {}) => rpc.call<ReferralV1>(REQUEST_PATTERNS.referrals.transition, { id, action, ...extra }, operator);
  const reveal = (reportId: string) => rpc.callError(REQUEST_PATTERNS.reports.reveal, { reportId }, operator);
  const revealAudits = async (reportId: string) =>
    Number((await query<{ n: string }>(db.reports, 'SELECT count(*) AS n FROM audit_log WHERE record_id = $1 AND action = $2', [reportId, REQUEST_PATTERNS.reports.reveal]))[0].n);

  it('prescribe → accept → first attendance → complete: one referral lifecycle, a seat held, the antenna sees RECEIVED, IN_CARE, CLOSED; the name only after accepting, audited', async () => {
    const reportId = await submit(true);
    const r = await prescribe(reportId);
    expect(r).toMatchObject({ targetKind: ReferralTargetKind.INITIATIVE, serviceId: null, initiativeId: cafe.id, sessionId: session.id, buddyRequested: true, status: ReferralStatus.REQUESTED, organisationId: ORG, dueKind: 'accept' });
    expect(r.sessionStartsAt).toBe(session.startsAt);
    // The organiser's inbox lists it like any referral.
    const inbox = await rpc.call<Page<ReferralV1>>(REQUEST_PATTERNS.referrals.list, { first: 50 }, operator);
    expect(inbox.nodes.find((n) => n.id === r.id)).toMatchObject({ targetKind: 'INITIATIVE', buddyRequested: true, ageBand: null });
    await waitFor(async () => (await seat(r.id))?.status === 'HELD', 20_000, 'community holds a referral seat');
    expect((await seat(r.id)).n).toBe(1);
    await waitFor(async () => (await coarse(reportId)) === CoarseStatus.RECEIVED, 20_000, 'RECEIVED');
    // Before accepting, no name.
    await expect(reveal(reportId)).resolves.toMatchObject({ code: ErrorCode.FORBIDDEN });
    // A plain «start» is not how a prescription starts.
    await move(r.id, 'accept');
    await expect(rpc.callError(REQUEST_PATTERNS.referrals.transition, { id: r.id, action: 'start' }, operator)).resolves.toMatchObject({ code: ErrorCode.CONFLICT });
    await waitFor(async () => (await coarse(reportId)) === CoarseStatus.IN_CARE, 20_000, 'IN_CARE');
    await waitFor(async () => (await rpc.call<{ subject: { name: string } }>(REQUEST_PATTERNS.reports.reveal, { reportId }, operator).catch(() => null))?.subject.name === 'Maria Rossi', 20_000, 'the reveal after accepting');
    expect(await revealAudits(reportId)).toBeGreaterThanOrEqual(1);
    const attended = await rpc.call<ReferralV1>(REQUEST_PATTERNS.referrals.recordFirstAttendance, { id: r.id }, operator);
    expect(attended).toMatchObject({ status: ReferralStatus.IN_PROGRESS });
    expect(attended.firstAttendedAt).not.toBeNull();
    // Once: a repeat answers the same.
    await expect(rpc.call<ReferralV1>(REQUEST_PATTERNS.referrals.recordFirstAttendance, { id: r.id }, operator)).resolves.toMatchObject({ status: ReferralStatus.IN_PROGRESS, firstAttendedAt: attended.firstAttendedAt });
    const events = await query<{ payload: Record<string, unknown> }>(db.referrals, `SELECT payload FROM outbox WHERE subject = $1 AND payload->>'referralId' = $2`, [`${root}.${MUN}.referral.in-progress.v1`, r.id]);
    expect(events[0].payload).toMatchObject({ targetKind: 'INITIATIVE', initiativeId: cafe.id, firstAttendedAt: attended.firstAttendedAt });
    await move(r.id, 'complete', { outcomeNoteId: randomUUID() });
    await waitFor(async () => (await coarse(reportId)) === CoarseStatus.CLOSED, 20_000, 'CLOSED');
    // The seat was used: it stays held.
    expect((await seat(r.id)).status).toBe('HELD');
  });

  it('declined: the seat goes back, the desk is alerted, and another session can be prescribed', async () => {
    const reportId = await submit(true);
    const r = await prescribe(reportId);
    await waitFor(async () => (await seat(r.id))?.status === 'HELD', 20_000, 'held');
    const before = (await seat(r.id)).n;
    await move(r.id, 'reject', { reasonNoteId: randomUUID() });
    await waitFor(async () => (await seat(r.id))?.status === 'RELEASED', 20_000, 'released');
    expect((await seat(r.id)).n).toBe(before - 1);
    expect(await alerts(reportId)).toContainEqual({ kind: 'prescription-ended', referral_id: r.id });
    await expect(reveal(reportId)).resolves.toMatchObject({ code: ErrorCode.FORBIDDEN });
    const other = await schedule(2, 10);
    await expect(prescribe(reportId, other.id)).resolves.toMatchObject({ status: ReferralStatus.REQUESTED, sessionId: other.id });
  });

  it('no referral seat left: community refuses, the prescription ends (no-seat) and the desk is alerted; once referrals knows, it refuses up front', async () => {
    const full = await schedule(1, 5);
    // The ledger is full where referrals has not heard it yet (the organiser took it a moment ago).
    await query(db.community, 'UPDATE sessions SET referral_taken = referral_seats WHERE id = $1', [full.id]);
    const reportId = await submit(true);
    const r = await prescribe(reportId, full.id);
    await waitFor(async () => (await referral(r.id)).status === ReferralStatus.CANCELLED, 20_000, 'the refusal ends it');
    expect(await referral(r.id)).toMatchObject({ reason_code: 'no-seat' });
    expect(await alerts(reportId)).toContainEqual({ kind: 'prescription-ended', referral_id: r.id });
    // No seat was ever held for it: the cancellation leaves only a RELEASED marker (a late request takes none), the counts as they were.
    await waitFor(async () => (await seat(r.id))?.status === 'RELEASED', 20_000, 'the marker');
    expect((await seat(r.id)).n).toBe(1);
    // A session whose referral seats referrals knows to be taken is refused at once.
    const one = await schedule(1, 6);
    const first = await prescribe(await submit(true), one.id);
    await waitFor(async () => (await query(db.referrals, 'SELECT 1 FROM initiative_sessions WHERE id = $1 AND referral_taken = 1', [one.id])).length === 1, 20_000, 'the seat event');
    await expect(rpc.callError(REQUEST_PATTERNS.referrals.prescribe, { id: randomUUID(), reportId: await submit(true), initiativeId: cafe.id, sessionId: one.id, buddyRequested: false }, worker)).resolves.toMatchObject({ code: ErrorCode.CONFLICT });
    expect((await seat(first.id)).status).toBe('HELD');
  });

  it('expires through the usual SLA timer: cancelled (expired), the seat back, the desk alerted', async () => {
    const reportId = await submit(true);
    const r = await prescribe(reportId);
    await waitFor(async () => (await seat(r.id))?.status === 'HELD', 20_000, 'held');
    now = new Date(Date.parse(r.dueAt!) + 60_000);
    try {
      await referrals.get(SlaSweeper).sweep();
    } finally {
      now = new Date();
    }
    expect(await referral(r.id)).toMatchObject({ status: ReferralStatus.CANCELLED, reason_code: 'expired' });
    await waitFor(async () => (await seat(r.id))?.status === 'RELEASED', 20_000, 'released');
    expect(await alerts(reportId)).toContainEqual({ kind: 'prescription-ended', referral_id: r.id });
  });

  it('idempotent: a redelivered or repeated request takes no second seat; a retried prescription is the same referral', async () => {
    const reportId = await submit(true);
    const id = randomUUID();
    const r = await prescribe(reportId, session.id, id);
    await expect(prescribe(reportId, session.id, id)).resolves.toMatchObject({ id: r.id });
    await waitFor(async () => (await seat(r.id))?.status === 'HELD', 20_000, 'held');
    const taken = (await seat(r.id)).n;
    const [event] = await query<{ payload: Record<string, unknown> }>(db.referrals, `SELECT payload FROM outbox WHERE subject = $1 AND payload->>'referralId' = $2`, [`${root}.${MUN}.referral.requested.v1`, r.id]);
    const payload = event.payload as never;
    await bus.publish('referral.requested.v1', payload); // the same event again (same id: the inbox drops it)
    await bus.publish('referral.requested.v1', { ...(payload as object), eventId: randomUUID() } as never); // a copy under a new id
    const marker = await bus.publish('neighbourhood.defined.v1', { municipality: MUN, code: 'bettola', name: 'Bettola', approximate: true });
    await waitFor(async () => (await query(db.community, `SELECT 1 FROM neighbourhoods WHERE code = 'bettola'`)).length === 1, 20_000, `community consumed up to ${marker}`);
    expect((await seat(r.id)).n).toBe(taken);
    expect(await query(db.community, 'SELECT 1 FROM seat_reservations WHERE holder_ref = $1', [r.id])).toHaveLength(1);
  });

  it('a buddy: the request in community, the organiser asks a volunteer who accepts; the name and phone reach the volunteer from the vault only after the organiser accepts, audited', async () => {
    const reportId = await submit(true);
    const r = await prescribe(reportId);
    await waitFor(async () => (await query(db.community, 'SELECT 1 FROM buddy_requests WHERE referral_id = $1', [r.id])).length === 1, 20_000, 'community opens a buddy request');
    const anna = randomUUID();
    const annaToken = await tokenFor({ role: Role.CITIZEN, accountId: anna });
    await rpc.call(REQUEST_PATTERNS.community.saveVolunteerProfile, {
      displayName: 'Anna Verdi', email: 'anna@example.org', birthYear: 1958, neighbourhoodCode: 'crocetta', travelKm: 2, skills: ['ACCOMPANYING'], languages: ['it'],
      availability: [romeSlot(new Date(session.startsAt))], requirements: [],
    }, annaToken);
    const proposed = await rpc.call<BuddyProposalsV1>(REQUEST_PATTERNS.community.buddyProposals, { referralId: r.id }, operator);
    expect(proposed.proposals.map((p) => p.volunteerId)).toEqual([anna]);
    await rpc.call(REQUEST_PATTERNS.community.askBuddy, { referralId: r.id, volunteerId: anna }, operator);
    await rpc.call(REQUEST_PATTERNS.community.answerBuddyRequest, { referralId: r.id, accept: true }, annaToken);
    await waitFor(async () => (await query(db.reports, 'SELECT 1 FROM referral_buddies WHERE referral_id = $1 AND account_id = $2', [r.id, anna])).length === 1, 20_000, 'the vault hears of the buddy');
    // Not before the organiser accepts the prescription.
    await expect(rpc.callError(REQUEST_PATTERNS.reports.revealToBuddy, { referralId: r.id }, annaToken)).resolves.toMatchObject({ code: ErrorCode.FORBIDDEN });
    await move(r.id, 'accept');
    await waitFor(async () => (await rpc.call<BuddyRevealV1>(REQUEST_PATTERNS.reports.revealToBuddy, { referralId: r.id }, annaToken).catch(() => null))?.name === 'Maria Rossi', 20_000, 'the reveal to the buddy');
    await expect(rpc.call(REQUEST_PATTERNS.reports.revealToBuddy, { referralId: r.id }, annaToken)).resolves.toEqual({ referralId: r.id, name: 'Maria Rossi', phone: '+39 02 5550 1111' });
    const audits = await query<{ actor_id: string; reason: string }>(db.reports, 'SELECT actor_id, reason FROM audit_log WHERE record_id = $1 AND action = $2', [reportId, REQUEST_PATTERNS.reports.revealToBuddy]);
    expect(audits.length).toBeGreaterThanOrEqual(1);
    expect(audits.every((a) => a.actor_id === anna && a.reason === `buddy of referral ${r.id}`)).toBe(true);
    // Community kept no name of the person; the prescription's end ends the request and the match.
    expect(JSON.stringify(await query(db.community, 'SELECT * FROM buddy_requests'))).not.toContain('Maria');
    await move(r.id, 'fail', { reasonNoteId: randomUUID() });
    await waitFor(async () => (await query<{ status: string }>(db.community, 'SELECT status FROM buddy_requests WHERE referral_id = $1', [r.id]))[0].status === 'ENDED', 20_000, 'the buddy request ends');
    await waitFor(async () => (await query(db.reports, 'SELECT 1 FROM referral_buddies WHERE referral_id = $1 AND account_id IS NULL', [r.id])).length === 1, 20_000, 'the vault hears the match undone');
    await expect(rpc.callError(REQUEST_PATTERNS.reports.revealToBuddy, { referralId: r.id }, annaToken)).resolves.toMatchObject({ code: ErrorCode.NOT_FOUND });
  });
});
