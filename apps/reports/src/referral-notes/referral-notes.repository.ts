import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull, Not } from 'typeorm';
import { ReferralNoteEntity } from './referral-note.entity';

/** The only place that speaks TypeORM for referral notes. Methods take their transaction. */
@Injectable()
export class ReferralNotesRepository {
  constructor(private readonly ds: DataSource) {}

  find(em: EntityManager, id: string): Promise<ReferralNoteEntity | null> {
    return em.findOne(ReferralNoteEntity, { where: { id } });
  }

  lock(em: EntityManager, id: string): Promise<ReferralNoteEntity | null> {
    return em.findOne(ReferralNoteEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Inserts unless the id exists (a retry, or a concurrent one); true when this call inserted it. */
  async insertIfAbsent(em: EntityManager, note: ReferralNoteEntity): Promise<boolean> {
    const result = await em.createQueryBuilder().insert().into(ReferralNoteEntity).values(note).orIgnore().returning(['id']).execute();
    return (result.raw as unknown[]).length > 0;
  }

  async confirm(em: EntityManager, id: string, at: Date, referralVersion: number): Promise<void> {
    await em.update(ReferralNoteEntity, { id }, { confirmedAt: at, referralVersion });
  }

  /** What this service knows of a referral from its events (its report and organisation), if anything yet. */
  confirmedOfReport(em: EntityManager, reportId: string, referralId?: string): Promise<ReferralNoteEntity[]> {
    return em.find(ReferralNoteEntity, {
      where: { reportId, confirmedAt: Not(IsNull()), ...(referralId ? { referralId } : {}) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** Every note of a report, pending ones included (the subject's export). */
  allOfReport(em: EntityManager, reportId: string): Promise<ReferralNoteEntity[]> {
    return em.find(ReferralNoteEntity, { where: { reportId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Deletes notes no move ever confirmed, written before `before`; returns how many. */
  async deletePendingBefore(em: EntityManager, before: Date): Promise<number> {
    const rows: { n: number }[] = await em.query(
      `WITH gone AS (DELETE FROM referral_notes WHERE confirmed_at IS NULL AND created_at < $1 RETURNING id) SELECT count(*)::int AS n FROM gone`,
      [before],
    );
    return rows[0].n;
  }

  /** Removes the sealed text of a report's notes (the ids stay: the referrals' history names them). */
  async purgeOfReport(em: EntityManager, reportId: string): Promise<void> {
    await em.update(ReferralNoteEntity, { reportId }, { textSealed: null });
  }
}
