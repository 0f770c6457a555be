import { CreateMessagingTables1764000000000, MESSAGING_ENTITIES } from '@prossimo/messaging';
import { DatabaseSpec } from '@prossimo/platform';
import { AntennaEntity } from '../antennas/antenna.entity';
import { NeighbourhoodEntity } from '../neighbourhoods/neighbourhood.entity';
import { CreateAntennas1764000200000 } from '../../migrations/1764000200000-CreateAntennas';

/** Every entity and every migration of the antennas database, in order. */
export const ANTENNAS_DATABASE: DatabaseSpec = {
  entities: [...MESSAGING_ENTITIES, NeighbourhoodEntity, AntennaEntity],
  migrations: [CreateMessagingTables1764000000000, CreateAntennas1764000200000],
};
