import { INestMicroservice } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DashboardV1, Need, ReferralStatus, Role, REQUEST_PATTERNS, SuppressedTableV1 } from '@prossimo/contracts';
import { DEMO_MUNICIPALITY, DEMO_NEIGHBOURHOODS } from '@prossimo/demo';
import { dataSourceOptions, loadSettings, startService } from '@prossimo/platform';
import { TEST_KEYS, TEST_NATS_URL, TestRpcClient, cloneDatabase, deleteTestStreams, dropDatabase, query, tokenFor, uniqueRoot } from '@prossimo/testing';
import { InsightsSettings } from '../src/config/insights.env';
import { INSIGHTS_DATABASE } from '../src/database/insights.database';
import { demoHistoryMonths, runInsightsDemoSeed, seedInsightsDemo } from '../src/demo/demo.seed';
import { InsightsModule } from '../src/insights.module';

/**
 * 23:30 UTC on 28 February is already 1 March in Rome: the current month is March 2026, so the
 * history is March 2025 – February 2026 (in UTC it would wrongly be February 2025 – January 2026).
 */
const NOW = new Date('2026-02-28T23:30:00Z');
const EXPECTED_MONTHS = ['2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02'].map((m) => `${m}-01`);
const CURRENT_MONTH = '2026-03-01';
const K = 10;
/** Every table the history writes, with a stable order for comparing two seeded databases. */
const TABLES: Record<string, string> = {
  report_counts: 'SELECT municipality, neighbourhood_code, need, month::text AS month, count FROM report_counts ORDER BY 1, 2, 3, 4',
  unmet_needs: 'SELECT municipality, neighbourhood_code, need, month::text AS month, count FROM unmet_needs ORDER BY 1, 2, 3, 4',
  duration_histograms: 'SELECT municipality, metric, month::text AS month, bucket, count FROM duration_histograms ORDER BY 1, 2, 3, 4',
  sla_breaches: 'SELECT municipality, month::text AS month, count FROM sla_breaches ORDER BY 1, 2',
  referral_states: 'SELECT referral_id, municipality, status, version, month::text AS month FROM referral_states ORDER BY 1',
  report_totals: 'SELECT municipality, neighbourhood_code, month::text AS month, count FROM report_totals ORDER BY 1, 2, 3',
  volunteer_hours: 'SELECT municipality, neighbourhood_code, month::text AS month, minutes, records FROM volunteer_hours ORDER BY 1, 2, 3',
  outcome_counts: 'SELECT municipality, neighbourhood_code, month::text AS month, phase, band, count FROM outcome_counts ORDER BY 1, 2, 3, 4, 5',
  pathway_counts: 'SELECT municipality, neighbourhood_code, month::text AS month, kind, move, count FROM pathway_counts ORDER BY 1, 2, 3, 4, 5',
  pathway_action_counts: 'SELECT municipality, neighbourhood_code, month::text AS month, kind, action, tagged, untagged FROM pathway_action_counts ORDER BY 1, 2, 3, 4, 5',
};
/** The synthetic history's per-need counts average this many needs per report (demo.seed.ts). */
const NEEDS_PER_REPORT = 1.35;

/** report_totals as the seed should derive it: greatest(1, round(per-need sum / 1.35)) per neighbourhood × month, keyed `municipality|code|month`. */
async function expectedTotals(url: string): Promise<Record<string, number>> {
  const sums = await query<{ municipality: string; n: string; month: string; sum: number }>(
    url, `SELECT municipality, neighbourhood_code AS n, month::text AS month, sum(count)::int AS sum FROM report_counts GROUP BY 1, 2, 3`,
  );
  // sum / 1.35 = 20 sum / 27 is never exactly halfway between two integers, so Math.round agrees with PostgreSQL's round.
  return Object.fromEntries(sums.map((r) => [`${r.municipality}|${r.n}|${r.month}`, Math.max(1, Math.round(r.sum / NEEDS_PER_REPORT))]));
}

async function actualTotals(url: string): Promise<Record<string, number>> {
  const rows = await query<{ municipality: string; n: string; month: string; count: number }>(
    url, `SELECT municipality, neighbourhood_code AS n, month::text AS month, count FROM report_totals`,
  );
  return Object.fromEntries(rows.map((r) => [`${r.municipality}|${r.n}|${r.month}`, r.count]));
}

async function dump(url: string): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const [name, sql] of Object.entries(TABLES)) out[name] = await query(url, sql);
  return out;
}

describe('insights demo history and its dashboard (real PostgreSQL and NATS)', () => {
  let dbUrl: string;
  let twinUrl: string;
  const root = uniqueRoot('insdemo');
  let sut: INestMicroservice;
  let rpc: TestRpcClient;
  let analyst: string;
  let firstRun: Awaited<ReturnType<typeof runInsightsDemoSeed>>;

  beforeAll(async () => {
    [dbUrl, twinUrl] = await Promise.all([cloneDatabase('insights'), cloneDatabase('insights')]);
    const settings = loadSettings(InsightsSettings, { DATABASE_URL: dbUrl, NATS_URL: TEST_NATS_URL, SUBJECT_ROOT: root, AUTH_PUBLIC_KEY: TEST_KEYS.publicKey, LOG_LEVEL: 'silent' });
    sut = await startService(InsightsModule.register(settings, { clock: () => NOW }), settings, 'insights');
    rpc = await TestRpcClient.connect(TEST_NATS_URL, root);
    analyst = await tokenFor({ role: Role.CITY_ANALYST, municipality: DEMO_MUNICIPALITY });
    firstRun = await runInsightsDemoSeed(dbUrl, NOW);
  });

  afterAll(async () => {
    await rpc?.close();
    await sut?.close();
    await deleteTestStreams(root);
    await dropDatabase(dbUrl);
    await dropDatabase(twinUrl);
  });

  describe('seed', () => {
    it('covers exactly the twelve months before the current Rome month', async () => {
      expect(demoHistoryMonths(NOW)).toEqual(EXPECTED_MONTHS);
      expect(firstRun.months).toBe(12);
      for (const table of ['report_counts', 'duration_histograms', 'sla_breaches', 'referral_states', 'report_totals', 'outcome_counts']) {
        const months = await query<{ month: string }>(dbUrl, `SELECT DISTINCT month::text AS month FROM ${table} ORDER BY 1`);
        expect(months.map((m) => m.month)).toEqual(EXPECTED_MONTHS);
      }
      const unmet = await query<{ month: string }>(dbUrl, 'SELECT DISTINCT month::text AS month FROM unmet_needs');
      for (const { month } of unmet) expect(EXPECTED_MONTHS).toContain(month);
      // One SLA-breach row per month.
      expect(await query(dbUrl, 'SELECT count(*)::int AS n FROM sla_breaches')).toEqual([{ n: 12 }]);
    });

    it('puts nothing in the current month (nor later, nor before the year)', async () => {
      for (const table of Object.keys(TABLES)) {
        const outside = await query(dbUrl, `SELECT 1 FROM ${table} WHERE month >= $1 OR month < $2`, [CURRENT_MONTH, EXPECTED_MONTHS[0]]);
        expect({ table, outside: outside.length }).toEqual({ table, outside: 0 });
      }
    });

    it('writes aggregates of the demo municipality and its neighbourhoods only, and reports what it wrote', async () => {
      const codes = new Set(DEMO_NEIGHBOURHOODS.features.map((f) => f.properties.code));
      const rows = await query<{ municipality: string; neighbourhood_code: string; need: string; count: number }>(dbUrl, 'SELECT municipality, neighbourhood_code, need, count FROM report_counts');
      expect(rows.length).toBe(firstRun.reportCounts);
      expect(firstRun.reportCounts).toBeGreaterThan(0);
      for (const r of rows) {
        expect(r.municipality).toBe(DEMO_MUNICIPALITY);
        expect(codes.has(r.neighbourhood_code)).toBe(true);
        expect(Object.values(Need)).toContain(r.need);
        expect(r.count).toBeGreaterThan(0);
      }
      expect(await query(dbUrl, 'SELECT count(*)::int AS n FROM referral_states')).toEqual([{ n: firstRun.referrals }]);
      expect(firstRun.referrals).toBeGreaterThan(0);
      // Older months have settled: open states only in the last two months.
      const open = await query<{ month: string }>(dbUrl, `SELECT DISTINCT month::text AS month FROM referral_states WHERE status IN ('IN_PROGRESS', 'ACCEPTED', 'ON_HOLD')`);
      for (const { month } of open) expect(EXPECTED_MONTHS.slice(-2)).toContain(month);
      for (const table of ['unmet_needs', 'duration_histograms', 'sla_breaches', 'referral_states']) {
        expect(await query(dbUrl, `SELECT DISTINCT municipality FROM ${table}`)).toEqual([{ municipality: DEMO_MUNICIPALITY }]);
      }
    });

    it('counts the synthetic reports once each (report_totals) for exactly the twelve months, from the per-need counts', async () => {
      const months = await query<{ month: string }>(dbUrl, 'SELECT DISTINCT month::text AS month FROM report_totals ORDER BY 1');
      expect(months.map((m) => m.month)).toEqual(EXPECTED_MONTHS);
      const expected = await expectedTotals(dbUrl);
      // One row per neighbourhood-month that has per-need counts, no other, each greatest(1, round(sum / 1.35)).
      expect(await actualTotals(dbUrl)).toEqual(expected);
      expect(Object.keys(expected).length).toBeGreaterThan(12);
      expect(await query(dbUrl, 'SELECT DISTINCT municipality FROM report_totals')).toEqual([{ municipality: DEMO_MUNICIPALITY }]);
      // A report counted once is never more than its per-need counts.
      const over = await query(
        dbUrl,
        `SELECT t.neighbourhood_code FROM report_totals t JOIN (SELECT municipality, neighbourhood_code, month, sum(count) AS s FROM report_counts GROUP BY 1, 2, 3) c USING (municipality, neighbourhood_code, month) WHERE t.count > c.s OR t.count < 1`,
      );
      expect(over).toEqual([]);
    });

    it('runs only once: a second run, even months later, adds nothing (demo_seeds marker)', async () => {
      const before = await dump(dbUrl);
      expect(await runInsightsDemoSeed(dbUrl, NOW)).toEqual({ months: 0, reportCounts: 0, referrals: 0 });
      expect(await runInsightsDemoSeed(dbUrl, new Date('2026-09-15T10:00:00Z'))).toEqual({ months: 0, reportCounts: 0, referrals: 0 });
      expect(await dump(dbUrl)).toEqual(before);
      // Four markers: the history, its reports counted once, its prescriptions and volunteer hours, its outcomes and pathways, each loaded once.
      expect(await query(dbUrl, 'SELECT name FROM demo_seeds ORDER BY 1')).toEqual([{ name: 'history' }, { name: 'history-prescriptions' }, { name: 'history-report-totals' }, { name: 'history-wellbeing' }]);
    });

    it('has prescriptions among the referrals and volunteer hours, so the dashboard shows a first-attendance rate and hours', async () => {
      const d = await rpc.call<DashboardV1>(REQUEST_PATTERNS.insights.dashboard, {}, analyst);
      expect(d.prescriptionsByState.total).toBeGreaterThanOrEqual(10);
      expect(d.firstAttendance.ratePercent).toBeGreaterThan(40);
      expect(d.firstAttendance.ratePercent).toBeLessThan(95);
      expect(d.firstAttendance.accepted).toBeGreaterThan(d.firstAttendance.firstAttended!);
      expect(d.volunteerHoursByNeighbourhoodAndMonth.rows.length).toBeGreaterThan(3);
      expect(d.volunteerHoursByNeighbourhoodAndMonth.total).toBeGreaterThan(100);
      const [{ n }] = await query<{ n: number }>(dbUrl, `SELECT count(*)::int AS n FROM referral_states WHERE target_kind = 'INITIATIVE'`);
      expect(n).toBeLessThan(firstRun.referrals / 4);
    });

    it('a second run adds no report_totals, not even months later', async () => {
      const before = await query(dbUrl, TABLES.report_totals);
      await runInsightsDemoSeed(dbUrl, NOW);
      await runInsightsDemoSeed(dbUrl, new Date('2026-09-15T10:00:00Z'));
      expect(await query(dbUrl, TABLES.report_totals)).toEqual(before);
      expect(await query(dbUrl, `SELECT count(*)::int AS n FROM demo_seeds WHERE name = 'history-report-totals'`)).toEqual([{ n: 1 }]);
    });

    it('gives a demo seeded before report_totals existed its report_totals on the next run, leaving the history as it was', async () => {
      const legacyUrl = await cloneDatabase('insights');
      try {
        // An install seeded before this change: the history and its marker, no report_totals and no marker for them.
        await runInsightsDemoSeed(legacyUrl, NOW);
        await query(legacyUrl, `DELETE FROM demo_seeds WHERE name = 'history-report-totals'`);
        await query(legacyUrl, 'DELETE FROM report_totals');
        expect(await query(legacyUrl, 'SELECT name FROM demo_seeds ORDER BY 1')).toEqual([{ name: 'history' }, { name: 'history-prescriptions' }, { name: 'history-wellbeing' }]);
        const before = await dump(legacyUrl);
        expect(before.report_totals).toEqual([]);

        // The history is not loaded again, and the upgrade, although it runs seven months later,
        // counts the months the history was made for (never a later, real month)...
        expect(await runInsightsDemoSeed(legacyUrl, new Date(NOW.getTime() + 210 * 24 * 3600 * 1000))).toEqual({ months: 0, reportCounts: 0, referrals: 0 });
        const after = await dump(legacyUrl);
        const withoutTotals = (tables: Record<string, unknown[]>) => Object.fromEntries(Object.entries(tables).filter(([name]) => name !== 'report_totals'));
        expect(withoutTotals(after)).toEqual(withoutTotals(before));
        // ...but its reports counted once are, for the twelve months, as on a fresh install.
        expect(await actualTotals(legacyUrl)).toEqual(await expectedTotals(legacyUrl));
        expect(after.report_totals).toEqual(await query(dbUrl, TABLES.report_totals));
        expect(await query(legacyUrl, 'SELECT name FROM demo_seeds ORDER BY 1')).toEqual([{ name: 'history' }, { name: 'history-prescriptions' }, { name: 'history-report-totals' }, { name: 'history-wellbeing' }]);

        // And only once.
        await runInsightsDemoSeed(legacyUrl, NOW);
        expect(await dump(legacyUrl)).toEqual(after);
      } finally {
        await dropDatabase(legacyUrl);
      }
    });

    it('is deterministic: another database seeded for the same month holds exactly the same rows', async () => {
      const ds = new DataSource(dataSourceOptions(twinUrl, INSIGHTS_DATABASE, 1));
      await ds.initialize();
      try {
        // Another instant of the same Rome month: the history depends on the month only.
        expect(await ds.transaction((em) => seedInsightsDemo(em, new Date('2026-03-20T12:00:00Z')))).toEqual(firstRun);
      } finally {
        await ds.destroy();
      }
      expect(await dump(twinUrl)).toEqual(await dump(dbUrl));
    });
  });

  describe('dashboard over the seeded history', () => {
    let d: DashboardV1;

    /** Checks a published table against the raw counts: small counts hidden, what is shown true and ≥ k (or 0). */
    function checkTable(name: string, t: SuppressedTableV1, raw: (row: string, column: string) => number): { shownLarge: number; hiddenSmall: number } {
      let shownLarge = 0;
      let hiddenSmall = 0;
      const check = (where: string, shown: number | null, value: number, reason: string | null | undefined) => {
        const ctx = { table: name, where, value, shown };
        // The reason next to each hidden count never says "< k" of a count of k or more.
        expect({ ...ctx, reason }).toEqual({ ...ctx, reason: shown !== null ? null : value > 0 && value < K ? 'small' : 'complementary' });
        if (value > 0 && value < K) {
          expect(ctx).toEqual({ ...ctx, shown: null });
          hiddenSmall += 1;
        }
        if (shown !== null) {
          expect(ctx).toEqual({ ...ctx, shown: value });
          expect(shown === 0 || shown >= K).toBe(true);
          if (shown >= K) shownLarge += 1;
        }
      };
      const rowSums = t.rows.map((r) => t.columns.reduce((a, c) => a + raw(r, c), 0));
      t.rows.forEach((r, i) => t.columns.forEach((c, j) => check(`${r} × ${c}`, t.cells[i][j], raw(r, c), t.reasons.cells[i][j])));
      t.rows.forEach((r, i) => check(`${r} total`, t.rowTotals[i], rowSums[i], t.reasons.rowTotals[i]));
      t.columns.forEach((c, j) => check(`${c} total`, t.columnTotals[j], t.rows.reduce((a, r) => a + raw(r, c), 0), t.reasons.columnTotals[j]));
      check('total', t.total, rowSums.reduce((a, b) => a + b, 0), t.reasons.total);
      return { shownLarge, hiddenSmall };
    }

    beforeAll(async () => {
      d = await rpc.call<DashboardV1>(REQUEST_PATTERNS.insights.dashboard, {}, analyst);
    });

    it('covers the seeded year and the empty current month, with k = 10', () => {
      expect(d).toMatchObject({ municipality: DEMO_MUNICIPALITY, from: '2025-03-01', to: CURRENT_MONTH, k: K });
      const t = d.reportsByMonthAndNeed;
      expect(t.rows).toEqual([...EXPECTED_MONTHS, CURRENT_MONTH]);
      const current = t.rows.indexOf(CURRENT_MONTH);
      expect(t.cells[current].every((v) => v === 0)).toBe(true);
      expect(t.rowTotals[current]).toBe(0);
    });

    it('shows counts of at least 10 and hides every count between 1 and 9, in every table', async () => {
      const counts = await query<{ n: string; need: string; month: string; count: number }>(
        dbUrl, `SELECT neighbourhood_code AS n, need, month::text AS month, count FROM report_counts WHERE municipality = $1`, [DEMO_MUNICIPALITY],
      );
      const unmet = await query<{ n: string; need: string; count: number }>(dbUrl, `SELECT neighbourhood_code AS n, need, sum(count)::int AS count FROM unmet_needs GROUP BY 1, 2`);
      const states = await query<{ status: string; count: number }>(dbUrl, `SELECT status, count(*)::int AS count FROM referral_states GROUP BY 1`);
      const breaches = await query<{ month: string; count: number }>(dbUrl, `SELECT month::text AS month, count FROM sla_breaches`);
      const sum = (pred: (c: (typeof counts)[number]) => boolean) => counts.filter(pred).reduce((a, c) => a + c.count, 0);

      expect(d.reportsByNeighbourhoodAndNeed.rows).toEqual([...new Set(counts.map((c) => c.n))].sort());
      expect(d.referralsByState.columns).toEqual(Object.values(ReferralStatus));
      const results = [
        checkTable('reportsByNeighbourhoodAndNeed', d.reportsByNeighbourhoodAndNeed, (n, need) => sum((c) => c.n === n && c.need === need)),
        checkTable('reportsByMonthAndNeed', d.reportsByMonthAndNeed, (m, need) => sum((c) => c.month === m && c.need === need)),
        checkTable('unmetNeed', d.unmetNeed, (n, need) => unmet.find((u) => u.n === n && u.need === need)?.count ?? 0),
        checkTable('referralsByState', d.referralsByState, (_, s) => states.find((x) => x.status === s)?.count ?? 0),
        checkTable('slaBreachesByMonth', d.slaBreachesByMonth, (m) => breaches.find((b) => b.month === m)?.count ?? 0),
      ];
      // Not vacuous: the history has both big counts to show and small ones to hide.
      expect(results.reduce((a, r) => a + r.shownLarge, 0)).toBeGreaterThan(50);
      expect(results.reduce((a, r) => a + r.hiddenSmall, 0)).toBeGreaterThan(0);
      expect(d.reportsByNeighbourhoodAndNeed.total).toBe(sum(() => true));
      // Every visible figure anywhere in the tables is 0 or at least k.
      for (const t of [d.reportsByNeighbourhoodAndNeed, d.reportsByMonthAndNeed, d.unmetNeed, d.referralsByState, d.slaBreachesByMonth]) {
        const visible = [...t.cells.flat(), ...t.rowTotals, ...t.columnTotals, t.total].filter((v): v is number => v !== null);
        expect(visible.filter((v) => v > 0 && v < K)).toEqual([]);
      }
    });

    it('shows the seeded reports counted once by neighbourhood and month, small counts hidden', async () => {
      const totals = await query<{ n: string; month: string; count: number }>(
        dbUrl, `SELECT neighbourhood_code AS n, month::text AS month, count FROM report_totals WHERE municipality = $1`, [DEMO_MUNICIPALITY],
      );
      const t = d.reportsByNeighbourhoodAndMonth;
      expect(t.rows).toEqual([...new Set(totals.map((c) => c.n))].sort());
      expect(t.columns).toEqual([...EXPECTED_MONTHS, CURRENT_MONTH]);
      const raw = (n: string, m: string) => totals.find((c) => c.n === n && c.month === m)?.count ?? 0;
      const { shownLarge } = checkTable('reportsByNeighbourhoodAndMonth', t, raw);
      expect(shownLarge).toBeGreaterThan(12);
      expect(t.cells.map((row) => row[row.length - 1])).toEqual(t.rows.map(() => 0));
      const visible = [...t.cells.flat(), ...t.rowTotals, ...t.columnTotals, t.total].filter((v): v is number => v !== null);
      expect(visible.filter((v) => v > 0 && v < K)).toEqual([]);
    });

    it('shows the seeded outcomes and pathways (its own marker), small counts hidden and every shown figure true', async () => {
      const outcomes = await query<{ n: string; month: string; c: string; count: number }>(dbUrl, `SELECT neighbourhood_code AS n, month::text AS month, phase || '.' || band AS c, count FROM outcome_counts`);
      const moves = await query<{ month: string; kind: string; move: string; count: number }>(dbUrl, `SELECT month::text AS month, kind, move, sum(count)::int AS count FROM pathway_counts GROUP BY 1, 2, 3`);
      const actions = await query<{ month: string; action: string; count: number }>(dbUrl, `SELECT month::text AS month, action, sum(tagged - untagged)::int AS count FROM pathway_action_counts GROUP BY 1, 2`);
      const sum = (pred: (o: (typeof outcomes)[number]) => boolean) => outcomes.filter(pred).reduce((a, o) => a + o.count, 0);
      const moved = (move: string) => (m: string, kind: string) => moves.find((x) => x.month === m && x.kind === kind && x.move === move)?.count ?? 0;
      const results = [
        checkTable('outcomesByNeighbourhood', d.outcomesByNeighbourhood, (n, c) => sum((o) => o.n === n && o.c === c)),
        checkTable('outcomesByMonth', d.outcomesByMonth, (m, c) => sum((o) => o.month === m && o.c === c)),
        checkTable('pathwaysOpenedByMonth', d.pathwaysOpenedByMonth, moved('OPENED')),
        checkTable('pathwaysClosedByMonth', d.pathwaysClosedByMonth, moved('CLOSED')),
        checkTable('pathwayActionsByMonth', d.pathwayActionsByMonth, (m, a) => Math.max(0, actions.find((x) => x.month === m && x.action === a)?.count ?? 0)),
      ];
      expect(results.reduce((a, r) => a + r.shownLarge, 0)).toBeGreaterThan(20);
      expect(results.reduce((a, r) => a + r.hiddenSmall, 0)).toBeGreaterThan(0);
    });

    it('times acceptance and first contact from the seeded histograms', () => {
      for (const times of [d.acceptance, d.firstContact]) {
        expect(times.count).toBeGreaterThanOrEqual(K);
        expect(times.medianMinutes).not.toBeNull();
        expect(times.p90Minutes).toBeGreaterThanOrEqual(times.medianMinutes!);
      }
    });
  });
});
