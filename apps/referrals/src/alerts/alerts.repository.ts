import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AlertEntity } from './alert.entities';

/** The only place that speaks TypeORM for alerts. */
@Injectable()
export class AlertsRepository {
  constructor(readonly ds: DataSource) {}

  async insert(em: EntityManager, alert: AlertEntity): Promise<void> {
    await em.insert(AlertEntity, alert);
  }

  findByReport(em: EntityManager, reportId: string): Promise<AlertEntity[]> {
    return em.find(AlertEntity, { where: { reportId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** A municipality's alerts, newest first, after a keyset cursor. */
  findPage(q: { municipality: string; reportId: string | null }, limit: number, after: { createdAt: string; id: string } | null): Promise<AlertEntity[]> {
    const qb = this.ds
      .getRepository(AlertEntity)
      .createQueryBuilder('a')
      .where('a.municipality = :municipality', { municipality: q.municipality })
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(limit);
    if (q.reportId) qb.andWhere('a.report_id = :reportId', { reportId: q.reportId });
    if (after) qb.andWhere('(a.created_at, a.id) < (CAST(:at AS timestamptz), CAST(:id AS uuid))', { at: after.createdAt, id: after.id });
    return qb.getMany();
  }

  /** Claims alerts whose e-mail is still to send, skipping those another replica holds. */
  claimPendingEmails(em: EntityManager, limit: number): Promise<AlertEntity[]> {
    return em
      .getRepository(AlertEntity)
      .createQueryBuilder('a')
      .where(`a.email_state = 'pending'`)
      .orderBy('a.created_at', 'ASC')
      .limit(limit)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
  }

  async settleEmail(em: EntityManager, id: string, change: Pick<AlertEntity, 'emailState' | 'emailAttempts' | 'emailSentAt'>): Promise<void> {
    await em.update(AlertEntity, { id }, change);
  }
}
