import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { Keyset, KeysetQuery } from '@prossimo/platform';
import { OrgContextEntity, ReferralMessageEntity } from './referral-desk.entities';

/** A referral's thread, newest first. */
export const MESSAGES_NEWEST_FIRST = new Keyset('DESC', [['m.created_at', 'timestamp'], ['m.id', 'uuid']]);

/** The only place that speaks TypeORM for the desk's context lines and the referral threads. */
@Injectable()
export class ReferralDeskRepository {
  constructor(private readonly ds: DataSource) {}

  findContext(em: EntityManager, reportId: string): Promise<OrgContextEntity | null> {
    return em.findOne(OrgContextEntity, { where: { reportId } });
  }

  findContexts(em: EntityManager, reportIds: string[]): Promise<OrgContextEntity[]> {
    return reportIds.length ? em.find(OrgContextEntity, { where: { reportId: In(reportIds) } }) : Promise.resolve([]);
  }

  async saveContext(em: EntityManager, c: OrgContextEntity): Promise<void> {
    await em.upsert(OrgContextEntity, c, ['reportId']);
  }

  async deleteContext(em: EntityManager, reportId: string): Promise<void> {
    await em.delete(OrgContextEntity, { reportId });
  }

  findMessage(em: EntityManager, id: string): Promise<ReferralMessageEntity | null> {
    return em.findOne(ReferralMessageEntity, { where: { id } });
  }

  /** Inserts unless the id exists (a retry); true when this call inserted it. */
  async insertMessageIfAbsent(em: EntityManager, m: ReferralMessageEntity): Promise<boolean> {
    const result = await em.createQueryBuilder().insert().into(ReferralMessageEntity).values(m).orIgnore().returning(['id']).execute();
    return (result.raw as unknown[]).length > 0;
  }

  /** A referral's messages, newest first, after a keyset cursor. */
  messagesPage(em: EntityManager, referralId: string, page: KeysetQuery<typeof MESSAGES_NEWEST_FIRST>): Promise<ReferralMessageEntity[]> {
    const qb = em.getRepository(ReferralMessageEntity).createQueryBuilder('m').where('m.referral_id = :referralId', { referralId });
    return MESSAGES_NEWEST_FIRST.apply(qb, page).getMany();
  }

  /** Every message of a report, oldest first (the subject's export). */
  messagesOfReport(em: EntityManager, reportId: string): Promise<ReferralMessageEntity[]> {
    return em.find(ReferralMessageEntity, { where: { reportId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Removes the sealed text of a report's context for organisations and of its referral messages. */
  async purgeOfReport(em: EntityManager, reportId: string): Promise<void> {
    await em.update(OrgContextEntity, { reportId }, { textSealed: null });
    await em.update(ReferralMessageEntity, { reportId }, { textSealed: null });
  }
}
