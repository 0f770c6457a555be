import { Injectable } from '@nestjs/common';
import { EntityManager, MoreThan } from 'typeorm';
import { Keyset, KeysetQuery } from '@prossimo/platform';
import { BreakGlassGrantEntity } from './break-glass.entity';

/** Break-the-glass grants, newest first. */
export const GRANTS_NEWEST_FIRST = new Keyset('DESC', [['g.granted_at', 'timestamp'], ['g.id', 'uuid']]);

/** Break-the-glass grants. Methods take their transaction. */
@Injectable()
export class BreakGlassRepository {
  async insertGrant(em: EntityManager, g: BreakGlassGrantEntity): Promise<void> {
    await em.insert(BreakGlassGrantEntity, g);
  }

  activeGrant(em: EntityManager, reportId: string, accountId: string, now: Date): Promise<BreakGlassGrantEntity | null> {
    return em.findOne(BreakGlassGrantEntity, { where: { reportId, accountId, expiresAt: MoreThan(now) }, order: { expiresAt: 'DESC' } });
  }

  async grantsPage(em: EntityManager, municipality: string, page: KeysetQuery<typeof GRANTS_NEWEST_FIRST>): Promise<BreakGlassGrantEntity[]> {
    const qb = em.createQueryBuilder(BreakGlassGrantEntity, 'g').where('g.municipality = :municipality', { municipality });
    return GRANTS_NEWEST_FIRST.apply(qb, page).getMany();
  }

  /** Removes the sealed reasons of a report's grants (the grants themselves stay, for review). */
  async purgeOfReport(em: EntityManager, reportId: string): Promise<void> {
    await em.update(BreakGlassGrantEntity, { reportId }, { reasonSealed: null });
  }
}
