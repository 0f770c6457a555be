import { Injectable, OnModuleInit } from '@nestjs/common';
import { EventConsumer } from '@prossimo/messaging';
import { ReferralsService } from '../referrals/referrals.service';
import { reportClosedReason } from '../referrals/system-reasons';

/**
 * report.closed / report.withdrawn → the report's referrals not yet in progress are cancelled
 * (not re-routed). In the transaction that records the event in the inbox: once, however often
 * it is delivered.
 */
@Injectable()
export class ReportEndedConsumer implements OnModuleInit {
  constructor(
    private readonly consumer: EventConsumer,
    private readonly referrals: ReferralsService,
  ) {}

  onModuleInit(): void {
    this.consumer.on('report.closed.v1', async (e, { em }) => {
      await this.referrals.cancelForEndedReport(em, e.reportId, reportClosedReason(e.reason));
    });
    this.consumer.on('report.withdrawn.v1', async (e, { em }) => {
      await this.referrals.cancelForEndedReport(em, e.reportId, 'report-withdrawn');
    });
  }
}
