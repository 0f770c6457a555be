import { Injectable } from '@nestjs/common';
import { EntityManager, In, IsNull } from 'typeorm';
import { LifePathwayEntity, OutcomeMeasurementEntity, PathwayReferralEntity, PathwayWishesEntity } from './wellbeing.entities';

/** The only place that speaks TypeORM for outcome measurements and life-project pathways. Methods take their transaction. */
@Injectable()
export class WellbeingRepository {
  findOutcome(em: EntityManager, id: string): Promise<OutcomeMeasurementEntity | null> {
    return em.findOne(OutcomeMeasurementEntity, { where: { id } });
  }

  outcomesOfReport(em: EntityManager, reportId: string): Promise<OutcomeMeasurementEntity[]> {
    return em.find(OutcomeMeasurementEntity, { where: { reportId }, order: { measuredOn: 'ASC', recordedAt: 'ASC' } });
  }

  /** Inserts unless the id, or the report's measurement of that phase, exists; true when this call inserted it. */
  async insertOutcomeIfAbsent(em: EntityManager, m: OutcomeMeasurementEntity): Promise<boolean> {
    const result = await em.createQueryBuilder().insert().into(OutcomeMeasurementEntity).values(m).orIgnore().returning(['id']).execute();
    return (result.raw as unknown[]).length > 0;
  }

  findPathway(em: EntityManager, id: string): Promise<LifePathwayEntity | null> {
    return em.findOne(LifePathwayEntity, { where: { id } });
  }

  lockPathway(em: EntityManager, id: string): Promise<LifePathwayEntity | null> {
    return em.findOne(LifePathwayEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  openPathwayOf(em: EntityManager, reportId: string): Promise<LifePathwayEntity | null> {
    return em.findOne(LifePathwayEntity, { where: { reportId, closedAt: IsNull() } });
  }

  /** The open pathway of the report, or else the one opened last. */
  async currentPathwayOf(em: EntityManager, reportId: string): Promise<LifePathwayEntity | null> {
    return (await this.openPathwayOf(em, reportId)) ?? em.findOne(LifePathwayEntity, { where: { reportId }, order: { openedAt: 'DESC', id: 'DESC' } });
  }

  /** Inserts unless the report has an open pathway; true when this call inserted it. */
  async insertPathwayIfNoneOpen(em: EntityManager, p: LifePathwayEntity): Promise<boolean> {
    const result = await em.createQueryBuilder().insert().into(LifePathwayEntity).values(p).orIgnore().returning(['id']).execute();
    return (result.raw as unknown[]).length > 0;
  }

  async closePathway(em: EntityManager, id: string, by: string, at: Date): Promise<void> {
    await em.update(LifePathwayEntity, { id }, { closedBy: by, closedAt: at });
  }

  referralsOfPathway(em: EntityManager, pathwayId: string): Promise<PathwayReferralEntity[]> {
    return em.find(PathwayReferralEntity, { where: { pathwayId }, order: { taggedAt: 'ASC', referralId: 'ASC' } });
  }

  findTag(em: EntityManager, pathwayId: string, referralId: string): Promise<PathwayReferralEntity | null> {
    return em.findOne(PathwayReferralEntity, { where: { pathwayId, referralId } });
  }

  async saveTag(em: EntityManager, t: PathwayReferralEntity): Promise<void> {
    await em.upsert(PathwayReferralEntity, t, ['pathwayId', 'referralId']);
  }

  async deleteTag(em: EntityManager, pathwayId: string, referralId: string): Promise<void> {
    await em.delete(PathwayReferralEntity, { pathwayId, referralId });
  }

  async insertWishes(em: EntityManager, w: PathwayWishesEntity): Promise<void> {
    await em.insert(PathwayWishesEntity, w);
  }

  /** Every version of a pathway's wishes note, newest first. */
  wishesOf(em: EntityManager, pathwayId: string): Promise<PathwayWishesEntity[]> {
    return em.find(PathwayWishesEntity, { where: { pathwayId }, order: { writtenAt: 'DESC', id: 'DESC' } });
  }

  pathwaysOfReports(em: EntityManager, reportIds: string[]): Promise<LifePathwayEntity[]> {
    return reportIds.length ? em.find(LifePathwayEntity, { where: { reportId: In(reportIds) }, order: { openedAt: 'ASC' } }) : Promise.resolve([]);
  }

  /** Removes the sealed answers and wishes of a report (retention, erasure); the plain facts stay. */
  async purgeOfReport(em: EntityManager, reportId: string): Promise<void> {
    await em.update(OutcomeMeasurementEntity, { reportId }, { scoresSealed: null });
    await em.update(PathwayWishesEntity, { reportId }, { textSealed: null });
  }
}
