import { Inject, Injectable } from '@nestjs/common';
import { Actor, COVERAGE_MAX_MONTHS, CoverageQueryV1, CoverageV1, DomainError } from '@prossimo/contracts';
import { CLOCK, Clock, DEFAULT_K, SETTINGS } from '@prossimo/platform';
import { AntennasRepository } from '../antennas/antennas.repository';
import { AntennasSettings } from '../config/antennas.env';
import { NeighbourhoodsRepository } from '../neighbourhoods/neighbourhoods.repository';
import { monthsBefore, monthsBetween, romeMonth } from '../time/rome';
import { computeCoverage } from './coverage';
import { ReportCountsRepository } from './report-counts.repository';

@Injectable()
export class CoverageService {
  constructor(
    private readonly neighbourhoods: NeighbourhoodsRepository,
    private readonly antennas: AntennasRepository,
    private readonly counts: ReportCountsRepository,
    @Inject(SETTINGS) private readonly settings: AntennasSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The coverage of the analyst's own municipality (another one is refused), over a range of months. */
  async coverage(actor: Actor, q: CoverageQueryV1): Promise<CoverageV1> {
    const municipality = q.municipality ?? actor.municipality;
    if (municipality !== actor.municipality) throw DomainError.forbidden('puoi vedere solo il tuo comune / you may only see your own municipality');
    const to = q.to ?? romeMonth(this.clock());
    const from = q.from ?? monthsBefore(to, 11);
    const months = monthsBetween(from, to);
    if (months.length === 0) throw DomainError.badInput('from', 'from: deve precedere to / from must not be after to');
    if (months.length > COVERAGE_MAX_MONTHS) throw DomainError.badInput('from', `from: al massimo ${COVERAGE_MAX_MONTHS} mesi / at most ${COVERAGE_MAX_MONTHS} months`);
    const [neighbourhoods, active, counts] = await Promise.all([
      this.neighbourhoods.findWithPopulation(municipality),
      this.antennas.countActiveByNeighbourhood(municipality),
      this.counts.findBetween(municipality, from, to),
    ]);
    return computeCoverage({ municipality, threshold: this.settings.COVERAGE_DESERT_BELOW_PER_1000, neighbourhoods, active, counts, months, k: DEFAULT_K });
  }
}
