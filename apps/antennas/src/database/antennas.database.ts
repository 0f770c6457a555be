import { AddOutboxAttempts1764013200000, CreateMessagingTables1764000000000, MESSAGING_ENTITIES } from '@prossimo/messaging';
import { DatabaseSpec } from '@prossimo/platform';
import { AntennaEntity } from '../antennas/antenna.entity';
import { AntennaStatusChangeEntity } from '../antennas/antenna-status-change.entity';
import { AntennaReportCountEntity } from '../coverage/report-count.entity';
import { NeighbourhoodEntity } from '../neighbourhoods/neighbourhood.entity';
import { CreateAntennas1764000200000 } from '../../migrations/1764000200000-CreateAntennas';
import { GrowAntennaNetwork1764001000000 } from '../../migrations/1764001000000-GrowAntennaNetwork';

/** Every entity and every migration of the antennas database, in order. */
export const ANTENNAS_DATABASE: DatabaseSpec = {
  entities: [...MESSAGING_ENTITIES, NeighbourhoodEntity, AntennaEntity, AntennaStatusChangeEntity, AntennaReportCountEntity],
  migrations: [CreateMessagingTables1764000000000, CreateAntennas1764000200000, GrowAntennaNetwork1764001000000, AddOutboxAttempts1764013200000],
};
