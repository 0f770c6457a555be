import { randomBytes, randomUUID } from 'node:crypto';
import { INestMicroservice } from '@nestjs/common';
import {
  AgeBand, AntennaKind, AntennaStatus, ClosureReason, CoarseStatus, ErrorCode, Need, Page, REFERRAL_EVENT_BY_STATUS, ReferralStatus, ReportDetailV1, ReportSummaryV1, Role, REQUEST_PATTERNS,
  TriageItemV1, Urgency,
} from '@prossimo/contracts';
import { loadSettings, startService } from '@prossimo/platform';
import { TEST_KEYS, TEST_NATS_URL, TestEventBus, TestRpcClient, cloneDatabase, deleteTestStreams, dropDatabase, query, tokenFor, uniqueRoot, waitFor } from '@prossimo/testing';
import { ReportsSettings } from '../src/config/reports.env';
import { ReportsModule } from '../src/reports.module';

const MUN = '015077';
const HOUR = 3600 * 1000;

/**
 * Issue 13 in the reports service: what the shop may leave out of an emergency and how it writes
 * a phone number; the start of its own words on its cards (audited); the desk's triage by urgency
 * and SLA risk with an audited excerpt; closing and reopening within the window (audited).
 */
describe('reports: the shop and the social desk (real PostgreSQL and NATS, injected clock)', () => {
  let dbUrl: string;
  let root: string;
  let sut: INestMicroservice;
  let rpc: TestRpcClient;
  let bus: TestEventBus;
  let nowMs = Date.parse('2026-05-04T08:00:00Z');
  const clock = () => new Date(nowMs);
  const antennaId = randomUUID();
  let antenna: string;
  let worker: string;

  beforeAll(async () => {
    dbUrl = await cloneDatabase('reports');
    root = uniqueRoot();
    const settings = loadSettings(ReportsSettings, {
      DATABASE_URL: dbUrl, NATS_URL: TEST_NATS_URL, SUBJECT_ROOT: root, AUTH_PUBLIC_KEY: TEST_KEYS.publicKey,
      REPORTS_MASTER_KEY: randomBytes(32).toString('base64'), RETENTION_SWEEP_INTERVAL_MS: '0', REOPEN_WINDOW_HOURS: '72', LOG_LEVEL: 'silent',
    });
    bus = await TestEventBus.connect(TEST_NATS_URL, root);
    sut = await startService(ReportsModule.register(settings, { clock }), settings, 'reports');
    rpc = await TestRpcClient.connect(TEST_NATS_URL, root);
    // The municipality is the only one in this database: its neighbourhoods are this file's own.
    for (const code of ['nigozza', 'robecco']) await bus.publish('neighbourhood.defined.v1', { municipality: MUN, code, name: code[0].toUpperCase() + code.slice(1), population: 8000, approximate: true });
    await bus.publish('antenna.status-changed.v1', { municipality: MUN, antennaId, kind: AntennaKind.SHOP, neighbourhoodCode: 'nigozza', to: AntennaStatus.ACTIVE });
    await waitFor(async () => (await query(dbUrl, 'SELECT 1 FROM desks')).length === 2 && (await query(dbUrl, `SELECT 1 FROM antennas WHERE status = 'ACTIVE'`)).length === 1, 20_000, 'projections');
    antenna = await tokenFor({ role: Role.ANTENNA, antennaId });
    worker = await tokenFor({ role: Role.SOCIAL_WORKER });
  });

  afterAll(async () => {
    await rpc?.close();
    await bus?.close();
    await sut?.close();
    await deleteTestStreams(root);
    await dropDatabase(dbUrl);
  });

  const input = (over: Record<string, unknown> = {}) => ({
    id: randomUUID(),
    neighbourhoodCode: 'nigozza',
    needs: [Need.LONELINESS],
    urgency: Urgency.MEDIUM,
    ageBand: AgeBand.AGE_80_PLUS,
    description: 'La signora del civico 12 non esce da tre giorni e le tapparelle restano abbassate anche di giorno',
    consentToContact: false,
    ...over,
  });
  const submit = async (over: Record<string, unknown> = {}) => {
    const i = input(over);
    await rpc.call<ReportSummaryV1>(REQUEST_PATTERNS.reports.submit, i, antenna);
    return i.id;
  };
  const mine = () => rpc.call<Page<ReportSummaryV1>>(REQUEST_PATTERNS.reports.mine, { first: 100 }, antenna);
  const detail = (id: string) => rpc.call<ReportDetailV1>(REQUEST_PATTERNS.reports.open, { reportId: id }, worker);

  it('takes an EMERGENCY with only urgency, neighbourhood and what was seen; any other urgency still needs a need', async () => {
    const id = randomUUID();
    const reply = await rpc.call<ReportSummaryV1>(REQUEST_PATTERNS.reports.submit, input({ id, urgency: Urgency.EMERGENCY, needs: [], ageBand: AgeBand.UNKNOWN, description: 'Un uomo a terra davanti al forno' }), antenna);
    expect(reply).toMatchObject({ id, urgency: Urgency.EMERGENCY, needs: [] });
    expect(reply.advice).toContain('112');
    const events = await query<{ payload: { needs: string[] } }>(dbUrl, `SELECT payload FROM outbox WHERE subject LIKE '%report.submitted.v1' AND payload->>'reportId' = $1`, [id]);
    expect(events.map((e) => e.payload.needs)).toEqual([[]]);
    expect(await rpc.callError(REQUEST_PATTERNS.reports.submit, input({ needs: [] }), antenna)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'input.needs' });
    // The database holds the same rule.
    await expect(query(dbUrl, `UPDATE reports SET urgency = 'MEDIUM' WHERE id = $1`, [id])).rejects.toThrow(/CHK_reports_needs/);
  });

  it('takes a phone number as people write it, refuses one that is not, and finds the same person through the note', async () => {
    const withNote = await submit({ consentToContact: true, subject: { name: 'Ada Neri', phone: '333-1234567 (casa)' } });
    const plain = await submit({ consentToContact: true, subject: { name: 'Ada Neri', phone: '+39 333 123 4567' } });
    const subjects = await query<{ subject_id: string }>(dbUrl, 'SELECT subject_id FROM reports WHERE id = ANY($1)', [[withNote, plain]]);
    expect(new Set(subjects.map((s) => s.subject_id)).size).toBe(1);
    for (const phone of ['000000', '12345', '333 1234567 890123 4', 'chiamare la figlia', '(casa)']) {
      expect({ phone, ...(await rpc.callError(REQUEST_PATTERNS.reports.submit, input({ consentToContact: true, subject: { phone } }), antenna)) }).toMatchObject({ phone, code: ErrorCode.BAD_USER_INPUT, field: 'input.subject.phone' });
    }
  });

  it("shows the shop the start of its own words and its desk's phone, audited; never what others added", async () => {
    await query(dbUrl, `UPDATE desks SET phone = '02 0000 9101', hours = 'lun-ven 9-12' WHERE neighbourhood_code = 'nigozza'`);
    const id = await submit();
    await rpc.call(REQUEST_PATTERNS.reports.addFollowUp, { reportId: id, note: 'È tornata a casa, la figlia è con lei' }, antenna);
    const before = (await query<{ n: number }>(dbUrl, `SELECT count(*)::int AS n FROM audit_log WHERE action = $1 AND record_id = $2`, [REQUEST_PATTERNS.reports.mine, id]))[0].n;
    const card = (await mine()).nodes.find((n) => n.id === id)!;
    expect(card.descriptionStart).toBe('La signora del civico 12 non esce da tre giorni e le…');
    expect(card.descriptionStart!.length).toBeLessThanOrEqual(60);
    expect(card.ownerDesk).toMatchObject({ name: 'Sportello sociale di quartiere Nigozza', phone: '02 0000 9101', hours: 'lun-ven 9-12' });
    expect(JSON.stringify(card)).not.toContain('figlia');
    const after = await query<{ fields: string[]; role: string }>(dbUrl, `SELECT fields, role FROM audit_log WHERE action = $1 AND record_id = $2`, [REQUEST_PATTERNS.reports.mine, id]);
    expect(after.length).toBe(before + 1);
    expect(after[after.length - 1]).toEqual({ fields: ['description.start'], role: Role.ANTENNA });
    // The confirmation names the desk too.
    const reply = await rpc.call<ReportSummaryV1>(REQUEST_PATTERNS.reports.submit, input(), antenna);
    expect(reply.ownerDesk?.phone).toBe('02 0000 9101');
  });

  it('orders the triage by urgency and SLA risk, pages it steadily, and audits the excerpts it shows', async () => {
    // Only this test's reports are open from here on.
    await query(dbUrl, `UPDATE reports SET closed_at = now(), status = 'CLOSED'`);
    nowMs += HOUR;
    const oldMedium = await submit({ neighbourhoodCode: 'robecco', description: 'Il signore anziano non ritira la pensione da due mesi' });
    nowMs += HOUR;
    const dueSoon = await submit({ neighbourhoodCode: 'robecco' });
    nowMs += HOUR;
    const high = await submit({ neighbourhoodCode: 'robecco', urgency: Urgency.HIGH });
    nowMs += HOUR;
    const emergencyTaken = await submit({ neighbourhoodCode: 'robecco', urgency: Urgency.EMERGENCY });
    await rpc.call(REQUEST_PATTERNS.reports.take, { reportId: emergencyTaken }, worker);
    nowMs += HOUR;
    const dueLater = await submit({ neighbourhoodCode: 'robecco' });
    nowMs += HOUR;
    const emergency = await submit({ neighbourhoodCode: 'robecco', urgency: Urgency.EMERGENCY, needs: [] });
    // Two MEDIUM reports have a referral waiting for acceptance, with the deadline its event carries.
    const requested = async (reportId: string, dueAt: Date) => {
      await bus.publish(REFERRAL_EVENT_BY_STATUS[ReferralStatus.REQUESTED] as 'referral.requested.v1', {
        municipality: MUN, referralId: randomUUID(), reportId, organisationId: randomUUID(), serviceId: randomUUID(), needs: [Need.LONELINESS], neighbourhoodCode: 'robecco',
        urgency: Urgency.MEDIUM, to: ReferralStatus.REQUESTED, version: 1, dueAt: dueAt.toISOString(),
      });
      await waitFor(async () => (await query(dbUrl, 'SELECT 1 FROM report_referrals WHERE report_id = $1 AND due_at IS NOT NULL', [reportId])).length === 1, 20_000, 'deadline projected');
    };
    await requested(dueSoon, new Date(nowMs + 2 * HOUR));
    await requested(dueLater, new Date(nowMs + 40 * HOUR));

    const auditedBefore = (await query<{ n: number }>(dbUrl, `SELECT count(*)::int AS n FROM audit_log WHERE action = $1`, [REQUEST_PATTERNS.reports.triage]))[0].n;
    const all = await rpc.call<Page<TriageItemV1>>(REQUEST_PATTERNS.reports.triage, { first: 100 }, worker);
    // Emergency nobody holds; then emergency and high; then by the moment that matters soonest: a
    // report no service is working on (since it arrived), then the nearest deadline.
    expect(all.nodes.map((n) => n.id)).toEqual([emergency, high, emergencyTaken, oldMedium, dueSoon, dueLater]);
    expect(all.nodes.map((n) => n.priority)).toEqual([0, 1, 1, 2, 2, 2]);
    expect(all.nodes.find((n) => n.id === dueSoon)?.slaDueAt).toBe(new Date(nowMs + 2 * HOUR).toISOString());
    expect(all.nodes.find((n) => n.id === oldMedium)).toMatchObject({ antennaId, excerpt: 'Il signore anziano non ritira la pensione da due mesi', slaDueAt: null });
    const audited = (await query<{ n: number }>(dbUrl, `SELECT count(*)::int AS n FROM audit_log WHERE action = $1`, [REQUEST_PATTERNS.reports.triage]))[0].n;
    expect(audited - auditedBefore).toBe(6);

    // The same order a page at a time.
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page: Page<TriageItemV1> = await rpc.call<Page<TriageItemV1>>(REQUEST_PATTERNS.reports.triage, { first: 2, ...(after ? { after } : {}) }, worker);
      seen.push(...page.nodes.map((n) => n.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor! : undefined;
    } while (after);
    expect(seen).toEqual(all.nodes.map((n) => n.id));
  });

  it('reopens a report its desk closed within the window, audited, and says so to referrals; never after, never a withdrawn one', async () => {
    const id = await submit();
    await rpc.call(REQUEST_PATTERNS.reports.take, { reportId: id }, worker);
    expect(await rpc.callError(REQUEST_PATTERNS.reports.reopen, { reportId: id }, worker)).toMatchObject({ code: ErrorCode.CONFLICT });
    await rpc.call(REQUEST_PATTERNS.reports.close, { reportId: id, reason: ClosureReason.RESOLVED }, worker);
    const closed = await detail(id);
    expect(closed.reopenableUntil).toBe(new Date(nowMs + 72 * HOUR).toISOString());
    nowMs += 71 * HOUR;
    const reopened = await rpc.call<TriageItemV1>(REQUEST_PATTERNS.reports.reopen, { reportId: id }, worker);
    expect(reopened).toMatchObject({ id, takenInHandAt: expect.any(String) });
    const open = await detail(id);
    expect(open).toMatchObject({ closedAt: null, closureReason: null, status: CoarseStatus.IN_CARE, reopenedAt: new Date(nowMs).toISOString(), reopenableUntil: null });
    expect((await mine()).nodes.find((n) => n.id === id)?.status).toBe(CoarseStatus.IN_CARE);
    const audit = await query<{ action: string; reason: string; fields: string[] }>(dbUrl, `SELECT action, reason, fields FROM audit_log WHERE record_id = $1 AND action = $2`, [id, REQUEST_PATTERNS.reports.reopen]);
    expect(audit).toEqual([{ action: REQUEST_PATTERNS.reports.reopen, reason: expect.stringContaining('RESOLVED'), fields: ['closedAt', 'closureReason'] }]);
    const events = await query<{ subject: string; payload: Record<string, unknown> }>(dbUrl, `SELECT subject, payload FROM outbox WHERE payload->>'reportId' = $1 ORDER BY created_at`, [id]);
    expect(events.map((e) => e.subject.split('.').slice(2).join('.'))).toEqual(['report.submitted.v1', 'report.taken-in-hand.v1', 'report.closed.v1', 'report.reopened.v1']);
    expect(events[3].payload).toMatchObject({ closedWith: ClosureReason.RESOLVED, reportId: id });

    // Closed again, the window runs from the new closure; past it, no reopening.
    await rpc.call(REQUEST_PATTERNS.reports.close, { reportId: id, reason: ClosureReason.REFUSED }, worker);
    nowMs += 72 * HOUR + 1;
    expect(await rpc.callError(REQUEST_PATTERNS.reports.reopen, { reportId: id }, worker)).toMatchObject({ code: ErrorCode.CONFLICT });
    expect((await detail(id)).reopenableUntil).toBeNull();

    const withdrawn = await submit();
    await rpc.call(REQUEST_PATTERNS.reports.withdraw, { reportId: withdrawn, reason: 'fatta per errore' }, antenna);
    expect(await rpc.callError(REQUEST_PATTERNS.reports.reopen, { reportId: withdrawn }, worker)).toMatchObject({ code: ErrorCode.CONFLICT });
    expect(await rpc.callError(REQUEST_PATTERNS.reports.reopen, { reportId: id }, antenna)).toMatchObject({ code: ErrorCode.FORBIDDEN });
  });
});
