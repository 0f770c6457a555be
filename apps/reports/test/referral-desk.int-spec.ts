import { execFileSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { INestMicroservice } from '@nestjs/common';
import {
  AgeBand, AntennaKind, AntennaStatus, ErrorCode, Need, OrgContextV1, Page, REFERRAL_EVENT_BY_STATUS, ReferralBriefV1, ReferralMessageV1, ReferralStatus, Role, REQUEST_PATTERNS, SubjectExportV1,
  Urgency,
} from '@prossimo/contracts';
import { loadSettings, startService } from '@prossimo/platform';
import {
  TEST_KEYS, TEST_NATS_URL, TestEventBus, TestRpcClient, cloneDatabase, craftedCursors, deleteTestStreams, dropDatabase, query, tokenFor, uniqueRoot, waitFor,
} from '@prossimo/testing';
import { ReportsSettings } from '../src/config/reports.env';
import { ReportsModule } from '../src/reports.module';

const MUN = '015077';
const CANARY = `canary${randomBytes(6).toString('hex')}`;

/**
 * Issue 13: what passes between an organisation and the social desk lives in the vault. The desk's
 * line of context (read by an organisation that was sent a referral), the description (only once it
 * holds the referral), and each referral's message thread: sealed, audited, never the antenna's,
 * exported and erased with the person (real PostgreSQL and NATS).
 */
describe('the vault between organisations and the desk: context line, briefs, messages', () => {
  let dbUrl: string;
  let root: string;
  let sut: INestMicroservice;
  let rpc: TestRpcClient;
  let bus: TestEventBus;
  const antennaId = randomUUID();
  const orgId = randomUUID();
  let antenna: string;
  let worker: string;
  let org: string;
  let otherOrg: string;

  beforeAll(async () => {
    dbUrl = await cloneDatabase('reports');
    root = uniqueRoot();
    const settings = loadSettings(ReportsSettings, {
      DATABASE_URL: dbUrl, NATS_URL: TEST_NATS_URL, SUBJECT_ROOT: root, AUTH_PUBLIC_KEY: TEST_KEYS.publicKey,
      REPORTS_MASTER_KEY: randomBytes(32).toString('base64'), REPORTS_MASTER_KEY_ID: 'master-a', RETENTION_SWEEP_INTERVAL_MS: '0', LOG_LEVEL: 'silent',
    });
    bus = await TestEventBus.connect(TEST_NATS_URL, root);
    sut = await startService(ReportsModule.register(settings), settings, 'reports');
    rpc = await TestRpcClient.connect(TEST_NATS_URL, root);
    await bus.publish('neighbourhood.defined.v1', { municipality: MUN, code: 'crocetta', name: 'Crocetta', population: 8000, approximate: true });
    await bus.publish('antenna.status-changed.v1', { municipality: MUN, antennaId, kind: AntennaKind.SHOP, neighbourhoodCode: 'crocetta', to: AntennaStatus.ACTIVE });
    await waitFor(async () => (await query(dbUrl, `SELECT 1 FROM antennas WHERE status = 'ACTIVE'`)).length === 1 && (await query(dbUrl, 'SELECT 1 FROM desks')).length === 1, 20_000, 'projections');
    antenna = await tokenFor({ role: Role.ANTENNA, antennaId });
    worker = await tokenFor({ role: Role.SOCIAL_WORKER });
    org = await tokenFor({ role: Role.ORG_OPERATOR, organisationId: orgId });
    otherOrg = await tokenFor({ role: Role.ORG_OPERATOR, organisationId: randomUUID() });
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
      description: `Non esce da giorni ${CANARY}desc`, consentToContact: true, subject: { name: `Mario ${CANARY}name` }, ...over,
    };
    await rpc.call(REQUEST_PATTERNS.reports.submit, input, antenna);
    return input.id;
  };
  /** The referral's moves as the referrals service would publish them, projected here. */
  const referral = (reportId: string, organisationId = orgId) => {
    const referralId = randomUUID();
    let version = 0;
    let status: ReferralStatus | undefined;
    return {
      referralId,
      async to(next: ReferralStatus) {
        version += 1;
        await bus.publish(REFERRAL_EVENT_BY_STATUS[next] as 'referral.requested.v1', {
          municipality: MUN, referralId, reportId, organisationId, serviceId: randomUUID(), needs: [Need.LONELINESS], neighbourhoodCode: 'crocetta', urgency: Urgency.MEDIUM,
          ...(status ? { from: status } : {}), to: next, version,
        });
        status = next;
        await waitFor(async () => (await query<{ status: string }>(dbUrl, 'SELECT status FROM report_referrals WHERE referral_id = $1', [referralId]))[0]?.status === next, 20_000, `${next} projected`);
      },
    };
  };
  const briefs = (ids: string[], token = org) => rpc.call<ReferralBriefV1[]>(REQUEST_PATTERNS.reports.referralBriefs, { referralIds: ids }, token);
  const audited = (action: string, reportId: string) => query<{ fields: string[]; role: string }>(dbUrl, 'SELECT fields, role FROM audit_log WHERE action = $1 AND record_id = $2 ORDER BY at', [action, reportId]);

  it('carries consent and "do not contact" on report.submitted (not personal data: what an organisation must know)', async () => {
    const id = await submit({ consentToContact: false, doNotContact: true });
    const [event] = await query<{ payload: Record<string, unknown> }>(dbUrl, `SELECT payload FROM outbox WHERE payload->>'reportId' = $1`, [id]);
    expect(event.payload).toMatchObject({ consentToContact: false, doNotContact: true, ageBand: AgeBand.AGE_80_PLUS });
    expect(JSON.stringify(event.payload)).not.toContain(CANARY);
  });

  it('lets the desk write a line of context that an organisation sent a referral reads before accepting, and the description only once it holds it', async () => {
    const id = await submit();
    expect(await rpc.callError(REQUEST_PATTERNS.reports.setOrgContext, { reportId: id, text: 'x'.repeat(281) }, worker)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'input.text' });
    expect(await rpc.callError(REQUEST_PATTERNS.reports.setOrgContext, { reportId: id, text: 'Vive sola' }, org)).toMatchObject({ code: ErrorCode.FORBIDDEN });
    const set = await rpc.call<OrgContextV1>(REQUEST_PATTERNS.reports.setOrgContext, { reportId: id, text: `  Vive con la figlia, che lavora di giorno ${CANARY}ctx ` }, worker);
    expect(set.text).toBe(`Vive con la figlia, che lavora di giorno ${CANARY}ctx`);
    expect((await rpc.call<OrgContextV1>(REQUEST_PATTERNS.reports.getOrgContext, { reportId: id }, worker)).text).toBe(set.text);
    // Sealed: not in the table as text.
    expect(JSON.stringify(await query(dbUrl, 'SELECT encode(text_sealed, $2) AS t FROM report_org_contexts WHERE report_id = $1', [id, 'escape']))).not.toContain(CANARY);

    const r = referral(id);
    await r.to(ReferralStatus.REQUESTED);
    expect(await briefs([r.referralId])).toEqual([{ referralId: r.referralId, reportId: id, held: false, contextLine: set.text, description: null }]);
    expect(await audited(REQUEST_PATTERNS.reports.referralBriefs, id)).toEqual([{ fields: ['orgContext.text'], role: Role.ORG_OPERATOR }]);
    // Another organisation asking for it learns nothing, not even that it exists.
    expect(await briefs([r.referralId], otherOrg)).toEqual([]);
    expect(await rpc.callError(REQUEST_PATTERNS.reports.referralBriefs, { referralIds: [r.referralId] }, antenna)).toMatchObject({ code: ErrorCode.FORBIDDEN });

    await r.to(ReferralStatus.ACCEPTED);
    expect((await briefs([r.referralId]))[0]).toMatchObject({ held: true, contextLine: set.text, description: `Non esce da giorni ${CANARY}desc` });
    expect((await audited(REQUEST_PATTERNS.reports.referralBriefs, id)).pop()).toEqual({ fields: ['orgContext.text', 'description'], role: Role.ORG_OPERATOR });
    await r.to(ReferralStatus.IN_PROGRESS);
    await r.to(ReferralStatus.COMPLETED);
    expect((await briefs([r.referralId]))[0]).toMatchObject({ description: null });

    // An empty text removes the line.
    expect(await rpc.call(REQUEST_PATTERNS.reports.setOrgContext, { reportId: id, text: '  ' }, worker)).toBeNull();
    expect((await briefs([r.referralId]))[0].contextLine).toBeNull();
  });

  it('keeps a message thread per referral between its organisation and the desk, sealed and audited, never the antenna’s', async () => {
    const id = await submit();
    const r = referral(id);
    await r.to(ReferralStatus.REQUESTED);
    const post = (text: string, token: string, messageId = randomUUID()) => rpc.call<ReferralMessageV1>(REQUEST_PATTERNS.reports.postReferralMessage, { messageId, referralId: r.referralId, text }, token);
    const list = (token: string, args: Record<string, unknown> = {}) => rpc.call<Page<ReferralMessageV1>>(REQUEST_PATTERNS.reports.referralMessages, { referralId: r.referralId, ...args }, token);

    const messageId = randomUUID();
    const asked = await post(`La persona è già seguita? ${CANARY}msg`, org, messageId);
    expect(asked).toMatchObject({ authorRole: Role.ORG_OPERATOR, byYou: true });
    expect(await post(`La persona è già seguita? ${CANARY}msg`, org, messageId)).toMatchObject({ id: asked.id }); // a retry
    await post('Sì, dal centro diurno: chiamate prima me.', worker);
    expect(await rpc.callError(REQUEST_PATTERNS.reports.postReferralMessage, { messageId: randomUUID(), referralId: r.referralId, text: '   ' }, org)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'input.text' });

    const seenByDesk = await list(worker);
    expect(seenByDesk.nodes.map((m) => [m.authorRole, m.byYou, m.text])).toEqual([
      [Role.SOCIAL_WORKER, true, 'Sì, dal centro diurno: chiamate prima me.'],
      [Role.ORG_OPERATOR, false, `La persona è già seguita? ${CANARY}msg`],
    ]);
    const page = await list(org, { first: 1 });
    expect(page.nodes).toHaveLength(1);
    expect((await list(org, { first: 1, after: page.pageInfo.endCursor })).nodes[0].id).toBe(asked.id);
    expect((await audited(REQUEST_PATTERNS.reports.referralMessages, id)).map((a) => a.role)).toEqual([Role.SOCIAL_WORKER, Role.ORG_OPERATOR, Role.ORG_OPERATOR]);

    expect(await rpc.callError(REQUEST_PATTERNS.reports.referralMessages, { referralId: r.referralId }, otherOrg)).toMatchObject({ code: ErrorCode.NOT_FOUND });
    expect(await rpc.callError(REQUEST_PATTERNS.reports.postReferralMessage, { messageId: randomUUID(), referralId: r.referralId, text: 'ciao' }, otherOrg)).toMatchObject({ code: ErrorCode.NOT_FOUND });
    expect(await rpc.callError(REQUEST_PATTERNS.reports.referralMessages, { referralId: r.referralId }, antenna)).toMatchObject({ code: ErrorCode.FORBIDDEN });
    expect(await rpc.callError(REQUEST_PATTERNS.reports.referralMessages, { referralId: r.referralId }, await tokenFor({ role: Role.SOCIAL_WORKER, municipality: '015146' }))).toMatchObject({ code: ErrorCode.NOT_FOUND });
    for (const [what, after] of craftedCursors()) {
      expect({ what, ...(await rpc.callError(REQUEST_PATTERNS.reports.referralMessages, { referralId: r.referralId, after }, org)) }).toMatchObject({ what, code: ErrorCode.BAD_USER_INPUT, field: 'after' });
    }
    // Sealed: the text is in no column of the database, in plain.
    const dump = execFileSync('pg_dump', ['--no-owner', '-d', dbUrl, '-t', 'referral_messages', '-t', 'report_org_contexts'], { maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
    expect(dump).not.toContain(CANARY);
  });

  it('exports the context line and the messages with the subject, and erases them with it', async () => {
    const id = await submit({ subject: { name: `Lucia ${CANARY}erase` } });
    const r = referral(id);
    await r.to(ReferralStatus.REQUESTED);
    await rpc.call(REQUEST_PATTERNS.reports.setOrgContext, { reportId: id, text: `Ha un cane ${CANARY}dog` }, worker);
    await rpc.call(REQUEST_PATTERNS.reports.postReferralMessage, { messageId: randomUUID(), referralId: r.referralId, text: `Quando possiamo passare? ${CANARY}when` }, org);
    const subjectId = (await query<{ subject_id: string }>(dbUrl, 'SELECT subject_id FROM reports WHERE id = $1', [id]))[0].subject_id;
    const exported = await rpc.call<SubjectExportV1>(REQUEST_PATTERNS.reports.exportSubject, { subjectId }, worker);
    expect(exported.reports.find((x) => x.id === id)).toMatchObject({
      orgContext: { text: `Ha un cane ${CANARY}dog` },
      referralMessages: [expect.objectContaining({ authorRole: Role.ORG_OPERATOR, text: `Quando possiamo passare? ${CANARY}when` })],
    });

    await rpc.call(REQUEST_PATTERNS.reports.eraseSubject, { subjectId }, worker);
    expect((await rpc.call<Page<ReferralMessageV1>>(REQUEST_PATTERNS.reports.referralMessages, { referralId: r.referralId }, worker)).nodes.map((m) => m.text)).toEqual([null]);
    expect((await briefs([r.referralId]))[0].contextLine).toBeNull();
    expect(await query(dbUrl, 'SELECT 1 FROM referral_messages WHERE report_id = $1 AND text_sealed IS NOT NULL UNION ALL SELECT 1 FROM report_org_contexts WHERE report_id = $1 AND text_sealed IS NOT NULL', [id])).toEqual([]);
    // Nothing new can be written about an erased person.
    expect(await rpc.callError(REQUEST_PATTERNS.reports.postReferralMessage, { messageId: randomUUID(), referralId: r.referralId, text: 'ancora?' }, org)).toMatchObject({ code: ErrorCode.CONFLICT });
    expect(await rpc.callError(REQUEST_PATTERNS.reports.setOrgContext, { reportId: id, text: 'ancora?' }, worker)).toMatchObject({ code: ErrorCode.CONFLICT });
  });
});
