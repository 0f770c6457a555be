import { DynamicModule, Module } from '@nestjs/common';
import { BuddiesHandler } from './buddies/buddies.handler';
import { BuddiesRepository } from './buddies/buddies.repository';
import { BuddiesService } from './buddies/buddies.service';
import { Clock, MAIL_SENDER, MailSender, serviceKit, ServiceKitOptions, SmtpMailSender } from '@prossimo/platform';
import { SchoolsHandler } from './schools/schools.handler';
import { SchoolsRepository } from './schools/schools.repository';
import { SchoolsService } from './schools/schools.service';
import { ConfirmationSweeper } from './volunteers/confirmations.service';
import { SessionTimes } from './volunteers/session-times';
import { VolunteersHandler } from './volunteers/volunteers.handler';
import { VolunteersRepository } from './volunteers/volunteers.repository';
import { VolunteersService } from './volunteers/volunteers.service';
import { CommunitySettings } from './config/community.env';
import { COMMUNITY_DATABASE } from './database/community.database';
import { HealthHandler } from './health/health.handler';
import { InitiativesHandler } from './initiatives/initiatives.handler';
import { InitiativesRepository } from './initiatives/initiatives.repository';
import { InitiativesService } from './initiatives/initiatives.service';
import { PublicInitiativesHandler } from './initiatives/public-initiatives.handler';
import { PublicInitiativesService } from './initiatives/public-initiatives.service';
import { NeighbourhoodsConsumer } from './neighbourhoods/neighbourhoods.consumer';
import { NeighbourhoodsRepository } from './neighbourhoods/neighbourhoods.repository';
import { PrescriptionSeatsConsumer } from './seats/prescriptions.consumer';
import { SeatsHandler } from './seats/seats.handler';
import { SeatsRepository } from './seats/seats.repository';
import { SeatsService } from './seats/seats.service';

/**
 * Generative welfare, part 1 (issue 17): initiatives and their places, sessions with seats, and the
 * seats ledger. One folder per area, each with its handler, service and repository: initiatives/,
 * seats/, neighbourhoods/ (a projection), volunteers/ (profiles, roles, shifts, hours), schools/ and buddies/
 * (volunteer buddies for prescriptions).
 */
@Module({})
export class CommunityModule {
  static register(settings: CommunitySettings, opts: { clock?: Clock; messaging?: ServiceKitOptions<CommunitySettings>['messaging']; mailSender?: MailSender } = {}): DynamicModule {
    const { mailSender, ...kitOpts } = opts;
    const kit = serviceKit({ service: 'community', settings, database: COMMUNITY_DATABASE, ...kitOpts });
    // Volunteers' «conferma la tua presenza» e-mails go through an SMTP relay when one is set.
    const sender = mailSender ?? (settings.SMTP_HOST ? new SmtpMailSender(settings.SMTP_HOST, settings.SMTP_PORT) : null);
    return {
      module: CommunityModule,
      imports: kit.imports,
      controllers: [HealthHandler, InitiativesHandler, PublicInitiativesHandler, SeatsHandler, VolunteersHandler, SchoolsHandler, BuddiesHandler],
      providers: [
        ...kit.providers,
        NeighbourhoodsRepository,
        NeighbourhoodsConsumer,
        InitiativesRepository,
        InitiativesService,
        PublicInitiativesService,
        SeatsRepository,
        SeatsService,
        PrescriptionSeatsConsumer,
        { provide: MAIL_SENDER, useValue: sender },
        SessionTimes,
        VolunteersRepository,
        VolunteersService,
        ConfirmationSweeper,
        SchoolsRepository,
        SchoolsService,
        BuddiesRepository,
        BuddiesService,
      ],
    };
  }
}
