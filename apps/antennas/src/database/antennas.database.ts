import { CreateMessagingTables1764000000000, MESSAGING_ENTITIES } from '@prossimo/messaging';
import { DatabaseSpec } from '@prossimo/platform';

/** Every entity and every migration of the antennas database, in order. */
export const ANTENNAS_DATABASE: DatabaseSpec = {
  entities: [...MESSAGING_ENTITIES],
  migrations: [CreateMessagingTables1764000000000],
};
