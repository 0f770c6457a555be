import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { InitiativeKind, InitiativeStatus, SeatKind, SessionStatus } from '@prossimo/contracts';
import { MonthRange } from './facts.repository';

/**
 * SQL for the community figures: the consumer's writes (each in its event's inbox transaction) and
 * the dashboard's reads. Rows hold ids, places, kinds, times and counts; never a person.
 */
@Injectable()
export class CommunityFactsRepository {
  constructor(private readonly ds: DataSource) {}

  /** An initiative's public facts, the newest event winning; its first publication's month kept once known. */
  async applyInitiative(
    em: EntityManager,
    i: { initiativeId: string; municipality: string; neighbourhoodCode: string; kind: InitiativeKind; status: InitiativeStatus; publishedMonth: string | null; withdrawnAt: string | null; at: string },
  ): Promise<void> {
    await em.query(
      `INSERT INTO initiative_facts (initiative_id, municipality, neighbourhood_code, kind, status, published_month, withdrawn_at, changed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (initiative_id) DO UPDATE SET
         published_month = LEAST(initiative_facts.published_month, EXCLUDED.published_month),
         neighbourhood_code = CASE WHEN initiative_facts.changed_at <= EXCLUDED.changed_at THEN EXCLUDED.neighbourhood_code ELSE initiative_facts.neighbourhood_code END,
         kind = CASE WHEN initiative_facts.changed_at <= EXCLUDED.changed_at THEN EXCLUDED.kind ELSE initiative_facts.kind END,
         status = CASE WHEN initiative_facts.changed_at <= EXCLUDED.changed_at THEN EXCLUDED.status ELSE initiative_facts.status END,
         withdrawn_at = CASE WHEN initiative_facts.changed_at <= EXCLUDED.changed_at THEN EXCLUDED.withdrawn_at ELSE initiative_facts.withdrawn_at END,
         changed_at = GREATEST(initiative_facts.changed_at, EXCLUDED.changed_at)`,
      [i.initiativeId, i.municipality, i.neighbourhoodCode, i.kind, i.status, i.publishedMonth, i.withdrawnAt, i.at],
    );
  }

  /** A session's place, time, status and seats, the newest session event winning (seats taken are left alone). */
  async applySession(
    em: EntityManager,
    s: { sessionId: string; initiativeId: string; municipality: string; neighbourhoodCode: string; month: string; startsAt: string; status: SessionStatus; publicSeats: number; referralSeats: number; at: string },
  ): Promise<void> {
    await em.query(
      `INSERT INTO session_facts (session_id, initiative_id, municipality, neighbourhood_code, month, starts_at, status, public_seats, referral_seats, changed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (session_id) DO UPDATE SET
         neighbourhood_code = EXCLUDED.neighbourhood_code, month = EXCLUDED.month, starts_at = EXCLUDED.starts_at, status = EXCLUDED.status,
         public_seats = EXCLUDED.public_seats, referral_seats = EXCLUDED.referral_seats, changed_at = EXCLUDED.changed_at
       WHERE session_facts.changed_at IS NULL OR session_facts.changed_at <= EXCLUDED.changed_at`,
      [s.sessionId, s.initiativeId, s.municipality, s.neighbourhoodCode, s.month, s.startsAt, s.status, s.publicSeats, s.referralSeats, s.at],
    );
  }

  /** One seat taken (+1) or given back (−1); the session's row is made if its own event has not come yet. */
  async countSeat(em: EntityManager, s: { sessionId: string; initiativeId: string; municipality: string; neighbourhoodCode: string; kind: SeatKind; delta: 1 | -1 }): Promise<void> {
    const column = s.kind === SeatKind.REFERRAL ? 'referral_taken' : 'public_taken';
    await em.query(
      `INSERT INTO session_facts (session_id, initiative_id, municipality, neighbourhood_code, ${column}) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (session_id) DO UPDATE SET ${column} = session_facts.${column} + EXCLUDED.${column}`,
      [s.sessionId, s.initiativeId, s.municipality, s.neighbourhoodCode, s.delta],
    );
  }

  /** Initiatives first published in the range, per neighbourhood (where they are now) and kind. */
  initiativesPublished(q: MonthRange): Promise<{ n: string; kind: string; count: number }[]> {
    return this.ds.query(
      `SELECT neighbourhood_code AS n, kind, count(*)::int AS count FROM initiative_facts
       WHERE municipality = $1 AND published_month BETWEEN $2 AND $3 GROUP BY 1, 2`,
      [q.municipality, q.from, q.to],
    );
  }

  /**
   * Sessions offered in the range (starting in it, not cancelled, not of an initiative withdrawn
   * before they began), per neighbourhood and month, with their seats and the seats taken.
   */
  sessions(q: MonthRange): Promise<{ n: string; month: string; sessions: number; publicSeats: number; referralSeats: number; publicTaken: number; referralTaken: number }[]> {
    return this.ds.query(
      `SELECT s.neighbourhood_code AS n, s.month::text AS month, count(*)::int AS sessions,
              sum(s.public_seats)::int AS "publicSeats", sum(s.referral_seats)::int AS "referralSeats",
              sum(s.public_taken)::int AS "publicTaken", sum(s.referral_taken)::int AS "referralTaken"
       FROM session_facts s LEFT JOIN initiative_facts i ON i.initiative_id = s.initiative_id
       WHERE s.municipality = $1 AND s.month BETWEEN $2 AND $3 AND s.status <> 'CANCELLED'
         AND (i.withdrawn_at IS NULL OR s.starts_at < i.withdrawn_at)
       GROUP BY 1, 2`,
      [q.municipality, q.from, q.to],
    );
  }
}
