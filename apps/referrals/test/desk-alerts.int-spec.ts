import { randomUUID } from 'node:crypto';
import { INestMicroservice } from '@nestjs/common';
import { AgeBand, AlertV1, ClosureReason, ErrorCode, MunicipalityPolicyV1, Need, Page, ReferralV1, Role, REQUEST_PATTERNS, Urgency } from '@prossimo/contracts';
import { DEMO_ORGANISATION } from '@prossimo/demo';
import { loadSettings, startService } from '@prossimo/platform';
import { TEST_KEYS, TEST_NATS_URL, TestEventBus, TestRpcClient, cloneDatabase, deleteTestStreams, dropDatabase, query, tokenFor, uniqueRoot, waitFor } from '@prossimo/testing';
import { AlertEscalator } from '../src/alerts/alert-escalator.service';
import { AlertMailer } from '../src/alerts/alert-mailer.service';
import { ReferralsSettings } from '../src/config/referrals.env';
import { runReferralsDemoSeed } from '../src/demo/demo.seed';
import { ReferralsModule } from '../src/referrals.module';
import { SmtpSink } from './smtp-sink';

const MUN = '015077';
const MINUTE = 60_000;

/**
 * Issue 13: the desk's alerts are acknowledged (who, when), resolved with their report, listed by
 * severity then age, and an unacknowledged emergency escalates (the desk's e-mail again, then the
 * supervisor) after the municipality's escalation time — with an injected clock, two instances on
 * one database, and a real SMTP sink.
 */
describe('desk alerts: acknowledge, resolve, order, escalate (real PostgreSQL, NATS and an SMTP sink)', () => {
  let dbUrl: string;
  let root: string;
  let a: INestMicroservice;
  let b: INestMicroservice;
  let rpc: TestRpcClient;
  let bus: TestEventBus;
  let sink: SmtpSink;
  let now = new Date('2026-12-05T18:26:00Z');
  const clock = () => now;
  const workerId = randomUUID();
  let worker: string;
  let colleague: string;
  let admin: string;

  beforeAll(async () => {
    dbUrl = await cloneDatabase('referrals');
    root = uniqueRoot();
    sink = await SmtpSink.start();
    const settings = loadSettings(ReferralsSettings, {
      DATABASE_URL: dbUrl, NATS_URL: TEST_NATS_URL, SUBJECT_ROOT: root, AUTH_PUBLIC_KEY: TEST_KEYS.publicKey, LOG_LEVEL: 'silent',
      SLA_SWEEP_INTERVAL_MS: '0', MAIL_SWEEP_INTERVAL_MS: '0', ESCALATION_SWEEP_INTERVAL_MS: '0', SMTP_HOST: '127.0.0.1', SMTP_PORT: String(sink.port),
    });
    bus = await TestEventBus.connect(TEST_NATS_URL, root);
    a = await startService(ReferralsModule.register(settings, { clock }), settings, 'referrals');
    b = await startService(ReferralsModule.register(settings, { clock }), settings, 'referrals');
    rpc = await TestRpcClient.connect(TEST_NATS_URL, root);
    await runReferralsDemoSeed(dbUrl, root);
    worker = await tokenFor({ role: Role.SOCIAL_WORKER, accountId: workerId });
    colleague = await tokenFor({ role: Role.SOCIAL_WORKER });
    admin = await tokenFor({ role: Role.ADMIN });
  });

  afterAll(async () => {
    await rpc?.close();
    await bus?.close();
    await a?.close();
    await b?.close();
    await sink?.close();
    await deleteTestStreams(root);
    await dropDatabase(dbUrl);
  });

  /** A report arrives; resolves once its alerts of `kinds` exist. */
  async function submit(needs: Need[], neighbourhoodCode: string, urgency: Urgency, kinds: string[] = [], reference?: string): Promise<string> {
    const reportId = randomUUID();
    await bus.publish('report.submitted.v1', {
      municipality: MUN, reportId, antennaId: randomUUID(), ownerDeskId: randomUUID(), neighbourhoodCode, needs, urgency, ageBand: AgeBand.AGE_80_PLUS, submittedAt: now.toISOString(),
      ...(reference ? { reference } : {}),
    });
    await waitFor(async () => {
      const rows = await query<{ kind: string }>(dbUrl, 'SELECT kind FROM alerts WHERE report_id = $1', [reportId]);
      const routed = await query(dbUrl, 'SELECT 1 FROM routed_reports WHERE report_id = $1', [reportId]);
      return routed.length === 1 && kinds.every((k) => rows.some((r) => r.kind === k));
    }, 20_000, `report ${reportId} with alerts ${kinds.join(', ')}`);
    return reportId;
  }
  const openAlerts = async (token = worker) => (await rpc.call<Page<AlertV1>>(REQUEST_PATTERNS.referrals.alerts, { first: 100 }, token)).nodes;
  const escalate = () => Promise.all([a.get(AlertEscalator).sweep(), b.get(AlertEscalator).sweep()]);
  /** The subject is RFC 2047-encoded: read it back. */
  const subjectOf = (data: string) => Buffer.from(/^Subject: =\?UTF-8\?B\?([^?]+)\?=/m.exec(data)?.[1] ?? '', 'base64').toString('utf8');
  const escalationMails = (reportId: string) => sink.mails.filter((m) => /SOLLECITO|RESPONSABILE/.test(subjectOf(m.data)) && m.data.includes(reportId));

  it('lets the ADMIN set the escalation time and the supervisor\'s address, naming a bad field', async () => {
    const before = await rpc.call<MunicipalityPolicyV1>(REQUEST_PATTERNS.referrals.getPolicy, {}, admin);
    expect(before).toMatchObject({ alertEscalationMinutes: 15, supervisorEmail: null });
    const after = await rpc.call<MunicipalityPolicyV1>(REQUEST_PATTERNS.referrals.setPolicy, { deskEmail: 'sportello@comune.example', supervisorEmail: 'responsabile@comune.example', alertEscalationMinutes: 10 }, admin);
    expect(after).toMatchObject({ deskEmail: 'sportello@comune.example', supervisorEmail: 'responsabile@comune.example', alertEscalationMinutes: 10 });
    expect(await rpc.callError(REQUEST_PATTERNS.referrals.setPolicy, { alertEscalationMinutes: 0 }, admin)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'input.alertEscalationMinutes' });
    expect(await rpc.callError(REQUEST_PATTERNS.referrals.setPolicy, { supervisorEmail: 'not an address' }, admin)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'input.supervisorEmail' });
    expect(await rpc.callError(REQUEST_PATTERNS.referrals.setPolicy, { alertEscalationMinutes: 5 }, worker)).toMatchObject({ code: ErrorCode.FORBIDDEN });
  });

  it('keeps the EMERGENCY first among open alerts however many come after it: severity, then oldest first', async () => {
    const emergency = await submit([Need.MENTAL_HEALTH], 'crocetta', Urgency.EMERGENCY, ['emergency']);
    const later: string[] = [];
    for (let i = 0; i < 6; i++) {
      now = new Date(now.getTime() + MINUTE);
      // A neighbourhood no service covers: every need unmet, an alert each time.
      later.push(await submit([Need.FOOD], 'quartiere-senza-servizi', Urgency.LOW, ['unmet']));
    }
    const list = await openAlerts();
    const mine = list.filter((x) => [emergency, ...later].includes(x.reportId));
    expect(mine.map((x) => x.kind)).toEqual(['emergency', 'unmet', 'unmet', 'unmet', 'unmet', 'unmet', 'unmet']);
    expect(mine.map((x) => x.reportId)).toEqual([emergency, ...later]);
    expect(mine[0]).toMatchObject({ severity: 4, acknowledgedAt: null, acknowledgedBy: null, resolvedAt: null, escalationLevel: 0 });
    expect(mine[1].severity).toBe(2);
    // Paged with a cursor in the same order, nothing lost or doubled.
    const p1 = await rpc.call<Page<AlertV1>>(REQUEST_PATTERNS.referrals.alerts, { first: 3 }, worker);
    const p2 = await rpc.call<Page<AlertV1>>(REQUEST_PATTERNS.referrals.alerts, { first: 100, after: p1.pageInfo.endCursor }, worker);
    expect([...p1.nodes, ...p2.nodes].map((x) => x.id)).toEqual(list.map((x) => x.id));
    expect(await rpc.callError(REQUEST_PATTERNS.referrals.alerts, { after: 'bogus' }, worker)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'after' });
  });

  it('escalates an unacknowledged emergency: the desk\'s e-mail again after the set time, the supervisor after as long again, once each with two instances', async () => {
    const start = now;
    const reportId = await submit([Need.MENTAL_HEALTH], 'crocetta', Urgency.EMERGENCY, ['emergency']);
    const [alert] = await query<{ id: string }>(dbUrl, `SELECT id FROM alerts WHERE report_id = $1`, [reportId]);
    const steps = await query<{ step: number; due_at: Date; state: string }>(dbUrl, 'SELECT step, due_at, state FROM alert_escalations WHERE alert_id = $1 ORDER BY step', [alert.id]);
    expect(steps).toEqual([
      { step: 1, due_at: new Date(start.getTime() + 10 * MINUTE), state: 'pending' },
      { step: 2, due_at: new Date(start.getTime() + 20 * MINUTE), state: 'pending' },
    ]);
    const mailsBefore = escalationMails(reportId).length;
    expect(mailsBefore).toBe(0);
    now = new Date(start.getTime() + 9 * MINUTE);
    await escalate();
    expect(escalationMails(reportId)).toHaveLength(mailsBefore);

    now = new Date(start.getTime() + 10 * MINUTE);
    await escalate();
    const reminders = escalationMails(reportId).slice(mailsBefore);
    expect(reminders).toEqual([expect.objectContaining({ to: ['sportello@comune.example'] })]);
    expect(subjectOf(reminders[0].data)).toContain('SOLLECITO');
    expect(reminders[0].data).toContain('Nessuno allo sportello ha ancora preso visione');
    expect(reminders[0].data).toContain(reportId);
    let listed = (await openAlerts()).find((x) => x.id === alert.id)!;
    expect(listed).toMatchObject({ escalationLevel: 1, escalatedAt: now.toISOString(), acknowledgedAt: null });
    expect(await query(dbUrl, `SELECT 1 FROM outbox WHERE subject LIKE '%.alert.escalated.v1' AND payload->>'alertId' = $1 AND (payload->>'level')::int = 1`, [alert.id])).toHaveLength(1);

    now = new Date(start.getTime() + 20 * MINUTE);
    await escalate();
    const toSupervisor = escalationMails(reportId).slice(mailsBefore + 1);
    expect(toSupervisor).toEqual([expect.objectContaining({ to: ['responsabile@comune.example'] })]);
    expect(subjectOf(toSupervisor[0].data)).toContain('AL RESPONSABILE');
    expect(toSupervisor[0].data).toContain('Siete il responsabile');
    listed = (await openAlerts()).find((x) => x.id === alert.id)!;
    expect(listed.escalationLevel).toBe(2);
    // Nothing more: each step fired once.
    now = new Date(start.getTime() + 60 * MINUTE);
    await escalate();
    expect(escalationMails(reportId)).toHaveLength(mailsBefore + 2);
    expect(await query(dbUrl, `SELECT state, email_state FROM alert_escalations WHERE alert_id = $1 ORDER BY step`, [alert.id])).toEqual([
      { state: 'fired', email_state: 'sent' },
      { state: 'fired', email_state: 'sent' },
    ]);
  });

  it('an emergency acknowledged in time never escalates; who and when are kept, the first to acknowledge wins', async () => {
    const start = now;
    const reportId = await submit([Need.MENTAL_HEALTH], 'crocetta', Urgency.EMERGENCY, ['emergency']);
    const [alert] = await query<{ id: string }>(dbUrl, `SELECT id FROM alerts WHERE report_id = $1`, [reportId]);
    now = new Date(start.getTime() + 4 * MINUTE);
    const acknowledged = await rpc.call<AlertV1>(REQUEST_PATTERNS.referrals.acknowledgeAlert, { id: alert.id }, worker);
    expect(acknowledged).toMatchObject({ id: alert.id, acknowledgedBy: workerId, acknowledgedAt: now.toISOString() });
    now = new Date(start.getTime() + 5 * MINUTE);
    // A colleague pressing it a moment later changes nothing.
    expect(await rpc.call<AlertV1>(REQUEST_PATTERNS.referrals.acknowledgeAlert, { id: alert.id }, colleague)).toMatchObject({ acknowledgedBy: workerId, acknowledgedAt: acknowledged.acknowledgedAt });
    expect(await query(dbUrl, `SELECT 1 FROM outbox WHERE subject LIKE '%.alert.acknowledged.v1' AND payload->>'alertId' = $1`, [alert.id])).toHaveLength(1);

    const mailsBefore = escalationMails(reportId).length;
    expect(mailsBefore).toBe(0);
    now = new Date(start.getTime() + 30 * MINUTE);
    await escalate();
    expect(escalationMails(reportId)).toHaveLength(mailsBefore);
    expect((await query<{ state: string }>(dbUrl, 'SELECT state FROM alert_escalations WHERE alert_id = $1', [alert.id])).map((r) => r.state)).toEqual(['cancelled', 'cancelled']);
    // Still open (until its report ends), no longer unacknowledged.
    expect((await openAlerts()).find((x) => x.id === alert.id)).toMatchObject({ acknowledgedBy: workerId, escalationLevel: 0 });
  });

  it('acknowledging: another municipality\'s alert looks like none; an operator may not; a bad id names the field', async () => {
    const reportId = await submit([Need.MENTAL_HEALTH], 'crocetta', Urgency.EMERGENCY, ['emergency']);
    const [alert] = await query<{ id: string }>(dbUrl, `SELECT id FROM alerts WHERE report_id = $1`, [reportId]);
    expect(await rpc.callError(REQUEST_PATTERNS.referrals.acknowledgeAlert, { id: alert.id }, await tokenFor({ role: Role.SOCIAL_WORKER, municipality: '015146' }))).toMatchObject({ code: ErrorCode.NOT_FOUND });
    expect(await rpc.callError(REQUEST_PATTERNS.referrals.acknowledgeAlert, { id: alert.id }, await tokenFor({ role: Role.ORG_OPERATOR, organisationId: randomUUID() }))).toMatchObject({ code: ErrorCode.FORBIDDEN });
    expect(await rpc.callError(REQUEST_PATTERNS.referrals.acknowledgeAlert, { id: 'nope' }, worker)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'id' });
    expect(await rpc.callError(REQUEST_PATTERNS.referrals.acknowledgeAlert, { id: randomUUID() }, worker)).toMatchObject({ code: ErrorCode.NOT_FOUND });
    expect((await query<{ acknowledged_at: Date | null }>(dbUrl, 'SELECT acknowledged_at FROM alerts WHERE id = $1', [alert.id]))[0].acknowledged_at).toBeNull();
  });

  it('resolves a report\'s alerts when it is closed or withdrawn: out of the open list, no escalation; an alert raised after the end is resolved at once', async () => {
    const closed = await submit([Need.MENTAL_HEALTH], 'crocetta', Urgency.EMERGENCY, ['emergency']);
    const withdrawn = await submit([Need.FOOD], 'quartiere-senza-servizi', Urgency.LOW, ['unmet']);
    await bus.publish('report.closed.v1', { municipality: MUN, reportId: closed, neighbourhoodCode: 'crocetta', ownerDeskId: randomUUID(), reason: ClosureReason.RESOLVED });
    await bus.publish('report.withdrawn.v1', { municipality: MUN, reportId: withdrawn, neighbourhoodCode: 'quartiere-senza-servizi', ownerDeskId: randomUUID(), antennaId: randomUUID() });
    await waitFor(async () => (await query(dbUrl, `SELECT 1 FROM alerts WHERE report_id = ANY($1::uuid[]) AND resolved_at IS NOT NULL`, [[closed, withdrawn]])).length === 2, 20_000, 'alerts resolved');
    const open = await openAlerts();
    expect(open.some((x) => x.reportId === closed || x.reportId === withdrawn)).toBe(false);
    const all = (await rpc.call<Page<AlertV1>>(REQUEST_PATTERNS.referrals.alerts, { reportId: closed, includeResolved: true }, worker)).nodes;
    expect(all).toEqual([expect.objectContaining({ kind: 'emergency', resolution: 'report-closed', resolvedAt: expect.any(String) })]);
    expect((await rpc.call<Page<AlertV1>>(REQUEST_PATTERNS.referrals.alerts, { reportId: withdrawn, includeResolved: true }, worker)).nodes[0].resolution).toBe('report-withdrawn');
    expect((await query<{ state: string }>(dbUrl, `SELECT e.state FROM alert_escalations e JOIN alerts a ON a.id = e.alert_id WHERE a.report_id = $1`, [closed])).map((r) => r.state)).toEqual(['cancelled', 'cancelled']);
    expect(await query(dbUrl, `SELECT 1 FROM outbox WHERE subject LIKE '%.alert.resolved.v1' AND payload->>'reportId' = $1`, [closed])).toHaveLength(1);

    // After the end, a break-the-glass on the closed report is news: resolved as it is raised.
    await bus.publish('report.glass-broken.v1', { municipality: MUN, reportId: closed, neighbourhoodCode: 'crocetta', ownerDeskId: randomUUID(), grantId: randomUUID(), accountId: randomUUID(), role: Role.SOCIAL_WORKER, expiresAt: new Date(now.getTime() + 3 * 3600_000).toISOString() });
    await waitFor(async () => (await query(dbUrl, `SELECT 1 FROM alerts WHERE report_id = $1 AND kind = 'break-glass'`, [closed])).length === 1, 20_000, 'the late alert');
    expect(await query(dbUrl, `SELECT resolution FROM alerts WHERE report_id = $1 AND kind = 'break-glass'`, [closed])).toEqual([{ resolution: 'report-closed' }]);
    expect((await openAlerts()).some((x) => x.reportId === closed)).toBe(false);
  });

  it('a close older than the desk\'s reopening resolves nothing: the alerts raised after the reopening stay open', async () => {
    const start = now;
    const reportId = await submit([Need.MENTAL_HEALTH], 'crocetta', Urgency.EMERGENCY, ['emergency']);
    const ownerDeskId = randomUUID();
    now = new Date(start.getTime() + 60 * MINUTE);
    await bus.publish('report.closed.v1', { municipality: MUN, reportId, neighbourhoodCode: 'crocetta', ownerDeskId, reason: ClosureReason.RESOLVED, occurredAt: now.toISOString() });
    await waitFor(async () => (await query(dbUrl, `SELECT 1 FROM alerts WHERE report_id = $1 AND resolved_at IS NOT NULL`, [reportId])).length === 1, 20_000, 'the emergency resolved by the close');

    // The desk reopens it: the alert its close resolved stays resolved, the report is open again.
    now = new Date(start.getTime() + 120 * MINUTE);
    await bus.publish('report.reopened.v1', { municipality: MUN, reportId, neighbourhoodCode: 'crocetta', ownerDeskId, closedWith: ClosureReason.RESOLVED, occurredAt: now.toISOString() });
    await waitFor(async () => (await query(dbUrl, 'SELECT 1 FROM ended_reports WHERE report_id = $1', [reportId])).length === 0, 20_000, 'the reopening');
    await bus.publish('report.glass-broken.v1', { municipality: MUN, reportId, neighbourhoodCode: 'crocetta', ownerDeskId, grantId: randomUUID(), accountId: randomUUID(), role: Role.SOCIAL_WORKER, expiresAt: new Date(now.getTime() + 3 * 3600_000).toISOString() });
    await waitFor(async () => (await query(dbUrl, `SELECT 1 FROM alerts WHERE report_id = $1 AND kind = 'break-glass'`, [reportId])).length === 1, 20_000, 'the alert after the reopening');
    expect(await query(dbUrl, `SELECT resolved_at FROM alerts WHERE report_id = $1 AND kind = 'break-glass'`, [reportId])).toEqual([{ resolved_at: null }]);

    // The first close again, delivered late: it ended nothing, so it resolves nothing.
    const stale = await bus.publish('report.closed.v1', { municipality: MUN, reportId, neighbourhoodCode: 'crocetta', ownerDeskId, reason: ClosureReason.RESOLVED, occurredAt: new Date(start.getTime() + 90 * MINUTE).toISOString() });
    await waitFor(async () => (await query(dbUrl, 'SELECT 1 FROM inbox WHERE event_id = $1', [stale])).length === 1, 20_000, 'the stale close');
    const all = (await rpc.call<Page<AlertV1>>(REQUEST_PATTERNS.referrals.alerts, { reportId, includeResolved: true }, worker)).nodes;
    expect(all.find((x) => x.kind === 'break-glass')).toMatchObject({ resolvedAt: null, resolution: null });
    expect(all.find((x) => x.kind === 'emergency')).toMatchObject({ resolution: 'report-closed' });
    expect((await openAlerts()).some((x) => x.reportId === reportId && x.kind === 'break-glass')).toBe(true);
  });

  it("keeps the report's reference code from report.submitted and shows it with its alerts and its referrals", async () => {
    const reportId = await submit([Need.MENTAL_HEALTH], 'crocetta', Urgency.EMERGENCY, ['emergency'], 'CB-7K4Q');
    const alert = (await openAlerts()).find((x) => x.reportId === reportId)!;
    expect(alert.reportReference).toBe('CB-7K4Q');
    // The desk's e-mail names the case by its code too.
    await a.get(AlertMailer).sweep();
    expect(sink.mails.some((m) => m.data.includes('Codice della segnalazione / reference: CB-7K4Q') && m.data.includes(reportId))).toBe(true);
    const operator = await tokenFor({ role: Role.ORG_OPERATOR, organisationId: DEMO_ORGANISATION.id });
    await waitFor(async () => (await query(dbUrl, 'SELECT 1 FROM referrals WHERE report_id = $1', [reportId])).length > 0, 20_000, 'a referral');
    const inbox = await rpc.call<Page<ReferralV1>>(REQUEST_PATTERNS.referrals.list, { first: 100 }, operator);
    expect(inbox.nodes.find((r) => r.reportId === reportId)?.reportReference).toBe('CB-7K4Q');
    // Reports from before codes (an event without one): no code, nothing breaks.
    const old = await submit([Need.MENTAL_HEALTH], 'crocetta', Urgency.EMERGENCY, ['emergency']);
    expect((await openAlerts()).find((x) => x.reportId === old)?.reportReference).toBeNull();
  });
});
