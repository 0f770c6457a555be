import { DynamicModule, Module } from '@nestjs/common';
import { Clock, serviceKit, ServiceKitOptions } from '@prossimo/platform';
import { InsightsSettings } from './config/insights.env';
import { DashboardHandler } from './dashboard/dashboard.handler';
import { DashboardService } from './dashboard/dashboard.service';
import { INSIGHTS_DATABASE } from './database/insights.database';
import { CommunitySection } from './dashboard/community.section';
import { PrescriptionsSection } from './dashboard/prescriptions.section';
import { VolunteerFactsConsumer } from './facts/volunteers.consumer';
import { VolunteerFactsRepository } from './facts/volunteers.repository';
import { CommunityFactsConsumer } from './facts/community.consumer';
import { CommunityFactsRepository } from './facts/community.repository';
import { FactsConsumer } from './facts/facts.consumer';
import { FactsRepository } from './facts/facts.repository';
import { HealthHandler } from './health/health.handler';
import { WellbeingSection } from './dashboard/wellbeing.section';
import { WellbeingFactsConsumer } from './facts/wellbeing.consumer';
import { WellbeingFactsRepository } from './facts/wellbeing.repository';

/** The read model of the city's dashboard: aggregates kept up to date by events; never a person. */
@Module({})
export class InsightsModule {
  static register(settings: InsightsSettings, opts: { clock?: Clock; messaging?: ServiceKitOptions<InsightsSettings>['messaging'] } = {}): DynamicModule {
    const kit = serviceKit({ service: 'insights', settings, database: INSIGHTS_DATABASE, ...opts });
    return {
      module: InsightsModule,
      imports: kit.imports,
      controllers: [DashboardHandler, HealthHandler],
      // One consumer (and repository) per event family, one dashboard section per family beyond reports and referrals.
      providers: [
        ...kit.providers,
        FactsRepository,
        FactsConsumer,
        CommunityFactsRepository,
        CommunityFactsConsumer,
        CommunitySection,
        // Outcomes and life-project pathways (reports' month-coarse events).
        WellbeingFactsRepository,
        WellbeingFactsConsumer,
        WellbeingSection,
        // Prescriptions by state, first attendance and volunteer hours.
        VolunteerFactsRepository,
        VolunteerFactsConsumer,
        PrescriptionsSection,
        DashboardService,
      ],
    };
  }
}
