import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import {
  Actor, AddFollowUpV1, AgeBand, ClosureReason, CloseReportV1, CoarseStatus, ContactAttemptV1, ContactChannel, ContactOutcome,
  DeskV1, DomainError, HandOverV1, LegalBasis, Need, OkV1, Page, PublicDeskV1, PublicDesksQueryV1, REQUEST_PATTERNS, RecordContactAttemptV1, ReferralStatus, ReportDetailV1, ReportRefV1, Role,
  TRIAGE_EXCERPT_LENGTH, TriageItemV1, TriageV1, Urgency, WithdrawReportV1, normaliseReference,
} from '@prossimo/contracts';
import { Outbox } from '@prossimo/messaging';
import { CLOCK, Clock, SETTINGS, Transactions } from '@prossimo/platform';
import { AuditService } from '../audit/audit.service';
import { ReportsSettings } from '../config/reports.env';
import { coarseStatus, factsOf } from '../reports/coarse-status';
import { excerpt } from '../reports/excerpt';
import { ReportEntity } from '../reports/report.entities';
import { ReportsRepository } from '../reports/reports.repository';
import { Vault } from '../vault/vault';
import { BreakGlassRepository } from '../privacy/break-glass.repository';
import { ContactAttemptEntity, FollowUpEntity } from './casework.entities';
import { CaseworkRepository, TRIAGE_ORDER, TriageRow } from './casework.repository';
import { mayCloseUnableToContact } from './contact-protocol';
import { applyOwnership } from './ownership';

const DAY = 24 * 3600 * 1000;
const HOUR = 3600 * 1000;

function badReference(): never {
  throw DomainError.badInput('reference', 'reference: non è un codice della segnalazione (per esempio CB-7K4Q) / not a reference code (e.g. CB-7K4Q)');
}

/** The triage order's group (see CaseworkRepository.triage). */
function priorityOf(urgency: string, assigneeId: string | null): number {
  if (urgency === Urgency.EMERGENCY && !assigneeId) return 0;
  return urgency === Urgency.EMERGENCY || urgency === Urgency.HIGH ? 1 : 2;
}

type TriageFacts = Omit<TriageRow, 'priority' | 'risk_at' | 'subject_id' | 'description_sealed'>;

function toTriageItem(r: TriageFacts, excerptText: string | null = null): TriageItemV1 {
  return {
    id: r.id,
    reference: r.reference,
    antennaId: r.antenna_id,
    neighbourhoodCode: r.neighbourhood_code,
    needs: r.needs as Need[],
    urgency: r.urgency as Urgency,
    ageBand: r.age_band as AgeBand,
    submittedAt: new Date(r.submitted_at).toISOString(),
    ownerDeskId: r.owner_desk_id,
    assigneeId: r.assignee_id,
    takenInHandAt: r.taken_in_hand_at ? new Date(r.taken_in_hand_at).toISOString() : null,
    contactAttempts: r.attempts,
    linkedReports: r.linked,
    closedAt: r.closed_at ? new Date(r.closed_at).toISOString() : null,
    excerpt: excerptText,
    slaDueAt: r.sla_due_at ? new Date(r.sla_due_at).toISOString() : null,
    priority: priorityOf(r.urgency, r.assignee_id),
  };
}

/**
 * The work on a report after it was submitted: the antenna's follow-up and withdrawal, and the
 * social worker's triage, report page (audited), ownership, contact attempts and closure.
 */
@Injectable()
export class CaseworkService {
  constructor(
    private readonly tx: Transactions,
    private readonly repo: CaseworkRepository,
    private readonly glass: BreakGlassRepository,
    private readonly reports: ReportsRepository,
    private readonly vault: Vault,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
    @Inject(SETTINGS) private readonly settings: ReportsSettings,
    @Inject(CLOCK) private readonly now: Clock,
  ) {}

  /** The report, locked, if the actor's scope covers it (NOT_FOUND otherwise: existence is not disclosed). */
  private async scoped(em: EntityManager, actor: Actor, reportId: string): Promise<ReportEntity> {
    const r = await this.reports.lockReport(em, reportId);
    const visible = r && r.municipality === actor.municipality && (actor.role !== Role.ANTENNA || r.antennaId === actor.antennaId);
    if (!r || !visible) throw DomainError.notFound('report');
    return r;
  }

  private async deskStatus(em: EntityManager, r: ReportEntity, desk: { closed: boolean; takenInHand: boolean }): Promise<CoarseStatus> {
    return coarseStatus(factsOf(r, await this.reports.referralsOf(em, r.id), desk));
  }

  async addFollowUp(actor: Actor, input: AddFollowUpV1): Promise<OkV1> {
    return this.tx.run(async (em) => {
      const r = await this.scoped(em, actor, input.reportId);
      if (r.purgedAt) throw DomainError.conflict('the report is no longer kept');
      const key = await this.vault.subjectKey(em, r.subjectId);
      if (!key) throw DomainError.conflict('the report was erased');
      const id = randomUUID();
      await this.repo.insertFollowUp(em, Object.assign(new FollowUpEntity(), { id, reportId: r.id, writtenBy: actor.accountId, at: this.now(), noteSealed: this.vault.seal(key, input.note, `follow-up:${id}`) }));
      return { ok: true as const };
    });
  }

  async withdraw(actor: Actor, input: WithdrawReportV1): Promise<OkV1> {
    return this.tx.run(async (em) => {
      const r = await this.scoped(em, actor, input.reportId);
      if (r.closedAt) throw DomainError.conflict('la segnalazione è già chiusa / the report is already closed');
      const key = await this.vault.subjectKey(em, r.subjectId);
      const now = this.now();
      await this.reports.updateReport(em, r.id, {
        withdrawnAt: now,
        closedAt: now,
        // Its antenna sees «ritirata», never «chiusa»: nobody closed it, it was a mistake.
        status: CoarseStatus.WITHDRAWN,
        withdrawalSealed: key ? this.vault.seal(key, input.reason, `withdrawal:${r.id}`) : null,
      });
      await this.outbox.add(em, 'report.withdrawn.v1', { municipality: r.municipality, reportId: r.id, neighbourhoodCode: r.neighbourhoodCode, ownerDeskId: r.ownerDeskId, antennaId: r.antennaId, occurredAt: now.toISOString() });
      return { ok: true as const };
    });
  }

  /** A municipality's desks, public fields only (no ids, no assignees, nothing of any report). */
  async publicDesks(q: PublicDesksQueryV1): Promise<PublicDeskV1[]> {
    const desks = await this.reports.desksOf(this.tx.reads, q.municipality);
    return desks.map((d) => ({ neighbourhoodCode: d.neighbourhoodCode, name: d.name, phone: d.phone ?? null, hours: d.hours ?? null }));
  }

  async desks(actor: Actor): Promise<DeskV1[]> {
    const desks = await this.reports.desksOf(this.tx.reads, actor.municipality);
    return desks.map((d) => ({ id: d.id, neighbourhoodCode: d.neighbourhoodCode, name: d.name, phone: d.phone ?? null, hours: d.hours ?? null }));
  }

  /**
   * The open reports by urgency and SLA risk, each with the first words of what was seen: reading
   * them is a read of the person's data, audited in the same transaction (one row per report shown).
   */
  async triage(actor: Actor, f: TriageV1): Promise<Page<TriageItemV1>> {
    const request = TRIAGE_ORDER.request(f);
    const now = this.now().getTime();
    const reference = f.reference !== undefined ? (normaliseReference(f.reference) ?? badReference()) : undefined;
    return this.tx.run(async (em) => {
      const rows = await this.repo.triage(
        em,
        {
          municipality: actor.municipality,
          neighbourhoodCode: f.neighbourhoodCode,
          need: f.need,
          urgency: f.urgency,
          ownerDeskId: f.ownerDeskId,
          submittedBefore: f.minAgeDays !== undefined ? new Date(now - f.minAgeDays * DAY) : undefined,
          submittedAfter: f.maxAgeDays !== undefined ? new Date(now - f.maxAgeDays * DAY) : undefined,
          reference,
        },
        request,
      );
      const { rows: page, pageInfo } = TRIAGE_ORDER.page(rows, request, (r) => [r.priority, new Date(r.risk_at).toISOString(), r.id]);
      const descriptions = await this.vault.openDescriptions(em, page.map((r) => ({ id: r.id, subjectId: r.subject_id, descriptionSealed: r.description_sealed })));
      await this.audit.record(
        em,
        actor,
        page
          .filter((r) => descriptions.get(r.id))
          .map((r) => ({ action: REQUEST_PATTERNS.reports.triage, recordType: 'report' as const, recordId: r.id, fields: ['description.excerpt'], reason: 'triage' })),
      );
      const nodes = page.map((r) => toTriageItem(r, excerpt(descriptions.get(r.id) ?? null, TRIAGE_EXCERPT_LENGTH)));
      return { nodes, pageInfo };
    });
  }

  /** The report page: everything held on it, audited in the same transaction. */
  async open(actor: Actor, input: ReportRefV1): Promise<ReportDetailV1> {
    return this.tx.run(async (em) => {
      const r = await this.scoped(em, actor, input.reportId);
      const now = this.now();
      const { key, identity, subject } = await this.vault.identity(em, r.subjectId);
      const glass = await this.glass.activeGrant(em, r.id, actor.accountId, now);
      const showContact = !r.doNotContact || !!glass;
      const followUps = await this.repo.followUps(em, r.id);
      const attempts = await this.repo.contactAttempts(em, r.id);
      const linked = await this.reports.linkedReportIds(em, r.subjectId, r.id);
      const fields = ['description', 'followUps', 'contactAttempts.note'];
      if (identity) fields.push('subject.name', ...(showContact ? ['subject.address', 'subject.phone'] : []));
      await this.audit.record(em, actor, [{ action: REQUEST_PATTERNS.reports.open, recordType: 'report', recordId: r.id, fields, reason: glass ? `break-the-glass ${glass.id}` : 'presa in carico / casework' }]);
      const slaDueAt = await this.reports.slaDueAt(em, r.id);
      return {
        id: r.id,
        reference: r.reference,
        subjectId: r.subjectId,
        status: r.status,
        antennaId: r.antennaId,
        excerpt: null,
        slaDueAt: slaDueAt ? new Date(slaDueAt).toISOString() : null,
        priority: priorityOf(r.urgency, r.assigneeId),
        neighbourhoodCode: r.neighbourhoodCode,
        needs: r.needs,
        urgency: r.urgency,
        ageBand: r.ageBand,
        submittedAt: r.submittedAt.toISOString(),
        ownerDeskId: r.ownerDeskId,
        assigneeId: r.assigneeId,
        takenInHandAt: r.takenInHandAt?.toISOString() ?? null,
        contactAttempts: attempts.length,
        linkedReports: linked.length,
        legalBasis: r.legalBasis,
        consentToContact: r.consentToContact,
        doNotContact: r.doNotContact,
        description: this.vault.open(key, r.descriptionSealed, `description:${r.id}`),
        subject: identity ? { name: identity.name, address: showContact ? identity.address : null, phone: showContact ? identity.phone : null } : null,
        followUps: followUps.map((f) => ({ at: f.at.toISOString(), note: this.vault.open(key, f.noteSealed, `follow-up:${f.id}`) ?? '' })),
        contactAttemptList: attempts.map((a) => this.toAttempt(key, a)),
        linkedReportIds: linked,
        closedAt: r.closedAt?.toISOString() ?? null,
        closureReason: r.closureReason ?? null,
        withdrawnAt: r.withdrawnAt?.toISOString() ?? null,
        objection: !!subject?.objectionAt,
        erased: !key,
        reopenableUntil: this.reopenableUntil(r)?.toISOString() ?? null,
        reopenedAt: r.reopenedAt?.toISOString() ?? null,
        reopenWindowHours: this.settings.REOPEN_WINDOW_HOURS,
      };
    });
  }

  /** Until when the desk may reopen the report: closed by the desk (not withdrawn, not purged), within the window. */
  private reopenableUntil(r: ReportEntity): Date | null {
    if (!r.closedAt || r.withdrawnAt || r.purgedAt) return null;
    const until = new Date(r.closedAt.getTime() + this.settings.REOPEN_WINDOW_HOURS * HOUR);
    return until.getTime() > this.now().getTime() ? until : null;
  }

  /**
   * Reopens a report its desk closed (by mistake), within REOPEN_WINDOW_HOURS of the closure: it
   * is open again with its coarse state recomputed, the reopening is written to the audit log, and
   * report.reopened.v1 tells referrals to route its needs again. A withdrawn report, one closed
   * longer ago, or one already purged is CONFLICT.
   */
  async reopen(actor: Actor, input: ReportRefV1): Promise<TriageItemV1> {
    return this.tx.run(async (em) => {
      const r = await this.scoped(em, actor, input.reportId);
      if (!r.closedAt) throw DomainError.conflict('la segnalazione è aperta / the report is open');
      if (r.withdrawnAt) throw DomainError.conflict("la segnalazione è stata ritirata dall'antenna: non si riapre / the report was withdrawn by its antenna: it cannot be reopened");
      if (!this.reopenableUntil(r)) {
        throw DomainError.conflict(`si può riaprire solo entro ${this.settings.REOPEN_WINDOW_HOURS} ore dalla chiusura / a report can be reopened only within ${this.settings.REOPEN_WINDOW_HOURS} hours of its closure`);
      }
      const now = this.now();
      const closedWith = r.closureReason ?? ClosureReason.RESOLVED;
      const status = await this.deskStatus(em, r, { closed: false, takenInHand: !!r.takenInHandAt });
      await this.reports.updateReport(em, r.id, { closedAt: null, closureReason: null, reopenedAt: now, status });
      await this.audit.record(em, actor, [
        { action: REQUEST_PATTERNS.reports.reopen, recordType: 'report', recordId: r.id, fields: ['closedAt', 'closureReason'], reason: `riapertura dopo chiusura «${closedWith}» / reopened after closing as ${closedWith}` },
      ]);
      await this.outbox.add(em, 'report.reopened.v1', { municipality: r.municipality, reportId: r.id, neighbourhoodCode: r.neighbourhoodCode, ownerDeskId: r.ownerDeskId, closedWith, occurredAt: now.toISOString() });
      return this.item(em, r.id);
    });
  }

  toAttempt(key: Parameters<Vault['open']>[0], a: ContactAttemptEntity): ContactAttemptV1 {
    return {
      id: a.id,
      channel: a.channel,
      outcome: a.outcome,
      attemptedAt: a.attemptedAt.toISOString(),
      note: this.vault.open(key, a.noteSealed, `attempt:${a.id}`),
      recordedBy: a.recordedBy,
    };
  }

  /** Takes the report in hand: the actor becomes its assignee; the antenna sees IN_CARE. */
  async take(actor: Actor, input: ReportRefV1): Promise<TriageItemV1> {
    return this.tx.run(async (em) => {
      const r = await this.scoped(em, actor, input.reportId);
      const next = applyOwnership({ deskId: r.ownerDeskId, assigneeId: r.assigneeId, closed: !!r.closedAt }, { kind: 'take', accountId: actor.accountId }, new Set([r.ownerDeskId]));
      const now = this.now();
      const status = await this.deskStatus(em, r, { closed: false, takenInHand: true });
      await this.reports.updateReport(em, r.id, { assigneeId: next.assigneeId, takenInHandAt: r.takenInHandAt ?? now, becameCaseAt: r.becameCaseAt ?? now, status });
      await this.outbox.add(em, 'report.taken-in-hand.v1', { municipality: r.municipality, reportId: r.id, neighbourhoodCode: r.neighbourhoodCode, ownerDeskId: r.ownerDeskId, assigneeId: actor.accountId, occurredAt: now.toISOString() });
      return this.item(em, r.id);
    });
  }

  async handOver(actor: Actor, input: HandOverV1): Promise<TriageItemV1> {
    return this.tx.run(async (em) => {
      const r = await this.scoped(em, actor, input.reportId);
      const desks = new Set((await this.reports.desksOf(em, r.municipality)).map((d) => d.id));
      const next = applyOwnership({ deskId: r.ownerDeskId, assigneeId: r.assigneeId, closed: !!r.closedAt }, { kind: 'handOver', toDeskId: input.toDeskId }, desks);
      await this.reports.updateReport(em, r.id, { ownerDeskId: next.deskId, assigneeId: next.assigneeId });
      await this.outbox.add(em, 'report.handed-over.v1', { municipality: r.municipality, reportId: r.id, neighbourhoodCode: r.neighbourhoodCode, ownerDeskId: next.deskId, fromDeskId: r.ownerDeskId, occurredAt: this.now().toISOString() });
      return this.item(em, r.id);
    });
  }

  async recordContactAttempt(actor: Actor, input: RecordContactAttemptV1): Promise<ContactAttemptV1> {
    return this.tx.run(async (em) => {
      const r = await this.scoped(em, actor, input.reportId);
      if (r.closedAt) throw DomainError.conflict('la segnalazione è chiusa / the report is closed');
      const now = this.now();
      const at = new Date(input.attemptedAt);
      if (at.getTime() > now.getTime() + 5 * 60_000) throw DomainError.badInput('input.attemptedAt', 'input.attemptedAt: must not be in the future');
      if (at.getTime() < r.submittedAt.getTime()) throw DomainError.badInput('input.attemptedAt', 'input.attemptedAt: must be after the report was submitted');
      const key = await this.vault.subjectKey(em, r.subjectId);
      const id = randomUUID();
      const a = Object.assign(new ContactAttemptEntity(), {
        id, reportId: r.id, channel: input.channel, outcome: input.outcome, attemptedAt: at, recordedBy: actor.accountId, recordedAt: now,
        noteSealed: input.note && key ? this.vault.seal(key, input.note, `attempt:${id}`) : null,
      });
      await this.repo.insertContactAttempt(em, a);
      return this.toAttempt(key, a);
    });
  }

  /** Closes with a reason; "unable to contact" needs three attempts at least two days apart. */
  async close(actor: Actor, input: CloseReportV1): Promise<TriageItemV1> {
    return this.tx.run(async (em) => {
      const r = await this.scoped(em, actor, input.reportId);
      applyOwnership({ deskId: r.ownerDeskId, assigneeId: r.assigneeId, closed: !!r.closedAt }, { kind: 'close' }, new Set([r.ownerDeskId]));
      if (input.reason === ClosureReason.UNABLE_TO_CONTACT) {
        const attempts = await this.repo.contactAttempts(em, r.id);
        if (!mayCloseUnableToContact(attempts.map((a) => a.attemptedAt))) {
          throw DomainError.badInput('input.reason', 'input.reason: "irreperibile" richiede almeno tre tentativi a distanza di almeno due giorni / unable to contact needs at least three attempts at least two days apart');
        }
      }
      const now = this.now();
      await this.reports.updateReport(em, r.id, { closedAt: now, closureReason: input.reason, status: CoarseStatus.CLOSED });
      await this.outbox.add(em, 'report.closed.v1', { municipality: r.municipality, reportId: r.id, neighbourhoodCode: r.neighbourhoodCode, ownerDeskId: r.ownerDeskId, reason: input.reason, occurredAt: now.toISOString() });
      return this.item(em, r.id);
    });
  }

  private async item(em: EntityManager, id: string): Promise<TriageItemV1> {
    const r = (await this.reports.findReport(em, id))!;
    return toTriageItem({
      id: r.id, reference: r.reference, closed_at: r.closedAt, antenna_id: r.antennaId, neighbourhood_code: r.neighbourhoodCode, needs: r.needs, urgency: r.urgency, age_band: r.ageBand, submitted_at: r.submittedAt,
      owner_desk_id: r.ownerDeskId, assignee_id: r.assigneeId, taken_in_hand_at: r.takenInHandAt,
      attempts: await this.repo.attemptsCount(em, r.id), linked: (await this.reports.linkedReportIds(em, r.subjectId, r.id)).length,
      sla_due_at: await this.reports.slaDueAt(em, r.id),
    });
  }
}
