import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsString, Matches, Max, Min } from 'class-validator';
import { SUBJECT_ROOT_PATTERN } from '@prossimo/contracts';
import { LOG_LEVELS, Secret, pemFromEnv } from '@prossimo/platform';

/** The gateway's settings, validated at boot. */
export class GatewaySettings {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @IsString()
  @IsNotEmpty()
  HOST = '0.0.0.0';

  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** The identity database: accounts, password hashes. No business data. */
  @Secret()
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/prossimo_gateway';

  @IsString()
  @IsNotEmpty()
  NATS_URL = 'nats://127.0.0.1:4222';

  @Matches(SUBJECT_ROOT_PATTERN, { message: 'SUBJECT_ROOT must be a lowercase token such as "prossimo"' })
  SUBJECT_ROOT = 'prossimo';

  /** Ed25519 private key (PKCS#8 PEM) that signs access tokens. Only the gateway holds it. */
  @Secret()
  @Transform(({ value }) => (typeof value === 'string' ? pemFromEnv(value) : value))
  @Matches(/-----BEGIN PRIVATE KEY-----/, { message: 'AUTH_PRIVATE_KEY must be a PEM private key' })
  AUTH_PRIVATE_KEY = '';

  /** Access tokens are short-lived; clients renew them with the refresh token. */
  @IsInt()
  @Min(60)
  @Max(24 * 3600)
  TOKEN_TTL_SECONDS = 900;

  /** How long a session (its refresh token) lasts without being used. A shop's device is shared: keep it short. */
  @IsInt()
  @Min(300)
  @Max(30 * 24 * 3600)
  REFRESH_TTL_SECONDS = 12 * 3600;

  /** How long the gateway waits for a service before answering UNAVAILABLE. */
  @IsInt()
  @Min(100)
  @Max(60_000)
  RPC_TIMEOUT_MS = 5000;

  @IsBoolean()
  GRAPHQL_INTROSPECTION = true;

  /** GraphQL requests per minute from one address (shared by all gateway instances). */
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_ADDRESS = 600;

  /** GraphQL requests per minute from one signed-in account. */
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_ACCOUNT = 300;

  /** Failed logins for one email before it is locked out for LOGIN_LOCKOUT_SECONDS. */
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES = 5;

  @IsInt()
  @Min(10)
  LOGIN_LOCKOUT_SECONDS = 900;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  @IsInt()
  @Min(1)
  @Max(64)
  DB_POOL_SIZE = 5;
}
