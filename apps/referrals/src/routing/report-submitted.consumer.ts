import { Injectable, OnModuleInit } from '@nestjs/common';
import { Urgency } from '@prossimo/contracts';
import { EventConsumer } from '@prossimo/messaging';
import { AlertsService } from '../alerts/alerts.service';
import { RoutingRepository } from './routing.repository';
import { RoutingService } from './routing.service';

/**
 * report.submitted → referrals. The handler runs in the transaction that records the event in
 * the inbox, so the referrals and their events are written once however often it is delivered.
 */
@Injectable()
export class ReportSubmittedConsumer implements OnModuleInit {
  constructor(
    private readonly consumer: EventConsumer,
    private readonly routing: RoutingService,
    private readonly reports: RoutingRepository,
    private readonly alerts: AlertsService,
  ) {}

  onModuleInit(): void {
    this.consumer.on('report.submitted.v1', async (e, { em }) => {
      const report = { municipality: e.municipality, reportId: e.reportId, neighbourhoodCode: e.neighbourhoodCode, urgency: e.urgency };
      await this.reports.upsertReport(em, { ...report, needs: e.needs, ownerDeskId: e.ownerDeskId, createdAt: new Date(e.occurredAt), reference: e.reference ?? null });
      const shown = { ageBand: e.ageBand, consentToContact: e.consentToContact ?? null, doNotContact: e.doNotContact ?? null };
      await this.routing.route(em, { ...report, ...shown }, e.needs, { kind: 'report-submitted' });
      // ARCHITECTURE.md, step 1: an EMERGENCY alerts its owner desk at once (in the app and by e-mail).
      if (e.urgency === Urgency.EMERGENCY) await this.alerts.raise(em, { municipality: e.municipality, reportId: e.reportId, kind: 'emergency', needs: e.needs });
    });
  }
}
