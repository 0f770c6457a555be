import { IsInt, Max, Min } from 'class-validator';
import { ServiceSettings } from '@prossimo/platform';

/** The community service's settings (validated at boot; see docs/operations.md). */
export class CommunitySettings extends ServiceSettings {
  override DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/prossimo_community';

  /** How many sessions to come an initiative's public page lists. */
  @IsInt()
  @Min(1)
  @Max(100)
  PUBLIC_NEXT_SESSIONS = 8;
}
