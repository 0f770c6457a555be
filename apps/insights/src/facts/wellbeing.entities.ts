import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import { OutcomePhase, PathwayAction, PathwayKind, ScoreBand } from '@prossimo/contracts';
import { checkIn } from '@prossimo/platform';

/** A pathway's move counted per month: opened or closed. */
export enum PathwayMove {
  OPENED = 'OPENED',
  CLOSED = 'CLOSED',
}

/**
 * UCLA-3 loneliness measurements per municipality × neighbourhood × month × phase × band (from
 * reports' `outcome.recorded.v1`). Counts only: the event names no person, and neither does this.
 */
@Entity({ name: 'outcome_counts' })
@Check('CHK_outcome_counts_phase', checkIn('phase', Object.values(OutcomePhase)))
@Check('CHK_outcome_counts_band', checkIn('band', Object.values(ScoreBand)))
export class OutcomeCountEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_outcome_counts' })
  municipality: string;

  @PrimaryColumn({ name: 'neighbourhood_code', type: 'text', primaryKeyConstraintName: 'PK_outcome_counts' })
  neighbourhoodCode: string;

  /** First day of the month of the measurement (the event's `month`). */
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'PK_outcome_counts' })
  month: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_outcome_counts' })
  phase: OutcomePhase;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_outcome_counts' })
  band: ScoreBand;

  @Column({ type: 'int' })
  count: number;
}

/** Life-project pathways opened and closed per municipality × neighbourhood × month × kind (`pathway.opened/closed.v1`). */
@Entity({ name: 'pathway_counts' })
@Check('CHK_pathway_counts_kind', checkIn('kind', Object.values(PathwayKind)))
@Check('CHK_pathway_counts_move', checkIn('move', Object.values(PathwayMove)))
export class PathwayCountEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_pathway_counts' })
  municipality: string;

  @PrimaryColumn({ name: 'neighbourhood_code', type: 'text', primaryKeyConstraintName: 'PK_pathway_counts' })
  neighbourhoodCode: string;

  /** First day of the month of the move. */
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'PK_pathway_counts' })
  month: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_pathway_counts' })
  kind: PathwayKind;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_pathway_counts' })
  move: PathwayMove;

  @Column({ type: 'int' })
  count: number;
}

/**
 * Actions (law-112/2016 fund actions A–E, mental-health pact axes) tagged and untagged per
 * municipality × neighbourhood × month × kind × action (`pathway.action-tagged/untagged.v1`). The
 * dashboard shows tagged − untagged of the month (never below 0): an untag is a negative.
 */
@Entity({ name: 'pathway_action_counts' })
@Check('CHK_pathway_action_counts_kind', checkIn('kind', Object.values(PathwayKind)))
@Check('CHK_pathway_action_counts_action', checkIn('action', Object.values(PathwayAction)))
export class PathwayActionCountEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_pathway_action_counts' })
  municipality: string;

  @PrimaryColumn({ name: 'neighbourhood_code', type: 'text', primaryKeyConstraintName: 'PK_pathway_action_counts' })
  neighbourhoodCode: string;

  /** First day of the month of the tag or untag. */
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'PK_pathway_action_counts' })
  month: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_pathway_action_counts' })
  kind: PathwayKind;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_pathway_action_counts' })
  action: PathwayAction;

  @Column({ type: 'int', default: 0 })
  tagged: number;

  @Column({ type: 'int', default: 0 })
  untagged: number;
}
