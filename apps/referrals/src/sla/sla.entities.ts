import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { Urgency, Need, ReferralDeadlineKind } from '@prossimo/contracts';
import { checkIn } from '@prossimo/platform';
import { ReferralEntity } from '../referrals/referral.entities';

/**
 * An SLA deadline of one referral: a row with a due time, so it survives restarts. Sweepers claim
 * due rows with FOR UPDATE SKIP LOCKED and settle each in the same transaction as its effect, so
 * with any number of replicas each timer fires exactly once.
 *   accept         the referral must be accepted by then, or it is cancelled (expired) and re-routed
 *   first-contact  the organisation must have started (first contact) by then, or the desk is alerted
 */
@Entity({ name: 'referral_timers' })
@Unique('UQ_referral_timers_referral_kind', ['referralId', 'kind'])
@Index('IDX_referral_timers_due', ['dueAt'], { where: `"state" = 'pending'` })
@Check('CHK_referral_timers_kind', `"kind" IN ('accept','first-contact')`)
@Check('CHK_referral_timers_state', `"state" IN ('pending','fired','cancelled')`)
export class ReferralTimerEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_referral_timers' })
  id: string;

  @ManyToOne(() => ReferralEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'referral_id', foreignKeyConstraintName: 'FK_referral_timers_referral' })
  referral?: ReferralEntity;

  @Column({ name: 'referral_id', type: 'uuid' })
  referralId: string;

  @Column({ type: 'text' })
  kind: ReferralDeadlineKind;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @Column({ type: 'text' })
  state: string;

  /** When it fired or was cancelled. */
  @Column({ name: 'settled_at', type: 'timestamptz', nullable: true })
  settledAt: Date | null;

  /** Which process fired it (host:pid), for the operations log. */
  @Column({ name: 'fired_by', type: 'text', nullable: true })
  firedBy: string | null;
}

/** What routing knows of each report (from report.submitted): enough to re-route and to alert its owner desk. */
@Entity({ name: 'routed_reports' })
@Check('CHK_routed_reports_urgency', checkIn('urgency', Object.values(Urgency)))
export class RoutedReportEntity {
  @PrimaryColumn({ name: 'report_id', type: 'uuid', primaryKeyConstraintName: 'PK_routed_reports' })
  reportId: string;

  @Column({ type: 'text' })
  municipality: string;

  @Column({ name: 'neighbourhood_code', type: 'text' })
  neighbourhoodCode: string;

  @Column({ type: 'text' })
  urgency: Urgency;

  @Column({ type: 'text', array: true })
  needs: Need[];

  @Column({ name: 'owner_desk_id', type: 'uuid' })
  ownerDeskId: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** The report's reference code (e.g. CB-7K4Q, from report.submitted), shown with its referrals and alerts; null for reports from before codes. */
  @Column({ type: 'text', nullable: true })
  reference: string | null;

  /** When its desk last reopened it (report.reopened): a close that happened before is not applied again. */
  @Column({ name: 'reopened_at', type: 'timestamptz', nullable: true })
  reopenedAt?: Date | null;
}

/**
 * A report that ended (closed by its desk, or withdrawn by its antenna): nothing routes it any
 * more, whatever event arrives later (a report.submitted retried after the withdrawal, a re-route
 * of a referral that survived the close).
 */
@Entity({ name: 'ended_reports' })
@Check('CHK_ended_reports_ending', `"ending" IS NULL OR "ending" IN ('report-closed','report-withdrawn')`)
export class EndedReportEntity {
  @PrimaryColumn({ name: 'report_id', type: 'uuid', primaryKeyConstraintName: 'PK_ended_reports' })
  reportId: string;

  @Column({ name: 'ended_at', type: 'timestamptz' })
  endedAt: Date;

  /** How it ended (closed by the desk, withdrawn by the antenna): an alert raised later is resolved alike. Null for reports ended before this was kept. */
  @Column({ type: 'text', nullable: true })
  ending: string | null;
}
