import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsString, Matches, Max, Min } from 'class-validator';
import { SUBJECT_ROOT_PATTERN } from '@prossimo/contracts';
import { Secret, pemFromEnv } from './settings';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Settings every back-end service shares. Each service's settings class extends this. */
export class ServiceSettings {
  @Secret()
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL = '';

  @IsString()
  @IsNotEmpty()
  NATS_URL = 'nats://127.0.0.1:4222';

  @Matches(SUBJECT_ROOT_PATTERN, { message: 'SUBJECT_ROOT must be a lowercase token such as "prossimo"' })
  SUBJECT_ROOT = 'prossimo';

  /** The gateway's public key (SPKI PEM, Ed25519): services verify every actor token with it. */
  @Transform(({ value }) => (typeof value === 'string' ? pemFromEnv(value) : value))
  @Matches(/-----BEGIN PUBLIC KEY-----/, { message: 'AUTH_PUBLIC_KEY must be a PEM public key' })
  AUTH_PUBLIC_KEY = '';

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  @IsInt()
  @Min(1)
  @Max(64)
  DB_POOL_SIZE = 10;
}
