import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditEntryEntity } from './audit.entity';

/** The audit log: written in the reading transaction, read by the ADMIN. Methods take their transaction. */
@Injectable()
export class AuditRepository {
  async insert(em: EntityManager, rows: AuditEntryEntity | AuditEntryEntity[]): Promise<void> {
    await em.insert(AuditEntryEntity, rows);
  }

  async auditPage(em: EntityManager, municipality: string, recordId: string | undefined, limit: number, after: { at: string; id: string } | null): Promise<AuditEntryEntity[]> {
    const qb = em.createQueryBuilder(AuditEntryEntity, 'a').where('a.municipality = :municipality', { municipality }).orderBy('a.at', 'DESC').addOrderBy('a.id', 'DESC').limit(limit);
    if (recordId) qb.andWhere('a.record_id = :recordId', { recordId });
    if (after) qb.andWhere('(a.at, a.id) < (:at, :id)', { at: after.at, id: after.id });
    return qb.getMany();
  }
}
