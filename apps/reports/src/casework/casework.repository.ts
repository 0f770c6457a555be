import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, MoreThan } from 'typeorm';
import { Keyset, KeysetQuery } from '@prossimo/platform';
import { AuditEntryEntity } from '../audit/audit.entity';
import { OrgContextEntity, ReferralMessageEntity } from '../referral-desk/referral-desk.entities';
import { ReferralNoteEntity } from '../referral-notes/referral-note.entity';
import { DeskEntity, ReportEntity, ReportReferralEntity } from '../reports/report.entities';
import { BreakGlassGrantEntity, ContactAttemptEntity, FollowUpEntity, RetentionSettingsEntity } from '../vault/vault.entities';

/** The triage order: priority, then SLA risk, then id. */
export const TRIAGE_ORDER = new Keyset('ASC', [['t.priority', 'number'], ['t.risk_at', 'timestamp'], ['t.id', 'uuid']]);
/** Break-the-glass grants, newest first. */
export const GRANTS_NEWEST_FIRST = new Keyset('DESC', [['g.granted_at', 'timestamp'], ['g.id', 'uuid']]);
/** The audit log, newest first. */
export const AUDIT_NEWEST_FIRST = new Keyset('DESC', [['a.at', 'timestamp'], ['a.id', 'uuid']]);

export interface TriageFilter {
  municipality: string;
  neighbourhoodCode?: string;
  need?: string;
  urgency?: string;
  ownerDeskId?: string;
  submittedBefore?: Date;
  submittedAfter?: Date;
  /** One report by its code (normalised), open or closed. */
  reference?: string;
}

export interface TriageRow {
  id: string;
  reference: string;
  closed_at: Date | null;
  antenna_id: string;
  neighbourhood_code: string;
  needs: string[];
  urgency: string;
  age_band: string;
  submitted_at: Date;
  owner_desk_id: string;
  assignee_id: string | null;
  taken_in_hand_at: Date | null;
  attempts: number;
  linked: number;
  /** 0 EMERGENCY not yet assigned, 1 EMERGENCY or HIGH, 2 the rest. */
  priority: number;
  /** The nearest pending SLA deadline of its referrals. */
  sla_due_at: Date | null;
  /** sla_due_at, or submitted_at when no deadline runs: the order within a priority. */
  risk_at: Date;
  subject_id: string;
  description_sealed: Buffer | null;
}

/** Referral statuses whose SLA timer may still be running (acceptance, then first contact). */
const TIMED_STATUSES = ['REQUESTED', 'ACCEPTED', 'ON_HOLD'];

/** The desk's and the privacy officer's queries on reports. Methods take their transaction. */
@Injectable()
export class CaseworkRepository {
  constructor(private readonly ds: DataSource) {}

  lockReport(em: EntityManager, id: string): Promise<ReportEntity | null> {
    return em.findOne(ReportEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findReport(em: EntityManager, id: string): Promise<ReportEntity | null> {
    return em.findOne(ReportEntity, { where: { id } });
  }

  async updateReport(em: EntityManager, id: string, patch: Partial<ReportEntity>): Promise<void> {
    await em.update(ReportEntity, { id }, patch);
  }

  desksOf(em: EntityManager, municipality: string): Promise<DeskEntity[]> {
    return em.find(DeskEntity, { where: { municipality }, order: { neighbourhoodCode: 'ASC' } });
  }

  /**
   * Open reports by urgency and SLA risk (keyset on priority, risk_at, id): EMERGENCY nobody is
   * assigned to first, then EMERGENCY and HIGH, then the rest; within each, the nearest pending
   * SLA deadline of its referrals, or the time it arrived when none runs (so a report no service
   * is working on comes before one whose deadline is still ahead). With attempt and duplicate
   * counts, and the sealed description (the caller opens and audits the excerpt). A search by
   * reference finds the report whether open or closed (the desk looks up a caller's case).
   */
  async triage(em: EntityManager, f: TriageFilter, page: KeysetQuery<typeof TRIAGE_ORDER>): Promise<TriageRow[]> {
    const where = ['r.municipality = $1', ...(f.reference ? [] : ['r.closed_at IS NULL']), 'r.purged_at IS NULL'];
    const params: unknown[] = [f.municipality, TIMED_STATUSES];
    const add = (sql: string, v: unknown) => {
      params.push(v);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (f.neighbourhoodCode) add('r.neighbourhood_code = ?', f.neighbourhoodCode);
    if (f.need) add('? = ANY(r.needs)', f.need);
    if (f.urgency) add('r.urgency = ?', f.urgency);
    if (f.ownerDeskId) add('r.owner_desk_id = ?', f.ownerDeskId);
    if (f.submittedBefore) add('r.submitted_at <= ?', f.submittedBefore);
    if (f.submittedAfter) add('r.submitted_at >= ?', f.submittedAfter);
    if (f.reference) add('r.reference = ?', f.reference);
    const outer: string[] = [];
    if (page.after) {
      outer.push(
        `WHERE ${TRIAGE_ORDER.after(page.after, (v) => {
          params.push(v);
          return `$${params.length}`;
        })}`,
      );
    }
    params.push(page.limit);
    return em.query(
      `SELECT t.* FROM (
         SELECT r.id, r.reference, r.closed_at, r.antenna_id, r.neighbourhood_code, r.needs, r.urgency, r.age_band, r.submitted_at, r.owner_desk_id, r.assignee_id, r.taken_in_hand_at,
                r.subject_id, r.description_sealed,
                (SELECT count(*) FROM contact_attempts a WHERE a.report_id = r.id)::int AS attempts,
                (SELECT count(*) FROM reports o WHERE o.subject_id = r.subject_id AND o.id <> r.id AND o.closed_at IS NULL)::int AS linked,
                CASE WHEN r.urgency = 'EMERGENCY' AND r.assignee_id IS NULL THEN 0 WHEN r.urgency IN ('EMERGENCY', 'HIGH') THEN 1 ELSE 2 END AS priority,
                d.due_at AS sla_due_at,
                COALESCE(d.due_at, r.submitted_at) AS risk_at
           FROM reports r
           LEFT JOIN LATERAL (SELECT min(rr.due_at) AS due_at FROM report_referrals rr WHERE rr.report_id = r.id AND rr.status = ANY($2::text[])) d ON true
          WHERE ${where.join(' AND ')}
       ) t ${outer.join(' ')}
       ORDER BY ${TRIAGE_ORDER.orderBy()} LIMIT $${params.length}`,
      params,
    );
  }

  /** The nearest pending SLA deadline of a report's referrals (see `triage`). */
  async slaDueAt(em: EntityManager, reportId: string): Promise<Date | null> {
    const rows: { due_at: Date | null }[] = await em.query(`SELECT min(due_at) AS due_at FROM report_referrals WHERE report_id = $1 AND status = ANY($2::text[])`, [reportId, TIMED_STATUSES]);
    return rows[0]?.due_at ?? null;
  }

  async attemptsCount(em: EntityManager, reportId: string): Promise<number> {
    return em.count(ContactAttemptEntity, { where: { reportId } });
  }

  /** Other reports about the same subject (duplicates, linked under one case). */
  async linkedReportIds(em: EntityManager, subjectId: string, exceptId: string): Promise<string[]> {
    const rows = await em.find(ReportEntity, { where: { subjectId }, select: { id: true }, order: { submittedAt: 'ASC' } });
    return rows.map((r) => r.id).filter((id) => id !== exceptId);
  }

  reportsOfSubject(em: EntityManager, subjectId: string): Promise<ReportEntity[]> {
    return em.find(ReportEntity, { where: { subjectId }, order: { submittedAt: 'ASC' } });
  }

  followUps(em: EntityManager, reportId: string): Promise<FollowUpEntity[]> {
    return em.find(FollowUpEntity, { where: { reportId }, order: { at: 'ASC' } });
  }

  async insertFollowUp(em: EntityManager, f: FollowUpEntity): Promise<void> {
    await em.insert(FollowUpEntity, f);
  }

  contactAttempts(em: EntityManager, reportId: string): Promise<ContactAttemptEntity[]> {
    return em.find(ContactAttemptEntity, { where: { reportId }, order: { attemptedAt: 'ASC' } });
  }

  async insertContactAttempt(em: EntityManager, a: ContactAttemptEntity): Promise<void> {
    await em.insert(ContactAttemptEntity, a);
  }

  referralsOf(em: EntityManager, reportId: string): Promise<ReportReferralEntity[]> {
    return em.find(ReportReferralEntity, { where: { reportId } });
  }

  async insertGrant(em: EntityManager, g: BreakGlassGrantEntity): Promise<void> {
    await em.insert(BreakGlassGrantEntity, g);
  }

  activeGrant(em: EntityManager, reportId: string, accountId: string, now: Date): Promise<BreakGlassGrantEntity | null> {
    return em.findOne(BreakGlassGrantEntity, { where: { reportId, accountId, expiresAt: MoreThan(now) }, order: { expiresAt: 'DESC' } });
  }

  async grantsPage(em: EntityManager, municipality: string, page: KeysetQuery<typeof GRANTS_NEWEST_FIRST>): Promise<BreakGlassGrantEntity[]> {
    const qb = em.createQueryBuilder(BreakGlassGrantEntity, 'g').where('g.municipality = :municipality', { municipality });
    return GRANTS_NEWEST_FIRST.apply(qb, page).getMany();
  }

  retention(em: EntityManager, municipality: string): Promise<RetentionSettingsEntity | null> {
    return em.findOne(RetentionSettingsEntity, { where: { municipality } });
  }

  async upsertRetention(em: EntityManager, r: RetentionSettingsEntity): Promise<void> {
    await em.upsert(RetentionSettingsEntity, r, ['municipality']);
  }

  async auditPage(em: EntityManager, municipality: string, recordId: string | undefined, page: KeysetQuery<typeof AUDIT_NEWEST_FIRST>): Promise<AuditEntryEntity[]> {
    const qb = em.createQueryBuilder(AuditEntryEntity, 'a').where('a.municipality = :municipality', { municipality });
    if (recordId) qb.andWhere('a.record_id = :recordId', { recordId });
    return AUDIT_NEWEST_FIRST.apply(qb, page).getMany();
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

  /** Removes the sealed content of a report and its notes (referral reasons and outcomes too); the non-identifying facts stay. */
  async purgeReportContent(em: EntityManager, id: string, now: Date): Promise<void> {
    await em.update(ReportEntity, { id }, { descriptionSealed: null, withdrawalSealed: null, contentHash: null, purgedAt: now });
    await em.update(FollowUpEntity, { reportId: id }, { noteSealed: null });
    await em.update(ContactAttemptEntity, { reportId: id }, { noteSealed: null });
    await em.update(BreakGlassGrantEntity, { reportId: id }, { reasonSealed: null });
    await em.update(ReferralNoteEntity, { reportId: id }, { textSealed: null });
    await em.update(OrgContextEntity, { reportId: id }, { textSealed: null });
    await em.update(ReferralMessageEntity, { reportId: id }, { textSealed: null });
  }

  /** Live subjects (key not destroyed) that no report refers to, created before `before`, claimed for this transaction. */
  async claimOrphanSubjects(em: EntityManager, before: Date, limit: number): Promise<{ id: string; municipality: string }[]> {
    return em.query(
      `SELECT s.id, s.municipality FROM subjects s
        WHERE s.destroyed_at IS NULL AND s.created_at < $1 AND NOT EXISTS (SELECT 1 FROM reports r WHERE r.subject_id = s.id)
        ORDER BY s.created_at LIMIT $2 FOR UPDATE OF s SKIP LOCKED`,
      [before, limit],
    );
  }

  async unpurgedReportsOfSubject(em: EntityManager, subjectId: string): Promise<number> {
    const rows: { n: number }[] = await em.query(`SELECT count(*)::int AS n FROM reports WHERE subject_id = $1 AND purged_at IS NULL`, [subjectId]);
    return rows[0].n;
  }
}
