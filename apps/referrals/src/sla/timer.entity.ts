import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { ReferralDeadlineKind } from '@prossimo/contracts';
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
