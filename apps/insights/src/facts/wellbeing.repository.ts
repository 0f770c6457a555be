import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { OutcomePhase, PathwayAction, PathwayKind, ScoreBand } from '@prossimo/contracts';
import { MonthRange } from './facts.repository';
import { PathwayMove } from './wellbeing.entities';

/** `YYYY-MM` (as the wellbeing events carry it) → the first day the facts tables key months by. */
export const monthDay = (month: string) => `${month}-01`;

/**
 * SQL for the outcome and pathway figures: the consumer's writes (one counter +1 per event, in the
 * event's inbox transaction) and the dashboard's reads. Rows hold a neighbourhood, a month, codes
 * and counts; never a person, a report or a pathway id (the events carry none).
 */
@Injectable()
export class WellbeingFactsRepository {
  constructor(private readonly ds: DataSource) {}

  async countOutcome(em: EntityManager, o: { municipality: string; neighbourhoodCode: string; month: string; phase: OutcomePhase; band: ScoreBand }): Promise<void> {
    await em.query(
      `INSERT INTO outcome_counts (municipality, neighbourhood_code, month, phase, band, count) VALUES ($1, $2, $3, $4, $5, 1)
       ON CONFLICT (municipality, neighbourhood_code, month, phase, band) DO UPDATE SET count = outcome_counts.count + 1`,
      [o.municipality, o.neighbourhoodCode, monthDay(o.month), o.phase, o.band],
    );
  }

  async countPathway(em: EntityManager, p: { municipality: string; neighbourhoodCode: string; month: string; kind: PathwayKind; move: PathwayMove }): Promise<void> {
    await em.query(
      `INSERT INTO pathway_counts (municipality, neighbourhood_code, month, kind, move, count) VALUES ($1, $2, $3, $4, $5, 1)
       ON CONFLICT (municipality, neighbourhood_code, month, kind, move) DO UPDATE SET count = pathway_counts.count + 1`,
      [p.municipality, p.neighbourhoodCode, monthDay(p.month), p.kind, p.move],
    );
  }

  /** One tag (+1 to `tagged`) or untag (+1 to `untagged`) of an action in its month. */
  async countAction(em: EntityManager, a: { municipality: string; neighbourhoodCode: string; month: string; kind: PathwayKind; action: PathwayAction; tagged: boolean }): Promise<void> {
    const column = a.tagged ? 'tagged' : 'untagged';
    await em.query(
      `INSERT INTO pathway_action_counts (municipality, neighbourhood_code, month, kind, action, ${column}) VALUES ($1, $2, $3, $4, $5, 1)
       ON CONFLICT (municipality, neighbourhood_code, month, kind, action) DO UPDATE SET ${column} = pathway_action_counts.${column} + 1`,
      [a.municipality, a.neighbourhoodCode, monthDay(a.month), a.kind, a.action],
    );
  }

  /** Measurements in the range per neighbourhood, month, phase and band. */
  outcomes(q: MonthRange): Promise<{ n: string; month: string; phase: OutcomePhase; band: ScoreBand; count: number }[]> {
    return this.ds.query(
      `SELECT neighbourhood_code AS n, month::text AS month, phase, band, count FROM outcome_counts WHERE municipality = $1 AND month BETWEEN $2 AND $3`,
      [q.municipality, q.from, q.to],
    );
  }

  /** Pathways opened and closed in the range per month and kind (all neighbourhoods). */
  pathways(q: MonthRange): Promise<{ month: string; kind: PathwayKind; move: PathwayMove; count: number }[]> {
    return this.ds.query(
      `SELECT month::text AS month, kind, move, sum(count)::int AS count FROM pathway_counts WHERE municipality = $1 AND month BETWEEN $2 AND $3 GROUP BY 1, 2, 3`,
      [q.municipality, q.from, q.to],
    );
  }

  /** Actions tagged minus untagged in the range per month and action (all neighbourhoods). */
  actions(q: MonthRange): Promise<{ month: string; action: PathwayAction; count: number }[]> {
    return this.ds.query(
      `SELECT month::text AS month, action, sum(tagged - untagged)::int AS count FROM pathway_action_counts WHERE municipality = $1 AND month BETWEEN $2 AND $3 GROUP BY 1, 2`,
      [q.municipality, q.from, q.to],
    );
  }
}
