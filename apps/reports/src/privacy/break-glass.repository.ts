import { Injectable } from '@nestjs/common';
import { EntityManager, MoreThan } from 'typeorm';
import { BreakGlassGrantEntity } from './break-glass.entity';

/** Break-the-glass grants. Methods take their transaction. */
@Injectable()
export class BreakGlassRepository {
  async insertGrant(em: EntityManager, g: BreakGlassGrantEntity): Promise<void> {
    await em.insert(BreakGlassGrantEntity, g);
  }

  activeGrant(em: EntityManager, reportId: string, accountId: string, now: Date): Promise<BreakGlassGrantEntity | null> {
    return em.findOne(BreakGlassGrantEntity, { where: { reportId, accountId, expiresAt: MoreThan(now) }, order: { expiresAt: 'DESC' } });
  }

  async grantsPage(em: EntityManager, municipality: string, limit: number, after: { at: string; id: string } | null): Promise<BreakGlassGrantEntity[]> {
    const qb = em.createQueryBuilder(BreakGlassGrantEntity, 'g').where('g.municipality = :municipality', { municipality }).orderBy('g.granted_at', 'DESC').addOrderBy('g.id', 'DESC').limit(limit);
    if (after) qb.andWhere('(g.granted_at, g.id) < (:at, :id)', { at: after.at, id: after.id });
    return qb.getMany();
  }

  /** Removes the sealed reasons of a report's grants (the grants themselves stay, for review). */
  async purgeOfReport(em: EntityManager, reportId: string): Promise<void> {
    await em.update(BreakGlassGrantEntity, { reportId }, { reasonSealed: null });
  }
}
