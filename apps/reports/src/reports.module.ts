import { DynamicModule, Module } from '@nestjs/common';
import { Clock, serviceKit, ServiceKitOptions } from '@prossimo/platform';
import { ReportsSettings } from './config/reports.env';
import { KeyRing } from './crypto/envelope';
import { REPORTS_DATABASE } from './database/reports.database';
import { HealthHandler } from './health/health.handler';
import { ProjectionsConsumer } from './projections/projections.consumer';
import { ReportsHandler } from './reports/reports.handler';
import { ReportsRepository } from './reports/reports.repository';
import { KEY_RING, ReportsService } from './reports/reports.service';

@Module({})
export class ReportsModule {
  static register(settings: ReportsSettings, opts: { clock?: Clock; messaging?: ServiceKitOptions<ReportsSettings>['messaging'] } = {}): DynamicModule {
    const kit = serviceKit({ service: 'reports', settings, database: REPORTS_DATABASE, ...opts });
    return {
      module: ReportsModule,
      imports: kit.imports,
      controllers: [ReportsHandler, HealthHandler],
      providers: [
        ...kit.providers,
        { provide: KEY_RING, useValue: new KeyRing(settings.REPORTS_MASTER_KEY, settings.REPORTS_MASTER_KEY_ID) },
        ReportsRepository,
        ReportsService,
        ProjectionsConsumer,
      ],
    };
  }
}
