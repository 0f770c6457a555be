import { execFileSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { INestMicroservice } from '@nestjs/common';
import { PATTERN_METADATA } from '@nestjs/microservices/constants';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import {
  AgeBand, AntennaKind, REFERRAL_EVENT_BY_STATUS, AntennaStatus, ClosureReason, CoarseStatus, ErrorCode, Need, Page, ReferralStatus, ReportDetailV1, ReportSummaryV1,
  Role, REQUEST_PATTERNS, TriageItemV1, Urgency, streamNames,
} from '@prossimo/contracts';
import { loadSettings, pendingSchemaChanges, startService } from '@prossimo/platform';
import {
  TEST_KEYS, TEST_NATS_URL, TestEventBus, TestRpcClient, cloneDatabase, craftedCursors, deleteTestStreams, dropDatabase, query, tokenFor, uniqueRoot, waitFor,
} from '@prossimo/testing';
import { PERSONAL_DATA_READ } from '../src/audit/personal-data';
import { rotateKeys } from '../src/cli/rotate-keys';
import { ReportsSettings } from '../src/config/reports.env';
import { REPORTS_DATABASE } from '../src/database/reports.database';
import { REPORTS_HANDLERS, ReportsModule } from '../src/reports.module';
import { RetentionService } from '../src/retention/retention.service';

const MUN = '015077';
const DAY = 24 * 3600 * 1000;
const CANARY = `canary${randomBytes(6).toString('hex')}`;

/** Everything written to stdout/stderr while the service runs (pino writes with fs.write* on fd 1). */
const logs: string[] = [];
const capture = (chunk: unknown) => logs.push(Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk));

describe('reports privacy vault (real PostgreSQL and NATS, injected clock)', () => {
  let dbUrl: string;
  let root: string;
  let sut: INestMicroservice;
  let rpc: TestRpcClient;
  let bus: TestEventBus;
  let settings: ReportsSettings;
  let nowMs = Date.parse('2026-03-02T09:00:00Z');
  const clock = () => new Date(nowMs);
  const antennaId = randomUUID();
  const otherAntennaId = randomUUID();
  const orgId = randomUUID();
  let antenna: string;
  let otherAntenna: string;
  let worker: string;
  let org: string;
  let otherOrg: string;
  let admin: string;
  const spies: jest.SpyInstance[] = [];

  const start = async (s: ReportsSettings) => startService(ReportsModule.register(s, { clock }), s, 'reports');

  beforeAll(async () => {
    for (const [obj, fn] of [[fs, 'writeSync'], [fs, 'write'], [process.stdout, 'write'], [process.stderr, 'write']] as const) {
      const original = (obj as unknown as Record<string, (...a: unknown[]) => unknown>)[fn].bind(obj);
      spies.push(jest.spyOn(obj as never, fn as never).mockImplementation(((...args: unknown[]) => {
        if (obj === fs ? args[0] === 1 || args[0] === 2 : true) capture(obj === fs ? args[1] : args[0]);
        return original(...args);
      }) as never));
    }
    dbUrl = await cloneDatabase('reports');
    root = uniqueRoot();
    settings = loadSettings(ReportsSettings, {
      DATABASE_URL: dbUrl, NATS_URL: TEST_NATS_URL, SUBJECT_ROOT: root, AUTH_PUBLIC_KEY: TEST_KEYS.publicKey,
      REPORTS_MASTER_KEY: randomBytes(32).toString('base64'), REPORTS_MASTER_KEY_ID: 'master-a', RETENTION_SWEEP_INTERVAL_MS: '0', LOG_LEVEL: 'debug',
    });
    bus = await TestEventBus.connect(TEST_NATS_URL, root);
    sut = await start(settings);
    rpc = await TestRpcClient.connect(TEST_NATS_URL, root);
    for (const code of ['crocetta', 'bettola']) await bus.publish('neighbourhood.defined.v1', { municipality: MUN, code, name: code, population: 8000, approximate: true });
    for (const id of [antennaId, otherAntennaId]) await bus.publish('antenna.status-changed.v1', { municipality: MUN, antennaId: id, kind: AntennaKind.SHOP, neighbourhoodCode: 'crocetta', to: AntennaStatus.ACTIVE });
    await waitFor(async () => (await query(dbUrl, 'SELECT 1 FROM desks')).length === 2 && (await query(dbUrl, `SELECT 1 FROM antennas WHERE status = 'ACTIVE'`)).length === 2, 20_000, 'projections');
    antenna = await tokenFor({ role: Role.ANTENNA, antennaId });
    otherAntenna = await tokenFor({ role: Role.ANTENNA, antennaId: otherAntennaId });
    worker = await tokenFor({ role: Role.SOCIAL_WORKER });
    org = await tokenFor({ role: Role.ORG_OPERATOR, organisationId: orgId });
    otherOrg = await tokenFor({ role: Role.ORG_OPERATOR, organisationId: randomUUID() });
    admin = await tokenFor({ role: Role.ADMIN });
  });

  afterAll(async () => {
    for (const s of spies) s.mockRestore();
    await rpc?.close();
    await bus?.close();
    await sut?.close();
    await deleteTestStreams(root);
    await dropDatabase(dbUrl);
  });

  const submit = async (over: Record<string, unknown> = {}, token = antenna) => {
    const input = {
      id: randomUUID(), neighbourhoodCode: 'crocetta', needs: [Need.LONELINESS], urgency: Urgency.MEDIUM, ageBand: AgeBand.AGE_80_PLUS,
      description: `Non si vede da tre giorni ${CANARY}desc`, consentToContact: true,
      subject: { name: `Mario ${CANARY}name`, address: `Via ${CANARY}addr 12`, phone: '+39 02 5550 1234' },
      ...over,
    };
    await rpc.call<ReportSummaryV1>(REQUEST_PATTERNS.reports.submit, input, token);
    return input.id;
  };
  const detail = (id: string, token = worker) => rpc.call<ReportDetailV1>(REQUEST_PATTERNS.reports.open, { reportId: id }, token);
  const accept = async (reportId: string, organisationId = orgId) => {
    const base = { municipality: MUN, referralId: randomUUID(), reportId, organisationId, serviceId: randomUUID(), needs: [Need.LONELINESS], neighbourhoodCode: 'crocetta', urgency: Urgency.MEDIUM };
    await bus.publish('referral.accepted.v1', { ...base, from: ReferralStatus.REQUESTED, to: ReferralStatus.ACCEPTED, version: 2 });
    await waitFor(async () => (await query(dbUrl, 'SELECT 1 FROM report_referrals WHERE report_id = $1 AND organisation_id = $2', [reportId, organisationId])).length === 1, 20_000, 'referral projected');
  };
  /** Community's word that this account is the prescription's matched buddy (or that nobody is, without one). */
  const buddy = async (reportId: string, referralId: string, buddyVersion: number, volunteerAccountId?: string) => {
    await bus.publish('volunteer.buddy-changed.v1', { municipality: MUN, referralId, reportId, buddyVersion, ...(volunteerAccountId ? { volunteerAccountId } : {}) });
    await waitFor(async () => (await query<{ v: number }>(dbUrl, 'SELECT buddy_version AS v FROM referral_buddies WHERE referral_id = $1', [referralId]))[0]?.v >= buddyVersion, 20_000, 'buddy projected');
  };
  const auditCount = async (action: string) => Number((await query<{ n: string }>(dbUrl, 'SELECT count(*) AS n FROM audit_log WHERE action = $1', [action]))[0].n);

  it('has a schema that agrees with its migrations', async () => {
    expect(await pendingSchemaChanges(dbUrl, REPORTS_DATABASE)).toEqual([]);
  });

  it('seals per subject, links duplicates under one case for the social worker only', async () => {
    const a = await submit();
    const b = await submit({ subject: { name: `  mario ${CANARY.toUpperCase()}NAME `, phone: '025550 1234', address: `via ${CANARY}addr 12` } }, otherAntenna);
    const rows = await query<{ id: string; subject_id: string }>(dbUrl, 'SELECT id, subject_id FROM reports WHERE id = ANY($1)', [[a, b]]);
    expect(new Set(rows.map((r) => r.subject_id)).size).toBe(1);
    const d = await detail(a);
    expect(d.linkedReportIds).toEqual([b]);
    expect(d.subject?.name).toContain(CANARY);
    expect(d.description).toContain(CANARY);
    const mine = await rpc.call<Page<Record<string, unknown>>>(REQUEST_PATTERNS.reports.mine, {}, otherAntenna);
    // Its own words only (the start of its own description): nothing of the other antenna's report, nor the person's identity.
    expect(JSON.stringify(mine)).not.toMatch(new RegExp(`${a}|linked|${CANARY}name|${CANARY}addr`));
    const noIdentity = await submit({ subject: undefined });
    const lone = await query<{ subject_id: string }>(dbUrl, 'SELECT subject_id FROM reports WHERE id = $1', [noIdentity]);
    expect(lone[0].subject_id).not.toBe(rows[0].subject_id);
  });

  it('writes an audit row on every read path that returns personal data (enumerated from the handlers)', async () => {
    const id = await submit();
    await accept(id);
    const subjectId = (await detail(id)).subjectId;
    await rpc.call(REQUEST_PATTERNS.reports.breakGlass, { reportId: id, reason: 'Rischio per la vita: non risponde da giorni' }, worker);
    await rpc.call(REQUEST_PATTERNS.reports.setOrgContext, { reportId: id, text: 'Vive con la figlia, che lavora di giorno' }, worker);
    const referralId = (await query<{ referral_id: string }>(dbUrl, 'SELECT referral_id FROM report_referrals WHERE report_id = $1', [id]))[0].referral_id;
    await rpc.call(REQUEST_PATTERNS.reports.postReferralMessage, { messageId: randomUUID(), referralId, text: 'Passiamo martedì?' }, org);
    await rpc.call(REQUEST_PATTERNS.reports.recordOutcome, { outcomeId: randomUUID(), reportId: id, phase: 'START', measuredOn: '2026-03-01', lackCompanionship: 2, leftOut: 2, isolated: 3 }, worker);
    const pathwayId = (await rpc.call<{ id: string }>(REQUEST_PATTERNS.reports.openPathway, { reportId: id, kind: 'DOPO_DI_NOI' }, worker)).id;
    await rpc.call(REQUEST_PATTERNS.reports.updatePathwayWishes, { pathwayId, text: `Restare vicino alla sorella ${CANARY}wish`, reviewOn: '2026-09-01' }, worker);
    const volunteerId = randomUUID();
    const volunteer = await tokenFor({ role: Role.CITIZEN, accountId: volunteerId });
    await buddy(id, referralId, 1, volunteerId);
    const SAMPLES: Record<string, () => Promise<unknown>> = {
      [REQUEST_PATTERNS.reports.open]: () => detail(id),
      [REQUEST_PATTERNS.reports.reveal]: () => rpc.call(REQUEST_PATTERNS.reports.reveal, { reportId: id }, org),
      [REQUEST_PATTERNS.reports.revealToBuddy]: () => rpc.call(REQUEST_PATTERNS.reports.revealToBuddy, { referralId }, volunteer),
      [REQUEST_PATTERNS.reports.breakGlassReview]: () => rpc.call(REQUEST_PATTERNS.reports.breakGlassReview, {}, admin),
      [REQUEST_PATTERNS.reports.exportSubject]: () => rpc.call(REQUEST_PATTERNS.reports.exportSubject, { subjectId }, worker),
      [REQUEST_PATTERNS.reports.auditLog]: () => rpc.call(REQUEST_PATTERNS.reports.auditLog, {}, admin),
      [REQUEST_PATTERNS.reports.readReferralNotes]: () => rpc.call(REQUEST_PATTERNS.reports.readReferralNotes, { reportId: id }, worker),
      [REQUEST_PATTERNS.reports.triage]: () => rpc.call(REQUEST_PATTERNS.reports.triage, { first: 5 }, worker),
      [REQUEST_PATTERNS.reports.mine]: () => rpc.call(REQUEST_PATTERNS.reports.mine, { first: 5 }, antenna),
      [REQUEST_PATTERNS.reports.getOrgContext]: () => rpc.call(REQUEST_PATTERNS.reports.getOrgContext, { reportId: id }, worker),
      [REQUEST_PATTERNS.reports.referralBriefs]: () => rpc.call(REQUEST_PATTERNS.reports.referralBriefs, { referralIds: [referralId] }, org),
      [REQUEST_PATTERNS.reports.referralMessages]: () => rpc.call(REQUEST_PATTERNS.reports.referralMessages, { referralId }, worker),
      [REQUEST_PATTERNS.reports.outcomes]: () => rpc.call(REQUEST_PATTERNS.reports.outcomes, { reportId: id }, org),
      [REQUEST_PATTERNS.reports.tagPathwayReferral]: () => rpc.call(REQUEST_PATTERNS.reports.tagPathwayReferral, { pathwayId, referralId, action: 'C_AUTONOMY_SKILLS' }, worker),
      [REQUEST_PATTERNS.reports.untagPathwayReferral]: () => rpc.call(REQUEST_PATTERNS.reports.untagPathwayReferral, { pathwayId, referralId }, worker),
      [REQUEST_PATTERNS.reports.updatePathwayWishes]: () => rpc.call(REQUEST_PATTERNS.reports.updatePathwayWishes, { pathwayId, text: 'Restare vicino alla sorella e al centro diurno', reviewOn: '2026-10-01' }, worker),
      [REQUEST_PATTERNS.reports.closePathway]: () => rpc.call(REQUEST_PATTERNS.reports.closePathway, { pathwayId }, worker),
      [REQUEST_PATTERNS.reports.pathway]: () => rpc.call(REQUEST_PATTERNS.reports.pathway, { reportId: id }, worker),
    };
    /** Handlers whose replies carry no personal data (or only what the caller just sent). */
    const NO_PERSONAL_DATA = [
      REQUEST_PATTERNS.reports.health, REQUEST_PATTERNS.reports.submit, REQUEST_PATTERNS.reports.addFollowUp, REQUEST_PATTERNS.reports.withdraw, REQUEST_PATTERNS.reports.desks,
      REQUEST_PATTERNS.reports.take, REQUEST_PATTERNS.reports.handOver, REQUEST_PATTERNS.reports.recordContactAttempt, REQUEST_PATTERNS.reports.close, REQUEST_PATTERNS.reports.reopen, REQUEST_PATTERNS.reports.breakGlass, REQUEST_PATTERNS.reports.rectifySubject,
      REQUEST_PATTERNS.reports.recordObjection, REQUEST_PATTERNS.reports.eraseSubject, REQUEST_PATTERNS.reports.retention, REQUEST_PATTERNS.reports.setRetention, REQUEST_PATTERNS.reports.sealReferralNote,
      REQUEST_PATTERNS.reports.setOrgContext, REQUEST_PATTERNS.reports.postReferralMessage, REQUEST_PATTERNS.reports.publicDesks,
      REQUEST_PATTERNS.reports.recordOutcome, REQUEST_PATTERNS.reports.openPathway,
    ] as string[];
    const marked: string[] = [];
    const all: string[] = [];
    for (const handler of REPORTS_HANDLERS) {
      for (const name of Object.getOwnPropertyNames(handler.prototype)) {
        const fn = (handler.prototype as unknown as Record<string, unknown>)[name];
        const patterns = typeof fn === 'function' ? (Reflect.getMetadata(PATTERN_METADATA, fn) as string[] | undefined) : undefined;
        if (!patterns) continue;
        all.push(...patterns);
        if (Reflect.getMetadata(PERSONAL_DATA_READ, fn as object)) marked.push(...patterns);
      }
    }
    expect(all.sort()).toEqual(Object.values(REQUEST_PATTERNS.reports).sort());
    for (const p of all) expect({ p, classified: marked.includes(p) !== NO_PERSONAL_DATA.includes(p) }).toEqual({ p, classified: true });
    expect(Object.keys(SAMPLES).sort()).toEqual([...marked].sort());
    for (const p of marked) {
      const before = await auditCount(p);
      await SAMPLES[p]();
      expect({ p, audited: (await auditCount(p)) > before }).toEqual({ p, audited: true });
    }
    // The log is append-only, even for the service's own database user.
    await expect(query(dbUrl, 'DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    expect(await rpc.callError(REQUEST_PATTERNS.reports.auditLog, {}, worker)).toMatchObject({ code: ErrorCode.FORBIDDEN });
  });

  it('answers a crafted page cursor on every list with BAD_USER_INPUT on "after", never INTERNAL', async () => {
    const lists: [string, string][] = [[REQUEST_PATTERNS.reports.mine, antenna], [REQUEST_PATTERNS.reports.triage, worker], [REQUEST_PATTERNS.reports.breakGlassReview, worker], [REQUEST_PATTERNS.reports.auditLog, admin]];
    for (const [pattern, token] of lists) {
      for (const [what, after] of craftedCursors()) {
        const err = await rpc.callError(pattern, { after }, token);
        expect({ pattern, what, ...err }).toMatchObject({ pattern, what, code: ErrorCode.BAD_USER_INPUT, field: 'after' });
      }
    }
  });

  it('refuses a NUL character in any text, naming the field, and writes nothing', async () => {
    const count = async () => (await query<{ n: number }>(dbUrl, 'SELECT count(*)::int AS n FROM reports'))[0].n;
    const before = await count();
    const input = { id: randomUUID(), neighbourhoodCode: 'crocetta', needs: [Need.LONELINESS], urgency: Urgency.MEDIUM, ageBand: AgeBand.AGE_80_PLUS, description: 'Non si vede da tre giorni', consentToContact: true };
    expect(await rpc.callError(REQUEST_PATTERNS.reports.submit, { ...input, subject: { name: 'Mario\u0000Rossi' } }, antenna)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'input.subject.name' });
    expect(await rpc.callError(REQUEST_PATTERNS.reports.submit, { ...input, description: 'vive solo\u0000' }, antenna)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'input.description' });
    expect(await count()).toBe(before);
  });

  it('reveals contact details only to the accepting organisation, with consent and without do-not-contact', async () => {
    const ok = await submit();
    const noConsent = await submit({ consentToContact: false });
    const dnc = await submit({ doNotContact: true });
    const notAccepted = await submit();
    for (const id of [ok, noConsent, dnc]) await accept(id);
    const reveal = (id: string, token = org) => rpc.call<{ subject: { phone: string }; basis: string }>(REQUEST_PATTERNS.reports.reveal, { reportId: id }, token);
    await expect(reveal(ok)).resolves.toMatchObject({ basis: 'REFERRAL', subject: { phone: '+39 02 5550 1234' } });
    for (const [id, token] of [[noConsent, org], [dnc, org], [notAccepted, org], [ok, otherOrg]] as const) {
      expect(await rpc.callError(REQUEST_PATTERNS.reports.reveal, { reportId: id }, token)).toMatchObject({ code: ErrorCode.FORBIDDEN });
    }
    // Do-not-contact also hides address and phone from the social worker's page.
    expect((await detail(dnc)).subject).toMatchObject({ address: null, phone: null });
  });

  it('reveals name and phone to the prescription\'s matched buddy only: after the organiser accepts, with consent, audited with the volunteer', async () => {
    const ok = await submit();
    const noConsent = await submit({ consentToContact: false });
    const dnc = await submit({ doNotContact: true });
    const anna = randomUUID();
    const annaToken = await tokenFor({ role: Role.CITIZEN, accountId: anna });
    const someoneElse = await tokenFor({ role: Role.CITIZEN, accountId: randomUUID() });
    const referralId = randomUUID();
    const base = { municipality: MUN, referralId, reportId: ok, organisationId: orgId, serviceId: randomUUID(), needs: [Need.LONELINESS], neighbourhoodCode: 'crocetta', urgency: Urgency.MEDIUM };
    const reveal = (token: string, id = referralId) => rpc.callError(REQUEST_PATTERNS.reports.revealToBuddy, { referralId: id }, token);
    await bus.publish('referral.requested.v1', { ...base, to: ReferralStatus.REQUESTED, version: 1 });
    await waitFor(async () => (await query(dbUrl, 'SELECT 1 FROM report_referrals WHERE referral_id = $1', [referralId])).length === 1, 20_000, 'referral projected');
    await buddy(ok, referralId, 1, anna);
    // (a) not before the organiser accepts the prescription
    expect(await reveal(annaToken)).toMatchObject({ code: ErrorCode.FORBIDDEN });
    await bus.publish('referral.accepted.v1', { ...base, from: ReferralStatus.REQUESTED, to: ReferralStatus.ACCEPTED, version: 2 });
    await waitFor(async () => (await query<{ status: string }>(dbUrl, 'SELECT status FROM report_referrals WHERE referral_id = $1', [referralId]))[0].status === ReferralStatus.ACCEPTED, 20_000, 'acceptance projected');
    const shown = await rpc.call<Record<string, unknown>>(REQUEST_PATTERNS.reports.revealToBuddy, { referralId }, annaToken);
    expect(shown).toEqual({ referralId, name: expect.stringContaining(CANARY), phone: '+39 02 5550 1234' });
    expect(JSON.stringify(shown)).not.toContain(`${CANARY}addr`);
    await expect(query(dbUrl, 'SELECT actor_id, role, fields, reason FROM audit_log WHERE action = $1 AND record_id = $2', [REQUEST_PATTERNS.reports.revealToBuddy, ok])).resolves.toEqual([
      { actor_id: anna, role: Role.CITIZEN, fields: ['subject.name', 'subject.phone'], reason: `buddy of referral ${referralId}` },
    ]);
    // not for another volunteer, nor for the organisation by this path
    expect(await reveal(someoneElse)).toMatchObject({ code: ErrorCode.NOT_FOUND });
    expect(await reveal(org)).toMatchObject({ code: ErrorCode.FORBIDDEN });
    // (b) not without the person's consent, nor past "do not contact"
    for (const id of [noConsent, dnc]) {
      const r = randomUUID();
      await bus.publish('referral.accepted.v1', { ...base, referralId: r, reportId: id, from: ReferralStatus.REQUESTED, to: ReferralStatus.ACCEPTED, version: 2 });
      await waitFor(async () => (await query(dbUrl, 'SELECT 1 FROM report_referrals WHERE referral_id = $1', [r])).length === 1, 20_000, 'referral projected');
      await buddy(id, r, 1, anna);
      expect(await reveal(annaToken, r)).toMatchObject({ code: ErrorCode.FORBIDDEN });
    }
    // (c) the match undone (the volunteer stepped back, the prescription ended): nothing more; a late older event changes nothing
    await buddy(ok, referralId, 2);
    expect(await reveal(annaToken)).toMatchObject({ code: ErrorCode.NOT_FOUND });
    await bus.publish('volunteer.buddy-changed.v1', { municipality: MUN, referralId, reportId: ok, buddyVersion: 1, volunteerAccountId: anna });
    await buddy(ok, randomUUID(), 1, anna); // a later event, applied after the stale one
    expect(await reveal(annaToken)).toMatchObject({ code: ErrorCode.NOT_FOUND });
  });

  it('breaks the glass for three hours past do-not-contact, audited and listed for review', async () => {
    const id = await submit({ doNotContact: true });
    await accept(id);
    expect(await rpc.callError(REQUEST_PATTERNS.reports.breakGlass, { reportId: id, reason: 'troppo corta' }, org)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'input.reason' });
    const grant = await rpc.call<{ id: string; expiresAt: string }>(REQUEST_PATTERNS.reports.breakGlass, { reportId: id, reason: 'Minaccia di gesti estremi riferita dal vicino' }, org);
    expect(Date.parse(grant.expiresAt) - nowMs).toBe(3 * 3600 * 1000);
    await expect(rpc.call(REQUEST_PATTERNS.reports.reveal, { reportId: id }, org)).resolves.toMatchObject({ basis: 'BREAK_THE_GLASS' });
    const review = await rpc.call<Page<{ id: string; reason: string }>>(REQUEST_PATTERNS.reports.breakGlassReview, { first: 100 }, worker);
    expect(review.nodes.find((g) => g.id === grant.id)?.reason).toContain('Minaccia');
    nowMs += 3 * 3600 * 1000 + 1;
    expect(await rpc.callError(REQUEST_PATTERNS.reports.reveal, { reportId: id }, org)).toMatchObject({ code: ErrorCode.FORBIDDEN });
    const audited = await query<{ reason: string }>(dbUrl, `SELECT reason FROM audit_log WHERE record_id = $1 AND action = $2`, [id, REQUEST_PATTERNS.reports.reveal]);
    expect(audited.map((a) => a.reason)).toEqual([`break-the-glass ${grant.id}`]);
  });

  it('refuses break-the-glass to an organisation only offered the referral, or after rejecting it; every break-the-glass tells the owner desk', async () => {
    const id = await submit({ doNotContact: true });
    const move = async (from: ReferralStatus | undefined, to: ReferralStatus, version: number, referralId: string) =>
      bus.publish(REFERRAL_EVENT_BY_STATUS[to] as 'referral.requested.v1', { municipality: MUN, referralId, reportId: id, organisationId: orgId, serviceId: randomUUID(), needs: [Need.LONELINESS], neighbourhoodCode: 'crocetta', urgency: Urgency.MEDIUM, ...(from ? { from } : {}), to, version });
    const referralId = randomUUID();
    await move(undefined, ReferralStatus.REQUESTED, 1, referralId);
    await waitFor(async () => (await query(dbUrl, 'SELECT 1 FROM report_referrals WHERE report_id = $1', [id])).length === 1, 20_000, 'offer projected');
    const reason = 'Minaccia di gesti estremi riferita dal vicino';
    expect(await rpc.callError(REQUEST_PATTERNS.reports.breakGlass, { reportId: id, reason }, org)).toMatchObject({ code: ErrorCode.FORBIDDEN });
    await move(ReferralStatus.REQUESTED, ReferralStatus.REJECTED, 2, referralId);
    await waitFor(async () => (await query<{ status: string }>(dbUrl, 'SELECT status FROM report_referrals WHERE report_id = $1', [id]))[0]?.status === ReferralStatus.REJECTED, 20_000, 'rejection projected');
    expect(await rpc.callError(REQUEST_PATTERNS.reports.breakGlass, { reportId: id, reason }, org)).toMatchObject({ code: ErrorCode.FORBIDDEN });
    expect(await query(dbUrl, 'SELECT 1 FROM break_glass_grants WHERE report_id = $1', [id])).toHaveLength(0);
    // The social worker may (danger to life); the owner desk is told in the same transaction, without the reason.
    const grant = await rpc.call<{ id: string }>(REQUEST_PATTERNS.reports.breakGlass, { reportId: id, reason }, worker);
    const events = await query<{ subject: string; payload: Record<string, unknown> }>(dbUrl, `SELECT subject, payload FROM outbox WHERE payload->>'reportId' = $1 AND subject LIKE '%.report.glass-broken.v1'`, [id]);
    expect(events).toHaveLength(1);
    expect(events[0].payload).toMatchObject({ grantId: grant.id, role: Role.SOCIAL_WORKER, reportId: id });
    expect(JSON.stringify(events[0].payload)).not.toContain('Minaccia');
  });

  it('takes in hand, hands over, refuses "unable to contact" before three attempts two days apart, closes; the antenna sees the coarse state', async () => {
    const id = await submit();
    const status = async () => (await rpc.call<Page<ReportSummaryV1>>(REQUEST_PATTERNS.reports.mine, { first: 100 }, antenna)).nodes.find((n) => n.id === id)?.status;
    const triage = await rpc.call<Page<TriageItemV1>>(REQUEST_PATTERNS.reports.triage, { neighbourhoodCode: 'crocetta', need: Need.LONELINESS, first: 100 }, worker);
    expect(triage.nodes.map((n) => n.id)).toContain(id);
    // The first words of what was seen, never the person's identity.
    expect(triage.nodes.find((n) => n.id === id)?.excerpt).toContain('Non si vede da tre giorni');
    expect(JSON.stringify(triage)).not.toMatch(new RegExp(`${CANARY}name|${CANARY}addr`));
    await rpc.call(REQUEST_PATTERNS.reports.take, { reportId: id }, worker);
    expect(await status()).toBe(CoarseStatus.IN_CARE);
    const desks = await rpc.call<{ id: string; neighbourhoodCode: string }[]>(REQUEST_PATTERNS.reports.desks, {}, worker);
    const bettola = desks.find((d) => d.neighbourhoodCode === 'bettola')!.id;
    await expect(rpc.call(REQUEST_PATTERNS.reports.handOver, { reportId: id, toDeskId: bettola }, worker)).resolves.toMatchObject({ ownerDeskId: bettola, assigneeId: null });
    const attempt = (days: number) => rpc.call(REQUEST_PATTERNS.reports.recordContactAttempt, { reportId: id, channel: 'PHONE', outcome: 'NO_ANSWER', attemptedAt: new Date(nowMs + days * DAY).toISOString(), note: `squilla a vuoto ${CANARY}note` }, worker);
    expect(await rpc.callError(REQUEST_PATTERNS.reports.recordContactAttempt, { reportId: id, channel: 'PHONE', outcome: 'NO_ANSWER', attemptedAt: new Date(nowMs + DAY).toISOString() }, worker)).toMatchObject({ field: 'input.attemptedAt' });
    await attempt(0);
    nowMs += 2 * DAY;
    await attempt(0);
    await attempt(0);
    expect(await rpc.callError(REQUEST_PATTERNS.reports.close, { reportId: id, reason: ClosureReason.UNABLE_TO_CONTACT }, worker)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'input.reason' });
    nowMs += 2 * DAY;
    await attempt(0);
    await rpc.call(REQUEST_PATTERNS.reports.close, { reportId: id, reason: ClosureReason.UNABLE_TO_CONTACT }, worker);
    expect(await status()).toBe(CoarseStatus.CLOSED);
    expect(await rpc.callError(REQUEST_PATTERNS.reports.take, { reportId: id }, worker)).toMatchObject({ code: ErrorCode.CONFLICT });
    const events = await query<{ subject: string; payload: Record<string, unknown> }>(dbUrl, `SELECT subject, payload FROM outbox WHERE payload->>'reportId' = $1 ORDER BY created_at`, [id]);
    expect(events.map((e) => e.subject.split('.').slice(2).join('.'))).toEqual(['report.submitted.v1', 'report.taken-in-hand.v1', 'report.handed-over.v1', 'report.closed.v1']);
    expect(events[3].payload.reason).toBe(ClosureReason.UNABLE_TO_CONTACT);
  });

  it('lets the antenna add a follow-up (read by the social worker) and withdraw with a reason', async () => {
    const id = await submit();
    await rpc.call(REQUEST_PATTERNS.reports.addFollowUp, { reportId: id, note: `è tornato a casa ${CANARY}follow` }, antenna);
    expect((await detail(id)).followUps[0].note).toContain('tornato');
    expect(await rpc.callError(REQUEST_PATTERNS.reports.addFollowUp, { reportId: id, note: 'x' }, otherAntenna)).toMatchObject({ code: ErrorCode.NOT_FOUND });
    await rpc.call(REQUEST_PATTERNS.reports.withdraw, { reportId: id, reason: 'segnalato per errore' }, antenna);
    expect((await query(dbUrl, `SELECT 1 FROM outbox WHERE subject LIKE '%report.withdrawn.v1' AND payload->>'reportId' = $1`, [id])).length).toBe(1);
  });

  it('exports, rectifies and records an objection; erases consent-based subjects only', async () => {
    const consent = await submit({ subject: { name: `Anna ${CANARY}erase` } });
    const publicTask = await submit({ consentToContact: false, subject: { name: `Bruno ${CANARY}pt` } });
    const sid = (await detail(consent)).subjectId;
    await rpc.call(REQUEST_PATTERNS.reports.rectifySubject, { subjectId: sid, subject: { name: `Anna Bianchi ${CANARY}erase` } }, worker);
    await rpc.call(REQUEST_PATTERNS.reports.recordObjection, { subjectId: sid, note: 'non vuole essere seguita' }, worker);
    const exp = await rpc.call<{ subject: { name: string }; objection: unknown; reports: { id: string }[] }>(REQUEST_PATTERNS.reports.exportSubject, { subjectId: sid }, worker);
    expect(exp.subject.name).toContain('Bianchi');
    expect(exp.objection).toBeTruthy();
    expect(exp.reports.map((r) => r.id)).toEqual([consent]);
    expect(await rpc.callError(REQUEST_PATTERNS.reports.eraseSubject, { subjectId: (await detail(publicTask)).subjectId }, worker)).toMatchObject({ code: ErrorCode.CONFLICT });
    await rpc.call(REQUEST_PATTERNS.reports.eraseSubject, { subjectId: sid }, worker);
    const after = await detail(consent);
    expect(after).toMatchObject({ erased: true, description: null, subject: null, needs: [Need.LONELINESS], neighbourhoodCode: 'crocetta' });
    expect((await query(dbUrl, 'SELECT wrapped_key FROM subjects WHERE id = $1', [sid]))[0]).toEqual({ wrapped_key: null });
  });

  it('purges by retention with an injected clock: sealed data gone, aggregates kept, idempotent', async () => {
    await rpc.call(REQUEST_PATTERNS.reports.setRetention, { signalDays: 30, closedCaseMonths: 6 }, admin);
    const signal = await submit({ subject: { name: `Carla ${CANARY}ret` } });
    await rpc.call(REQUEST_PATTERNS.reports.withdraw, { reportId: signal, reason: 'errore di persona' }, antenna);
    const caseId = await submit({ subject: { name: `Dario ${CANARY}ret2` } });
    await rpc.call(REQUEST_PATTERNS.reports.take, { reportId: caseId }, worker);
    // Its loneliness answers and a pathway's wishes go with it (the same retention).
    const measuredOn = new Date(nowMs).toISOString().slice(0, 10);
    await rpc.call(REQUEST_PATTERNS.reports.recordOutcome, { outcomeId: randomUUID(), reportId: caseId, phase: 'START', measuredOn, lackCompanionship: 1, leftOut: 2, isolated: 1 }, worker);
    const pathwayId = (await rpc.call<{ id: string }>(REQUEST_PATTERNS.reports.openPathway, { reportId: caseId, kind: 'MENTAL_HEALTH' }, worker)).id;
    await rpc.call(REQUEST_PATTERNS.reports.updatePathwayWishes, { pathwayId, text: `Tornare a dipingere ${CANARY}ret3`, reviewOn: '2099-01-01' }, worker);
    await rpc.call(REQUEST_PATTERNS.reports.close, { reportId: caseId, reason: ClosureReason.RESOLVED }, worker);
    const open = await submit();
    const sweep = () => sut.get(RetentionService).sweep();
    nowMs += 31 * DAY;
    await sweep();
    const purged = async (id: string) => (await query<{ purged_at: Date | null; description_sealed: Buffer | null }>(dbUrl, 'SELECT purged_at, description_sealed FROM reports WHERE id = $1', [id]))[0];
    expect(await purged(signal)).toMatchObject({ purged_at: expect.any(Date) as Date, description_sealed: null });
    expect((await purged(caseId)).purged_at).toBeNull();
    expect((await purged(open)).purged_at).toBeNull();
    nowMs += 200 * DAY;
    await sweep();
    expect((await purged(caseId)).purged_at).not.toBeNull();
    expect(await query(dbUrl, 'SELECT 1 FROM outcome_measurements WHERE report_id = $1 AND scores_sealed IS NOT NULL UNION ALL SELECT 1 FROM pathway_wishes WHERE report_id = $1 AND text_sealed IS NOT NULL', [caseId])).toEqual([]);
    expect((await rpc.call<{ measurements: { phase: string; total: number | null }[] }>(REQUEST_PATTERNS.reports.outcomes, { reportId: caseId }, worker)).measurements).toEqual([expect.objectContaining({ phase: 'START', total: null })]);
    expect(await sweep()).toEqual({ purgedReports: 0, destroyedSubjects: 0, orphanSubjects: 0 });
    const d = await detail(caseId);
    expect(d).toMatchObject({ erased: true, description: null, subject: null, closureReason: ClosureReason.RESOLVED, needs: [Need.LONELINESS], urgency: Urgency.MEDIUM });
  });

  it('shreds a subject that no report refers to (a submit that failed after sealing it, in an older version), once an hour old', async () => {
    // Made as an older version could leave it: a sealed identity committed without its report.
    const id = await submit({ subject: { name: `Orfana ${CANARY}orph` } });
    const [{ subject_id: subjectId }] = await query<{ subject_id: string }>(dbUrl, 'SELECT subject_id FROM reports WHERE id = $1', [id]);
    const orphan = randomUUID();
    await query(dbUrl, `INSERT INTO subjects (id, municipality, key_id, wrapped_key, identity_sealed, dedup_hash, created_at) SELECT $1, municipality, key_id, wrapped_key, identity_sealed, NULL, $2 FROM subjects WHERE id = $3`, [orphan, new Date(nowMs), subjectId]);
    const sweep = () => sut.get(RetentionService).sweep();
    expect((await sweep()).orphanSubjects).toBe(0); // not an hour old yet: it might still be in the middle of a submit
    nowMs += 61 * 60_000;
    expect((await sweep()).orphanSubjects).toBe(1);
    const [row] = await query<{ wrapped_key: Buffer | null; identity_sealed: Buffer | null; destroyed_at: Date | null }>(dbUrl, 'SELECT wrapped_key, identity_sealed, destroyed_at FROM subjects WHERE id = $1', [orphan]);
    expect(row).toEqual({ wrapped_key: null, identity_sealed: null, destroyed_at: expect.any(Date) });
    // The report's own subject is untouched.
    expect((await detail(id)).subject?.name).toContain('Orfana');
    expect((await sweep()).orphanSubjects).toBe(0);
  });

  it('rotates keys without downtime: old values stay readable, new values use the new keys', async () => {
    const old = await submit({ subject: { name: `Elena ${CANARY}rot` } });
    await sut.close();
    const oldKey = settings.REPORTS_MASTER_KEY;
    settings = loadSettings(ReportsSettings, {
      DATABASE_URL: dbUrl, NATS_URL: TEST_NATS_URL, SUBJECT_ROOT: root, AUTH_PUBLIC_KEY: TEST_KEYS.publicKey, RETENTION_SWEEP_INTERVAL_MS: '0', LOG_LEVEL: 'debug',
      REPORTS_MASTER_KEY: randomBytes(32).toString('base64'), REPORTS_MASTER_KEY_ID: 'master-b', REPORTS_OLD_MASTER_KEYS: `master-a:${oldKey}`,
    });
    sut = await start(settings);
    expect((await detail(old)).subject?.name).toContain('Elena');
    const r = await rotateKeys(settings, { newMunicipalityKeys: true, batchSize: 2 });
    expect(r.rewrappedMunicipalityKeys).toBeGreaterThanOrEqual(2);
    expect(r.rewrappedSubjectKeys).toBeGreaterThan(0);
    expect(await query(dbUrl, `SELECT 1 FROM municipality_keys WHERE master_key_id <> 'master-b'`)).toHaveLength(0);
    expect((await detail(old)).subject?.name).toContain('Elena');
    const fresh = await submit({ subject: { name: `Franco ${CANARY}rot2` } });
    const keys = await query<{ key_id: string; master_key_id: string }>(
      dbUrl,
      `SELECT s.key_id, k.master_key_id FROM reports r JOIN subjects s ON s.id = r.subject_id JOIN municipality_keys k ON k.id = s.key_id WHERE r.id = ANY($1)`,
      [[old, fresh]],
    );
    expect(new Set(keys.map((k) => k.key_id)).size).toBe(1);
    expect(keys.every((k) => k.master_key_id === 'master-b')).toBe(true);
    const current = await query<{ id: string }>(dbUrl, `SELECT id FROM municipality_keys WHERE purpose = 'DATA' ORDER BY created_at DESC, id DESC LIMIT 1`);
    expect(keys[0].key_id).toBe(current[0].id);
    // A restart without the old master key still reads everything: nothing is wrapped by it any more.
    await sut.close();
    settings = loadSettings(ReportsSettings, { ...Object.fromEntries(Object.entries(settings).map(([k, v]) => [k, String(v)])), REPORTS_OLD_MASTER_KEYS: '' });
    sut = await start(settings);
    expect((await detail(old)).subject?.name).toContain('Elena');
  });

  it('canary: no plaintext personal data in any JetStream message, in the logs, or in a pg_dump of the database', async () => {
    await waitFor(async () => (await query(dbUrl, 'SELECT 1 FROM outbox WHERE published_at IS NULL')).length === 0, 20_000, 'relay to publish everything');
    const nc = await connect({ servers: TEST_NATS_URL });
    const messages: string[] = [];
    try {
      const jsm = await jetstreamManager(nc);
      for (const stream of Object.values(streamNames(root))) {
        const info = await jsm.streams.info(stream).catch(() => null);
        if (!info) continue;
        for (let seq = info.state.first_seq; seq <= info.state.last_seq && info.state.messages > 0; seq++) {
          const m = await jsm.streams.getMessage(stream, { seq }).catch(() => null);
          if (m) messages.push(m.subject + new TextDecoder().decode(m.data));
        }
      }
    } finally {
      await nc.close();
    }
    expect(messages.length).toBeGreaterThan(10);
    expect(messages.some((m) => m.includes('report.closed.v1'))).toBe(true);
    const dump = execFileSync('/usr/bin/pg_dump', ['--no-owner', dbUrl], { maxBuffer: 256 * 1024 * 1024 }).toString('utf8');
    expect(dump).toContain('COPY public.reports');
    expect(logs.join('').length).toBeGreaterThan(0);
    const hits = (text: string) => [CANARY, CANARY.toUpperCase(), '5550 1234', '55501234', 'tre giorni', 'tornato a casa', 'Minaccia'].filter((c) => text.includes(c));
    expect({ streams: hits(messages.join('\n')), logs: hits(logs.join('')), pgDump: hits(dump) }).toEqual({ streams: [], logs: [], pgDump: [] });
  });
});
