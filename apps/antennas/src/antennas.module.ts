import { DynamicModule, Module } from '@nestjs/common';
import { Clock, serviceKit, ServiceKitOptions } from '@prossimo/platform';
import { AntennasHandler } from './antennas/antennas.handler';
import { AntennasRepository } from './antennas/antennas.repository';
import { AntennasService } from './antennas/antennas.service';
import { AntennasSettings } from './config/antennas.env';
import { CoverageHandler } from './coverage/coverage.handler';
import { CoverageService } from './coverage/coverage.service';
import { ReportCountsConsumer } from './coverage/report-counts.consumer';
import { ReportCountsRepository } from './coverage/report-counts.repository';
import { ANTENNAS_DATABASE } from './database/antennas.database';
import { HealthHandler } from './health/health.handler';
import { NeighbourhoodsHandler } from './neighbourhoods/neighbourhoods.handler';
import { NeighbourhoodsRepository } from './neighbourhoods/neighbourhoods.repository';
import { NeighbourhoodsService } from './neighbourhoods/neighbourhoods.service';
import { ProximityHandler } from './proximity/proximity.handler';
import { PublicFaceHandler } from './applications/public-face.handler';
import { PublicFaceService } from './applications/public-face.service';
import { GazetteerRepository } from './gazetteer/gazetteer.repository';
import { ProximityService } from './proximity/proximity.service';

@Module({})
export class AntennasModule {
  static register(settings: AntennasSettings, opts: { clock?: Clock; messaging?: ServiceKitOptions<AntennasSettings>['messaging'] } = {}): DynamicModule {
    // Antennas is the source of neighbourhoods and antennas (it publishes their events) and counts
    // report.submitted.v1 per neighbourhood and month for the city's coverage view.
    const kit = serviceKit({ service: 'antennas', settings, database: ANTENNAS_DATABASE, ...opts });
    return {
      module: AntennasModule,
      imports: kit.imports,
      controllers: [NeighbourhoodsHandler, ProximityHandler, PublicFaceHandler, AntennasHandler, CoverageHandler, HealthHandler],
      providers: [
        ...kit.providers,
        PublicFaceService,
        GazetteerRepository,
        NeighbourhoodsRepository,
        AntennasRepository,
        ReportCountsRepository,
        NeighbourhoodsService,
        ProximityService,
        AntennasService,
        CoverageService,
        ReportCountsConsumer,
      ],
    };
  }
}
