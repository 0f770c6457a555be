import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AntennaProjection, NeighbourhoodProjection } from '../projections/projection.entities';
import { DeskEntity, ReportEntity, ReportReferralEntity } from './report.entities';

/** The only place that speaks TypeORM for reports. Methods take the transaction they run in. */
@Injectable()
export class ReportsRepository {
  constructor(readonly ds: DataSource) {}

  findReport(em: EntityManager, id: string): Promise<ReportEntity | null> {
    return em.findOne(ReportEntity, { where: { id } });
  }

  findAntenna(em: EntityManager, id: string): Promise<AntennaProjection | null> {
    return em.findOne(AntennaProjection, { where: { id } });
  }

  findNeighbourhood(em: EntityManager, municipality: string, code: string): Promise<NeighbourhoodProjection | null> {
    return em.findOne(NeighbourhoodProjection, { where: { municipality, code } });
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
  findPageForAntenna(em: EntityManager, municipality: string, antennaId: string, limit: number, after: { submittedAt: string; id: string } | null): Promise<ReportEntity[]> {
    const qb = em
      .getRepository(ReportEntity)
      .createQueryBuilder('r')
      .select(['r.id', 'r.reference', 'r.status', 'r.submittedAt', 'r.needs', 'r.neighbourhoodCode', 'r.urgency', 'r.ageBand', 'r.subjectId', 'r.descriptionSealed', 'r.ownerDeskId'])
      .where('r.antenna_id = :antennaId AND r.municipality = :municipality', { antennaId, municipality })
      .orderBy('r.submitted_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .limit(limit);
    if (after) qb.andWhere('(r.submitted_at, r.id) < (:at, :id)', { at: after.submittedAt, id: after.id });
    return qb.getMany();
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

  /** What the coarse state needs of a report's referrals: status and needs. */
  referralsOf(em: EntityManager, reportId: string): Promise<Pick<ReportReferralEntity, 'status' | 'needs'>[]> {
    return em.find(ReportReferralEntity, { where: { reportId }, select: { status: true, needs: true } });
  }

  /** Locks the report row for the rest of the transaction (serialises status recomputation). */
  lockReport(em: EntityManager, id: string): Promise<ReportEntity | null> {
    return em.findOne(ReportEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async markBecameCase(em: EntityManager, id: string, at: Date): Promise<void> {
    await em.update(ReportEntity, { id }, { becameCaseAt: at });
  }

  async setStatus(em: EntityManager, id: string, status: string): Promise<void> {
    await em.update(ReportEntity, { id }, { status });
  }

  async upsertNeighbourhood(em: EntityManager, n: NeighbourhoodProjection): Promise<void> {
    await em.query(
      `INSERT INTO neighbourhoods (municipality, code, name, updated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (municipality, code) DO UPDATE SET name = EXCLUDED.name, updated_at = EXCLUDED.updated_at
       WHERE neighbourhoods.updated_at <= EXCLUDED.updated_at`,
      [n.municipality, n.code, n.name, n.updatedAt],
    );
  }

  async ensureDesk(em: EntityManager, desk: Pick<DeskEntity, 'id' | 'municipality' | 'neighbourhoodCode' | 'name'>): Promise<void> {
    await em.query(
      `INSERT INTO desks (id, municipality, neighbourhood_code, name) VALUES ($1, $2, $3, $4) ON CONFLICT (municipality, neighbourhood_code) DO NOTHING`,
      [desk.id, desk.municipality, desk.neighbourhoodCode, desk.name],
    );
  }

  async upsertAntenna(em: EntityManager, a: AntennaProjection): Promise<void> {
    await em.query(
      `INSERT INTO antennas (id, municipality, neighbourhood_code, status, status_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (id) DO UPDATE SET municipality = EXCLUDED.municipality, neighbourhood_code = EXCLUDED.neighbourhood_code,
         status = EXCLUDED.status, status_at = EXCLUDED.status_at
       WHERE antennas.status_at <= EXCLUDED.status_at`,
      [a.id, a.municipality, a.neighbourhoodCode, a.status, a.statusAt],
    );
  }

  async counts(): Promise<{ neighbourhoods: number; activeAntennas: number; reports: number; unownedReports: number }> {
    const [row] = await this.ds.query<{ neighbourhoods: number; activeAntennas: number; reports: number; unownedReports: number }[]>(
      `SELECT (SELECT count(*) FROM neighbourhoods)::int AS neighbourhoods,
              (SELECT count(*) FROM antennas WHERE status = 'ACTIVE')::int AS "activeAntennas",
              (SELECT count(*) FROM reports)::int AS reports,
              (SELECT count(*) FROM reports WHERE owner_desk_id IS NULL)::int AS "unownedReports"`,
    );
    return row;
  }
}
