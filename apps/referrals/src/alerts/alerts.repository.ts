import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { Keyset, KeysetQuery } from '@prossimo/platform';
import { AlertEntity, AlertEscalationEntity } from './alert.entities';

/** The desk's order of alerts: open (0) before resolved (1), severity high to low, then oldest first. */
export const ALERTS_DESK_ORDER = new Keyset('ASC', [
  ['(CASE WHEN a.resolved_at IS NULL THEN 0 ELSE 1 END)', 'number'],
  ['a.severity', 'number', 'reverse'],
  ['a.created_at', 'timestamp'],
  ['a.id', 'uuid'],
]);

/** The only place that speaks TypeORM for alerts and their escalations. */
@Injectable()
export class AlertsRepository {
  constructor(private readonly ds: DataSource) {}

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
  findPage(q: { municipality: string; reportId: string | null; includeResolved: boolean }, page: KeysetQuery<typeof ALERTS_DESK_ORDER>): Promise<AlertEntity[]> {
    const qb = this.ds.getRepository(AlertEntity).createQueryBuilder('a').where('a.municipality = :municipality', { municipality: q.municipality });
    if (q.reportId) qb.andWhere('a.report_id = :reportId', { reportId: q.reportId });
    if (!q.includeResolved) qb.andWhere('a.resolved_at IS NULL');
    return ALERTS_DESK_ORDER.apply(qb, page).getMany();
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
