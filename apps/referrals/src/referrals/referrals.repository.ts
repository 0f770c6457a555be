import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { Keyset, KeysetQuery } from '@prossimo/platform';
import { ServiceEntity } from '../directory/directory.entities';
import { ReferralEntity, ReferralHistoryEntity } from './referral.entities';

/** What a referral shows of its service: its name and its places. */
export type ServiceSummary = Pick<ServiceEntity, 'name' | 'capacityAvailable' | 'capacityMaximum' | 'capacityUnit'>;
/** A prescription has no service (null). */
export type ReferralWithService = ReferralEntity & { service: ServiceSummary | null };

const SERVICE_SUMMARY = ['s.id', 's.name', 's.capacityAvailable', 's.capacityMaximum', 's.capacityUnit'];

/** The only place that speaks TypeORM for referrals and their history. Methods take the transaction they run in. */
/** An organisation's referrals, newest first. */
export const REFERRALS_NEWEST_FIRST = new Keyset('DESC', [['r.created_at', 'timestamp'], ['r.id', 'uuid']]);

@Injectable()
export class ReferralsRepository {
  constructor(private readonly ds: DataSource) {}

  /**
   * Serialises every routing decision about one report until the transaction ends (consumer and
   * re-routing alike), so two of them never pick services from the same stale picture.
   */
  async lockReportRouting(em: EntityManager, reportId: string): Promise<void> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtextextended('referrals:report:' || $1, 0))`, [reportId]);
  }

  /**
   * Locks every referral row of a report, in id order (the order every path that locks several
   * takes), before the report's routing lock: the paths that lock one referral and then route
   * take the same two locks in the same order, so they cannot deadlock with this one.
   */
  async lockReferralsOfReport(em: EntityManager, reportId: string): Promise<void> {
    await em.query(`SELECT id FROM referrals WHERE report_id = $1 ORDER BY id FOR UPDATE`, [reportId]);
  }

  /** Whether the referral was ever in progress (an ON_HOLD referral may be a paused one). */
  async wasEverInProgress(em: EntityManager, referralId: string): Promise<boolean> {
    return (await em.query(`SELECT 1 FROM referral_history WHERE referral_id = $1 AND to_status = 'IN_PROGRESS' LIMIT 1`, [referralId])).length > 0;
  }

  findByReport(em: EntityManager, reportId: string): Promise<ReferralEntity[]> {
    return em.find(ReferralEntity, { where: { reportId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Locks the referral row for the rest of the transaction. */
  lockReferral(em: EntityManager, id: string): Promise<ReferralEntity | null> {
    return em.findOne(ReferralEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** A plain insert: the unique index on open (report, service) pairs refuses a doubled referral. */
  async insert(em: EntityManager, referral: ReferralEntity): Promise<void> {
    await em.insert(ReferralEntity, referral);
  }

  async saveMove(em: EntityManager, r: Pick<ReferralEntity, 'id' | 'status' | 'version' | 'reasonCode' | 'reasonNoteId' | 'outcomeNoteId' | 'updatedAt' | 'holdsPlace'>): Promise<void> {
    await em.update(ReferralEntity, { id: r.id }, {
      status: r.status, version: r.version, reasonCode: r.reasonCode, reasonNoteId: r.reasonNoteId, outcomeNoteId: r.outcomeNoteId, updatedAt: r.updatedAt, holdsPlace: r.holdsPlace,
    });
  }

  /** Records a step of a first contact through the desk (asked for, handed over). */
  async saveFirstContactStep(
    em: EntityManager,
    r: Pick<ReferralEntity, 'id' | 'updatedAt' | 'firstContactRequestedAt' | 'firstContactRequestedBy' | 'contactHandedOverAt' | 'contactHandedOverBy'>,
  ): Promise<void> {
    await em.update(ReferralEntity, { id: r.id }, {
      updatedAt: r.updatedAt,
      firstContactRequestedAt: r.firstContactRequestedAt,
      firstContactRequestedBy: r.firstContactRequestedBy,
      contactHandedOverAt: r.contactHandedOverAt,
      contactHandedOverBy: r.contactHandedOverBy,
    });
  }

  /** Whether a vault note id already belongs to a move (each note belongs to one move only). */
  async isNoteUsed(em: EntityManager, noteId: string): Promise<boolean> {
    const rows: unknown[] = await em.query(
      `SELECT 1 FROM referral_history WHERE reason_note_id = $1 UNION ALL SELECT 1 FROM referrals WHERE outcome_note_id = $1 LIMIT 1`,
      [noteId],
    );
    return rows.length > 0;
  }

  /** One referral with its service's name. */
  findWithService(id: string): Promise<ReferralWithService | null> {
    return this.ds
      .getRepository(ReferralEntity)
      .createQueryBuilder('r')
      .leftJoin('r.service', 's')
      .addSelect(SERVICE_SUMMARY)
      .where('r.id = :id', { id })
      .getOne() as Promise<ReferralWithService | null>;
  }

  async addHistory(em: EntityManager, row: Omit<ReferralHistoryEntity, 'id' | 'referral'>): Promise<void> {
    await em.insert(ReferralHistoryEntity, row);
  }

  /** An organisation's referrals in a municipality, newest first, after a keyset cursor, with their service's name. */
  findPageForOrganisation(q: { organisationId: string; municipality: string; statuses: string[] | null }, page: KeysetQuery<typeof REFERRALS_NEWEST_FIRST>): Promise<ReferralWithService[]> {
    const qb = this.ds
      .getRepository(ReferralEntity)
      .createQueryBuilder('r')
      .leftJoin('r.service', 's')
      .addSelect(SERVICE_SUMMARY)
      .where('r.organisation_id = :organisationId', { organisationId: q.organisationId })
      .andWhere('r.municipality = :municipality', { municipality: q.municipality });
    if (q.statuses) qb.andWhere('r.status IN (:...statuses)', { statuses: q.statuses });
    return REFERRALS_NEWEST_FIRST.apply(qb, page).getMany() as Promise<ReferralWithService[]>;
  }

  /** Every referral of a report in a municipality, oldest first, with its service's name and its history. */
  async findStoriesOfReport(reportId: string, municipality: string): Promise<{ referral: ReferralEntity; service: ServiceSummary | null; history: ReferralHistoryEntity[] }[]> {
    const rows = (await this.ds
      .getRepository(ReferralEntity)
      .createQueryBuilder('r')
      .leftJoin('r.service', 's')
      .addSelect(SERVICE_SUMMARY)
      .where('r.report_id = :reportId', { reportId })
      .andWhere('r.municipality = :municipality', { municipality })
      .orderBy('r.created_at', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .limit(MAX_REFERRALS_PER_REPORT)
      .getMany()) as ReferralWithService[];
    if (rows.length === 0) return [];
    const history = await this.ds.getRepository(ReferralHistoryEntity).find({ where: { referralId: In(rows.map((r) => r.id)) }, order: { at: 'ASC', id: 'ASC' } });
    return rows.map((r) => ({ referral: r, service: r.service, history: history.filter((h) => h.referralId === r.id) }));
  }

  /** When each prescribed session starts, as referrals last heard (by session id). */
  async sessionStarts(em: EntityManager | DataSource, sessionIds: (string | null)[]): Promise<Map<string, Date>> {
    const ids = [...new Set(sessionIds.filter((x): x is string => !!x))];
    if (ids.length === 0) return new Map();
    const rows = await em.query<{ id: string; starts_at: Date }[]>(`SELECT id, starts_at FROM initiative_sessions WHERE id = ANY($1::uuid[])`, [ids]);
    return new Map(rows.map((r) => [r.id, new Date(r.starts_at)]));
  }

  /** Records a prescription's first attendance (the move to in progress is saved by saveMove). */
  async saveFirstAttendance(em: EntityManager, id: string, at: Date): Promise<void> {
    await em.update(ReferralEntity, { id }, { firstAttendedAt: at });
  }

  /** Locks a referral unless another transaction holds it (the SLA sweeper then leaves it for the next sweep). */
  async lockReferralIfFree(em: EntityManager, id: string): Promise<ReferralEntity | null> {
    return em
      .getRepository(ReferralEntity)
      .createQueryBuilder('r')
      .where('r.id = :id', { id })
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getOne();
  }
}

/** A report has a handful of referrals; the bound keeps a runaway loop from flooding a page. */
const MAX_REFERRALS_PER_REPORT = 200;
