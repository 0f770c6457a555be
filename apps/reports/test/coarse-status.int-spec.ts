import { randomBytes, randomUUID } from 'node:crypto';
import { INestMicroservice } from '@nestjs/common';
import {
  AgeBand, AntennaKind, AntennaStatus, ClosureReason, CoarseStatus, EventType, Need, Page, REFERRAL_EVENT_BY_STATUS, ReferralStatus, ReportDetailV1, ReportSummaryV1,
  Role, REQUEST_PATTERNS, Urgency,
} from '@prossimo/contracts';
import { loadSettings, startService } from '@prossimo/platform';
import { TEST_KEYS, TEST_NATS_URL, TestEventBus, TestRpcClient, cloneDatabase, deleteTestStreams, dropDatabase, query, tokenFor, uniqueRoot, waitFor } from '@prossimo/testing';
import { ReportsSettings } from '../src/config/reports.env';
import { ReportsModule } from '../src/reports.module';

const MUN = '015077';

/**
 * The antenna's coarse state through the real events and commands (issue 13): every path to
 * RECEIVED, IN_CARE, CLOSED and WITHDRAWN. A rejected or expired referral whose needs went nowhere
 * never reads «chiusa»; a withdrawn report reads «ritirata», to its antenna and to the desk.
 */
describe('coarse state through events and casework (real PostgreSQL and NATS)', () => {
  let dbUrl: string;
  let root: string;
  let sut: INestMicroservice;
  let rpc: TestRpcClient;
  let bus: TestEventBus;
  const antennaId = randomUUID();
  let antenna: string;
  let worker: string;

  beforeAll(async () => {
    dbUrl = await cloneDatabase('reports');
    root = uniqueRoot();
    const settings = loadSettings(ReportsSettings, {
      DATABASE_URL: dbUrl, NATS_URL: TEST_NATS_URL, SUBJECT_ROOT: root, AUTH_PUBLIC_KEY: TEST_KEYS.publicKey,
      REPORTS_MASTER_KEY: randomBytes(32).toString('base64'), RETENTION_SWEEP_INTERVAL_MS: '0', LOG_LEVEL: 'silent',
    });
    bus = await TestEventBus.connect(TEST_NATS_URL, root);
    sut = await startService(ReportsModule.register(settings), settings, 'reports');
    rpc = await TestRpcClient.connect(TEST_NATS_URL, root);
    await bus.publish('neighbourhood.defined.v1', { municipality: MUN, code: 'crocetta', name: 'Crocetta', population: 8000, approximate: true });
    await bus.publish('antenna.status-changed.v1', { municipality: MUN, antennaId, kind: AntennaKind.SHOP, neighbourhoodCode: 'crocetta', to: AntennaStatus.ACTIVE });
    await waitFor(async () => (await query(dbUrl, 'SELECT 1 FROM desks')).length === 1 && (await query(dbUrl, `SELECT 1 FROM antennas WHERE status = 'ACTIVE'`)).length === 1, 20_000, 'projections');
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

  const submit = async (needs: Need[] = [Need.FOOD]) => {
    const id = randomUUID();
    await rpc.call<ReportSummaryV1>(REQUEST_PATTERNS.reports.submit, { id, neighbourhoodCode: 'crocetta', needs, urgency: Urgency.MEDIUM, ageBand: AgeBand.AGE_80_PLUS, description: 'Non si vede da giorni', consentToContact: false }, antenna);
    return id;
  };
  const coarse = async (id: string) => (await rpc.call<Page<ReportSummaryV1>>(REQUEST_PATTERNS.reports.mine, { first: 100 }, antenna)).nodes.find((n) => n.id === id)?.status;

  /** One referral of a report, moved through statuses by its events (each version once, as referrals publishes them). */
  const referral = (reportId: string, needs: Need[]) => {
    const base = { municipality: MUN, referralId: randomUUID(), reportId, organisationId: randomUUID(), serviceId: randomUUID(), needs, neighbourhoodCode: 'crocetta', urgency: Urgency.MEDIUM };
    let version = 0;
    let from: ReferralStatus | undefined;
    return async (...path: ReferralStatus[]) => {
      for (const to of path) {
        version += 1;
        await bus.publish(REFERRAL_EVENT_BY_STATUS[to] as 'referral.accepted.v1', { ...base, ...(from ? { from } : {}), to, version });
        from = to;
      }
      const v = version;
      await waitFor(async () => (await query(dbUrl, 'SELECT 1 FROM report_referrals WHERE referral_id = $1 AND version = $2', [base.referralId, v])).length === 1, 20_000, `referral at version ${v}`);
    };
  };
  const S = ReferralStatus;

  it('RECEIVED: submitted; requested; its only referral rejected (or expired) with no service left', async () => {
    const id = await submit();
    expect(await coarse(id)).toBe(CoarseStatus.RECEIVED);
    const first = referral(id, [Need.FOOD]);
    await first(S.REQUESTED);
    expect(await coarse(id)).toBe(CoarseStatus.RECEIVED);
    await first(S.REJECTED);
    expect(await coarse(id)).toBe(CoarseStatus.RECEIVED);

    const expired = await submit();
    await referral(expired, [Need.FOOD])(S.REQUESTED, S.CANCELLED);
    expect(await coarse(expired)).toBe(CoarseStatus.RECEIVED);
  });

  it('IN_CARE: a referral accepted; the desk took it in hand; a referral failed', async () => {
    const accepted = await submit();
    await referral(accepted, [Need.FOOD])(S.REQUESTED, S.ACCEPTED);
    expect(await coarse(accepted)).toBe(CoarseStatus.IN_CARE);

    const taken = await submit();
    await referral(taken, [Need.FOOD])(S.REQUESTED, S.REJECTED);
    await rpc.call(REQUEST_PATTERNS.reports.take, { reportId: taken }, worker);
    expect(await coarse(taken)).toBe(CoarseStatus.IN_CARE);

    const failed = await submit();
    await referral(failed, [Need.FOOD])(S.REQUESTED, S.ACCEPTED, S.IN_PROGRESS, S.FAILED);
    expect(await coarse(failed)).toBe(CoarseStatus.IN_CARE);
  });

  it('never CLOSED while a need went nowhere: one need completed, the other rejected with no service left', async () => {
    const id = await submit([Need.FOOD, Need.HOUSING]);
    const food = referral(id, [Need.FOOD]);
    const housing = referral(id, [Need.HOUSING]);
    await food(S.REQUESTED);
    await housing(S.REQUESTED, S.REJECTED);
    await food(S.ACCEPTED, S.IN_PROGRESS, S.COMPLETED);
    expect(await coarse(id)).toBe(CoarseStatus.IN_CARE);
    // The desk still holds it; the antenna learns «chiusa» only when the desk closes it.
    await rpc.call(REQUEST_PATTERNS.reports.close, { reportId: id, reason: ClosureReason.NO_CAPACITY }, worker);
    expect(await coarse(id)).toBe(CoarseStatus.CLOSED);
  });

  it('CLOSED: every need answered by a completed referral, a rejection re-routed included', async () => {
    const id = await submit([Need.FOOD, Need.HOUSING]);
    await referral(id, [Need.FOOD, Need.HOUSING])(S.REQUESTED, S.REJECTED);
    const next = referral(id, [Need.FOOD, Need.HOUSING]);
    await next(S.REQUESTED, S.ACCEPTED, S.IN_PROGRESS);
    expect(await coarse(id)).toBe(CoarseStatus.IN_CARE);
    await next(S.COMPLETED);
    expect(await coarse(id)).toBe(CoarseStatus.CLOSED);
  });

  it('CLOSED: the desk closed it, with nothing accepted', async () => {
    const id = await submit();
    await rpc.call(REQUEST_PATTERNS.reports.close, { reportId: id, reason: ClosureReason.NOT_ELIGIBLE }, worker);
    expect(await coarse(id)).toBe(CoarseStatus.CLOSED);
  });

  it('WITHDRAWN: the antenna withdrew it; later referral events (cancelled, a referral in progress completing) keep it «ritirata»', async () => {
    const id = await submit([Need.FOOD, Need.HOUSING]);
    const food = referral(id, [Need.FOOD]);
    const housing = referral(id, [Need.HOUSING]);
    await food(S.REQUESTED, S.ACCEPTED, S.IN_PROGRESS);
    await housing(S.REQUESTED);
    await rpc.call(REQUEST_PATTERNS.reports.withdraw, { reportId: id, reason: 'Fatta per errore' }, antenna);
    expect(await coarse(id)).toBe(CoarseStatus.WITHDRAWN);
    await housing(S.CANCELLED);
    await food(S.COMPLETED);
    expect(await coarse(id)).toBe(CoarseStatus.WITHDRAWN);
    const d = await rpc.call<ReportDetailV1>(REQUEST_PATTERNS.reports.open, { reportId: id }, worker);
    expect(d.status).toBe(CoarseStatus.WITHDRAWN);
    expect(d.withdrawnAt).not.toBeNull();
    const [row] = await query<{ status: string }>(dbUrl, 'SELECT status FROM reports WHERE id = $1', [id]);
    expect(row.status).toBe('WITHDRAWN');
  });
});
