import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { ReferralTimerEntity, RoutedReportEntity } from './sla.entities';

export type TimerKind = 'accept' | 'first-contact';

/** The only place that speaks TypeORM for the reports routing knows of and for SLA timers. */
@Injectable()
export class RoutingRepository {
  constructor(private readonly ds: DataSource) {}

  async upsertReport(em: EntityManager, r: Omit<RoutedReportEntity, 'reference'> & { reference?: string | null }): Promise<void> {
    await em.createQueryBuilder().insert().into(RoutedReportEntity).values({ ...r, reference: r.reference ?? null }).orIgnore().execute();
  }

  findReport(em: EntityManager, reportId: string): Promise<RoutedReportEntity | null> {
    return em.findOne(RoutedReportEntity, { where: { reportId } });
  }

  /** The reference codes of some reports, by report id (those known and coded). */
  async referencesOf(em: EntityManager, reportIds: string[]): Promise<Map<string, string>> {
    const ids = [...new Set(reportIds)];
    if (ids.length === 0) return new Map();
    const rows = await em.find(RoutedReportEntity, { where: { reportId: In(ids) }, select: { reportId: true, reference: true } });
    return new Map(rows.filter((r) => r.reference).map((r) => [r.reportId, r.reference!]));
  }

  /** Adds a pending timer; a second one of the same kind for the same referral is ignored. */
  async addTimer(em: EntityManager, t: Pick<ReferralTimerEntity, 'id' | 'referralId' | 'kind' | 'dueAt'>): Promise<void> {
    await em
      .createQueryBuilder()
      .insert()
      .into(ReferralTimerEntity)
      .values({ ...t, state: 'pending', settledAt: null, firedBy: null })
      .orIgnore()
      .execute();
  }

  /** Cancels a referral's pending timers (of the given kinds). */
  async cancelTimers(em: EntityManager, referralId: string, kinds: TimerKind[], at: Date): Promise<void> {
    await em.update(ReferralTimerEntity, { referralId, kind: In(kinds), state: 'pending' }, { state: 'cancelled', settledAt: at });
  }

  /**
   * Claims timers due at `now`, oldest first, skipping those another replica holds: each stays
   * locked until the caller's transaction ends, and is settled in it.
   */
  claimDue(em: EntityManager, now: Date, limit: number): Promise<ReferralTimerEntity[]> {
    return em
      .getRepository(ReferralTimerEntity)
      .createQueryBuilder('t')
      .where(`t.state = 'pending'`)
      .andWhere('t.due_at <= :now', { now })
      .orderBy('t.due_at', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .limit(limit)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
  }

  async markFired(em: EntityManager, id: string, at: Date, by: string): Promise<void> {
    await em.update(ReferralTimerEntity, { id }, { state: 'fired', settledAt: at, firedBy: by });
  }

  /** The deadline of the referral's pending timer, if one runs (what its events tell the desk's triage). */
  async pendingDueAt(em: EntityManager, referralId: string): Promise<Date | null> {
    const rows: { due_at: Date | null }[] = await em.query(`SELECT min(due_at) AS due_at FROM referral_timers WHERE referral_id = $1 AND state = 'pending'`, [referralId]);
    return rows[0]?.due_at ? new Date(rows[0].due_at) : null;
  }

  /** Records that the report was reopened by its desk (a close delivered later than that is stale). */
  async markReopened(em: EntityManager, reportId: string, at: Date): Promise<void> {
    await em.query(`UPDATE routed_reports SET reopened_at = GREATEST(COALESCE(reopened_at, $2), $2) WHERE report_id = $1`, [reportId, at]);
  }

  findTimers(em: EntityManager, referralId: string): Promise<ReferralTimerEntity[]> {
    return em.find(ReferralTimerEntity, { where: { referralId }, order: { dueAt: 'ASC' } });
  }
}
