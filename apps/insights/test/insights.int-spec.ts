import { randomUUID } from 'node:crypto';
import { INestMicroservice } from '@nestjs/common';
import { AgeBand, DashboardV1, ErrorCode, Need, ReferralStatus, Role, RPC, Urgency } from '@prossimo/contracts';
import { loadSettings, startService } from '@prossimo/platform';
import { TEST_KEYS, TEST_NATS_URL, TestEventBus, TestRpcClient, cloneDatabase, deleteTestStreams, dropDatabase, query, tokenFor, uniqueRoot, waitFor } from '@prossimo/testing';
import { InsightsSettings } from '../src/config/insights.env';
import { InsightsModule } from '../src/insights.module';

const MUN = '015077';

/** The city's aggregates against a hand-computed fixture, with small cells hidden so none can be recomputed. */
describe('insights (real PostgreSQL and NATS)', () => {
  let dbUrl: string;
  const root = uniqueRoot('ins');
  let sut: INestMicroservice;
  let bus: TestEventBus;
  let rpc: TestRpcClient;
  let analyst: string;

  // reports per neighbourhood × need: balsamo LONELINESS 15, FOOD 11; crocetta LONELINESS 12, FOOD 3
  const fixture: [string, Need, number][] = [
    ['balsamo', Need.LONELINESS, 15],
    ['balsamo', Need.FOOD, 11],
    ['crocetta', Need.LONELINESS, 12],
    ['crocetta', Need.FOOD, 3],
  ];
  const total = fixture.reduce((a, f) => a + f[2], 0);

  beforeAll(async () => {
    dbUrl = await cloneDatabase('insights');
    const settings = loadSettings(InsightsSettings, { DATABASE_URL: dbUrl, NATS_URL: TEST_NATS_URL, SUBJECT_ROOT: root, AUTH_PUBLIC_KEY: TEST_KEYS.publicKey, LOG_LEVEL: 'silent' });
    bus = await TestEventBus.connect(TEST_NATS_URL, root);
    sut = await startService(InsightsModule.register(settings), settings, 'insights');
    rpc = await TestRpcClient.connect(TEST_NATS_URL, root);
    analyst = await tokenFor({ role: Role.CITY_ANALYST });

    const now = Date.now();
    let accepted = 0;
    for (const [n, need, count] of fixture) {
      for (let i = 0; i < count; i++) {
        const reportId = randomUUID();
        const submittedAt = new Date(now - 6 * 3600_000).toISOString();
        await bus.publish('report.submitted.v1', { municipality: MUN, reportId, antennaId: randomUUID(), ownerDeskId: randomUUID(), neighbourhoodCode: n, needs: [need], urgency: Urgency.MEDIUM, ageBand: AgeBand.AGE_80_PLUS, submittedAt });
        // Twelve reports accepted: ten after 20 minutes, two after three hours.
        if (accepted < 12) {
          const minutes = accepted < 10 ? 20 : 180;
          await bus.publish('referral.accepted.v1', {
            municipality: MUN, referralId: randomUUID(), reportId, organisationId: randomUUID(), serviceId: randomUUID(), needs: [need], neighbourhoodCode: n,
            urgency: Urgency.MEDIUM, from: ReferralStatus.REQUESTED, to: ReferralStatus.ACCEPTED, version: 2, occurredAt: new Date(now - 6 * 3600_000 + minutes * 60_000).toISOString(),
          });
          accepted++;
        }
      }
    }
    await bus.publish('referral.unmatched.v1', { municipality: MUN, reportId: randomUUID(), neighbourhoodCode: 'crocetta', needs: [Need.DOPO_DI_NOI] });
    // Eleven referrals expired (SLA breaches): ten of them count, the late duplicate delivery does not.
    for (let i = 0; i < 11; i++) {
      await bus.publish('referral.cancelled.v1', {
        municipality: MUN, referralId: randomUUID(), reportId: randomUUID(), organisationId: randomUUID(), serviceId: randomUUID(), needs: [Need.FOOD], neighbourhoodCode: 'balsamo',
        urgency: Urgency.HIGH, from: ReferralStatus.REQUESTED, to: ReferralStatus.CANCELLED, version: 2, reasonCode: 'expired',
      });
    }
    await waitFor(async () => (await query<{ n: number }>(dbUrl, `SELECT count(*)::int AS n FROM inbox`))[0].n === total + 13 + 11, 30_000, 'every event applied');
  });

  afterAll(async () => {
    await rpc?.close();
    await bus?.close();
    await sut?.close();
    await deleteTestStreams(root);
    await dropDatabase(dbUrl);
  });

  it('counts reports per neighbourhood and need, hiding small cells so that none can be recomputed', async () => {
    const d = await rpc.call<DashboardV1>(RPC.insights.dashboard, {}, analyst);
    const t = d.reportsByNeighbourhoodAndNeed;
    expect(t.rows).toEqual(['balsamo', 'crocetta']);
    const cell = (r: string, c: Need) => t.cells[t.rows.indexOf(r)][t.columns.indexOf(c)];
    expect(cell('crocetta', Need.FOOD)).toBeNull();
    // Whatever is shown is true.
    for (const [n, need, count] of fixture) if (cell(n, need) !== null) expect(cell(n, need)).toBe(count);
    // No hidden entry is the only hidden one of its row or column when that row's or column's total is shown.
    t.cells.forEach((row, i) => {
      const hidden = row.filter((v) => v === null).length;
      if (hidden > 0 && t.rowTotals[i] !== null) expect(hidden).toBeGreaterThanOrEqual(2);
    });
    t.columns.forEach((_, j) => {
      const hidden = t.cells.filter((row) => row[j] === null).length;
      if (hidden > 0 && t.columnTotals[j] !== null) expect(hidden).toBeGreaterThanOrEqual(2);
    });
    if (t.total !== null) expect(t.total).toBe(total);
  });

  it('reads the median and 90th percentile time to acceptance from the histogram', async () => {
    const d = await rpc.call<DashboardV1>(RPC.insights.dashboard, {}, analyst);
    expect(d.acceptance).toEqual({ count: 12, medianMinutes: 30, p90Minutes: 240 });
    // No referral went in progress: no first contact to time, nothing shown.
    expect(d.firstContact).toEqual({ count: null, medianMinutes: null, p90Minutes: null });
    expect(d.slaBreachesByMonth.total).toBe(11);
  });

  it('hides a lone unmet need and counts referrals by state', async () => {
    const d = await rpc.call<DashboardV1>(RPC.insights.dashboard, {}, analyst);
    expect(d.unmetNeed.rows).toEqual(['crocetta']);
    expect(d.unmetNeed.cells[0][d.unmetNeed.columns.indexOf(Need.DOPO_DI_NOI)]).toBeNull();
    expect(d.referralsByState.cells[0][d.referralsByState.columns.indexOf(ReferralStatus.ACCEPTED)]).toBe(12);
    expect(d.deadLetters).toBe(0);
  });

  it('is for city analysts of their own municipality only', async () => {
    expect(await rpc.callError(RPC.insights.dashboard, {}, await tokenFor({ role: Role.SOCIAL_WORKER }))).toMatchObject({ code: ErrorCode.FORBIDDEN });
    expect(await rpc.callError(RPC.insights.dashboard, { municipality: '015146' }, analyst)).toMatchObject({ code: ErrorCode.FORBIDDEN });
    expect(await rpc.callError(RPC.insights.dashboard, { from: 'last year' }, analyst)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'from' });
  });
});
