import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ReferralTargetKind } from '@prossimo/contracts';
import { DurationMetric, bucketOf } from './facts.entities';

/** A municipality and an inclusive range of months (first days, `YYYY-MM-01`). */
export interface MonthRange {
  municipality: string;
  from: string;
  to: string;
}

export type WaitTable = 'awaiting_acceptance' | 'awaiting_contact';

/**
 * The only place that speaks SQL for the aggregates: the consumer's counters (each in the
 * transaction of the event's inbox row) and the dashboard's reads. No row names a person.
 */
@Injectable()
export class FactsRepository {
  constructor(private readonly ds: DataSource) {}

  async countReport(em: EntityManager, r: { municipality: string; neighbourhoodCode: string; month: string }): Promise<void> {
    await em.query(
      `INSERT INTO report_totals (municipality, neighbourhood_code, month, count) VALUES ($1, $2, $3, 1)
       ON CONFLICT (municipality, neighbourhood_code, month) DO UPDATE SET count = report_totals.count + 1`,
      [r.municipality, r.neighbourhoodCode, r.month],
    );
  }

  async countReportNeed(em: EntityManager, r: { municipality: string; neighbourhoodCode: string; need: string; month: string }): Promise<void> {
    await em.query(
      `INSERT INTO report_counts (municipality, neighbourhood_code, need, month, count) VALUES ($1, $2, $3, $4, 1)
       ON CONFLICT (municipality, neighbourhood_code, need, month) DO UPDATE SET count = report_counts.count + 1`,
      [r.municipality, r.neighbourhoodCode, r.need, r.month],
    );
  }

  /** The report waits for its first acceptance or contact (its time goes to the histogram then). */
  async startWait(em: EntityManager, table: WaitTable, r: { reportId: string; municipality: string; month: string; submittedAt: string }): Promise<void> {
    await em.query(`INSERT INTO ${table} (report_id, municipality, month, submitted_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`, [
      r.reportId,
      r.municipality,
      r.month,
      r.submittedAt,
    ]);
  }

  /** Ends the report's wait, if it was waiting: where and since when. */
  async endWait(em: EntityManager, table: WaitTable, reportId: string): Promise<{ municipality: string; month: string; submitted_at: Date } | null> {
    const rows = await em.query<[
      { municipality: string; month: string; submitted_at: Date }[],
      number,
    ]>(`DELETE FROM ${table} WHERE report_id = $1 RETURNING municipality, month::text AS month, submitted_at`, [reportId]);
    return rows[0]?.[0] ?? null;
  }

  async countDuration(em: EntityManager, d: { municipality: string; metric: DurationMetric; month: string; minutes: number }): Promise<void> {
    await em.query(
      `INSERT INTO duration_histograms (municipality, metric, month, bucket, count) VALUES ($1, $2, $3, $4, 1)
       ON CONFLICT (municipality, metric, month, bucket) DO UPDATE SET count = duration_histograms.count + 1`,
      [d.municipality, d.metric, d.month, bucketOf(d.minutes)],
    );
  }

  async countUnmetNeed(em: EntityManager, u: { municipality: string; neighbourhoodCode: string; need: string; month: string }): Promise<void> {
    await em.query(
      `INSERT INTO unmet_needs (municipality, neighbourhood_code, need, month, count) VALUES ($1, $2, $3, $4, 1)
       ON CONFLICT (municipality, neighbourhood_code, need, month) DO UPDATE SET count = unmet_needs.count + 1`,
      [u.municipality, u.neighbourhoodCode, u.need, u.month],
    );
  }

  /**
   * The referral's latest state (an older version arriving late does not change it) and what never
   * goes back, whatever the order: its earliest month, a prescription's target kind, whether it was
   * ever accepted, its first attendance (the earliest).
   */
  async setReferralState(
    em: EntityManager,
    s: { referralId: string; municipality: string; status: string; version: number; month: string; targetKind: ReferralTargetKind; accepted: boolean; firstAttendedAt: string | null },
  ): Promise<void> {
    await em.query(
      `INSERT INTO referral_states (referral_id, municipality, status, version, month, target_kind, accepted, first_attended_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (referral_id) DO UPDATE SET
         status = CASE WHEN referral_states.version < EXCLUDED.version THEN EXCLUDED.status ELSE referral_states.status END,
         version = GREATEST(referral_states.version, EXCLUDED.version),
         month = LEAST(referral_states.month, EXCLUDED.month),
         target_kind = CASE WHEN EXCLUDED.target_kind = 'INITIATIVE' THEN EXCLUDED.target_kind ELSE referral_states.target_kind END,
         accepted = referral_states.accepted OR EXCLUDED.accepted,
         first_attended_at = LEAST(referral_states.first_attended_at, EXCLUDED.first_attended_at)`,
      [s.referralId, s.municipality, s.status, s.version, s.month, s.targetKind, s.accepted, s.firstAttendedAt],
    );
  }

  async countSlaBreach(em: EntityManager, b: { municipality: string; month: string }): Promise<void> {
    await em.query(
      `INSERT INTO sla_breaches (municipality, month, count) VALUES ($1, $2, 1) ON CONFLICT (municipality, month) DO UPDATE SET count = sla_breaches.count + 1`,
      [b.municipality, b.month],
    );
  }

  reportCounts(q: MonthRange): Promise<{ n: string; need: string; month: string; count: number }[]> {
    return this.ds.query(`SELECT neighbourhood_code AS n, need, month::text AS month, count FROM report_counts WHERE municipality = $1 AND month BETWEEN $2 AND $3`, [
      q.municipality,
      q.from,
      q.to,
    ]);
  }

  reportTotals(q: MonthRange): Promise<{ n: string; month: string; count: number }[]> {
    return this.ds.query(`SELECT neighbourhood_code AS n, month::text AS month, count FROM report_totals WHERE municipality = $1 AND month BETWEEN $2 AND $3`, [
      q.municipality,
      q.from,
      q.to,
    ]);
  }

  durationHistogram(q: MonthRange, metric: DurationMetric): Promise<{ bucket: number; count: number }[]> {
    return this.ds.query(
      `SELECT bucket, sum(count)::int AS count FROM duration_histograms WHERE municipality = $1 AND metric = $4 AND month BETWEEN $2 AND $3 GROUP BY bucket`,
      [q.municipality, q.from, q.to, metric],
    );
  }

  slaBreaches(q: MonthRange): Promise<{ month: string; count: number }[]> {
    return this.ds.query(`SELECT month::text AS month, count FROM sla_breaches WHERE municipality = $1 AND month BETWEEN $2 AND $3`, [q.municipality, q.from, q.to]);
  }

  /** Referrals of the range (by the month they were made) per state: all of them, or only one target kind. */
  referralStates(q: MonthRange, targetKind?: ReferralTargetKind): Promise<{ status: string; count: number }[]> {
    return this.ds.query(
      `SELECT status, count(*)::int AS count FROM referral_states WHERE municipality = $1 AND month BETWEEN $2 AND $3 AND ($4::text IS NULL OR target_kind = $4) GROUP BY status`,
      [q.municipality, q.from, q.to, targetKind ?? null],
    );
  }

  /**
   * Prescriptions of the range ever accepted (one entered in error left out), per month they were
   * made: how many, and how many of those reached first attendance.
   */
  prescriptionsAccepted(q: MonthRange): Promise<{ month: string; accepted: number; attended: number }[]> {
    return this.ds.query(
      `SELECT month::text AS month, count(*)::int AS accepted, count(first_attended_at)::int AS attended FROM referral_states
       WHERE municipality = $1 AND month BETWEEN $2 AND $3 AND target_kind = 'INITIATIVE' AND accepted AND status <> 'ENTERED_IN_ERROR' GROUP BY 1`,
      [q.municipality, q.from, q.to],
    );
  }

  unmetNeeds(q: MonthRange): Promise<{ n: string; need: string; count: number }[]> {
    return this.ds.query(
      `SELECT neighbourhood_code AS n, need, sum(count)::int AS count FROM unmet_needs WHERE municipality = $1 AND month BETWEEN $2 AND $3 GROUP BY 1, 2`,
      [q.municipality, q.from, q.to],
    );
  }
}
