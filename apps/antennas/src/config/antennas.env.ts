import { ServiceSettings } from '@prossimo/platform';

/** The antennas service's settings (validated at boot; see docs/operations.md). */
export class AntennasSettings extends ServiceSettings {
  override DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/prossimo_antennas';
}
