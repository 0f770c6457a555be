import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Keyset, KeysetQuery } from '@prossimo/platform';
import { TIMED_STATUSES } from '../reports/reports.repository';
import { ContactAttemptEntity, FollowUpEntity } from './casework.entities';

/** The triage order: priority, then SLA risk, then id. */
export const TRIAGE_ORDER = new Keyset('ASC', [['t.priority', 'number'], ['t.risk_at', 'timestamp'], ['t.id', 'uuid']]);

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


/** Follow-ups, contact attempts, and the desk's triage (a read across reports, their attempts and referrals). Methods take their transaction. */
@Injectable()
export class CaseworkRepository {
  constructor(private readonly ds: DataSource) {}

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

  async attemptsCount(em: EntityManager, reportId: string): Promise<number> {
    return em.count(ContactAttemptEntity, { where: { reportId } });
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

  /** Removes the sealed notes of a report's follow-ups and contact attempts. */
  async purgeOfReport(em: EntityManager, reportId: string): Promise<void> {
    await em.update(FollowUpEntity, { reportId }, { noteSealed: null });
    await em.update(ContactAttemptEntity, { reportId }, { noteSealed: null });
  }
}
