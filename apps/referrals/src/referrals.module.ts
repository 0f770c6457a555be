import { DynamicModule, Module } from '@nestjs/common';
import { Clock, serviceKit, ServiceKitOptions } from '@prossimo/platform';
import { ReferralsSettings } from './config/referrals.env';
import { REFERRALS_DATABASE } from './database/referrals.database';
import { DirectoryRepository } from './directory/directory.repository';
import { HealthHandler } from './health/health.handler';
import { ReportSubmittedConsumer } from './matching/report-submitted.consumer';
import { RoutingService } from './matching/routing.service';
import { ReferralsHandler } from './referrals/referrals.handler';
import { ReferralsRepository } from './referrals/referrals.repository';
import { ReferralsService } from './referrals/referrals.service';

@Module({})
export class ReferralsModule {
  static register(settings: ReferralsSettings, opts: { clock?: Clock; messaging?: ServiceKitOptions<ReferralsSettings>['messaging'] } = {}): DynamicModule {
    const kit = serviceKit({ service: 'referrals', settings, database: REFERRALS_DATABASE, ...opts });
    return {
      module: ReferralsModule,
      imports: kit.imports,
      controllers: [ReferralsHandler, HealthHandler],
      providers: [...kit.providers, DirectoryRepository, ReferralsRepository, RoutingService, ReferralsService, ReportSubmittedConsumer],
    };
  }
}
