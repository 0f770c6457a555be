import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Keyset, KeysetQuery } from '@prossimo/platform';
import { AuditEntryEntity } from './audit.entity';

/** The audit log, newest first. */
export const AUDIT_NEWEST_FIRST = new Keyset('DESC', [['a.at', 'timestamp'], ['a.id', 'uuid']]);

/** The audit log: written in the reading transaction, read by the ADMIN. Methods take their transaction. */
@Injectable()
export class AuditRepository {
  async insert(em: EntityManager, rows: AuditEntryEntity | AuditEntryEntity[]): Promise<void> {
    await em.insert(AuditEntryEntity, rows);
  }

  async auditPage(em: EntityManager, municipality: string, recordId: string | undefined, page: KeysetQuery<typeof AUDIT_NEWEST_FIRST>): Promise<AuditEntryEntity[]> {
    const qb = em.createQueryBuilder(AuditEntryEntity, 'a').where('a.municipality = :municipality', { municipality });
    if (recordId) qb.andWhere('a.record_id = :recordId', { recordId });
    return AUDIT_NEWEST_FIRST.apply(qb, page).getMany();
  }
}
