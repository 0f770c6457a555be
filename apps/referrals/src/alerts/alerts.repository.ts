import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { AlertEntity, AlertEscalationEntity } from './alert.entities';

/** Where a page of the desk's alerts resumes: open (0) before resolved (1), severity high to low, then oldest first. */
export interface AlertCursor {
  resolved: number;
  severity: number;
  createdAt: string;
  id: string;
}

/** The only place that speaks TypeORM for alerts and their escalations. */
@Injectable()
export class AlertsRepository {
  constructor(readonly ds: DataSource) {}

  async insert(em: EntityManager, alert: AlertEntity): Promise<void> {
    await em.insert(AlertEntity, alert);
  }

  async insertEscalations(em: EntityManager, rows: Pick<AlertEscalationEntity, 'id' | 'alertId' | 'step' | 'dueAt'>[]): Promise<void> {
    if (rows.length === 0) return;
    await em.insert(AlertEscalationEntity, rows.map((r) => ({ ...r, state: 'pending', settledAt: null, emailState: null, emailAttempts: 0, firedBy: null })));
  }

  findByReport(em: EntityManager, reportId: string): Promise<AlertEntity[]> {
    return em.find(AlertEntity, { where: { reportId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /**
   * A municipality's alerts in the desk's order: open before resolved (resolved ones only when
   * asked), the most severe first, then the oldest first, after a keyset cursor.
   */
  findPage(q: { municipality: string; reportId: string | null; includeResolved: boolean }, limit: number, after: AlertCursor | null): Promise<AlertEntity[]> {
    const resolvedRank = `(CASE WHEN a.resolved_at IS NULL THEN 0 ELSE 1 END)`;
    const qb = this.ds
      .getRepository(AlertEntity)
      .createQueryBuilder('a')
      .where('a.municipality = :municipality', { municipality: q.municipality })
      .orderBy(resolvedRank, 'ASC')
      .addOrderBy('a.severity', 'DESC')
      .addOrderBy('a.created_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .limit(limit);
    if (q.reportId) qb.andWhere('a.report_id = :reportId', { reportId: q.reportId });
    if (!q.includeResolved) qb.andWhere('a.resolved_at IS NULL');
    if (after) {
      qb.andWhere(`(${resolvedRank}, -a.severity, a.created_at, a.id) > (CAST(:rank AS int), CAST(:negSeverity AS int), CAST(:at AS timestamptz), CAST(:id AS uuid))`, {
        rank: after.resolved,
        negSeverity: -after.severity,
        at: after.createdAt,
        id: after.id,
      });
    }
    return qb.getMany();
  }

  /** The alert, locked for the rest of the transaction. */
  lockAlert(em: EntityManager, id: string): Promise<AlertEntity | null> {
    return em.findOne(AlertEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The alert, locked, or null when another transaction holds it (the sweep comes back later). */
  lockAlertIfFree(em: EntityManager, id: string): Promise<AlertEntity | null> {
    return em.findOne(AlertEntity, { where: { id }, lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' } });
  }

  /** A report's alerts not yet resolved, locked in id order (the order every path takes). */
  async lockOpenOfReport(em: EntityManager, reportId: string): Promise<AlertEntity[]> {
    return em.find(AlertEntity, { where: { reportId, resolvedAt: IsNull() }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
  }

  async update(em: EntityManager, id: string, change: Partial<Pick<AlertEntity, 'acknowledgedAt' | 'acknowledgedBy' | 'resolvedAt' | 'resolution' | 'escalationLevel' | 'escalatedAt'>>): Promise<void> {
    await em.update(AlertEntity, { id }, change);
  }

  /** Records how a report ended (the row is written by the referrals' own end-of-report move, just before). */
  async recordEnding(em: EntityManager, reportId: string, ending: string): Promise<void> {
    await em.query(`UPDATE ended_reports SET ending = $2 WHERE report_id = $1 AND ending IS NULL`, [reportId, ending]);
  }

  /** How a report ended, if it did: 'report-closed' when it ended before the way was kept. */
  async endingOf(em: EntityManager, reportId: string): Promise<{ endedAt: Date; ending: string } | null> {
    const rows = await em.query<{ ended_at: Date; ending: string | null }[]>(`SELECT ended_at, ending FROM ended_reports WHERE report_id = $1`, [reportId]);
    return rows[0] ? { endedAt: new Date(rows[0].ended_at), ending: rows[0].ending ?? 'report-closed' } : null;
  }

  /** Stops an alert's escalation steps not yet fired. */
  async cancelEscalations(em: EntityManager, alertIds: string[], at: Date): Promise<void> {
    if (alertIds.length === 0) return;
    await em.update(AlertEscalationEntity, { alertId: In(alertIds), state: 'pending' }, { state: 'cancelled', settledAt: at });
  }

  /** Claims due escalation steps, oldest first, skipping those another replica holds. */
  claimDueEscalations(em: EntityManager, now: Date, limit: number): Promise<AlertEscalationEntity[]> {
    return em
      .getRepository(AlertEscalationEntity)
      .createQueryBuilder('e')
      .where(`e.state = 'pending'`)
      .andWhere('e.due_at <= :now', { now })
      .orderBy('e.due_at', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .limit(limit)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
  }

  async settleEscalation(em: EntityManager, id: string, change: Partial<Pick<AlertEscalationEntity, 'state' | 'settledAt' | 'emailState' | 'emailAttempts' | 'firedBy'>>): Promise<void> {
    await em.update(AlertEscalationEntity, { id }, change);
  }

  findEscalations(em: EntityManager, alertId: string): Promise<AlertEscalationEntity[]> {
    return em.find(AlertEscalationEntity, { where: { alertId }, order: { step: 'ASC' } });
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
