import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull, Not } from 'typeorm';
import { ReportEntity, ReportReferralEntity } from '../reports/report.entities';
import { ReferralNoteEntity } from './referral-note.entity';

/** The only place that speaks TypeORM for referral notes. Methods take their transaction. */
@Injectable()
export class ReferralNotesRepository {
  constructor(private readonly ds: DataSource) {}

  findReport(em: EntityManager, id: string): Promise<ReportEntity | null> {
    return em.findOne(ReportEntity, { where: { id } });
  }

  /** The referrals of a report this service knows from their events, with the organisation holding each. */
  referralsOfReport(em: EntityManager, reportId: string): Promise<ReportReferralEntity[]> {
    return em.find(ReportReferralEntity, { where: { reportId } });
  }

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
  findReferral(em: EntityManager, referralId: string): Promise<ReportReferralEntity | null> {
    return em.findOne(ReportReferralEntity, { where: { referralId } });
  }

  /** The confirmed notes of a report (of one referral, if given), oldest first. */
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
}
