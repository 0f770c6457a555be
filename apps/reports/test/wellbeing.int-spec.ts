import { randomBytes, randomUUID } from 'node:crypto';
import { INestMicroservice } from '@nestjs/common';
import {
  AgeBand, AntennaKind, AntennaStatus, ErrorCode, Need, OutcomePhase, OutcomeV1, OutcomesV1, PathwayAction, PathwayKind, PathwayV1, REFERRAL_EVENT_BY_STATUS,
  REQUEST_PATTERNS, ReferralStatus, Role, ScoreBand, SubjectExportV1, Urgency,
} from '@prossimo/contracts';
import { loadSettings, startService } from '@prossimo/platform';
import { TEST_KEYS, TEST_NATS_URL, TestEventBus, TestRpcClient, cloneDatabase, deleteTestStreams, dropDatabase, query, tokenFor, uniqueRoot, waitFor } from '@prossimo/testing';
import { ReportsSettings } from '../src/config/reports.env';
import { ReportsModule } from '../src/reports.module';
import { addDays, romeToday } from '../src/wellbeing/wellbeing.service';

const MUN = '015077';
const DAY = 24 * 3600 * 1000;
const CANARY = `canary${randomBytes(6).toString('hex')}`;

/** Every key a person-free dashboard event may carry (libs/contracts/src/events/wellbeing.events.ts). */
const OUTCOME_KEYS = ['band', 'eventId', 'month', 'municipality', 'neighbourhoodCode', 'occurredAt', 'phase'];
const PATHWAY_KEYS = ['eventId', 'kind', 'month', 'municipality', 'neighbourhoodCode', 'occurredAt'];

/**
 * Issue 17: outcomes (UCLA-3) and life-project pathways live in the vault. Answers and wishes are
 * sealed under the subject's key, every read is audited, the shred of the subject makes them
 * unreadable, and the events the dashboard will count carry no person (real PostgreSQL and NATS,
 * an injected clock).
 */
describe('outcomes and life-project pathways in the reports vault', () => {
  let dbUrl: string;
  let root: string;
  let sut: INestMicroservice;
  let rpc: TestRpcClient;
  let bus: TestEventBus;
  let nowMs = Date.now();
  const clock = () => new Date(nowMs);
  const antennaId = randomUUID();
  const orgId = randomUUID();
  let antenna: string;
  let worker: string;
  let org: string;
  let otherOrg: string;
  let admin: string;
  let analyst: string;

  beforeAll(async () => {
    dbUrl = await cloneDatabase('reports');
    root = uniqueRoot();
    const settings = loadSettings(ReportsSettings, {
      DATABASE_URL: dbUrl, NATS_URL: TEST_NATS_URL, SUBJECT_ROOT: root, AUTH_PUBLIC_KEY: TEST_KEYS.publicKey,
      REPORTS_MASTER_KEY: randomBytes(32).toString('base64'), REPORTS_MASTER_KEY_ID: 'master-a', RETENTION_SWEEP_INTERVAL_MS: '0', LOG_LEVEL: 'silent',
    });
    bus = await TestEventBus.connect(TEST_NATS_URL, root);
    sut = await startService(ReportsModule.register(settings, { clock }), settings, 'reports');
    rpc = await TestRpcClient.connect(TEST_NATS_URL, root);
    await bus.publish('neighbourhood.defined.v1', { municipality: MUN, code: 'crocetta', name: 'Crocetta', population: 8000, approximate: true });
    await bus.publish('antenna.status-changed.v1', { municipality: MUN, antennaId, kind: AntennaKind.SHOP, neighbourhoodCode: 'crocetta', to: AntennaStatus.ACTIVE });
    await waitFor(async () => (await query(dbUrl, `SELECT 1 FROM antennas WHERE status = 'ACTIVE'`)).length === 1 && (await query(dbUrl, 'SELECT 1 FROM desks')).length === 1, 20_000, 'projections');
    antenna = await tokenFor({ role: Role.ANTENNA, antennaId });
    worker = await tokenFor({ role: Role.SOCIAL_WORKER });
    org = await tokenFor({ role: Role.ORG_OPERATOR, organisationId: orgId });
    otherOrg = await tokenFor({ role: Role.ORG_OPERATOR, organisationId: randomUUID() });
    admin = await tokenFor({ role: Role.ADMIN });
    analyst = await tokenFor({ role: Role.CITY_ANALYST });
  });

  afterAll(async () => {
    await rpc?.close();
    await bus?.close();
    await sut?.close();
    await deleteTestStreams(root);
    await dropDatabase(dbUrl);
  });

  const submit = async (over: Record<string, unknown> = {}) => {
    const input = {
      id: randomUUID(), neighbourhoodCode: 'crocetta', needs: [Need.LONELINESS], urgency: Urgency.MEDIUM, ageBand: AgeBand.AGE_80_PLUS,
      description: `Non esce da giorni ${CANARY}desc`, consentToContact: true, subject: { name: `Anna ${CANARY}name` }, ...over,
    };
    await rpc.call(REQUEST_PATTERNS.reports.submit, input, antenna);
    return input.id;
  };
  /** A referral of the report as the referrals service would publish its moves, projected here. */
  const referral = async (reportId: string, to: ReferralStatus[] = [ReferralStatus.REQUESTED], organisationId = orgId) => {
    const referralId = randomUUID();
    let from: ReferralStatus | undefined;
    for (const [i, next] of to.entries()) {
      await bus.publish(REFERRAL_EVENT_BY_STATUS[next] as 'referral.requested.v1', {
        municipality: MUN, referralId, reportId, organisationId, serviceId: randomUUID(), needs: [Need.DOPO_DI_NOI], neighbourhoodCode: 'crocetta', urgency: Urgency.MEDIUM,
        ...(from ? { from } : {}), to: next, version: i + 1,
      });
      from = next;
    }
    await waitFor(async () => (await query<{ status: string }>(dbUrl, 'SELECT status FROM report_referrals WHERE referral_id = $1', [referralId]))[0]?.status === from, 20_000, `${from} projected`);
    return referralId;
  };
  const today = () => romeToday(clock());
  const measure = (reportId: string, over: Record<string, unknown> = {}, token = worker) =>
    ({ pattern: REQUEST_PATTERNS.reports.recordOutcome, payload: { outcomeId: randomUUID(), reportId, phase: OutcomePhase.START, measuredOn: today(), lackCompanionship: 3, leftOut: 2, isolated: 3, ...over }, token });
  const record = (reportId: string, over: Record<string, unknown> = {}, token = worker) => {
    const m = measure(reportId, over, token);
    return rpc.call<OutcomeV1>(m.pattern, m.payload, m.token);
  };
  const recordError = (reportId: string, over: Record<string, unknown> = {}, token = worker) => {
    const m = measure(reportId, over, token);
    return rpc.callError(m.pattern, m.payload, m.token);
  };
  const outcomes = (reportId: string, token = worker) => rpc.call<OutcomesV1>(REQUEST_PATTERNS.reports.outcomes, { reportId }, token);
  const pathway = (reportId: string) => rpc.call<PathwayV1 | null>(REQUEST_PATTERNS.reports.pathway, { reportId }, worker);
  const audited = (action: string, reportId: string) => query<{ fields: string[]; role: string }>(dbUrl, 'SELECT fields, role FROM audit_log WHERE action = $1 AND record_id = $2 ORDER BY at', [action, reportId]);
  const events = (type: string) => query<{ subject: string; payload: Record<string, unknown> }>(dbUrl, `SELECT subject, payload FROM outbox WHERE subject LIKE $1 ORDER BY seq`, [`%.${type}`]);
  const subjectOf = async (reportId: string) => (await query<{ subject_id: string }>(dbUrl, 'SELECT subject_id FROM reports WHERE id = $1', [reportId]))[0].subject_id;

  it('seals a UCLA-3 measurement under the subject key, audits every read, and shows the 12-week one due', async () => {
    const id = await submit();
    const startDay = addDays(today(), -20);
    const m = await record(id, { measuredOn: startDay, lackCompanionship: 3, leftOut: 2, isolated: 3 });
    expect(m).toMatchObject({ phase: OutcomePhase.START, measuredOn: startDay, total: 8, band: ScoreBand.HIGH, recordedByRole: Role.SOCIAL_WORKER, recordedByYou: true });
    // Sealed: the row holds no readable answers (the JSON keys would show).
    const raw = await query<{ t: string }>(dbUrl, `SELECT encode(scores_sealed, 'escape') AS t FROM outcome_measurements WHERE id = $1`, [m.id]);
    expect(raw[0].t).not.toMatch(/lackCompanionship|isolated/);

    const before = (await audited(REQUEST_PATTERNS.reports.outcomes, id)).length;
    const first = await outcomes(id);
    await outcomes(id);
    const rows = await audited(REQUEST_PATTERNS.reports.outcomes, id);
    expect(rows.length - before).toBe(2);
    expect(rows.at(-1)).toMatchObject({ fields: ['outcomes.scores'], role: Role.SOCIAL_WORKER });
    expect(first).toMatchObject({ week12DueOn: addDays(startDay, 84), week12Due: false, measurements: [expect.objectContaining({ total: 8, isolated: 3 })] });

    // Not a 12-week measurement before ten weeks; twelve weeks on, it is due; once recorded, nothing is due.
    nowMs += 70 * DAY;
    expect(await recordError(id, { phase: OutcomePhase.WEEK_12, measuredOn: addDays(startDay, 69) })).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'input.measuredOn' });
    expect(await outcomes(id)).toMatchObject({ week12Due: true, week12DueOn: addDays(startDay, 84) });
    const w12 = await record(id, { phase: OutcomePhase.WEEK_12, lackCompanionship: 1, leftOut: 1, isolated: 2 });
    expect(w12).toMatchObject({ total: 4, band: ScoreBand.LOW });
    expect(await outcomes(id)).toMatchObject({ week12DueOn: null, week12Due: false });
    nowMs -= 70 * DAY;
  });

  it('refuses bad measurements naming the field, writes nothing, and makes a retry harmless', async () => {
    const id = await submit();
    expect(await recordError(id, { isolated: 4 })).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'input.isolated' });
    expect(await recordError(id, { leftOut: 0 })).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'input.leftOut' });
    expect(await recordError(id, { lackCompanionship: 2.5 })).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'input.lackCompanionship' });
    expect(await recordError(id, { phase: 'WEEK_6' })).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'input.phase' });
    expect(await recordError(id, { measuredOn: '2026-02-30' })).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'input.measuredOn' });
    expect(await recordError(id, { measuredOn: addDays(today(), 2) })).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'input.measuredOn' });
    expect(await recordError(id, { phase: OutcomePhase.WEEK_12 })).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'input.phase' });
    expect(await query(dbUrl, 'SELECT 1 FROM outcome_measurements WHERE report_id = $1', [id])).toEqual([]);

    const m = measure(id);
    const a = await rpc.call<OutcomeV1>(m.pattern, m.payload, m.token);
    const b = await rpc.call<OutcomeV1>(m.pattern, m.payload, m.token);
    expect(b.id).toBe(a.id);
    expect(await recordError(id)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'input.phase' });
    expect(await query(dbUrl, 'SELECT 1 FROM outcome_measurements WHERE report_id = $1', [id])).toHaveLength(1);
    expect(await events('outcome.recorded.v1').then((e) => e.length)).toBeGreaterThan(0);
  });

  it('lets an organisation measure only while it holds an accepted referral of the report; never antennas, admins or analysts', async () => {
    const id = await submit();
    await referral(id, [ReferralStatus.REQUESTED]);
    expect(await recordError(id, {}, org)).toMatchObject({ code: ErrorCode.NOT_FOUND });
    await referral(id, [ReferralStatus.REQUESTED, ReferralStatus.ACCEPTED]);
    const m = await record(id, {}, org);
    expect(m).toMatchObject({ recordedByRole: Role.ORG_OPERATOR, recordedByYou: true });
    expect((await outcomes(id, org)).measurements).toHaveLength(1);
    expect(await audited(REQUEST_PATTERNS.reports.outcomes, id)).toEqual([expect.objectContaining({ role: Role.ORG_OPERATOR })]);
    expect(await rpc.callError(REQUEST_PATTERNS.reports.outcomes, { reportId: id }, otherOrg)).toMatchObject({ code: ErrorCode.NOT_FOUND });
    for (const token of [antenna, admin, analyst]) {
      expect(await rpc.callError(REQUEST_PATTERNS.reports.outcomes, { reportId: id }, token)).toMatchObject({ code: ErrorCode.FORBIDDEN });
      expect(await recordError(id, { phase: OutcomePhase.WEEK_12 }, token)).toMatchObject({ code: ErrorCode.FORBIDDEN });
    }
    for (const [pattern, payload] of [
      [REQUEST_PATTERNS.reports.openPathway, { reportId: id, kind: PathwayKind.DOPO_DI_NOI }],
      [REQUEST_PATTERNS.reports.pathway, { reportId: id }],
    ] as const) {
      for (const token of [antenna, admin, analyst, org]) expect(await rpc.callError(pattern, payload, token)).toMatchObject({ code: ErrorCode.FORBIDDEN });
    }
    // Another municipality's social worker finds nothing.
    const foreign = await tokenFor({ role: Role.SOCIAL_WORKER, municipality: '015093' });
    expect(await rpc.callError(REQUEST_PATTERNS.reports.outcomes, { reportId: id }, foreign)).toMatchObject({ code: ErrorCode.NOT_FOUND });
    expect(await rpc.callError(REQUEST_PATTERNS.reports.openPathway, { reportId: id, kind: PathwayKind.MENTAL_HEALTH }, foreign)).toMatchObject({ code: ErrorCode.NOT_FOUND });
  });

  it('opens a pathway, tags the report’s referrals with actions its kind allows, seals the wishes, closes; the events name no person', async () => {
    const id = await submit();
    const a = await referral(id);
    const b = await referral(id);
    const elsewhere = await referral(await submit());
    const p = await rpc.call<PathwayV1>(REQUEST_PATTERNS.reports.openPathway, { reportId: id, kind: PathwayKind.DOPO_DI_NOI }, worker);
    expect(p).toMatchObject({ reportId: id, kind: PathwayKind.DOPO_DI_NOI, closedAt: null, referrals: [], wishes: [] });
    expect(await rpc.callError(REQUEST_PATTERNS.reports.openPathway, { reportId: id, kind: PathwayKind.MENTAL_HEALTH }, worker)).toMatchObject({ code: ErrorCode.CONFLICT });

    const tag = (referralId: string, action: string) => ({ pathwayId: p.id, referralId, action });
    expect(await rpc.callError(REQUEST_PATTERNS.reports.tagPathwayReferral, tag(a, PathwayAction.WORK), worker)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'input.action' });
    expect(await rpc.callError(REQUEST_PATTERNS.reports.tagPathwayReferral, tag(a, 'F_HOLIDAYS'), worker)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'input.action' });
    expect(await rpc.callError(REQUEST_PATTERNS.reports.tagPathwayReferral, tag(elsewhere, PathwayAction.C_AUTONOMY_SKILLS), worker)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'input.referralId' });
    expect(await rpc.callError(REQUEST_PATTERNS.reports.tagPathwayReferral, tag(randomUUID(), PathwayAction.C_AUTONOMY_SKILLS), worker)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'input.referralId' });
    await rpc.call(REQUEST_PATTERNS.reports.tagPathwayReferral, tag(a, PathwayAction.C_AUTONOMY_SKILLS), worker);
    await rpc.call(REQUEST_PATTERNS.reports.tagPathwayReferral, tag(b, PathwayAction.A_LEAVING_FAMILY_HOME), worker);
    const retagged = await rpc.call<PathwayV1>(REQUEST_PATTERNS.reports.tagPathwayReferral, tag(b, PathwayAction.B_SUPPORT_IN_HOUSING), worker);
    expect(retagged.referrals.map((x) => [x.referralId, x.action]).sort()).toEqual([[a, PathwayAction.C_AUTONOMY_SKILLS], [b, PathwayAction.B_SUPPORT_IN_HOUSING]].sort());
    const untagged = await rpc.call<PathwayV1>(REQUEST_PATTERNS.reports.untagPathwayReferral, { pathwayId: p.id, referralId: a }, worker);
    expect(untagged.referrals.map((x) => x.referralId)).toEqual([b]);
    expect(await rpc.callError(REQUEST_PATTERNS.reports.untagPathwayReferral, { pathwayId: p.id, referralId: a }, worker)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'input.referralId' });

    const wishes = (text: string, reviewOn: string) => ({ pathwayId: p.id, text, reviewOn });
    expect(await rpc.callError(REQUEST_PATTERNS.reports.updatePathwayWishes, wishes('Vorrebbe vivere con due amici', addDays(today(), -1)), worker)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'input.reviewOn' });
    expect(await rpc.callError(REQUEST_PATTERNS.reports.updatePathwayWishes, wishes('   ', addDays(today(), 90)), worker)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'input.text' });
    await rpc.call(REQUEST_PATTERNS.reports.updatePathwayWishes, wishes(`I genitori desiderano che resti a Crocetta ${CANARY}w1`, addDays(today(), 90)), worker);
    const v2 = await rpc.call<PathwayV1>(REQUEST_PATTERNS.reports.updatePathwayWishes, wishes(`Vuole un lavoro in biblioteca ${CANARY}w2`, addDays(today(), 180)), worker);
    expect(v2.wishes.map((w) => [w.text, w.reviewOn])).toEqual([[`Vuole un lavoro in biblioteca ${CANARY}w2`, addDays(today(), 180)], [`I genitori desiderano che resti a Crocetta ${CANARY}w1`, addDays(today(), 90)]]);
    expect(JSON.stringify(await query(dbUrl, `SELECT encode(text_sealed, 'escape') AS t FROM pathway_wishes WHERE pathway_id = $1`, [p.id]))).not.toContain(CANARY);

    const before = (await audited(REQUEST_PATTERNS.reports.pathway, id)).length;
    expect((await pathway(id))?.wishes).toHaveLength(2);
    expect(await audited(REQUEST_PATTERNS.reports.pathway, id)).toHaveLength(before + 1);

    const closed = await rpc.call<PathwayV1>(REQUEST_PATTERNS.reports.closePathway, { pathwayId: p.id }, worker);
    expect(closed.closedAt).not.toBeNull();
    expect(await rpc.callError(REQUEST_PATTERNS.reports.tagPathwayReferral, tag(a, PathwayAction.C_AUTONOMY_SKILLS), worker)).toMatchObject({ code: ErrorCode.CONFLICT });
    expect(await rpc.callError(REQUEST_PATTERNS.reports.updatePathwayWishes, wishes('ancora', addDays(today(), 30)), worker)).toMatchObject({ code: ErrorCode.CONFLICT });
    expect(await rpc.callError(REQUEST_PATTERNS.reports.closePathway, { pathwayId: p.id }, worker)).toMatchObject({ code: ErrorCode.CONFLICT });
    // A new pathway may be opened once the last is closed; `pathway` shows the open one.
    const next = await rpc.call<PathwayV1>(REQUEST_PATTERNS.reports.openPathway, { reportId: id, kind: PathwayKind.MENTAL_HEALTH }, worker);
    expect((await pathway(id))?.id).toBe(next.id);
    await rpc.call(REQUEST_PATTERNS.reports.tagPathwayReferral, { pathwayId: next.id, referralId: a, action: PathwayAction.SOCIAL_RELATIONS }, worker);

    // The dashboard's events: only municipality, neighbourhood, month, kind, action — nothing that names the report, a referral or the pathway.
    const month = today().slice(0, 7);
    const moves = [
      ...(await events('pathway.opened.v1')), ...(await events('pathway.closed.v1')), ...(await events('pathway.action-tagged.v1')), ...(await events('pathway.action-untagged.v1')),
    ];
    const forbidden = [id, a, b, p.id, next.id, CANARY, await subjectOf(id)];
    for (const e of moves) {
      const keys = Object.keys(e.payload).sort();
      expect(keys).toEqual(e.subject.includes('.pathway.action-') ? [...PATHWAY_KEYS, 'action'].sort() : PATHWAY_KEYS);
      expect(e.payload).toMatchObject({ municipality: MUN, neighbourhoodCode: 'crocetta', month, occurredAt: `${month}-01T00:00:00.000Z` });
      for (const f of forbidden) expect(JSON.stringify(e)).not.toContain(f);
    }
    const tagged = (await events('pathway.action-tagged.v1')).map((e) => e.payload.action);
    const untaggedActions = (await events('pathway.action-untagged.v1')).map((e) => e.payload.action);
    expect(tagged).toEqual([PathwayAction.C_AUTONOMY_SKILLS, PathwayAction.A_LEAVING_FAMILY_HOME, PathwayAction.B_SUPPORT_IN_HOUSING, PathwayAction.SOCIAL_RELATIONS]);
    expect(untaggedActions).toEqual([PathwayAction.A_LEAVING_FAMILY_HOME, PathwayAction.C_AUTONOMY_SKILLS]);
    expect((await events('pathway.opened.v1')).map((e) => e.payload.kind)).toEqual([PathwayKind.DOPO_DI_NOI, PathwayKind.MENTAL_HEALTH]);
    expect((await events('pathway.closed.v1')).map((e) => e.payload.kind)).toEqual([PathwayKind.DOPO_DI_NOI]);

    for (const e of await events('outcome.recorded.v1')) {
      expect(Object.keys(e.payload).sort()).toEqual(OUTCOME_KEYS);
      expect(String(e.payload.occurredAt)).toMatch(/^\d{4}-\d{2}-01T00:00:00\.000Z$/);
      expect(JSON.stringify(e)).not.toMatch(/lackCompanionship|leftOut|isolated|total|reportId|subjectId/);
    }
  });

  it('exports measurements and pathways with the subject; the shred of the subject makes the answers and the wishes unreadable', async () => {
    const id = await submit({ subject: { name: `Lucia ${CANARY}erase` } });
    const ref = await referral(id);
    await record(id, { lackCompanionship: 2, leftOut: 2, isolated: 2, measuredOn: addDays(today(), -80) });
    const p = await rpc.call<PathwayV1>(REQUEST_PATTERNS.reports.openPathway, { reportId: id, kind: PathwayKind.MENTAL_HEALTH }, worker);
    await rpc.call(REQUEST_PATTERNS.reports.tagPathwayReferral, { pathwayId: p.id, referralId: ref, action: PathwayAction.HOUSING }, worker);
    await rpc.call(REQUEST_PATTERNS.reports.updatePathwayWishes, { pathwayId: p.id, text: `Vorrebbe un appartamento condiviso ${CANARY}flat`, reviewOn: addDays(today(), 60) }, worker);
    const subjectId = await subjectOf(id);
    const exported = await rpc.call<SubjectExportV1>(REQUEST_PATTERNS.reports.exportSubject, { subjectId }, worker);
    expect(exported.reports.find((x) => x.id === id)).toMatchObject({
      outcomes: [expect.objectContaining({ phase: OutcomePhase.START, total: 6, band: ScoreBand.MEDIUM })],
      pathways: [expect.objectContaining({ kind: PathwayKind.MENTAL_HEALTH, wishes: [expect.objectContaining({ text: `Vorrebbe un appartamento condiviso ${CANARY}flat` })] })],
    });

    await rpc.call(REQUEST_PATTERNS.reports.eraseSubject, { subjectId }, worker);
    const after = await outcomes(id);
    expect(after.measurements).toEqual([expect.objectContaining({ phase: OutcomePhase.START, lackCompanionship: null, leftOut: null, isolated: null, total: null, band: null })]);
    expect((await pathway(id))?.wishes.map((w) => w.text)).toEqual([null]);
    expect(await query(dbUrl, 'SELECT 1 FROM outcome_measurements WHERE report_id = $1 AND scores_sealed IS NOT NULL UNION ALL SELECT 1 FROM pathway_wishes WHERE report_id = $1 AND text_sealed IS NOT NULL', [id])).toEqual([]);
    // Nothing new can be sealed about an erased person.
    expect(await recordError(id, { phase: OutcomePhase.WEEK_12 })).toMatchObject({ code: ErrorCode.CONFLICT });
    expect(await rpc.callError(REQUEST_PATTERNS.reports.updatePathwayWishes, { pathwayId: p.id, text: 'ancora', reviewOn: addDays(today(), 30) }, worker)).toMatchObject({ code: ErrorCode.CONFLICT });
  });
});
