import { IsInt, Matches, Max, Min } from 'class-validator';
import { Secret, ServiceSettings } from '@prossimo/platform';

/** The reports service's settings (validated at boot; see docs/operations.md and docs/privacy.md). */
export class ReportsSettings extends ServiceSettings {
  override DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/prossimo_reports';

  /** Master key (base64, 32 bytes) wrapping the municipality keys. From a secret store in production. */
  @Secret()
  @Matches(/^[A-Za-z0-9+/]{43}=$/, { message: 'REPORTS_MASTER_KEY must be 32 bytes in base64' })
  REPORTS_MASTER_KEY = '';

  @Matches(/^[a-z0-9-]{1,40}$/, { message: 'REPORTS_MASTER_KEY_ID must be a short lowercase id' })
  REPORTS_MASTER_KEY_ID = 'master-1';

  /**
   * Retired master keys still needed to read, during a rotation: "id:base64,id:base64".
   * Remove an entry once `rotate-keys` reports nothing left wrapped by it.
   */
  @Secret()
  @Matches(/^$|^[a-z0-9-]{1,40}:[A-Za-z0-9+/]{43}=(,[a-z0-9-]{1,40}:[A-Za-z0-9+/]{43}=)*$/, { message: 'REPORTS_OLD_MASTER_KEYS must be a comma-separated list of id:base64 (32 bytes)' })
  REPORTS_OLD_MASTER_KEYS = '';

  /** How often the retention sweep runs (ms); 0 turns the schedule off (tests call it directly). */
  @IsInt()
  @Min(0)
  @Max(7 * 24 * 3600 * 1000)
  RETENTION_SWEEP_INTERVAL_MS = 3600 * 1000;

  /** How long after closing a report its desk may reopen it (a closure made by mistake), in hours. */
  @IsInt()
  @Min(1)
  @Max(720)
  REOPEN_WINDOW_HOURS = 72;
}
