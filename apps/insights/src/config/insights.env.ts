import { IsInt, Max, Min } from 'class-validator';
import { ServiceSettings } from '@prossimo/platform';

/** The insights service's settings (validated at boot). */
export class InsightsSettings extends ServiceSettings {
  override DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/prossimo_insights';

  /** Smallest count the dashboard shows (ARCHITECTURE.md: k ≥ 10). */
  @IsInt()
  @Min(2)
  @Max(100)
  SMALL_CELL_K = 10;
}
