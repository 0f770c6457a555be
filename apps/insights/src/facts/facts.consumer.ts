import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { REFERRAL_EVENT_BY_STATUS, ReferralChangedV1, ReferralStatus, ReferralTargetKind } from '@prossimo/contracts';
import { EventConsumer } from '@prossimo/messaging';
import { DurationMetric, monthOf } from './facts.entities';
import { FactsRepository, WaitTable } from './facts.repository';

/**
 * States only an accepted referral reaches: an event moving to or from one of them shows the
 * referral was accepted (for a prescription, the first-attendance rate's denominator), in whatever
 * order events arrive (a late ACCEPTED, or an IN_PROGRESS seen first, tell the same).
 */
const ACCEPTED_OR_LATER: readonly ReferralStatus[] = [ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS, ReferralStatus.ON_HOLD, ReferralStatus.COMPLETED];

/**
 * Keeps the aggregates up to date from the domain events, each applied once (inbox). Cost per
 * event is constant, so a dashboard query's cost does not grow with the number of reports.
 */
@Injectable()
export class FactsConsumer implements OnModuleInit {
  constructor(
    private readonly consumer: EventConsumer,
    private readonly facts: FactsRepository,
  ) {}

  onModuleInit(): void {
    this.consumer.on('report.submitted.v1', async (e, { em }) => {
      const month = monthOf(e.submittedAt);
      await this.facts.countReport(em, { municipality: e.municipality, neighbourhoodCode: e.neighbourhoodCode, month });
      for (const need of e.needs) await this.facts.countReportNeed(em, { municipality: e.municipality, neighbourhoodCode: e.neighbourhoodCode, need, month });
      for (const table of ['awaiting_acceptance', 'awaiting_contact'] as const) {
        await this.facts.startWait(em, table, { reportId: e.reportId, municipality: e.municipality, month, submittedAt: e.submittedAt });
      }
    });
    const onReferral = (e: ReferralChangedV1, ctx: { em: EntityManager }) => this.applyReferral(ctx.em, e);
    for (const type of Object.values(REFERRAL_EVENT_BY_STATUS)) this.consumer.on(type as 'referral.accepted.v1', onReferral);
    this.consumer.on('referral.unmatched.v1', async (e, { em }) => {
      const month = monthOf(e.occurredAt);
      for (const need of e.needs) await this.facts.countUnmetNeed(em, { municipality: e.municipality, neighbourhoodCode: e.neighbourhoodCode, need, month });
    });
  }

  private async applyReferral(em: EntityManager, e: ReferralChangedV1): Promise<void> {
    await this.facts.setReferralState(em, {
      referralId: e.referralId,
      municipality: e.municipality,
      status: e.to,
      version: e.version,
      month: monthOf(e.occurredAt),
      targetKind: e.targetKind ?? ReferralTargetKind.SERVICE,
      accepted: ACCEPTED_OR_LATER.includes(e.to) || (e.from !== undefined && ACCEPTED_OR_LATER.includes(e.from)) || e.firstAttendedAt !== undefined,
      firstAttendedAt: e.firstAttendedAt ?? null,
    });
    if (e.to === ReferralStatus.CANCELLED && e.reasonCode === 'expired') await this.facts.countSlaBreach(em, { municipality: e.municipality, month: monthOf(e.occurredAt) });
    // The first acceptance and the first start of work (first contact) of a report: time from the
    // report, into the histogram of the report's month.
    if (e.to === ReferralStatus.ACCEPTED) await this.firstOf(em, 'awaiting_acceptance', 'acceptance', e);
    if (e.to === ReferralStatus.IN_PROGRESS) await this.firstOf(em, 'awaiting_contact', 'first-contact', e);
  }

  private async firstOf(em: EntityManager, table: WaitTable, metric: DurationMetric, e: ReferralChangedV1): Promise<void> {
    const first = await this.facts.endWait(em, table, e.reportId);
    if (!first) return;
    const minutes = Math.max(0, (new Date(e.occurredAt).getTime() - new Date(first.submitted_at).getTime()) / 60_000);
    await this.facts.countDuration(em, { municipality: first.municipality, metric, month: first.month, minutes });
  }
}
