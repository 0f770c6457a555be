import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { InitiativeStatus, SessionStatus } from '@prossimo/contracts';
import { InitiativeSessionEntity, InitiativeTargetEntity } from './initiative-targets.entities';

/** The read model of community's initiatives and sessions. A delivery older than what is kept changes nothing. */
@Injectable()
export class InitiativeTargetsRepository {
  async upsertInitiative(em: EntityManager, i: InitiativeTargetEntity): Promise<void> {
    await em.query(
      `INSERT INTO initiative_targets (id, municipality, organiser_organisation_id, neighbourhood_code, status, changed_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (id) DO UPDATE SET municipality = EXCLUDED.municipality, organiser_organisation_id = EXCLUDED.organiser_organisation_id,
         neighbourhood_code = EXCLUDED.neighbourhood_code, status = EXCLUDED.status, changed_at = EXCLUDED.changed_at
       WHERE initiative_targets.changed_at <= EXCLUDED.changed_at`,
      [i.id, i.municipality, i.organiserOrganisationId, i.neighbourhoodCode, i.status, i.changedAt],
    );
  }

  async upsertSession(em: EntityManager, s: Omit<InitiativeSessionEntity, 'referralTaken'>): Promise<void> {
    await em.query(
      `INSERT INTO initiative_sessions (id, initiative_id, municipality, starts_at, ends_at, status, referral_seats, referral_taken, changed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, 0, $8)
       ON CONFLICT (id) DO UPDATE SET starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at, status = EXCLUDED.status, referral_seats = EXCLUDED.referral_seats,
         changed_at = EXCLUDED.changed_at
       WHERE initiative_sessions.changed_at <= EXCLUDED.changed_at`,
      [s.id, s.initiativeId, s.municipality, s.startsAt, s.endsAt, s.status, s.referralSeats, s.changedAt],
    );
  }

  /** The referral seats taken, as a seat event said (only a newer count replaces an older one). */
  async setReferralTaken(em: EntityManager, sessionId: string, taken: number, at: Date): Promise<void> {
    await em.query(`UPDATE initiative_sessions SET referral_taken = $2 WHERE id = $1 AND changed_at <= $3`, [sessionId, taken, at]);
  }

  findInitiative(em: EntityManager, id: string): Promise<InitiativeTargetEntity | null> {
    return em.findOne(InitiativeTargetEntity, { where: { id } });
  }

  findSession(em: EntityManager, id: string): Promise<InitiativeSessionEntity | null> {
    return em.findOne(InitiativeSessionEntity, { where: { id } });
  }
}

export const OPEN_INITIATIVE = InitiativeStatus.PUBLISHED;
export const OPEN_SESSION = SessionStatus.SCHEDULED;
