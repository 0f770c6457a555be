import { DynamicModule, Module } from '@nestjs/common';
import { Clock, serviceKit, ServiceKitOptions } from '@prossimo/platform';
import { AntennasRepository } from './antennas/antennas.repository';
import { AntennasSettings } from './config/antennas.env';
import { ANTENNAS_DATABASE } from './database/antennas.database';
import { HealthHandler } from './health/health.handler';
import { NeighbourhoodsHandler } from './neighbourhoods/neighbourhoods.handler';
import { NeighbourhoodsRepository } from './neighbourhoods/neighbourhoods.repository';
import { NeighbourhoodsService } from './neighbourhoods/neighbourhoods.service';
import { ProximityHandler } from './proximity/proximity.handler';
import { ProximityService } from './proximity/proximity.service';

@Module({})
export class AntennasModule {
  static register(settings: AntennasSettings, opts: { clock?: Clock; messaging?: ServiceKitOptions<AntennasSettings>['messaging'] } = {}): DynamicModule {
    // Antennas is the source of neighbourhoods and antennas: it publishes events, it consumes none (yet).
    const kit = serviceKit({ service: 'antennas', settings, database: ANTENNAS_DATABASE, consume: false, ...opts });
    return {
      module: AntennasModule,
      imports: kit.imports,
      controllers: [NeighbourhoodsHandler, ProximityHandler, HealthHandler],
      providers: [...kit.providers, NeighbourhoodsRepository, AntennasRepository, NeighbourhoodsService, ProximityService],
    };
  }
}
