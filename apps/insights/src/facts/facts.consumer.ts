import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { REFERRAL_EVENT_BY_STATUS, ReferralChangedV1, ReferralStatus } from '@prossimo/contracts';
import { EventConsumer } from '@prossimo/messaging';
import { bucketOf, monthOf } from './facts.entities';

/**
 * Keeps the aggregates up to date from the domain events, each applied once (inbox). Cost per
 * event is constant, so a dashboard query's cost does not grow with the number of reports.
 */
@Injectable()
export class FactsConsumer implements OnModuleInit {
  constructor(private readonly consumer: EventConsumer) {}

  onModuleInit(): void {
    this.consumer.on('report.submitted.v1', async (e, { em }) => {
      const month = monthOf(e.submittedAt);
      await em.query(
        `INSERT INTO report_totals (municipality, neighbourhood_code, month, count) VALUES ($1, $2, $3, 1)
         ON CONFLICT (municipality, neighbourhood_code, month) DO UPDATE SET count = report_totals.count + 1`,
        [e.municipality, e.neighbourhoodCode, month],
      );
      for (const need of e.needs) {
        await em.query(
          `INSERT INTO report_counts (municipality, neighbourhood_code, need, month, count) VALUES ($1, $2, $3, $4, 1)
           ON CONFLICT (municipality, neighbourhood_code, need, month) DO UPDATE SET count = report_counts.count + 1`,
          [e.municipality, e.neighbourhoodCode, need, month],
        );
      }
      for (const table of ['awaiting_acceptance', 'awaiting_contact']) {
        await em.query(`INSERT INTO ${table} (report_id, municipality, month, submitted_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`, [
          e.reportId,
          e.municipality,
          month,
          e.submittedAt,
        ]);
      }
    });
    const onReferral = (e: ReferralChangedV1, ctx: { em: EntityManager }) => this.applyReferral(ctx.em, e);
    for (const type of Object.values(REFERRAL_EVENT_BY_STATUS)) this.consumer.on(type as 'referral.accepted.v1', onReferral);
    this.consumer.on('referral.unmatched.v1', async (e, { em }) => {
      const month = monthOf(e.occurredAt);
      for (const need of e.needs) {
        await em.query(
          `INSERT INTO unmet_needs (municipality, neighbourhood_code, need, month, count) VALUES ($1, $2, $3, $4, 1)
           ON CONFLICT (municipality, neighbourhood_code, need, month) DO UPDATE SET count = unmet_needs.count + 1`,
          [e.municipality, e.neighbourhoodCode, need, month],
        );
      }
    });
  }

  private async applyReferral(em: EntityManager, e: ReferralChangedV1): Promise<void> {
    await em.query(
      `INSERT INTO referral_states (referral_id, municipality, status, version, month) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (referral_id) DO UPDATE SET status = EXCLUDED.status, version = EXCLUDED.version
       WHERE referral_states.version < EXCLUDED.version`,
      [e.referralId, e.municipality, e.to, e.version, monthOf(e.occurredAt)],
    );
    if (e.to === ReferralStatus.CANCELLED && e.reasonCode === 'expired') {
      await em.query(
        `INSERT INTO sla_breaches (municipality, month, count) VALUES ($1, $2, 1) ON CONFLICT (municipality, month) DO UPDATE SET count = sla_breaches.count + 1`,
        [e.municipality, monthOf(e.occurredAt)],
      );
    }
    // The first acceptance and the first start of work (first contact) of a report: time from the
    // report, into the histogram of the report's month.
    if (e.to === ReferralStatus.ACCEPTED) await this.firstOf(em, 'awaiting_acceptance', 'acceptance', e);
    if (e.to === ReferralStatus.IN_PROGRESS) await this.firstOf(em, 'awaiting_contact', 'first-contact', e);
  }

  private async firstOf(em: EntityManager, table: 'awaiting_acceptance' | 'awaiting_contact', metric: 'acceptance' | 'first-contact', e: ReferralChangedV1): Promise<void> {
    const rows = await em.query<[
      { municipality: string; month: string; submitted_at: Date }[],
      number,
    ]>(`DELETE FROM ${table} WHERE report_id = $1 RETURNING municipality, month::text AS month, submitted_at`, [e.reportId]);
    const first = rows[0]?.[0];
    if (!first) return;
    const minutes = Math.max(0, (new Date(e.occurredAt).getTime() - new Date(first.submitted_at).getTime()) / 60_000);
    await em.query(
      `INSERT INTO duration_histograms (municipality, metric, month, bucket, count) VALUES ($1, $2, $3, $4, 1)
       ON CONFLICT (municipality, metric, month, bucket) DO UPDATE SET count = duration_histograms.count + 1`,
      [first.municipality, metric, first.month, bucketOf(minutes)],
    );
  }
}
