import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Need } from '@prossimo/contracts';
import { DEMO_MUNICIPALITY, DEMO_NEIGHBOURHOODS } from '@prossimo/demo';
import { dataSourceOptions } from '@prossimo/platform';
import { INSIGHTS_DATABASE } from '../database/insights.database';
import { DURATION_BUCKETS_MINUTES, monthOf } from '../facts/facts.entities';
import { seedWellbeingHistory } from './wellbeing.seed';

/**
 * A year of synthetic history for the demo dashboard: aggregate rows only (counts per
 * neighbourhood × need × month, duration histograms, referral states — prescriptions among them —,
 * SLA breaches, unmet needs, volunteer hours)
 * for the twelve months before the current one. No report, no person: there is nobody behind
 * these numbers. Deterministic (a seeded generator), so every demo shows the same city. Loaded
 * once (demo_seeds): a later start never adds a year on top of real months.
 */

/** Reports per 1,000 residents per month, by need: what a mid-sized Lombard city might see. */
const NEED_RATE: Record<Need, number> = {
  [Need.ELDERLY_CARE]: 0.55,
  [Need.LONELINESS]: 0.5,
  [Need.ECONOMIC_HARDSHIP]: 0.45,
  [Need.FOOD]: 0.35,
  [Need.HEALTH_ACCESS]: 0.3,
  [Need.HOUSING]: 0.25,
  [Need.MENTAL_HEALTH]: 0.25,
  [Need.DIGITAL_DIVIDE]: 0.2,
  [Need.WORK]: 0.2,
  [Need.DISABILITY]: 0.15,
  [Need.FAMILY_CONFLICT]: 0.12,
  [Need.YOUTH_AT_RISK]: 0.12,
  [Need.DOPO_DI_NOI]: 0.05,
};

/** Antenna deserts see fewer reports: nobody is there to notice. */
const NEIGHBOURHOOD_FACTOR: Record<string, number> = { bettola: 0.35, 'borgo-misto': 0.4 };

/** Loneliness and elderly care rise in summer (August) and at Christmas; work and youth in autumn. */
function seasonal(need: Need, monthIndex: number): number {
  if (need === Need.LONELINESS || need === Need.ELDERLY_CARE) return monthIndex === 7 ? 1.6 : monthIndex === 11 ? 1.35 : 1;
  if (need === Need.WORK || need === Need.YOUTH_AT_RISK) return monthIndex >= 8 && monthIndex <= 10 ? 1.3 : 1;
  if (need === Need.ECONOMIC_HARDSHIP || need === Need.FOOD) return monthIndex <= 1 ? 1.25 : 1;
  return 1;
}

/** mulberry32: a small seeded generator. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Poisson draw (Knuth for small means, a rounded normal above 30). */
function poisson(mean: number, random: () => number): number {
  if (mean <= 0) return 0;
  if (mean > 30) {
    const u = Math.max(random(), 1e-12);
    const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
    return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal));
  }
  const limit = Math.exp(-mean);
  let k = 0;
  let p = random();
  while (p > limit) {
    k += 1;
    p *= random();
  }
  return k;
}

/** The twelve months before the one `now` falls in (Europe/Rome), oldest first, as YYYY-MM-01. */
export function demoHistoryMonths(now: Date): string[] {
  const current = monthOf(now);
  const [y, m] = current.split('-').map(Number);
  const months: string[] = [];
  for (let back = 12; back >= 1; back -= 1) {
    const date = new Date(Date.UTC(y, m - 1 - back, 1));
    months.push(`${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-01`);
  }
  return months;
}

/** A stable UUID for a synthetic referral (so re-seeding never doubles one). */
function demoUuid(name: string): string {
  const h = createHash('sha256').update(`prossimo-demo:${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export interface InsightsDemoCounts {
  months: number;
  reportCounts: number;
  referrals: number;
}

const ACCEPTANCE_SHAPE = [2, 5, 10, 18, 25, 20, 12, 5, 2, 1, 0, 0];
const FIRST_CONTACT_SHAPE = [0, 1, 2, 5, 10, 15, 25, 22, 12, 5, 2, 1];
const FINAL_STATES: [string, number][] = [
  ['COMPLETED', 0.66],
  ['REJECTED', 0.1],
  ['CANCELLED', 0.07],
  ['FAILED', 0.04],
  ['IN_PROGRESS', 0.08],
  ['ON_HOLD', 0.03],
  ['ACCEPTED', 0.02],
];

/** On average a report names this many needs (the synthetic counts above are per need). */
const NEEDS_PER_REPORT = 1.35;

/**
 * The synthetic year's reports counted once each (report_totals), derived from its per-need
 * counts; once (its own marker, so a demo seeded before report_totals existed gets it too).
 */
async function seedReportTotals(em: EntityManager): Promise<number> {
  // The months the synthetic history was made for (an older demo is upgraded later): never a real month.
  const [history] = await em.query<{ seeded_at: Date }[]>(`SELECT seeded_at FROM demo_seeds WHERE name = 'history'`);
  if (!history) return 0;
  const first: unknown[] = await em.query(`INSERT INTO demo_seeds (name) VALUES ('history-report-totals') ON CONFLICT DO NOTHING RETURNING 1`);
  if (first.length === 0) return 0;
  const months = demoHistoryMonths(new Date(history.seeded_at));
  const inserted: unknown[] = await em.query(
    `INSERT INTO report_totals (municipality, neighbourhood_code, month, count)
     SELECT municipality, neighbourhood_code, month, greatest(1, round(sum(count) / $4::numeric))::int
       FROM report_counts WHERE municipality = $1 AND month BETWEEN $2 AND $3
      GROUP BY municipality, neighbourhood_code, month
     ON CONFLICT DO NOTHING RETURNING 1`,
    [DEMO_MUNICIPALITY, months[0], months[months.length - 1], NEEDS_PER_REPORT],
  );
  return inserted.length;
}

/**
 * Social prescribing and volunteering in the demo history (its own marker, so a demo seeded before
 * gains it once, for the months its history was made for): about one in eight of the history's
 * referrals are prescriptions (target kind INITIATIVE), chosen by a hash of their id; those in an
 * accepted-or-later state count as accepted, and about seven in ten of the accepted prescriptions
 * reached their first attendance; and volunteer hours per neighbourhood and month (more where more
 * people live, fewer in the antenna deserts). Aggregates only, nobody behind them.
 */
async function seedPrescriptionHistory(em: EntityManager): Promise<void> {
  const [history] = await em.query<{ seeded_at: Date }[]>(`SELECT seeded_at FROM demo_seeds WHERE name = 'history'`);
  if (!history) return;
  const first: unknown[] = await em.query(`INSERT INTO demo_seeds (name) VALUES ('history-prescriptions') ON CONFLICT DO NOTHING RETURNING 1`);
  if (first.length === 0) return;
  const months = demoHistoryMonths(new Date(history.seeded_at));
  const range = [DEMO_MUNICIPALITY, months[0], months[months.length - 1]];
  await em.query(
    `UPDATE referral_states SET accepted = true WHERE municipality = $1 AND month BETWEEN $2 AND $3 AND status IN ('ACCEPTED','IN_PROGRESS','ON_HOLD','COMPLETED')`,
    range,
  );
  await em.query(`UPDATE referral_states SET target_kind = 'INITIATIVE' WHERE municipality = $1 AND month BETWEEN $2 AND $3 AND get_byte(decode(md5(referral_id::text), 'hex'), 0) < 32`, range);
  await em.query(
    `UPDATE referral_states SET first_attended_at = month + interval '10 days'
      WHERE municipality = $1 AND month BETWEEN $2 AND $3 AND target_kind = 'INITIATIVE' AND accepted AND get_byte(decode(md5(referral_id::text), 'hex'), 1) < 180`,
    range,
  );
  const random = generator(2026);
  for (const month of months) {
    for (const feature of DEMO_NEIGHBOURHOODS.features) {
      const { code, population } = feature.properties;
      const hours = poisson(((population ?? 5000) / 1000) * 2.5 * (NEIGHBOURHOOD_FACTOR[code] ?? 1), random);
      if (hours === 0) continue;
      await em.query(`INSERT INTO volunteer_hours (municipality, neighbourhood_code, month, minutes, records) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`, [
        DEMO_MUNICIPALITY,
        code,
        month,
        hours * 60,
        Math.max(1, Math.round(hours / 2)),
      ]);
    }
  }
}

export async function seedInsightsDemo(em: EntityManager, now: Date): Promise<InsightsDemoCounts> {
  const counts = await seedHistory(em, now);
  await seedReportTotals(em);
  await seedPrescriptionHistory(em);
  await seedWellbeing(em);
  return counts;
}

/** Outcomes and pathways for the history's months (wellbeing.seed.ts), once: its own marker. */
async function seedWellbeing(em: EntityManager): Promise<void> {
  const [history] = await em.query<{ seeded_at: Date }[]>(`SELECT seeded_at FROM demo_seeds WHERE name = 'history'`);
  if (history) await seedWellbeingHistory(em, demoHistoryMonths(new Date(history.seeded_at)), generator(112016), poisson);
}

async function seedHistory(em: EntityManager, now: Date): Promise<InsightsDemoCounts> {
  const first: unknown[] = await em.query(`INSERT INTO demo_seeds (name, seeded_at) VALUES ('history', $1) ON CONFLICT DO NOTHING RETURNING 1`, [now]);
  if (first.length === 0) return { months: 0, reportCounts: 0, referrals: 0 };
  const months = demoHistoryMonths(now);
  const random = generator(15077);
  const municipality = DEMO_MUNICIPALITY;
  let reportCounts = 0;
  let referrals = 0;
  for (const [mi, month] of months.entries()) {
    const monthIndex = Number(month.slice(5, 7)) - 1;
    let monthTotal = 0;
    for (const feature of DEMO_NEIGHBOURHOODS.features) {
      const { code, population } = feature.properties;
      const factor = NEIGHBOURHOOD_FACTOR[code] ?? 1;
      for (const need of Object.values(Need)) {
        const count = poisson(((population ?? 5000) / 1000) * NEED_RATE[need] * seasonal(need, monthIndex) * factor, random);
        if (count === 0) continue;
        monthTotal += count;
        const inserted: unknown[] = await em.query(
          `INSERT INTO report_counts (municipality, neighbourhood_code, need, month, count) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING 1`,
          [municipality, code, need, month, count],
        );
        reportCounts += inserted.length;
      }
      // Housing and "dopo di noi" are where services run out.
      for (const need of [Need.HOUSING, Need.DOPO_DI_NOI]) {
        const unmet = poisson(((population ?? 5000) / 1000) * (need === Need.HOUSING ? 0.09 : 0.03) * factor, random);
        if (unmet > 0) {
          await em.query(`INSERT INTO unmet_needs (municipality, neighbourhood_code, need, month, count) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`, [municipality, code, need, month, unmet]);
        }
      }
    }
    // Durations: about four in five reports are accepted; shapes in fixed buckets (facts.entities).
    const accepted = Math.round(monthTotal * 0.55);
    for (const [metric, shape] of [['acceptance', ACCEPTANCE_SHAPE], ['first-contact', FIRST_CONTACT_SHAPE]] as const) {
      const weight = shape.reduce((a, b) => a + b, 0);
      for (let bucket = 0; bucket < DURATION_BUCKETS_MINUTES.length; bucket += 1) {
        const count = Math.round((accepted * shape[bucket]) / weight);
        if (count === 0) continue;
        await em.query(`INSERT INTO duration_histograms (municipality, metric, month, bucket, count) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`, [municipality, metric, month, bucket, count]);
      }
    }
    await em.query(`INSERT INTO sla_breaches (municipality, month, count) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [municipality, month, 4 + poisson(6, random)]);
    // Referrals: older months have settled; the last two still have open ones.
    const referralCount = Math.round(monthTotal * 0.6);
    for (let i = 0; i < referralCount; i += 1) {
      let status = 'COMPLETED';
      const r = random();
      let acc = 0;
      for (const [s, p] of FINAL_STATES) {
        acc += p;
        if (r <= acc) {
          status = s;
          break;
        }
      }
      if (mi < months.length - 2 && (status === 'IN_PROGRESS' || status === 'ACCEPTED' || status === 'ON_HOLD')) status = 'COMPLETED';
      const inserted: unknown[] = await em.query(
        `INSERT INTO referral_states (referral_id, municipality, status, version, month) VALUES ($1, $2, $3, 1000, $4) ON CONFLICT DO NOTHING RETURNING 1`,
        [demoUuid(`${month}:${i}`), municipality, status, month],
      );
      referrals += inserted.length;
    }
  }
  return { months: months.length, reportCounts, referrals };
}

export async function runInsightsDemoSeed(databaseUrl: string, now = new Date()): Promise<InsightsDemoCounts> {
  const ds = new DataSource(dataSourceOptions(databaseUrl, INSIGHTS_DATABASE, 2));
  await ds.initialize();
  try {
    return await ds.transaction((em) => seedInsightsDemo(em, now));
  } finally {
    await ds.destroy();
  }
}
