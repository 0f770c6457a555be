import { ServiceSettings } from '@prossimo/platform';

/** The referrals service's settings (validated at boot; see docs/operations.md). */
export class ReferralsSettings extends ServiceSettings {
  override DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/prossimo_referrals';
}
