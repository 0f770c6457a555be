import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SessionStatus } from '@prossimo/contracts';
import { checkIn } from '@prossimo/platform';
import { InitiativeEntity } from './initiative.entity';

/**
 * One session of an initiative, with its seats: for the public, and held for people referred by
 * the social desk. The taken counters never exceed the seats: the database refuses it (CHECK),
 * and the seats ledger takes a seat with a conditional UPDATE (seats/seats.repository.ts).
 */
@Entity({ name: 'sessions' })
@Index('IDX_sessions_initiative_starts', ['initiativeId', 'startsAt'])
@Index('IDX_sessions_municipality_starts', ['municipality', 'startsAt'])
@Index('IDX_sessions_modified', ['modifiedSeq'])
@Check('CHK_sessions_status', checkIn('status', Object.values(SessionStatus)))
@Check('CHK_sessions_times', `"ends_at" > "starts_at"`)
@Check('CHK_sessions_public_seats', `"public_taken" >= 0 AND "public_taken" <= "public_seats"`)
@Check('CHK_sessions_referral_seats', `"referral_taken" >= 0 AND "referral_taken" <= "referral_seats"`)
export class SessionEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_sessions' })
  id: string;

  @ManyToOne(() => InitiativeEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'initiative_id', foreignKeyConstraintName: 'FK_sessions_initiative' })
  initiative?: InitiativeEntity;

  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId: string;

  @Column({ type: 'text' })
  municipality: string;

  /** The weekly rule it was made by, if any. */
  @Column({ name: 'series_id', type: 'uuid', nullable: true })
  seriesId: string | null;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  /** A SessionStatus. */
  @Column({ type: 'text' })
  status: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'public_seats', type: 'integer' })
  publicSeats: number;

  @Column({ name: 'referral_seats', type: 'integer' })
  referralSeats: number;

  @Column({ name: 'public_taken', type: 'integer', default: 0 })
  publicTaken: number;

  @Column({ name: 'referral_taken', type: 'integer', default: 0 })
  referralTaken: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** Increases on every change of the session, seats included (the open-data feed's `modified`). */
  @Column({ name: 'modified_seq', type: 'bigint' })
  modifiedSeq: string;
}
