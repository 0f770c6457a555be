import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { ReferralDeadlineKind } from '@prossimo/contracts';
import { ReferralTimerEntity } from './timer.entity';

export type TimerKind = 'accept' | 'first-contact';

/** The only place that speaks TypeORM for SLA timers. Methods take the transaction they run in. */
@Injectable()
export class TimersRepository {
  constructor(private readonly ds: DataSource) {}

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

  /** The earliest pending SLA deadline of each referral given, and which one it is (those without one are absent). */
  async pendingDeadlines(referralIds: string[], em: EntityManager = this.ds.manager): Promise<Map<string, { dueAt: Date; kind: ReferralDeadlineKind }>> {
    if (referralIds.length === 0) return new Map();
    const rows: { referral_id: string; due_at: Date; kind: ReferralDeadlineKind }[] = await em.query(
      `SELECT DISTINCT ON (referral_id) referral_id, due_at, kind FROM referral_timers
        WHERE referral_id = ANY($1::uuid[]) AND state = 'pending' ORDER BY referral_id, due_at`,
      [referralIds],
    );
    return new Map(rows.map((r) => [r.referral_id, { dueAt: new Date(r.due_at), kind: r.kind }]));
  }

  findTimers(em: EntityManager, referralId: string): Promise<ReferralTimerEntity[]> {
    return em.find(ReferralTimerEntity, { where: { referralId }, order: { dueAt: 'ASC' } });
  }
}
