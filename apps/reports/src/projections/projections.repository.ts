import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AntennaProjection, NeighbourhoodProjection, ReferralBuddyProjection } from './projection.entities';

/** Neighbourhoods and antennas as their events told them. Methods take their transaction. */
@Injectable()
export class ProjectionsRepository {
  findAntenna(em: EntityManager, id: string): Promise<AntennaProjection | null> {
    return em.findOne(AntennaProjection, { where: { id } });
  }

  findNeighbourhood(em: EntityManager, municipality: string, code: string): Promise<NeighbourhoodProjection | null> {
    return em.findOne(NeighbourhoodProjection, { where: { municipality, code } });
  }

  async upsertNeighbourhood(em: EntityManager, n: NeighbourhoodProjection): Promise<void> {
    await em.query(
      `INSERT INTO neighbourhoods (municipality, code, name, updated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (municipality, code) DO UPDATE SET name = EXCLUDED.name, updated_at = EXCLUDED.updated_at
       WHERE neighbourhoods.updated_at <= EXCLUDED.updated_at`,
      [n.municipality, n.code, n.name, n.updatedAt],
    );
  }

  async upsertAntenna(em: EntityManager, a: AntennaProjection): Promise<void> {
    await em.query(
      `INSERT INTO antennas (id, municipality, neighbourhood_code, status, status_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (id) DO UPDATE SET municipality = EXCLUDED.municipality, neighbourhood_code = EXCLUDED.neighbourhood_code,
         status = EXCLUDED.status, status_at = EXCLUDED.status_at
       WHERE antennas.status_at <= EXCLUDED.status_at`,
      [a.id, a.municipality, a.neighbourhoodCode, a.status, a.statusAt],
    );
  }

  async upsertBuddy(em: EntityManager, b: ReferralBuddyProjection): Promise<void> {
    await em.query(
      `INSERT INTO referral_buddies (referral_id, report_id, account_id, buddy_version) VALUES ($1, $2, $3, $4)
       ON CONFLICT (referral_id) DO UPDATE SET account_id = EXCLUDED.account_id, buddy_version = EXCLUDED.buddy_version
       WHERE referral_buddies.buddy_version < EXCLUDED.buddy_version`,
      [b.referralId, b.reportId, b.accountId, b.buddyVersion],
    );
  }

  findBuddy(em: EntityManager, referralId: string): Promise<ReferralBuddyProjection | null> {
    return em.findOne(ReferralBuddyProjection, { where: { referralId } });
  }
}
