import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { CoarseStatus } from '@prossimo/contracts';
import { Keyset, KeysetQuery } from '@prossimo/platform';
import { DeskEntity, ReportEntity, ReportReferralEntity } from './report.entities';

/** An antenna's reports, newest first. */
export const REPORTS_NEWEST_FIRST = new Keyset('DESC', [['r.submitted_at', 'timestamp'], ['r.id', 'uuid']]);

/** The only place that speaks TypeORM for reports, desks and what reports knows of each referral. Methods take the transaction they run in. */
@Injectable()
export class ReportsRepository {
  constructor(private readonly ds: DataSource) {}

  findReport(em: EntityManager, id: string): Promise<ReportEntity | null> {
    return em.findOne(ReportEntity, { where: { id } });
  }

  findDeskOfNeighbourhood(em: EntityManager, municipality: string, neighbourhoodCode: string): Promise<DeskEntity | null> {
    return em.findOne(DeskEntity, { where: { municipality, neighbourhoodCode } });
  }

  /** Desks by id (the owner desks of a page of reports). */
  async desksByIds(em: EntityManager, ids: string[]): Promise<Map<string, DeskEntity>> {
    if (ids.length === 0) return new Map();
    const rows = await em.createQueryBuilder(DeskEntity, 'd').whereInIds([...new Set(ids)]).getMany();
    return new Map(rows.map((d) => [d.id, d]));
  }

  /** Serialises the submits of one report id for the length of the transaction. */
  async lockReportId(em: EntityManager, id: string): Promise<void> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 7741))`, [id]);
  }

  /** Inserts unless a report with this id exists; true when this call created it. */
  async insertIfAbsent(em: EntityManager, report: ReportEntity): Promise<boolean> {
    const result = await em.createQueryBuilder().insert().into(ReportEntity).values(report).orIgnore().returning(['id']).execute();
    return (result.raw as unknown[]).length > 0;
  }

  /** An antenna's reports, newest first, after a keyset cursor (with their sealed description, to show its start). */
  findPageForAntenna(em: EntityManager, municipality: string, antennaId: string, page: KeysetQuery<typeof REPORTS_NEWEST_FIRST>): Promise<ReportEntity[]> {
    const qb = em
      .getRepository(ReportEntity)
      .createQueryBuilder('r')
      .select(['r.id', 'r.reference', 'r.status', 'r.submittedAt', 'r.needs', 'r.neighbourhoodCode', 'r.urgency', 'r.ageBand', 'r.subjectId', 'r.descriptionSealed', 'r.ownerDeskId'])
      .where('r.antenna_id = :antennaId AND r.municipality = :municipality', { antennaId, municipality });
    return REPORTS_NEWEST_FIRST.apply(qb, page).getMany();
  }

  /** Records a referral's status unless a newer version is already known; true when it changed something. */
  async upsertReferral(em: EntityManager, row: ReportReferralEntity): Promise<boolean> {
    const result: unknown[] = await em.query(
      `INSERT INTO report_referrals (referral_id, report_id, status, version, organisation_id, needs, due_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (referral_id) DO UPDATE SET status = EXCLUDED.status, version = EXCLUDED.version, organisation_id = EXCLUDED.organisation_id, needs = EXCLUDED.needs, due_at = EXCLUDED.due_at
       WHERE report_referrals.version < EXCLUDED.version
       RETURNING referral_id`,
      [row.referralId, row.reportId, row.status, row.version, row.organisationId, row.needs, row.dueAt],
    );
    return result.length > 0;
  }

  /** Whether a reference code is already used in the municipality. */
  async isReferenceTaken(em: EntityManager, municipality: string, reference: string): Promise<boolean> {
    return (await em.query(`SELECT 1 FROM reports WHERE municipality = $1 AND reference = $2`, [municipality, reference])).length > 0;
  }

  /** The referrals of a report this service knows from their events (status, needs, the organisation holding each). */
  referralsOf(em: EntityManager, reportId: string): Promise<ReportReferralEntity[]> {
    return em.find(ReportReferralEntity, { where: { reportId } });
  }

  /** Locks the report row for the rest of the transaction (serialises status recomputation). */
  lockReport(em: EntityManager, id: string): Promise<ReportEntity | null> {
    return em.findOne(ReportEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async markBecameCase(em: EntityManager, id: string, at: Date): Promise<void> {
    await em.update(ReportEntity, { id }, { becameCaseAt: at });
  }

  async setStatus(em: EntityManager, id: string, status: CoarseStatus): Promise<void> {
    await em.update(ReportEntity, { id }, { status });
  }

  async ensureDesk(em: EntityManager, desk: Pick<DeskEntity, 'id' | 'municipality' | 'neighbourhoodCode' | 'name'>): Promise<void> {
    await em.query(
      `INSERT INTO desks (id, municipality, neighbourhood_code, name) VALUES ($1, $2, $3, $4) ON CONFLICT (municipality, neighbourhood_code) DO NOTHING`,
      [desk.id, desk.municipality, desk.neighbourhoodCode, desk.name],
    );
  }

  /** For health: what the service holds (a read across tables). */
  async counts(): Promise<{ neighbourhoods: number; activeAntennas: number; reports: number; unownedReports: number }> {
    const [row] = await this.ds.query<{ neighbourhoods: number; activeAntennas: number; reports: number; unownedReports: number }[]>(
      `SELECT (SELECT count(*) FROM neighbourhoods)::int AS neighbourhoods,
              (SELECT count(*) FROM antennas WHERE status = 'ACTIVE')::int AS "activeAntennas",
              (SELECT count(*) FROM reports)::int AS reports,
              (SELECT count(*) FROM reports WHERE owner_desk_id IS NULL)::int AS "unownedReports"`,
    );
    return row;
  }

  findReports(em: EntityManager, ids: string[]): Promise<ReportEntity[]> {
    return ids.length ? em.find(ReportEntity, { where: { id: In(ids) } }) : Promise.resolve([]);
  }

  /** What this service knows of a referral from its events (report, organisation, status). */
  findReferral(em: EntityManager, referralId: string): Promise<ReportReferralEntity | null> {
    return em.findOne(ReportReferralEntity, { where: { referralId } });
  }

  /** The given referrals that were sent to an organisation. */
  referralsOfOrganisation(em: EntityManager, referralIds: string[], organisationId: string): Promise<ReportReferralEntity[]> {
    return em.find(ReportReferralEntity, { where: { referralId: In(referralIds), organisationId } });
  }

  async updateReport(em: EntityManager, id: string, patch: Partial<ReportEntity>): Promise<void> {
    await em.update(ReportEntity, { id }, patch);
  }

  desksOf(em: EntityManager, municipality: string): Promise<DeskEntity[]> {
    return em.find(DeskEntity, { where: { municipality }, order: { neighbourhoodCode: 'ASC' } });
  }

  /** The nearest pending SLA deadline of a report's referrals (see `triage`). */
  async slaDueAt(em: EntityManager, reportId: string): Promise<Date | null> {
    const rows: { due_at: Date | null }[] = await em.query(`SELECT min(due_at) AS due_at FROM report_referrals WHERE report_id = $1 AND status = ANY($2::text[])`, [reportId, TIMED_STATUSES]);
    return rows[0]?.due_at ?? null;
  }

  /** Other reports about the same subject (duplicates, linked under one case). */
  async linkedReportIds(em: EntityManager, subjectId: string, exceptId: string): Promise<string[]> {
    const rows = await em.find(ReportEntity, { where: { subjectId }, select: { id: true }, order: { submittedAt: 'ASC' } });
    return rows.map((r) => r.id).filter((id) => id !== exceptId);
  }

  reportsOfSubject(em: EntityManager, subjectId: string): Promise<ReportEntity[]> {
    return em.find(ReportEntity, { where: { subjectId }, order: { submittedAt: 'ASC' } });
  }

  /**
   * Reports due for purge, locked and skipped by other replicas: never-a-case signals that were
   * closed or withdrawn `signalDays` ago (counted from submission), and cases closed `closedCaseMonths` ago.
   */
  async claimDueForPurge(em: EntityManager, now: Date, defaults: { signalDays: number; closedCaseMonths: number }, limit: number): Promise<ReportEntity[]> {
    const rows: { id: string }[] = await em.query(
      `SELECT r.id FROM reports r LEFT JOIN retention_settings s ON s.municipality = r.municipality
        WHERE r.purged_at IS NULL AND r.closed_at IS NOT NULL AND (
              (r.became_case_at IS NULL AND r.submitted_at <= $1::timestamptz - make_interval(days => COALESCE(s.signal_days, $2)))
           OR (r.became_case_at IS NOT NULL AND r.closed_at <= $1::timestamptz - make_interval(months => COALESCE(s.closed_case_months, $3))))
        ORDER BY r.id LIMIT $4 FOR UPDATE OF r SKIP LOCKED`,
      [now, defaults.signalDays, defaults.closedCaseMonths, limit],
    );
    if (rows.length === 0) return [];
    return em.createQueryBuilder(ReportEntity, 'r').whereInIds(rows.map((r) => r.id)).getMany();
  }

  /** Removes the sealed content of a report (description, withdrawal reason); the non-identifying facts stay. */
  async purgeContent(em: EntityManager, id: string, now: Date): Promise<void> {
    await em.update(ReportEntity, { id }, { descriptionSealed: null, withdrawalSealed: null, contentHash: null, purgedAt: now });
  }

  async unpurgedReportsOfSubject(em: EntityManager, subjectId: string): Promise<number> {
    const rows: { n: number }[] = await em.query(`SELECT count(*)::int AS n FROM reports WHERE subject_id = $1 AND purged_at IS NULL`, [subjectId]);
    return rows[0].n;
  }
}

/** Referral statuses whose SLA timer may still be running (acceptance, then first contact). */
export const TIMED_STATUSES = ['REQUESTED', 'ACCEPTED', 'ON_HOLD'];
