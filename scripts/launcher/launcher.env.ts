import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsString, Matches, Max, Min } from 'class-validator';
import { SUBJECT_ROOT_PATTERN } from '@prossimo/contracts';
import { LOG_LEVELS, Secret } from '@prossimo/platform';
import { IsTrustProxy } from '../../apps/gateway/src/config/trust-proxy';

/** What `npm start` reads from the environment (all optional on a developer's machine). */
export class LauncherSettings {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  /** The PostgreSQL server; each service gets its own database on it. */
  @Secret()
  @Matches(/^postgres(ql)?:\/\//, { message: 'POSTGRES_URL must be a postgres:// URL' })
  POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

  /** Database names are <DB_PREFIX><service>, e.g. prossimo_reports. */
  @Matches(/^[a-z_][a-z0-9_]{0,40}$/, { message: 'DB_PREFIX must be lowercase letters, digits and _' })
  DB_PREFIX = 'prossimo_';

  @IsString()
  @IsNotEmpty()
  NATS_URL = 'nats://127.0.0.1:4222';

  @Matches(SUBJECT_ROOT_PATTERN, { message: 'SUBJECT_ROOT must be a lowercase token such as "prossimo"' })
  SUBJECT_ROOT = 'prossimo';

  @IsString()
  HOST = '0.0.0.0';

  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** Load the demo data (refused when NODE_ENV=production). */
  @IsBoolean()
  PROSSIMO_DEMO = true;

  /** Where generated development secrets are kept (never used in production). */
  @IsString()
  PROSSIMO_STATE_DIR = '.local';

  @Secret()
  @IsString()
  AUTH_PRIVATE_KEY = '';

  @Secret()
  @IsString()
  REPORTS_MASTER_KEY = '';

  /** Passed to the gateway: GraphQL requests per minute per address and per account. */
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_ADDRESS = 600;

  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_ACCOUNT = 300;

  /** Passed to the gateway: which proxies in front of it are believed about the client's address (see docs/operations.md). */
  @IsTrustProxy()
  TRUST_PROXY = 'false';

  /** Passed to the gateway: the X-Health-Token that reads /health's details. Empty: a new random one each run (the launcher uses it to know when the demo is ready). */
  @Secret()
  @IsString()
  HEALTH_DETAILS_TOKEN = '';

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  /** "pretty" prints one short line per log record; "json" passes the services' JSON through. */
  @IsIn(['pretty', 'json'])
  LOG_FORMAT: 'pretty' | 'json' = 'pretty';
}
