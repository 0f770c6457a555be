import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SEAT_RESERVATION_STATUSES, SeatKind } from '@prossimo/contracts';
import { checkIn } from '@prossimo/platform';
import { SessionEntity } from '../initiatives/session.entity';

/**
 * The seats ledger: one row per seat taken, HELD until released. The session's counters are the
 * sum of its HELD rows by kind (a test checks it). `holder_ref` is an opaque id of the caller's
 * (a registration, a referral), never a name.
 */
@Entity({ name: 'seat_reservations' })
@Index('IDX_seat_reservations_session', ['sessionId', 'status'])
@Check('CHK_seat_reservations_kind', checkIn('kind', Object.values(SeatKind)))
@Check('CHK_seat_reservations_status', checkIn('status', SEAT_RESERVATION_STATUSES))
export class SeatReservationEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_seat_reservations' })
  id: string;

  @ManyToOne(() => SessionEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'FK_seat_reservations_session' })
  session?: SessionEntity;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @Column({ type: 'text' })
  municipality: string;

  /** A SeatKind. */
  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text' })
  status: string;

  @Column({ name: 'holder_ref', type: 'uuid', nullable: true })
  holderRef: string | null;

  @Column({ name: 'reserved_by', type: 'uuid', nullable: true })
  reservedBy: string | null;

  @Column({ name: 'reserved_at', type: 'timestamptz' })
  reservedAt: Date;

  @Column({ name: 'released_at', type: 'timestamptz', nullable: true })
  releasedAt: Date | null;
}
