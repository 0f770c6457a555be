import { randomUUID } from 'node:crypto';
import { INestMicroservice } from '@nestjs/common';
import { jetstream } from '@nats-io/jetstream';
import { AgeBand, DashboardV1, ErrorCode, Need, ReferralStatus, Role, REQUEST_PATTERNS, SuppressedTableV1, Urgency, eventSubject } from '@prossimo/contracts';
import { loadSettings, startService } from '@prossimo/platform';
import { TEST_KEYS, TEST_NATS_URL, TestEventBus, TestRpcClient, cloneDatabase, deleteTestStreams, dropDatabase, query, tokenFor, uniqueRoot, waitFor } from '@prossimo/testing';
import { InsightsSettings } from '../src/config/insights.env';
import { InsightsModule } from '../src/insights.module';

const MUN = '015077';
/** Another municipality, for the report_totals cases: its months and neighbourhoods leave the fixture above untouched. */
const OTHER = '015146';
const K = 10;

/** Every figure shown is the true one and 0 or at least k; every true figure between 1 and k-1 is hidden. */
function expectOnlyLargeTrueFigures(t: SuppressedTableV1, raw: (row: string, column: string) => number): void {
  const check = (where: string, shown: number | null, value: number) => {
    const ctx = { where, value, shown };
    if (value > 0 && value < K) expect(ctx).toEqual({ ...ctx, shown: null });
    if (shown !== null) {
      expect(ctx).toEqual({ ...ctx, shown: value });
      expect(shown === 0 || shown >= K).toBe(true);
    }
  };
  const rowSums = t.rows.map((r) => t.columns.reduce((a, c) => a + raw(r, c), 0));
  t.rows.forEach((r, i) => t.columns.forEach((c, j) => check(`${r} × ${c}`, t.cells[i][j], raw(r, c))));
  t.rows.forEach((r, i) => check(`${r} total`, t.rowTotals[i], rowSums[i]));
  t.columns.forEach((c, j) => check(`${c} total`, t.columnTotals[j], t.rows.reduce((a, r) => a + raw(r, c), 0)));
  check('total', t.total, rowSums.reduce((a, b) => a + b, 0));
}

/**
 * The hidden entries (cells or totals) someone could work out from what is shown by subtraction:
 * every row and every column of the table with its totals is an equation, and an equation with a
 * single hidden term gives it away (repeated, as each entry found may give away the next).
 */
function recoverableBySubtraction(t: SuppressedTableV1): string[] {
  const R = t.rows.length;
  const C = t.columns.length;
  const ext: (number | null)[][] = [...t.cells.map((row, i) => [...row, t.rowTotals[i]]), [...t.columnTotals, t.total]];
  const name = (i: number, j: number) => `${i < R ? t.rows[i] : 'total'} × ${j < C ? t.columns[j] : 'total'}`;
  // Each equation: its terms and the entry they add up to.
  const equations: { terms: [number, number][]; sum: [number, number] }[] = [];
  for (let i = 0; i <= R; i++) equations.push({ terms: Array.from({ length: C }, (_, j) => [i, j] as [number, number]), sum: [i, C] });
  for (let j = 0; j <= C; j++) equations.push({ terms: Array.from({ length: R }, (_, i) => [i, j] as [number, number]), sum: [R, j] });
  const found: string[] = [];
  for (let progress = true; progress; ) {
    progress = false;
    for (const { terms, sum } of equations) {
      const all = [...terms, sum];
      const unknown = all.filter(([i, j]) => ext[i][j] === null);
      if (unknown.length !== 1) continue;
      const [ui, uj] = unknown[0];
      const known = terms.filter(([i, j]) => ext[i][j] !== null).reduce((a, [i, j]) => a + (ext[i][j] as number), 0);
      ext[ui][uj] = ui === sum[0] && uj === sum[1] ? known : (ext[sum[0]][sum[1]] as number) - known;
      found.push(name(ui, uj));
      progress = true;
    }
  }
  return found;
}

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
    const d = await rpc.call<DashboardV1>(REQUEST_PATTERNS.insights.dashboard, {}, analyst);
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
    const d = await rpc.call<DashboardV1>(REQUEST_PATTERNS.insights.dashboard, {}, analyst);
    expect(d.acceptance).toEqual({ count: 12, medianMinutes: 30, p90Minutes: 240 });
    // No referral went in progress: no first contact to time, nothing shown.
    expect(d.firstContact).toEqual({ count: null, medianMinutes: null, p90Minutes: null });
    expect(d.slaBreachesByMonth.total).toBe(11);
  });

  it('hides a lone unmet need and counts referrals by state', async () => {
    const d = await rpc.call<DashboardV1>(REQUEST_PATTERNS.insights.dashboard, {}, analyst);
    expect(d.unmetNeed.rows).toEqual(['crocetta']);
    expect(d.unmetNeed.cells[0][d.unmetNeed.columns.indexOf(Need.DOPO_DI_NOI)]).toBeNull();
    expect(d.referralsByState.cells[0][d.referralsByState.columns.indexOf(ReferralStatus.ACCEPTED)]).toBe(12);
    expect(d.deadLetters).toBe(0);
  });

  it('counts each report once by neighbourhood and month, all of them in the one month they were sent', async () => {
    const d = await rpc.call<DashboardV1>(REQUEST_PATTERNS.insights.dashboard, {}, analyst);
    const t = d.reportsByNeighbourhoodAndMonth;
    expect(t.rows).toEqual(['balsamo', 'crocetta']);
    expect(t.columns).toHaveLength(13);
    // balsamo 15 + 11 = 26 reports, crocetta 12 + 3 = 15: both at least k, so shown as they are.
    expect(t.rowTotals).toEqual([26, 15]);
    expect(t.total).toBe(total);
    for (const [i, expected] of [26, 15].entries()) expect(t.cells[i].filter((v) => v !== 0)).toEqual([expected]);
    expect(recoverableBySubtraction(t)).toEqual([]);
  });

  it('is for city analysts of their own municipality only', async () => {
    expect(await rpc.callError(REQUEST_PATTERNS.insights.dashboard, {}, await tokenFor({ role: Role.SOCIAL_WORKER }))).toMatchObject({ code: ErrorCode.FORBIDDEN });
    expect(await rpc.callError(REQUEST_PATTERNS.insights.dashboard, { municipality: '015146' }, analyst)).toMatchObject({ code: ErrorCode.FORBIDDEN });
    expect(await rpc.callError(REQUEST_PATTERNS.insights.dashboard, { from: 'last year' }, analyst)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'from' });
  });
  describe('reports counted once (report_totals)', () => {
    let otherAnalyst: string;

    beforeAll(async () => {
      otherAnalyst = await tokenFor({ role: Role.CITY_ANALYST, municipality: OTHER });
    });

    const reportEvent = (n: string, month: string, needs: Need[]) => ({
      municipality: OTHER, eventId: randomUUID(), reportId: randomUUID(), antennaId: randomUUID(), ownerDeskId: randomUUID(), neighbourhoodCode: n, needs,
      urgency: Urgency.MEDIUM, ageBand: AgeBand.AGE_80_PLUS, submittedAt: `${month}-15T12:00:00.000Z`, occurredAt: `${month}-15T12:00:00.000Z`,
    });

    /** Publishes one more event and waits for it: the consumer applies events in order, so everything sent before has been handled. */
    async function settled(): Promise<void> {
      const eventId = await bus.publish('referral.unmatched.v1', { municipality: OTHER, reportId: randomUUID(), neighbourhoodCode: 'sentinella', needs: [], occurredAt: '2023-01-15T12:00:00.000Z' });
      await waitFor(async () => (await query(dbUrl, `SELECT 1 FROM inbox WHERE event_id = $1`, [eventId])).length === 1, 30_000, 'the sentinel applied');
    }

    async function totalOf(n: string, month: string): Promise<number> {
      const rows = await query<{ count: number }>(dbUrl, `SELECT count FROM report_totals WHERE municipality = $1 AND neighbourhood_code = $2 AND month = $3`, [OTHER, n, `${month}-01`]);
      return rows[0]?.count ?? 0;
    }

    async function countsOf(n: string, month: string): Promise<Record<string, number>> {
      const rows = await query<{ need: string; count: number }>(dbUrl, `SELECT need, count FROM report_counts WHERE municipality = $1 AND neighbourhood_code = $2 AND month = $3`, [OTHER, n, `${month}-01`]);
      return Object.fromEntries(rows.map((r) => [r.need, r.count]));
    }

    it('adds a report with three needs once to report_totals and once per need to report_counts', async () => {
      const before = { total: await totalOf('tre-bisogni', '2024-01'), counts: await countsOf('tre-bisogni', '2024-01') };
      await bus.publish('report.submitted.v1', reportEvent('tre-bisogni', '2024-01', [Need.LONELINESS, Need.FOOD, Need.HOUSING]));
      await settled();
      expect(await totalOf('tre-bisogni', '2024-01')).toBe(before.total + 1);
      const after = await countsOf('tre-bisogni', '2024-01');
      const added = Object.fromEntries(Object.entries(after).map(([need, c]) => [need, c - (before.counts[need] ?? 0)]));
      expect(added).toEqual({ [Need.LONELINESS]: 1, [Need.FOOD]: 1, [Need.HOUSING]: 1 });
      expect(Object.values(added).reduce((a, b) => a + b, 0)).toBe(3);
    });

    it('counts the same event once however often it is delivered', async () => {
      const before = { total: await totalOf('tre-bisogni', '2024-01'), counts: await countsOf('tre-bisogni', '2024-01') };
      const e = reportEvent('tre-bisogni', '2024-01', [Need.LONELINESS, Need.WORK]);
      const js = jetstream(bus.nc);
      const subject = eventSubject(root, OTHER, 'report.submitted.v1');
      const data = JSON.stringify(e);
      expect((await js.publish(subject, data, { msgID: e.eventId })).duplicate).toBe(false);
      // The broker drops a resend with the same message id...
      expect((await js.publish(subject, data, { msgID: e.eventId })).duplicate).toBe(true);
      // ...but not one sent again after its duplicate window (another message id): the stream holds it twice and the consumer sees it twice.
      expect((await js.publish(subject, data, { msgID: `${e.eventId}:again` })).duplicate).toBe(false);
      await settled();
      expect(await query(dbUrl, `SELECT count(*)::int AS n FROM inbox WHERE event_id = $1`, [e.eventId])).toEqual([{ n: 1 }]);
      expect(await totalOf('tre-bisogni', '2024-01')).toBe(before.total + 1);
      const after = await countsOf('tre-bisogni', '2024-01');
      expect(after[Need.LONELINESS]).toBe((before.counts[Need.LONELINESS] ?? 0) + 1);
      expect(after[Need.WORK]).toBe((before.counts[Need.WORK] ?? 0) + 1);
      expect(after[Need.FOOD]).toBe(before.counts[Need.FOOD]);
      expect(after[Need.HOUSING]).toBe(before.counts[Need.HOUSING]);
      // Two reports in that neighbourhood-month, fewer than k: hidden on the dashboard.
      const d = await rpc.call<DashboardV1>(REQUEST_PATTERNS.insights.dashboard, { from: '2024-01', to: '2024-01' }, otherAnalyst);
      expect(d.reportsByNeighbourhoodAndMonth).toEqual({
        rows: ['tre-bisogni'], columns: ['2024-01-01'], cells: [[null]], rowTotals: [null], columnTotals: [null], total: null,
        // One report: small everywhere, "< 10" is true of each.
        reasons: { cells: [['small']], rowTotals: ['small'], columnTotals: ['small'], total: 'small' },
      });
    });

    describe('reportsByNeighbourhoodAndMonth, small cells hidden', () => {
      // Reports per neighbourhood × month (each report counted once, whatever its needs).
      const plan: [string, string, number][] = [
        ['alfa', '2024-06', 10], // exactly k
        ['beta', '2024-06', 12],
        ['gamma', '2024-07', 9], // k - 1
        ['delta', '2024-07', 1],
        ['epsilon', '2024-08', 11], // one row: 11 and 4
        ['epsilon', '2024-09', 4],
        ['zeta', '2024-10', 14], // one column: 14 and 2
        ['eta', '2024-10', 2],
      ];
      const raw = (n: string, m: string) => plan.find((p) => p[0] === n && `${p[1]}-01` === m)?.[2] ?? 0;
      const dashboard = (from: string, to: string) => rpc.call<DashboardV1>(REQUEST_PATTERNS.insights.dashboard, { from, to }, otherAnalyst);

      beforeAll(async () => {
        for (const [n, month, count] of plan) {
          // alfa's reports name two needs each: 20 per-need counts, still 10 reports.
          for (let i = 0; i < count; i++) await bus.publish('report.submitted.v1', reportEvent(n, month, n === 'alfa' ? [Need.FOOD, Need.WORK] : [Need.HOUSING]));
        }
        await settled();
      });

      it('shows a neighbourhood-month with at least k reports with its exact count', async () => {
        const d = await dashboard('2024-06', '2024-06');
        expect(d.reportsByNeighbourhoodAndMonth).toEqual({
          rows: ['alfa', 'beta'], columns: ['2024-06-01'], cells: [[10], [12]], rowTotals: [10, 12], columnTotals: [22], total: 22,
          reasons: { cells: [[null], [null]], rowTotals: [null, null], columnTotals: [null], total: null },
        });
        // The per-need table counts alfa's reports twice; this one does not.
        const byNeed = d.reportsByNeighbourhoodAndNeed;
        expect(byNeed.rowTotals[byNeed.rows.indexOf('alfa')]).toBe(20);
      });

      it('hides a neighbourhood-month with fewer than k reports, and shows no count between 1 and k-1', async () => {
        const t = (await dashboard('2024-07', '2024-07')).reportsByNeighbourhoodAndMonth;
        expect(t.rows).toEqual(['delta', 'gamma']);
        expect(t.cells).toEqual([[null], [null]]);
        expect(t.rowTotals).toEqual([null, null]);
        // 9 + 1 = 10 may be shown: it cannot be split back into the two.
        expectOnlyLargeTrueFigures(t, raw);
        expect(recoverableBySubtraction(t)).toEqual([]);
      });

      it('in a one-row table, never shows the row total next to all cells but one hidden one', async () => {
        const t = (await dashboard('2024-08', '2024-09')).reportsByNeighbourhoodAndMonth;
        expect(t.rows).toEqual(['epsilon']);
        expect(t.columns).toEqual(['2024-08-01', '2024-09-01']);
        expect(t.cells[0][1]).toBeNull();
        // 11 shown with the total 15 would give the 4 away.
        if (t.rowTotals[0] !== null || t.total !== null) expect(t.cells[0][0]).toBeNull();
        if (t.columnTotals[0] !== null) expect(t.rowTotals[0] === null && t.total === null).toBe(true);
        expectOnlyLargeTrueFigures(t, raw);
        expect(recoverableBySubtraction(t)).toEqual([]);
      });

      it('in a one-column table, never shows the column total next to all cells but one hidden one', async () => {
        const t = (await dashboard('2024-10', '2024-10')).reportsByNeighbourhoodAndMonth;
        expect(t.rows).toEqual(['eta', 'zeta']);
        expect(t.columns).toEqual(['2024-10-01']);
        expect(t.cells[0][0]).toBeNull();
        // 14 shown with the total 16 would give the 2 away.
        if (t.columnTotals[0] !== null || t.total !== null) expect(t.cells[1][0]).toBeNull();
        if (t.rowTotals[1] !== null) expect(t.columnTotals[0] === null && t.total === null).toBe(true);
        expectOnlyLargeTrueFigures(t, raw);
        expect(recoverableBySubtraction(t)).toEqual([]);
      });

      it('over the whole range: every neighbourhood a row, every month a column, what is shown true and nothing recoverable', async () => {
        const t = (await dashboard('2024-06', '2024-10')).reportsByNeighbourhoodAndMonth;
        expect(t.rows).toEqual([...new Set(plan.map((p) => p[0]))].sort());
        expect(t.columns).toEqual(['2024-06-01', '2024-07-01', '2024-08-01', '2024-09-01', '2024-10-01']);
        expectOnlyLargeTrueFigures(t, raw);
        expect(recoverableBySubtraction(t)).toEqual([]);
        const visible = [...t.cells.flat(), ...t.rowTotals, ...t.columnTotals, t.total].filter((v): v is number => v !== null);
        expect(visible.filter((v) => v > 0 && v < K)).toEqual([]);
        // Not vacuous: some large counts shown.
        expect(visible.filter((v) => v >= K).length).toBeGreaterThan(0);
      });
    });
  });
});
