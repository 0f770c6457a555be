import { Transform } from 'class-transformer';
import { IsIn, IsInt, Matches, Max, Min, ValidateBy, ValidationArguments } from 'class-validator';
import { CRASH_POINTS, CrashPlan, CrashPoint } from '@prossimo/messaging';
import { BusSettings } from './bus-settings';
import { Secret, pemFromEnv } from './settings';

export { LOG_LEVELS } from './bus-settings';

/** A test-only setting: refused (at boot) when NODE_ENV=production. */
function TestOnly(): PropertyDecorator {
  return ValidateBy({
    name: 'testOnly',
    validator: {
      validate: (value: unknown, args?: ValidationArguments) => (args?.object as ServiceSettings).NODE_ENV !== 'production' || value === '',
      defaultMessage: (args?: ValidationArguments) => `${args?.property} is a test-only setting (the fault suite): refused when NODE_ENV=production`,
    },
  });
}

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

  /**
   * Test only (the fault suite, docs/reliability.md): the process exits at this point of the
   * outbox relay or the event consumer (libs/messaging crash-points.ts), the FAULT_CRASH_AFTER-th
   * time it passes it. Empty: never. Refused when NODE_ENV=production.
   */
  @TestOnly()
  @IsIn(['', ...CRASH_POINTS], { message: `FAULT_CRASH_AT must be empty or one of ${CRASH_POINTS.join(', ')}` })
  FAULT_CRASH_AT: '' | CrashPoint = '';

  @IsInt()
  @Min(1)
  @Max(1_000_000)
  FAULT_CRASH_AFTER = 1;
}

/** The crash plan of a service's settings (null unless FAULT_CRASH_AT is set). */
export function crashPlanOf(s: ServiceSettings): CrashPlan | null {
  return s.FAULT_CRASH_AT ? { at: s.FAULT_CRASH_AT, after: s.FAULT_CRASH_AFTER } : null;
}
