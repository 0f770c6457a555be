import { DatabaseSpec } from '@prossimo/platform';

/** The gateway's identity database: accounts only, never business data. */
export const GATEWAY_DATABASE: DatabaseSpec = {
  entities: [],
  migrations: [],
};
