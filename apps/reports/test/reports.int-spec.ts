import { randomBytes, randomUUID } from 'node:crypto';
import { INestMicroservice } from '@nestjs/common';
import { AgeBand, AntennaKind, AntennaStatus, CoarseStatus, ErrorCode, Need, Page, ReferralStatus, ReportSummaryV1, Role, REQUEST_PATTERNS, Urgency } from '@prossimo/contracts';
import { loadSettings, startService } from '@prossimo/platform';
import {
  TEST_KEYS, TEST_NATS_URL, TestEventBus, TestRpcClient, cloneDatabase, internalTokenFor, deleteTestStreams, dropDatabase, query, tokenFor, uniqueRoot, waitFor,
} from '@prossimo/testing';
import { ReportsSettings } from '../src/config/reports.env';
import { ReportsModule } from '../src/reports.module';

const MUN = '015077';

describe('reports service (real PostgreSQL and NATS)', () => {
  let dbUrl: string;
  let root: string;
  let sut: INestMicroservice;
  let rpc: TestRpcClient;
  let bus: TestEventBus;
  const antennaId = randomUUID();
  const suspendedAntennaId = randomUUID();
  let antennaToken: string;

  beforeAll(async () => {
    dbUrl = await cloneDatabase('reports');
    root = uniqueRoot();
    const settings = loadSettings(ReportsSettings, {
      DATABASE_URL: dbUrl,
      NATS_URL: TEST_NATS_URL,
      SUBJECT_ROOT: root,
      AUTH_PUBLIC_KEY: TEST_KEYS.publicKey,
      REPORTS_MASTER_KEY: randomBytes(32).toString('base64'),
      LOG_LEVEL: 'silent',
    });
    bus = await TestEventBus.connect(TEST_NATS_URL, root);
    sut = await startService(ReportsModule.register(settings), settings, 'reports');
    rpc = await TestRpcClient.connect(TEST_NATS_URL, root);
    await bus.publish('neighbourhood.defined.v1', { municipality: MUN, code: 'crocetta', name: 'Crocetta', population: 8000, approximate: true });
    await bus.publish('antenna.status-changed.v1', { municipality: MUN, antennaId, kind: AntennaKind.SHOP, neighbourhoodCode: 'crocetta', to: AntennaStatus.ACTIVE });
    await bus.publish('antenna.status-changed.v1', { municipality: MUN, antennaId: suspendedAntennaId, kind: AntennaKind.SHOP, neighbourhoodCode: 'crocetta', to: AntennaStatus.SUSPENDED });
    await waitFor(async () => {
      const h = await rpc.call<{ details: { neighbourhoods: number; activeAntennas: number } }>(REQUEST_PATTERNS.reports.health, {});
      return h.details.neighbourhoods === 1 && h.details.activeAntennas === 1;
    }, 20_000, 'projections to be fed');
    antennaToken = await tokenFor({ role: Role.ANTENNA, antennaId });
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
    neighbourhoodCode: 'crocetta',
    needs: [Need.LONELINESS],
    urgency: Urgency.MEDIUM,
    ageBand: AgeBand.AGE_80_PLUS,
    description: 'Il signore del civico 12 non si vede da tre giorni',
    consentToContact: true,
    ...over,
  });

  it('records a report with an owner desk and its event in the outbox, once per id', async () => {
    const cmd = input({ subject: { name: 'Canary Rossi', phone: '+39 02 1234567' } });
    const first = await rpc.call<ReportSummaryV1>(REQUEST_PATTERNS.reports.submit, cmd, antennaToken);
    const again = await rpc.call<ReportSummaryV1>(REQUEST_PATTERNS.reports.submit, cmd, antennaToken);
    expect(first).toMatchObject({ id: cmd.id, status: CoarseStatus.RECEIVED, needs: [Need.LONELINESS], advice: null });
    expect(again).toEqual(first);

    const rows = await query<{ owner_desk_id: string | null; description_sealed: Buffer; legal_basis: string }>(dbUrl, 'SELECT owner_desk_id, description_sealed, legal_basis FROM reports WHERE id = $1', [cmd.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0].owner_desk_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(rows[0].legal_basis).toBe('CONSENT');
    expect(rows[0].description_sealed.toString('utf8')).not.toContain('tre giorni');
    const outbox = await query<{ subject: string; payload: Record<string, unknown> }>(dbUrl, `SELECT subject, payload FROM outbox WHERE payload->>'reportId' = $1`, [cmd.id]);
    expect(outbox).toHaveLength(1);
    expect(outbox[0].subject).toBe(`${root}.${MUN}.report.submitted.v1`);
    expect(JSON.stringify(outbox[0].payload)).not.toMatch(/Canary|tre giorni|1234567/);
    await waitFor(async () => (await query(dbUrl, `SELECT 1 FROM outbox WHERE payload->>'reportId' = $1 AND published_at IS NOT NULL`, [cmd.id])).length === 1, 20_000, 'relay to publish');
  });

  it('answers EMERGENCY with the instruction to call 112 and still records it', async () => {
    const r = await rpc.call<ReportSummaryV1>(REQUEST_PATTERNS.reports.submit, input({ urgency: Urgency.EMERGENCY }), antennaToken);
    expect(r.advice).toContain('112');
  });

  it.each([
    ['an unknown neighbourhood', { neighbourhoodCode: 'atlantide' }, 'input.neighbourhoodCode'],
    ['no needs', { needs: [] }, 'input.needs'],
    ['a 50 kB description', { description: 'x'.repeat(50_000) }, 'input.description'],
    ['a wrong enum', { urgency: 'PANIC' }, 'input.urgency'],
    ['an id that is not a UUID', { id: 'abc' }, 'input.id'],
    ['a bad phone number', { subject: { phone: 'call me' } }, 'input.subject.phone'],
  ])('refuses %s naming the field, and writes nothing', async (_, over, field) => {
    const cmd = input(over);
    const err = await rpc.callError(REQUEST_PATTERNS.reports.submit, cmd, antennaToken);
    expect(err).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field });
    expect(await query(dbUrl, 'SELECT 1 FROM reports WHERE id::text = $1', [String(cmd.id)])).toHaveLength(0);
  });

  it('refuses a missing or forged token, other roles, and a suspended antenna', async () => {
    expect(await rpc.callError(REQUEST_PATTERNS.reports.submit, input())).toMatchObject({ code: ErrorCode.UNAUTHENTICATED });
    expect(await rpc.callError(REQUEST_PATTERNS.reports.submit, input(), antennaToken.slice(0, -4) + 'AAAA')).toMatchObject({ code: ErrorCode.UNAUTHENTICATED });
    expect(await rpc.callError(REQUEST_PATTERNS.reports.submit, input(), await tokenFor({ role: Role.ORG_OPERATOR, organisationId: randomUUID() }))).toMatchObject({ code: ErrorCode.FORBIDDEN });
    expect(await rpc.callError(REQUEST_PATTERNS.reports.submit, input(), await tokenFor({ role: Role.ANTENNA, antennaId: suspendedAntennaId }))).toMatchObject({ code: ErrorCode.FORBIDDEN });
  });

  it('refuses a person\'s access token sent straight on the bus, and an internal token replayed for another call', async () => {
    // What a process reading the bus could try: the access token a person holds, or the internal
    // token of one call, sent with another request. Only a token minted for this service, this
    // operation and this correlation id is accepted.
    expect(await rpc.callAsIsError(REQUEST_PATTERNS.reports.mine, { first: 1 }, antennaToken)).toMatchObject({ code: ErrorCode.UNAUTHENTICATED });
    const correlationId = randomUUID();
    const internal = await internalTokenFor(antennaToken, { service: 'reports', pattern: REQUEST_PATTERNS.reports.mine, correlationId });
    await expect(rpc.callAsIs(REQUEST_PATTERNS.reports.mine, { first: 1 }, internal, correlationId)).resolves.toMatchObject({ nodes: expect.any(Array) });
    expect(await rpc.callAsIsError(REQUEST_PATTERNS.reports.mine, { first: 1 }, internal)).toMatchObject({ code: ErrorCode.UNAUTHENTICATED });
    expect(await rpc.callAsIsError(REQUEST_PATTERNS.reports.submit, input(), internal, correlationId)).toMatchObject({ code: ErrorCode.UNAUTHENTICATED });
    const forAntennas = await internalTokenFor(antennaToken, { service: 'antennas', pattern: REQUEST_PATTERNS.reports.mine, correlationId });
    expect(await rpc.callAsIsError(REQUEST_PATTERNS.reports.mine, { first: 1 }, forAntennas, correlationId)).toMatchObject({ code: ErrorCode.UNAUTHENTICATED });
  });

  it('answers a retry with the same report, and other content under the same id with CONFLICT naming it; refuses the nil UUID', async () => {
    const cmd = input({ subject: { name: 'Maria Verdi' } });
    await rpc.call(REQUEST_PATTERNS.reports.submit, cmd, antennaToken);
    await expect(rpc.call(REQUEST_PATTERNS.reports.submit, { ...cmd, needs: [...cmd.needs] }, antennaToken)).resolves.toMatchObject({ id: cmd.id });
    for (const other of [{ description: 'Un’altra persona, un altro giorno' }, { urgency: Urgency.HIGH }, { subject: { name: 'Giulia Neri' } }, { needs: [Need.FOOD] }]) {
      expect(await rpc.callError(REQUEST_PATTERNS.reports.submit, { ...cmd, ...other }, antennaToken)).toMatchObject({ code: ErrorCode.CONFLICT, field: 'input.id', message: expect.stringContaining(cmd.id) });
    }
    expect(await query(dbUrl, 'SELECT 1 FROM reports WHERE id = $1', [cmd.id])).toHaveLength(1);
    expect(await rpc.callError(REQUEST_PATTERNS.reports.submit, input({ id: '00000000-0000-0000-0000-000000000000' }), antennaToken)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'input.id' });
  });

  it('writes nothing of its own when another submit of the same id wins, even with other identifying data', async () => {
    const subjectsBefore = Number((await query<{ n: string }>(dbUrl, 'SELECT count(*) AS n FROM subjects'))[0].n);
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    const outcomes = await Promise.all(
      ids.flatMap((id) =>
        [0, 1, 2, 3].map((i) =>
          // A different person for every submit: the same person under two ids would rightly share one subject.
          rpc.call<ReportSummaryV1>(REQUEST_PATTERNS.reports.submit, input({ id, subject: { name: `Persona ${i} del civico ${i + 10} (${id.slice(0, 8)})`, phone: `+39 02 555${i}000` } }), antennaToken).then(
            () => 'ok',
            (err: { code: string }) => err.code,
          ),
        ),
      ),
    );
    // One winner per id; every other submit is told the id is taken (its content differs).
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(3);
    expect(outcomes.filter((o) => o === ErrorCode.CONFLICT)).toHaveLength(9);
    expect(await query(dbUrl, 'SELECT 1 FROM reports WHERE id = ANY($1::uuid[])', [ids])).toHaveLength(3);
    const subjectsAfter = Number((await query<{ n: string }>(dbUrl, 'SELECT count(*) AS n FROM subjects'))[0].n);
    expect(subjectsAfter - subjectsBefore).toBe(3);
    expect(await query(dbUrl, 'SELECT 1 FROM subjects s WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.subject_id = s.id)')).toHaveLength(0);
  });

  it('refuses the same id from another antenna', async () => {
    const cmd = input();
    await rpc.call(REQUEST_PATTERNS.reports.submit, cmd, antennaToken);
    expect(await rpc.callError(REQUEST_PATTERNS.reports.submit, cmd, await tokenFor({ role: Role.ANTENNA, antennaId: suspendedAntennaId }))).toMatchObject({ code: ErrorCode.CONFLICT });
  });

  it('follows the referrals to the coarse state, ignoring stale and repeated events', async () => {
    const cmd = input();
    await rpc.call(REQUEST_PATTERNS.reports.submit, cmd, antennaToken);
    const base = { municipality: MUN, referralId: randomUUID(), reportId: cmd.id, organisationId: randomUUID(), serviceId: randomUUID(), needs: [Need.LONELINESS], neighbourhoodCode: 'crocetta', urgency: Urgency.MEDIUM };
    const status = async () => {
      const page = await rpc.call<Page<ReportSummaryV1>>(REQUEST_PATTERNS.reports.mine, { first: 100 }, antennaToken);
      return page.nodes.find((n) => n.id === cmd.id)?.status;
    };
    await bus.publish('referral.requested.v1', { ...base, to: ReferralStatus.REQUESTED, version: 1 });
    const accepted = await bus.publish('referral.accepted.v1', { ...base, from: ReferralStatus.REQUESTED, to: ReferralStatus.ACCEPTED, version: 2 });
    await waitFor(async () => (await status()) === CoarseStatus.IN_CARE, 20_000, 'IN_CARE');
    // The same event again under another message id (past JetStream's dedup): the inbox drops it.
    await bus.publish('referral.accepted.v1', { ...base, eventId: accepted, from: ReferralStatus.REQUESTED, to: ReferralStatus.ACCEPTED, version: 2 }, randomUUID());
    await bus.publish('referral.completed.v1', { ...base, from: ReferralStatus.IN_PROGRESS, to: ReferralStatus.COMPLETED, version: 4 });
    // A late, older move must not take it back.
    await bus.publish('referral.in-progress.v1', { ...base, from: ReferralStatus.ACCEPTED, to: ReferralStatus.IN_PROGRESS, version: 3 });
    await waitFor(async () => (await status()) === CoarseStatus.CLOSED, 20_000, 'CLOSED');
    await waitFor(async () => (await query(dbUrl, `SELECT 1 FROM inbox WHERE subject LIKE '%in-progress%'`)).length >= 1, 20_000, 'late event consumed');
    expect(await status()).toBe(CoarseStatus.CLOSED);
  });

  it('pages an antenna\'s reports newest first and refuses a foreign cursor', async () => {
    const page1 = await rpc.call<Page<ReportSummaryV1>>(REQUEST_PATTERNS.reports.mine, { first: 2 }, antennaToken);
    expect(page1.nodes).toHaveLength(2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = await rpc.call<Page<ReportSummaryV1>>(REQUEST_PATTERNS.reports.mine, { first: 2, after: page1.pageInfo.endCursor }, antennaToken);
    expect(page2.nodes[0].id).not.toBe(page1.nodes[1].id);
    expect(page2.nodes[0].submittedAt <= page1.nodes[1].submittedAt).toBe(true);
    expect(await rpc.callError(REQUEST_PATTERNS.reports.mine, { after: 'bogus' }, antennaToken)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'after' });
    expect(await rpc.callError(REQUEST_PATTERNS.reports.mine, { first: 1000 }, antennaToken)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'first' });
  });
});
