import { Injectable, OnModuleInit } from '@nestjs/common';
import { EventConsumer } from '@prossimo/messaging';
import { ReferralsService } from '../referrals/referrals.service';
import { reportClosedReason } from '../domain/system-reasons';
import { AlertsService } from '../alerts/alerts.service';
import { RoutingRepository } from './routing.repository';

/**
 * report.closed / report.withdrawn → the report's referrals not yet in progress are cancelled
 * (not re-routed) and its desk alerts resolved; report.reopened → it is routed again; report.glass-broken → the owner desk is alerted. In the transaction that records the event in the inbox: once, however often
 * it is delivered.
 */
@Injectable()
export class ReportEndedConsumer implements OnModuleInit {
  constructor(
    private readonly consumer: EventConsumer,
    private readonly referrals: ReferralsService,
    private readonly reports: RoutingRepository,
    private readonly alerts: AlertsService,
  ) {}

  onModuleInit(): void {
    // The report's alerts end with it: they leave the desk's open list and stop escalating.
    this.consumer.on('report.closed.v1', async (e, { em }) => {
      await this.referrals.cancelForEndedReport(em, e.reportId, reportClosedReason(e.reason), new Date(e.occurredAt));
      await this.alerts.resolveForReport(em, e.reportId, 'report-closed');
    });
    this.consumer.on('report.withdrawn.v1', async (e, { em }) => {
      await this.referrals.cancelForEndedReport(em, e.reportId, 'report-withdrawn', new Date(e.occurredAt));
      await this.alerts.resolveForReport(em, e.reportId, 'report-withdrawn');
    });
    // The desk reopened a report it had closed by mistake: it is routed again (the alerts its close
    // resolved stay resolved; what routing finds now raises new ones).
    this.consumer.on('report.reopened.v1', async (e, { em }) => {
      await this.referrals.reopenReport(em, e);
    });
    // Every break-the-glass alerts the report's owner desk at once (in the app, and by e-mail where set).
    this.consumer.on('report.glass-broken.v1', async (e, { em }) => {
      const report = await this.reports.findReport(em, e.reportId);
      await this.alerts.raise(em, { municipality: e.municipality, reportId: e.reportId, kind: 'break-glass', needs: report?.needs ?? [] });
    });
  }
}
