import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { InitiativeStatus, SessionStatus } from '@prossimo/contracts';
import { checkIn } from '@prossimo/platform';

/**
 * What referrals knows of community's initiatives (from initiative.* events), to address a
 * prescription: who organises it, where, and whether it is published. Never a title or a text.
 */
@Entity({ name: 'initiative_targets' })
@Check('CHK_initiative_targets_status', checkIn('status', Object.values(InitiativeStatus)))
export class InitiativeTargetEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_initiative_targets' })
  id: string;

  @Column({ type: 'text' })
  municipality: string;

  /** The organisation of the directory that organises it; null for the municipality's own (no prescriptions then). */
  @Column({ name: 'organiser_organisation_id', type: 'uuid', nullable: true })
  organiserOrganisationId: string | null;

  @Column({ name: 'neighbourhood_code', type: 'text' })
  neighbourhoodCode: string;

  @Column({ type: 'text' })
  status: InitiativeStatus;

  /** The event time of the last change applied (an older delivery is ignored). */
  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt: Date;
}

/** What referrals knows of each session (from initiative.session-* and seat events): when, its status, its referral seats. */
@Entity({ name: 'initiative_sessions' })
@Index('IDX_initiative_sessions_initiative', ['initiativeId', 'startsAt'])
@Check('CHK_initiative_sessions_status', checkIn('status', Object.values(SessionStatus)))
export class InitiativeSessionEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_initiative_sessions' })
  id: string;

  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId: string;

  @Column({ type: 'text' })
  municipality: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'text' })
  status: SessionStatus;

  @Column({ name: 'referral_seats', type: 'int' })
  referralSeats: number;

  /** Referral seats taken, as the last seat event said (community's ledger is the authority). */
  @Column({ name: 'referral_taken', type: 'int', default: 0 })
  referralTaken: number;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt: Date;
}
