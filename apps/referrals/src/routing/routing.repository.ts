import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { RoutedReportEntity } from './routing.entities';

/** The only place that speaks TypeORM for the reports routing knows of, and for those that ended. Methods take the transaction they run in. */
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

  /** Records that the report was reopened by its desk (a close delivered later than that is stale). */
  async markReopened(em: EntityManager, reportId: string, at: Date): Promise<void> {
    await em.query(`UPDATE routed_reports SET reopened_at = GREATEST(COALESCE(reopened_at, $2), $2) WHERE report_id = $1`, [reportId, at]);
  }

  /** Marks a report ended (idempotent). */
  async markReportEnded(em: EntityManager, reportId: string, at: Date): Promise<void> {
    await em.query(`INSERT INTO ended_reports (report_id, ended_at) VALUES ($1, $2) ON CONFLICT (report_id) DO NOTHING`, [reportId, at]);
  }

  /** The report is open again (its desk reopened it): routing may route it. */
  async unmarkReportEnded(em: EntityManager, reportId: string): Promise<void> {
    await em.query(`DELETE FROM ended_reports WHERE report_id = $1`, [reportId]);
  }

  async isReportEnded(em: EntityManager, reportId: string): Promise<boolean> {
    return (await em.query(`SELECT 1 FROM ended_reports WHERE report_id = $1`, [reportId])).length > 0;
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
}
