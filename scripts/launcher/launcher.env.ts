import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsString, Matches, Max, Min } from 'class-validator';
import { BUS_PASSWORD_PATTERN, BUS_PASSWORD_RULE, BUS_USERS, BusUser, SUBJECT_ROOT_PATTERN, busPasswordVariable } from '@prossimo/contracts';
import type { BusCredentials } from '@prossimo/messaging';
import { LOG_LEVELS, Secret, SettingsError } from '@prossimo/platform';
import { IsTrustProxy } from '../../apps/gateway/src/config/trust-proxy';

/** Empty (an open bus, on a developer machine) or a bus password. */
const OPTIONAL_BUS_PASSWORD = new RegExp(`^$|${BUS_PASSWORD_PATTERN.source}`);

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

  /** Replicas of the JetStream streams (setup creates and updates them): 3 on a three-node cluster. */
  @IsInt()
  @Min(1)
  @Max(5)
  STREAM_REPLICAS = 1;

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

  /** The gateway's public key (PEM): enough for the services other than the gateway (`serve`, production). */
  @IsString()
  AUTH_PUBLIC_KEY = '';

  /** Passed to the gateway: GraphQL requests per minute per address and per account. */
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_ADDRESS = 600;

  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_ACCOUNT = 300;

  /**
   * Passwords of the bus users (deploy/nats/nats-server.conf reads the same variables). Set all seven
   * to run on a locked-down NATS (each process connects as its own user); set none on a developer's
   * machine with an open NATS (a warning says so). Production refuses to start without them.
   */
  @Secret()
  @Matches(OPTIONAL_BUS_PASSWORD, { message: `NATS_GATEWAY_PASSWORD must be ${BUS_PASSWORD_RULE}` })
  NATS_GATEWAY_PASSWORD = '';

  @Secret()
  @Matches(OPTIONAL_BUS_PASSWORD, { message: `NATS_ANTENNAS_PASSWORD must be ${BUS_PASSWORD_RULE}` })
  NATS_ANTENNAS_PASSWORD = '';

  @Secret()
  @Matches(OPTIONAL_BUS_PASSWORD, { message: `NATS_REPORTS_PASSWORD must be ${BUS_PASSWORD_RULE}` })
  NATS_REPORTS_PASSWORD = '';

  @Secret()
  @Matches(OPTIONAL_BUS_PASSWORD, { message: `NATS_REFERRALS_PASSWORD must be ${BUS_PASSWORD_RULE}` })
  NATS_REFERRALS_PASSWORD = '';

  @Secret()
  @Matches(OPTIONAL_BUS_PASSWORD, { message: `NATS_INSIGHTS_PASSWORD must be ${BUS_PASSWORD_RULE}` })
  NATS_INSIGHTS_PASSWORD = '';

  @Secret()
  @Matches(OPTIONAL_BUS_PASSWORD, { message: `NATS_COMMUNITY_PASSWORD must be ${BUS_PASSWORD_RULE}` })
  NATS_COMMUNITY_PASSWORD = '';

  @Secret()
  @Matches(OPTIONAL_BUS_PASSWORD, { message: `NATS_ADMIN_PASSWORD must be ${BUS_PASSWORD_RULE}` })
  NATS_ADMIN_PASSWORD = '';

  /** CA certificate file that signs the NATS servers' certificates (tls:// URLs). */
  @IsString()
  NATS_TLS_CA_FILE = '';

  /** Passed to the gateway: a tile URL template for the public map (empty: no tiles, no request leaves the origin) and its attribution. */
  @IsString()
  MAP_TILE_URL = '';

  @IsString()
  MAP_TILE_ATTRIBUTION = '';

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

/** The password of a bus user from the launcher's settings ('' when the bus is open). */
export function busPassword(s: LauncherSettings, user: BusUser): string {
  return (s as unknown as Record<string, string>)[busPasswordVariable(user)] ?? '';
}

/** The credentials of a bus user from the launcher's settings; production refuses an open bus. */
export function launcherBusCredentials(s: LauncherSettings, user: BusUser): BusCredentials {
  const password = busPassword(s, user);
  if (!password && s.NODE_ENV === 'production') {
    throw new SettingsError([`${busPasswordVariable(user)} is required when NODE_ENV=production: the bus is never open in production (docs/security.md)`]);
  }
  return { user, ...(password ? { password } : {}), ...(s.NATS_TLS_CA_FILE ? { tlsCaFile: s.NATS_TLS_CA_FILE } : {}) };
}

/**
 * `start` runs every process: either every bus user has a password (a locked-down NATS) or none
 * has (an open one, on a developer's machine only).
 */
export function assertBusPasswordsComplete(s: LauncherSettings): void {
  const missing = BUS_USERS.filter((u) => !busPassword(s, u));
  if (missing.length > 0 && missing.length < BUS_USERS.length) {
    throw new SettingsError(missing.map((u) => `${busPasswordVariable(u)}: set every NATS_<USER>_PASSWORD or none (${BUS_USERS.map(busPasswordVariable).join(', ')})`));
  }
  for (const u of BUS_USERS) launcherBusCredentials(s, u);
}
