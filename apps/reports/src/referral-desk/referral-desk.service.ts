import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  Actor, DomainError, OrgContextV1, Page, PostReferralMessageV1, REQUEST_PATTERNS, ReferralBriefV1, ReferralBriefsV1, ReferralMessageV1, ReferralMessagesV1,
  ReferralStatus, ReportRefV1, Role, SetOrgContextV1,
} from '@prossimo/contracts';
import { CLOCK, Clock, Transactions } from '@prossimo/platform';
import { AuditRead, AuditService } from '../audit/audit.service';
import { ReportEntity, ReportReferralEntity } from '../reports/report.entities';
import { ReportsRepository } from '../reports/reports.repository';
import { SubjectKey, Vault } from '../vault/vault';
import { OrgContextEntity, ReferralMessageEntity } from './referral-desk.entities';
import { MESSAGES_NEWEST_FIRST, ReferralDeskRepository } from './referral-desk.repository';

/** Referral states in which the organisation holds the person in hand: it may read what the antenna saw. */
const HOLDING = new Set<string>([ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS, ReferralStatus.ON_HOLD]);

const contextAad = (reportId: string) => `org-context:${reportId}`;
const messageAad = (m: Pick<ReferralMessageEntity, 'id' | 'referralId' | 'reportId'>) => `referral-message:${m.id}:${m.referralId}:${m.reportId}`;

function toMessageV1(m: ReferralMessageEntity, text: string | null, actor: Actor): ReferralMessageV1 {
  return {
    id: m.id,
    referralId: m.referralId,
    authorRole: m.authorRole as ReferralMessageV1['authorRole'],
    authorAccountId: m.authorAccountId,
    byYou: m.authorAccountId === actor.accountId,
    text,
    createdAt: m.createdAt.toISOString(),
  };
}

/**
 * What passes between a referral's organisation and the social desk, kept in the vault: the desk's
 * line of context for organisations, what an organisation reads before and after accepting (the
 * referral's brief), and the message thread of each referral. Everything is sealed under the
 * subject's key, every read is audited in its transaction, and all of it is exported and shredded
 * with the rest of the person's story. Antennas have no access.
 */
@Injectable()
export class ReferralDeskService {
  constructor(
    private readonly tx: Transactions,
    private readonly repo: ReferralDeskRepository,
    private readonly reports: ReportsRepository,
    private readonly vault: Vault,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly now: Clock,
  ) {}

  private async report(em: EntityManager, actor: Actor, reportId: string): Promise<ReportEntity> {
    const r = await this.reports.findReport(em, reportId);
    if (!r || r.municipality !== actor.municipality) throw DomainError.notFound('report');
    return r;
  }

  /** A social worker writes the line organisations read before they accept; an empty text removes it. */
  async setContext(actor: Actor, input: SetOrgContextV1): Promise<OrgContextV1 | null> {
    if (actor.role !== Role.SOCIAL_WORKER) throw DomainError.forbidden('solo lo sportello sociale / only the social desk');
    return this.tx.run(async (em) => {
      const r = await this.report(em, actor, input.reportId);
      const text = input.text.trim();
      if (!text) {
        await this.repo.deleteContext(em, r.id);
        return null;
      }
      const key = r.purgedAt ? null : await this.vault.subjectKey(em, r.subjectId);
      if (!key) throw DomainError.conflict('i dati di questa segnalazione sono stati cancellati / this report’s data were erased');
      const row = Object.assign(new OrgContextEntity(), {
        reportId: r.id,
        municipality: r.municipality,
        textSealed: this.vault.seal(key, text, contextAad(r.id)),
        updatedBy: actor.accountId,
        updatedAt: this.now(),
      });
      key.key.fill(0);
      await this.repo.saveContext(em, row);
      return { text, updatedAt: row.updatedAt.toISOString(), updatedBy: row.updatedBy };
    });
  }

  /** The line as the social worker wrote it, for the report page (audited when there is one). */
  async getContext(actor: Actor, input: ReportRefV1): Promise<OrgContextV1 | null> {
    return this.tx.run(async (em) => {
      const r = await this.report(em, actor, input.reportId);
      const row = await this.repo.findContext(em, r.id);
      if (!row) return null;
      const key = await this.vault.subjectKey(em, r.subjectId);
      const text = this.vault.open(key, row.textSealed, contextAad(r.id));
      key?.key.fill(0);
      await this.audit.record(em, actor, [{ action: REQUEST_PATTERNS.reports.getOrgContext, recordType: 'report', recordId: r.id, fields: ['orgContext.text'], reason: 'contesto per gli enti / context for organisations' }]);
      return { text, updatedAt: row.updatedAt.toISOString(), updatedBy: row.updatedBy };
    });
  }

  /**
   * The operator's referrals as the vault can brief them: the desk's line of context (any referral
   * sent to their organisation) and what the antenna saw (only a referral it holds). One audit row
   * per report whose sealed content was opened, in the same transaction.
   */
  async briefs(actor: Actor, input: ReferralBriefsV1): Promise<ReferralBriefV1[]> {
    if (actor.role !== Role.ORG_OPERATOR || !actor.organisationId) throw DomainError.forbidden('solo gli operatori di un ente / only operators of an organisation');
    const organisationId = actor.organisationId;
    return this.tx.run(async (em) => {
      const referrals = await this.reports.referralsOfOrganisation(em, input.referralIds, organisationId);
      const reports = new Map((await this.reports.findReports(em, [...new Set(referrals.map((x) => x.reportId))])).filter((r) => r.municipality === actor.municipality).map((r) => [r.id, r]));
      const contexts = new Map((await this.repo.findContexts(em, [...reports.keys()])).map((c) => [c.reportId, c]));
      const out: ReferralBriefV1[] = [];
      const reads: AuditRead[] = [];
      for (const [reportId, r] of reports) {
        const mine = referrals.filter((x) => x.reportId === reportId);
        const holds = mine.some((x) => HOLDING.has(x.status));
        const context = contexts.get(reportId);
        const fields = [...(context?.textSealed ? ['orgContext.text'] : []), ...(holds && r.descriptionSealed ? ['description'] : [])];
        const key = fields.length ? await this.vault.subjectKey(em, r.subjectId) : null;
        const contextLine = context ? this.vault.open(key, context.textSealed, contextAad(reportId)) : null;
        const description = holds ? this.vault.open(key, r.descriptionSealed, `description:${reportId}`) : null;
        key?.key.fill(0);
        for (const x of mine) out.push({ referralId: x.referralId, reportId, held: HOLDING.has(x.status), contextLine, description: HOLDING.has(x.status) ? description : null });
        if (fields.length) {
          reads.push({ action: REQUEST_PATTERNS.reports.referralBriefs, recordType: 'report', recordId: reportId, fields, reason: holds ? 'invio accettato / accepted referral' : 'invio ricevuto, per decidere / referral received, to decide' });
        }
      }
      await this.audit.record(em, actor, reads);
      return out;
    });
  }

  /** The referral as this service knows it, if the actor may talk about it: its organisation's operators, the municipality's social workers. */
  private async thread(em: EntityManager, actor: Actor, referralId: string): Promise<{ referral: ReportReferralEntity; report: ReportEntity }> {
    const referral = await this.reports.findReferral(em, referralId);
    const report = referral ? await this.reports.findReport(em, referral.reportId) : null;
    const allowed =
      !!referral && !!report && report.municipality === actor.municipality &&
      (actor.role === Role.SOCIAL_WORKER || (actor.role === Role.ORG_OPERATOR && !!actor.organisationId && referral.organisationId === actor.organisationId));
    if (!allowed) throw DomainError.notFound('referral');
    return { referral, report };
  }

  /** A message on the referral's thread, sealed under the subject's key. A retry with the same id answers the same message. */
  async post(actor: Actor, input: PostReferralMessageV1): Promise<ReferralMessageV1> {
    return this.tx.run(async (em) => {
      const { referral, report } = await this.thread(em, actor, input.referralId);
      const existing = await this.repo.findMessage(em, input.messageId);
      if (existing) return this.sameMessageOrConflict(existing, actor, input);
      const key = report.purgedAt ? null : await this.vault.subjectKey(em, report.subjectId);
      if (!key) throw DomainError.conflict('i dati di questa segnalazione sono stati cancellati / this report’s data were erased');
      const text = input.text.trim();
      const m = Object.assign(new ReferralMessageEntity(), {
        id: input.messageId,
        municipality: report.municipality,
        reportId: report.id,
        referralId: referral.referralId,
        authorAccountId: actor.accountId,
        authorRole: actor.role,
        authorOrganisationId: actor.role === Role.ORG_OPERATOR ? (actor.organisationId ?? null) : null,
        textSealed: null as Buffer | null,
        createdAt: this.now(),
      });
      m.textSealed = this.vault.seal(key, text, messageAad(m));
      key.key.fill(0);
      if (!(await this.repo.insertMessageIfAbsent(em, m))) {
        const winner = await this.repo.findMessage(em, input.messageId);
        if (!winner) throw DomainError.conflict('riprova / retry');
        return this.sameMessageOrConflict(winner, actor, input);
      }
      return toMessageV1(m, text, actor);
    });
  }

  private sameMessageOrConflict(m: ReferralMessageEntity, actor: Actor, input: PostReferralMessageV1): ReferralMessageV1 {
    if (m.authorAccountId !== actor.accountId || m.referralId !== input.referralId) throw DomainError.conflict('questo id di messaggio è già usato / this message id is already taken');
    return toMessageV1(m, input.text.trim(), actor);
  }

  /** The referral's thread, newest first, opened with the subject's key; audited. */
  async list(actor: Actor, input: ReferralMessagesV1): Promise<Page<ReferralMessageV1>> {
    const request = MESSAGES_NEWEST_FIRST.request(input);
    return this.tx.run(async (em) => {
      const { report } = await this.thread(em, actor, input.referralId);
      const { rows: kept, pageInfo } = MESSAGES_NEWEST_FIRST.page(await this.repo.messagesPage(em, input.referralId, request), request, (m) => [m.createdAt.toISOString(), m.id]);
      const key = kept.some((m) => m.textSealed) ? await this.vault.subjectKey(em, report.subjectId) : null;
      const nodes = kept.map((m) => toMessageV1(m, this.vault.open(key, m.textSealed, messageAad(m)), actor));
      key?.key.fill(0);
      await this.audit.record(em, actor, [{ action: REQUEST_PATTERNS.reports.referralMessages, recordType: 'report', recordId: report.id, fields: ['referralMessages.text'], reason: 'messaggi tra ente e sportello / organisation–desk messages' }]);
      return { nodes, pageInfo };
    });
  }

  /** For the subject's export: the report's context line and every message (text null once purged). */
  async exportOf(em: EntityManager, key: SubjectKey | null, actor: Actor, reportId: string): Promise<{ orgContext: OrgContextV1 | null; referralMessages: ReferralMessageV1[] }> {
    const context = await this.repo.findContext(em, reportId);
    const messages = await this.repo.messagesOfReport(em, reportId);
    return {
      orgContext: context ? { text: this.vault.open(key, context.textSealed, contextAad(reportId)), updatedAt: context.updatedAt.toISOString(), updatedBy: context.updatedBy } : null,
      referralMessages: messages.map((m) => toMessageV1(m, this.vault.open(key, m.textSealed, messageAad(m)), actor)),
    };
  }
}
