import { DynamicModule, Module } from '@nestjs/common';
import { Clock, serviceKit, ServiceKitOptions } from '@prossimo/platform';
import { AlertEscalator } from './alerts/alert-escalator.service';
import { AlertMailer } from './alerts/alert-mailer.service';
import { AlertsRepository } from './alerts/alerts.repository';
import { AlertsService } from './alerts/alerts.service';
import { MAIL_SENDER, MailSender, SmtpMailSender } from './alerts/mail-sender';
import { ReferralsSettings } from './config/referrals.env';
import { REFERRALS_DATABASE } from './database/referrals.database';
import { DirectoryHandler } from './directory/directory.handler';
import { DirectoryRepository } from './directory/directory.repository';
import { DirectoryService } from './directory/directory.service';
import { HsdsRepository } from './directory/hsds.repository';
import { HsdsService } from './directory/hsds.service';
import { CatalogueRepository } from './directory/catalogue.repository';
import { CatalogueService } from './directory/catalogue.service';
import { HsdsImportRepository } from './directory/hsds-import.repository';
import { HsdsImportService } from './directory/hsds-import.service';
import { TaxonomyMappingService } from './directory/taxonomy-mapping.service';
import { PublicDirectoryHandler } from './directory/public-directory.handler';
import { HealthHandler } from './health/health.handler';
import { OrganisationMailRepository } from './org-mail/org-mail.repository';
import { OrganisationMailer } from './org-mail/org-mailer.service';
import { PolicyHandler } from './policy/policy.handler';
import { PolicyService } from './policy/policy.service';
import { ReportSubmittedConsumer } from './routing/report-submitted.consumer';
import { ReportEndedConsumer } from './routing/report-ended.consumer';
import { RoutingService } from './routing/routing.service';
import { ReferralsHandler } from './referrals/referrals.handler';
import { ReferralsRepository } from './referrals/referrals.repository';
import { ReferralsService } from './referrals/referrals.service';
import { RoutingRepository } from './routing/routing.repository';
import { SlaSweeper } from './sla/sla-sweeper.service';
import { SlaTimers } from './sla/sla-timers.service';
import { TimersRepository } from './sla/timers.repository';
import { InitiativeTargetsRepository } from './prescriptions/initiative-targets.repository';
import { PrescriptionsConsumer } from './prescriptions/prescriptions.consumer';
import { PrescriptionsHandler } from './prescriptions/prescriptions.handler';
import { PrescriptionsService } from './prescriptions/prescriptions.service';

@Module({})
export class ReferralsModule {
  static register(
    settings: ReferralsSettings,
    opts: { clock?: Clock; messaging?: ServiceKitOptions<ReferralsSettings>['messaging']; mailSender?: MailSender } = {},
  ): DynamicModule {
    const { mailSender, ...kitOpts } = opts;
    const kit = serviceKit({ service: 'referrals', settings, database: REFERRALS_DATABASE, ...kitOpts });
    const sender = mailSender ?? (settings.SMTP_HOST ? new SmtpMailSender(settings.SMTP_HOST, settings.SMTP_PORT) : null);
    return {
      module: ReferralsModule,
      imports: kit.imports,
      controllers: [ReferralsHandler, DirectoryHandler, PublicDirectoryHandler, HealthHandler, PolicyHandler, PrescriptionsHandler],
      providers: [
        ...kit.providers,
        { provide: MAIL_SENDER, useValue: sender },
        DirectoryRepository,
        HsdsRepository,
        ReferralsRepository,
        RoutingRepository,
        TimersRepository,
        AlertsRepository,
        AlertsService,
        SlaTimers,
        RoutingService,
        ReferralsService,
        DirectoryService,
        HsdsService,
        CatalogueRepository,
        CatalogueService,
        HsdsImportRepository,
        HsdsImportService,
        TaxonomyMappingService,
        PolicyService,
        SlaSweeper,
        AlertMailer,
        AlertEscalator,
        OrganisationMailRepository,
        OrganisationMailer,
        ReportSubmittedConsumer,
        ReportEndedConsumer,
        InitiativeTargetsRepository,
        PrescriptionsService,
        PrescriptionsConsumer,
      ],
    };
  }
}
