import { DynamicModule, Module } from '@nestjs/common';
import { Clock, serviceKit, ServiceKitOptions } from '@prossimo/platform';
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
 * seats/, neighbourhoods/ (a projection); volunteers/ and schools/ join the same way.
 */
@Module({})
export class CommunityModule {
  static register(settings: CommunitySettings, opts: { clock?: Clock; messaging?: ServiceKitOptions<CommunitySettings>['messaging'] } = {}): DynamicModule {
    const kit = serviceKit({ service: 'community', settings, database: COMMUNITY_DATABASE, ...opts });
    return {
      module: CommunityModule,
      imports: kit.imports,
      controllers: [HealthHandler, InitiativesHandler, PublicInitiativesHandler, SeatsHandler],
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
      ],
    };
  }
}
