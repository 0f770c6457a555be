import { Transform } from 'class-transformer';
import { IsInt, Matches, Max, Min } from 'class-validator';
import { BusSettings } from './bus-settings';
import { Secret, pemFromEnv } from './settings';

export { LOG_LEVELS } from './bus-settings';

/** Settings every back-end service shares. Each service's settings class extends this. */
export class ServiceSettings extends BusSettings {
  @Secret()
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL = '';

  /** The gateway's public key (SPKI PEM, Ed25519): services verify every actor token with it. */
  @Transform(({ value }) => (typeof value === 'string' ? pemFromEnv(value) : value))
  @Matches(/-----BEGIN PUBLIC KEY-----/, { message: 'AUTH_PUBLIC_KEY must be a PEM public key' })
  AUTH_PUBLIC_KEY = '';

  @IsInt()
  @Min(1)
  @Max(64)
  DB_POOL_SIZE = 10;
}
