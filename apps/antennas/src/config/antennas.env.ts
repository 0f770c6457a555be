import { IsNumber, Max, Min } from 'class-validator';
import { ServiceSettings } from '@prossimo/platform';

/** The antennas service's settings (validated at boot; see docs/operations.md). */
export class AntennasSettings extends ServiceSettings {
  override DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/prossimo_antennas';

  /**
   * A neighbourhood with fewer ACTIVE antennas per 1,000 residents than this is an antenna desert
   * (one with none at all always is). 0.25 = fewer than one antenna per 4,000 residents.
   */
  @IsNumber({}, { message: 'COVERAGE_DESERT_BELOW_PER_1000 must be a number' })
  @Min(0)
  @Max(1000)
  COVERAGE_DESERT_BELOW_PER_1000 = 0.25;

  /** Largest overlap allowed between two imported neighbourhoods, as a fraction of the smaller one's area (0.01 = 1%). */
  @IsNumber({}, { message: 'NEIGHBOURHOOD_OVERLAP_TOLERANCE must be a number' })
  @Min(0)
  @Max(0.5)
  NEIGHBOURHOOD_OVERLAP_TOLERANCE = 0.01;
}
