import { DatabaseSpec } from '@prossimo/platform';
import { AccountEntity } from '../identity/account.entity';
import { SessionEntity } from '../identity/session.entity';
import { AccountTokenEntity } from '../identity/account-token.entity';
import { RateLimitEntity } from '../ratelimit/rate-limit.entity';
import { CreateAccounts1764000400000 } from '../../migrations/1764000400000-CreateAccounts';
import { CreateRateLimits1764004000000 } from '../../migrations/1764004000000-CreateRateLimits';
import { CreateSessions1764004100000 } from '../../migrations/1764004100000-CreateSessions';
import { CreateAccountTokens1764004200000 } from '../../migrations/1764004200000-CreateAccountTokens';
import { AddAccountCodesAndTrustedSessions1764013400000 } from '../../migrations/1764013400000-AddAccountCodesAndTrustedSessions';
import { AllowCitizenAccounts1796512800000 } from '../../migrations/1796512800000-AllowCitizenAccounts';

/** The gateway's identity database: accounts only, never business data. */
export const GATEWAY_DATABASE: DatabaseSpec = {
  entities: [AccountEntity, RateLimitEntity, SessionEntity, AccountTokenEntity],
  migrations: [CreateAccounts1764000400000, CreateRateLimits1764004000000, CreateSessions1764004100000, CreateAccountTokens1764004200000, AddAccountCodesAndTrustedSessions1764013400000, AllowCitizenAccounts1796512800000],
};
