import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { OutcomePhase, PathwayAction, PathwayKind, Role } from '@prossimo/contracts';
import { checkIn } from '@prossimo/platform';

/**
 * A UCLA-3 loneliness measurement of a report's subject. The answers (three items, 1–3) are sealed
 * under the subject's data key in `scores_sealed` (NULL once the report is purged or the subject
 * erased); the phase and the day stay plain, for the "due" view. One per phase and report.
 */
@Entity({ name: 'outcome_measurements' })
@Index('UQ_outcome_measurements_report_phase', ['reportId', 'phase'], { unique: true })
@Check('CHK_outcome_measurements_phase', checkIn('phase', Object.values(OutcomePhase)))
@Check('CHK_outcome_measurements_recorded_by_role', checkIn('recorded_by_role', [Role.SOCIAL_WORKER, Role.ORG_OPERATOR]))
export class OutcomeMeasurementEntity {
  /** Made by the caller: a retry with the same id is harmless. */
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_outcome_measurements' })
  id: string;

  @Column({ type: 'text' })
  municipality: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @Column({ type: 'text' })
  phase: OutcomePhase;

  @Column({ name: 'measured_on', type: 'date' })
  measuredOn: string;

  /** `{"lackCompanionship":n,"leftOut":n,"isolated":n}` sealed under the subject's key. */
  @Column({ name: 'scores_sealed', type: 'bytea', nullable: true })
  scoresSealed: Buffer | null;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;

  @Column({ name: 'recorded_by_role', type: 'text' })
  recordedByRole: Role;

  /** The operator's organisation; NULL for the desk. */
  @Column({ name: 'recorded_by_organisation_id', type: 'uuid', nullable: true })
  recordedByOrganisationId: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}

/**
 * A life-project pathway of a report's subject («Dopo di noi», law 112/2016, or the mental-health
 * pact): groups the report's referrals over months. At most one open per report.
 */
@Entity({ name: 'life_pathways' })
@Index('UQ_life_pathways_open_report', ['reportId'], { unique: true, where: '"closed_at" IS NULL' })
@Index('IDX_life_pathways_report', ['reportId', 'openedAt'])
@Check('CHK_life_pathways_kind', checkIn('kind', Object.values(PathwayKind)))
export class LifePathwayEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_life_pathways' })
  id: string;

  @Column({ type: 'text' })
  municipality: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @Column({ type: 'text' })
  kind: PathwayKind;

  @Column({ name: 'opened_by', type: 'uuid' })
  openedBy: string;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt: Date;

  @Column({ name: 'closed_by', type: 'uuid', nullable: true })
  closedBy: string | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}

/** A referral of the pathway's report, tagged with what it does in the pathway (an action its kind allows). */
@Entity({ name: 'pathway_referrals' })
@Check('CHK_pathway_referrals_action', checkIn('action', Object.values(PathwayAction)))
export class PathwayReferralEntity {
  @PrimaryColumn({ name: 'pathway_id', type: 'uuid', primaryKeyConstraintName: 'PK_pathway_referrals' })
  pathwayId: string;

  @PrimaryColumn({ name: 'referral_id', type: 'uuid', primaryKeyConstraintName: 'PK_pathway_referrals' })
  referralId: string;

  @Column({ type: 'text' })
  action: PathwayAction;

  @Column({ name: 'tagged_by', type: 'uuid' })
  taggedBy: string;

  @Column({ name: 'tagged_at', type: 'timestamptz' })
  taggedAt: Date;
}

/**
 * A version of a pathway's wishes note (the parents' or the person's), sealed under the subject's
 * key (`text_sealed` NULL once purged or erased), with the day it is to be reviewed.
 */
@Entity({ name: 'pathway_wishes' })
@Index('IDX_pathway_wishes_pathway', ['pathwayId', 'writtenAt'])
export class PathwayWishesEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_pathway_wishes' })
  id: string;

  @Column({ name: 'pathway_id', type: 'uuid' })
  pathwayId: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @Column({ name: 'text_sealed', type: 'bytea', nullable: true })
  textSealed: Buffer | null;

  @Column({ name: 'review_on', type: 'date' })
  reviewOn: string;

  @Column({ name: 'written_by', type: 'uuid' })
  writtenBy: string;

  @Column({ name: 'written_at', type: 'timestamptz' })
  writtenAt: Date;
}
