import { DatabaseSpec } from '@prossimo/platform';
import { AccountEntity } from '../identity/account.entity';
import { CreateAccounts1764000400000 } from '../../migrations/1764000400000-CreateAccounts';

/** The gateway's identity database: accounts only, never business data. */
export const GATEWAY_DATABASE: DatabaseSpec = {
  entities: [AccountEntity],
  migrations: [CreateAccounts1764000400000],
};
