import { IsIn, IsNotEmpty, IsString, Matches, ValidateIf } from 'class-validator';
import { BUS_PASSWORD_PATTERN, BUS_PASSWORD_RULE, BusUser, SUBJECT_ROOT_PATTERN } from '@prossimo/contracts';
import type { BusCredentials } from '@prossimo/messaging';
import { Secret } from './settings';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Settings of every process on the bus (the gateway and each service extend this). */
export class BusSettings {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @IsString()
  @IsNotEmpty()
  NATS_URL = 'nats://127.0.0.1:4222';

  @Matches(SUBJECT_ROOT_PATTERN, { message: 'SUBJECT_ROOT must be a lowercase token such as "prossimo"' })
  SUBJECT_ROOT = 'prossimo';

  /**
   * The password of this process's own NATS user (the user is the service's name: gateway,
   * reports, ...; see deploy/nats). Required in production; without it a local run connects
   * anonymously, with a warning.
   */
  @Secret()
  @ValidateIf((s: BusSettings) => s.NODE_ENV === 'production' || s.NATS_PASSWORD !== '')
  @IsNotEmpty({ message: 'NATS_PASSWORD is required when NODE_ENV=production: the bus is never open in production (docs/security.md)' })
  @Matches(BUS_PASSWORD_PATTERN, { message: `NATS_PASSWORD must be ${BUS_PASSWORD_RULE}` })
  NATS_PASSWORD = '';

  /** A CA certificate (PEM file) to verify the NATS servers' TLS certificates (use tls:// URLs). */
  @IsString()
  NATS_TLS_CA_FILE = '';

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';
}

/** The bus credentials of `user` from its settings. */
export function busCredentials(s: BusSettings, user: BusUser): BusCredentials {
  return { user, ...(s.NATS_PASSWORD ? { password: s.NATS_PASSWORD } : {}), ...(s.NATS_TLS_CA_FILE ? { tlsCaFile: s.NATS_TLS_CA_FILE } : {}) };
}
