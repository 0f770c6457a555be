import { Matches } from 'class-validator';
import { Secret, ServiceSettings } from '@prossimo/platform';

/** The reports service's settings (validated at boot; see docs/operations.md). */
export class ReportsSettings extends ServiceSettings {
  override DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/prossimo_reports';

  /** Master key (base64, 32 bytes) wrapping each report's data key. From a secret store in production. */
  @Secret()
  @Matches(/^[A-Za-z0-9+/]{43}=$/, { message: 'REPORTS_MASTER_KEY must be 32 bytes in base64' })
  REPORTS_MASTER_KEY = '';

  @Matches(/^[a-z0-9-]{1,40}$/, { message: 'REPORTS_MASTER_KEY_ID must be a short lowercase id' })
  REPORTS_MASTER_KEY_ID = 'master-1';
}
