import { Inject, Injectable } from '@nestjs/common';
import { DashboardV1, OUTCOME_COLUMNS, PathwayAction, PathwayKind } from '@prossimo/contracts';
import { MonthRange } from '../facts/facts.repository';
import { PathwayMove } from '../facts/wellbeing.entities';
import { WellbeingFactsRepository } from '../facts/wellbeing.repository';
import { table } from './tables';

const KINDS = Object.values(PathwayKind);
const ACTIONS = Object.values(PathwayAction);

/** The dashboard's tables of this section. */
export type WellbeingTables = Pick<DashboardV1, 'outcomesByNeighbourhood' | 'outcomesByMonth' | 'pathwaysOpenedByMonth' | 'pathwaysClosedByMonth' | 'pathwayActionsByMonth'>;

/**
 * Outcomes and life-project pathways on the city's dashboard: the UCLA-3 loneliness bands at the
 * start and after 12 weeks (distributions: a START and a WEEK_12 of the same person cannot be
 * paired), per neighbourhood and per month; «Dopo di noi» and mental-health pathways opened and
 * closed and their actions per month. Every table through the same small-cell rule as the rest.
 */
@Injectable()
export class WellbeingSection {
  constructor(@Inject(WellbeingFactsRepository) private readonly facts: WellbeingFactsRepository) {}

  async tables(range: MonthRange, months: string[], k: number): Promise<WellbeingTables> {
    const outcomes = await this.facts.outcomes(range);
    const pathways = await this.facts.pathways(range);
    const actions = await this.facts.actions(range);
    const outcomeRows = [...new Set(outcomes.map((o) => o.n))].sort();
    type Outcome = (typeof outcomes)[number];
    const measured = (pred: (o: Outcome) => boolean, column: string) => outcomes.filter((o) => pred(o) && `${o.phase}.${o.band}` === column).reduce((a, o) => a + o.count, 0);
    const moved = (move: PathwayMove) => (m: string, kind: string) => pathways.filter((p) => p.month === m && p.kind === kind && p.move === move).reduce((a, p) => a + p.count, 0);
    return {
      outcomesByNeighbourhood: table(outcomeRows, [...OUTCOME_COLUMNS], (n, c) => measured((o) => o.n === n, c), k),
      outcomesByMonth: table(months, [...OUTCOME_COLUMNS], (m, c) => measured((o) => o.month === m, c), k),
      pathwaysOpenedByMonth: table(months, KINDS, moved(PathwayMove.OPENED), k),
      pathwaysClosedByMonth: table(months, KINDS, moved(PathwayMove.CLOSED), k),
      // An untag is a negative: a month's count is its tags less its untags, never below 0.
      pathwayActionsByMonth: table(months, ACTIONS, (m, action) => Math.max(0, actions.find((a) => a.month === m && a.action === action)?.count ?? 0), k),
    };
  }
}
