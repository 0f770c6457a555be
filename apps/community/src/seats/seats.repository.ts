import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { SeatKind } from '@prossimo/contracts';
import { SessionEntity } from '../initiatives/session.entity';
import { SeatReservationEntity } from './seat-reservation.entity';

const COUNTER: Record<SeatKind, { taken: string; seats: string }> = {
  [SeatKind.PUBLIC]: { taken: 'public_taken', seats: 'public_seats' },
  [SeatKind.REFERRAL]: { taken: 'referral_taken', seats: 'referral_seats' },
};

export interface SessionCounts {
  id: string;
  initiative_id: string;
  municipality: string;
  public_seats: number;
  referral_seats: number;
  public_taken: number;
  referral_taken: number;
}

/**
 * The seats ledger. A seat is taken by one conditional UPDATE (taken < seats, session SCHEDULED and
 * not started): the row lock it takes serialises concurrent takers on the same session, in any
 * number of service replicas, and the CHECK constraints are the last word.
 */
@Injectable()
export class SeatsRepository {
  constructor(private readonly ds: DataSource) {}

  async findReservation(id: string, em: EntityManager | DataSource = this.ds): Promise<SeatReservationEntity | null> {
    return em.getRepository(SeatReservationEntity).findOneBy({ id });
  }

  /** Takes one seat of `kind`; null when none is left, or the session is not open for it. */
  async take(em: EntityManager, sessionId: string, municipality: string, kind: SeatKind, now: Date): Promise<SessionCounts | null> {
    const c = COUNTER[kind];
    const rows = (await em.query(
      `UPDATE sessions SET ${c.taken} = ${c.taken} + 1, updated_at = $3, modified_seq = nextval('community_modified_seq')
       WHERE id = $1 AND municipality = $2 AND status = 'SCHEDULED' AND starts_at > $3 AND ${c.taken} < ${c.seats}
       RETURNING id, initiative_id, municipality, public_seats, referral_seats, public_taken, referral_taken`,
      [sessionId, municipality, now],
    )) as [SessionCounts[], number];
    return rows[0][0] ?? null;
  }

  /** Gives one seat of `kind` back. */
  async giveBack(em: EntityManager, sessionId: string, kind: SeatKind, now: Date): Promise<SessionCounts> {
    const c = COUNTER[kind];
    const rows = (await em.query(
      `UPDATE sessions SET ${c.taken} = ${c.taken} - 1, updated_at = $2, modified_seq = nextval('community_modified_seq')
       WHERE id = $1
       RETURNING id, initiative_id, municipality, public_seats, referral_seats, public_taken, referral_taken`,
      [sessionId, now],
    )) as [SessionCounts[], number];
    return rows[0][0];
  }

  async insert(em: EntityManager, r: SeatReservationEntity): Promise<void> {
    await em.getRepository(SeatReservationEntity).insert(r);
  }

  /** Marks a HELD reservation RELEASED; null when it was not HELD (already released: nothing to do). */
  async release(em: EntityManager, id: string, now: Date): Promise<SeatReservationEntity | null> {
    const rows = (await em.query(`UPDATE seat_reservations SET status = 'RELEASED', released_at = $2 WHERE id = $1 AND status = 'HELD' RETURNING id`, [id, now])) as [{ id: string }[], number];
    if (rows[0].length === 0) return null;
    return em.getRepository(SeatReservationEntity).findOneByOrFail({ id });
  }

  async session(id: string, em: EntityManager | DataSource = this.ds): Promise<SessionEntity | null> {
    return em.getRepository(SessionEntity).findOneBy({ id });
  }
}
