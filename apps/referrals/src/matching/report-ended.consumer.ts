import { Injectable, OnModuleInit } from '@nestjs/common';
import { EventConsumer } from '@prossimo/messaging';
import { ReferralsService } from '../referrals/referrals.service';

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
      await this.referrals.cancelForEndedReport(em, e.reportId, `segnalazione chiusa dallo sportello (${e.reason}) / report closed by the desk (${e.reason})`);
    });
    this.consumer.on('report.withdrawn.v1', async (e, { em }) => {
      await this.referrals.cancelForEndedReport(em, e.reportId, 'segnalazione ritirata dall’antenna / report withdrawn by the antenna');
    });
  }
}
