import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import {
  Actor, AuditEntryV1, BuddyRevealV1, AuditLogV1, BreakGlassGrantV1, BreakGlassReviewV1, BreakGlassV1, ClosureReason, DomainError, LegalBasis,
  Need, OkV1, Page, REQUEST_PATTERNS, RecordObjectionV1, RectifySubjectV1, ReferralStatus, ReportRefV1, RetentionV1, RevealedContactV1, Role, SetRetentionV1,
  SubjectExportV1, SubjectRefV1, AgeBand, Urgency,
} from '@prossimo/contracts';
import { Outbox } from '@prossimo/messaging';
import { CLOCK, Clock, Transactions } from '@prossimo/platform';
import { AuditService } from '../audit/audit.service';
import { AUDIT_NEWEST_FIRST, AuditRepository } from '../audit/audit.repository';
import { CaseworkRepository } from '../casework/casework.repository';
import { CaseworkService } from '../casework/casework.service';
import { ReferralDeskService } from '../referral-desk/referral-desk.service';
import { ReferralDeskRepository } from '../referral-desk/referral-desk.repository';
import { ReferralNotesRepository } from '../referral-notes/referral-notes.repository';
import { ReferralNotesService, toNoteV1 } from '../referral-notes/referral-notes.service';
import { ProjectionsRepository } from '../projections/projections.repository';
import { ReportEntity, ReportReferralEntity } from '../reports/report.entities';
import { Vault, identityOf } from '../vault/vault';
import { ReportsRepository } from '../reports/reports.repository';
import { RetentionSettingsEntity } from '../retention/retention-settings.entity';
import { RetentionRepository } from '../retention/retention.repository';
import { VaultRepository } from '../vault/vault.repository';
import { WellbeingRepository } from '../wellbeing/wellbeing.repository';
import { WellbeingService } from '../wellbeing/wellbeing.service';
import { BreakGlassGrantEntity } from './break-glass.entity';
import { BreakGlassRepository, GRANTS_NEWEST_FIRST } from './break-glass.repository';

export const BREAK_GLASS_MS = 3 * 3600 * 1000;
export const RETENTION_DEFAULTS = { signalDays: 90, closedCaseMonths: 24 };
/** Referral states in which the organisation holds the person in hand (accepted, not terminal). */
const HOLDING = new Set<string>([ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS, ReferralStatus.ON_HOLD]);

/** Disclosure (reveal, break-the-glass), the person's rights, retention settings and the audit log. */
@Injectable()
export class PrivacyService {
  constructor(
    private readonly tx: Transactions,
    private readonly repo: CaseworkRepository,
    private readonly glass: BreakGlassRepository,
    private readonly reports: ReportsRepository,
    private readonly retentionRepo: RetentionRepository,
    private readonly auditRepo: AuditRepository,
    private readonly deskRepo: ReferralDeskRepository,
    private readonly vaultRepo: VaultRepository,
    private readonly vault: Vault,
    private readonly audit: AuditService,
    private readonly casework: CaseworkService,
    private readonly notesRepo: ReferralNotesRepository,
    private readonly notes: ReferralNotesService,
    private readonly desk: ReferralDeskService,
    private readonly wellbeingRepo: WellbeingRepository,
    private readonly wellbeing: WellbeingService,
    private readonly outbox: Outbox,
    private readonly projections: ProjectionsRepository,
    @Inject(CLOCK) private readonly now: Clock,
  ) {}

  private async report(em: EntityManager, actor: Actor, reportId: string): Promise<ReportEntity> {
    const r = await this.reports.findReport(em, reportId);
    if (!r || r.municipality !== actor.municipality) throw DomainError.notFound('report');
    return r;
  }

  private async orgHoldsReferral(em: EntityManager, actor: Actor, reportId: string, anyStatus: boolean): Promise<boolean> {
    const refs = await this.reports.referralsOf(em, reportId);
    return refs.some((x) => x.organisationId === actor.organisationId && (anyStatus || HOLDING.has(x.status)));
  }

  /**
   * Contact details for the organisation that accepted the referral, only with consent and without
   * "do not contact"; or for whoever holds an unexpired break-the-glass grant. Audited.
   */
  async reveal(actor: Actor, input: ReportRefV1): Promise<RevealedContactV1> {
    return this.tx.run(async (em) => {
      const r = await this.report(em, actor, input.reportId);
      const now = this.now();
      const glass = await this.glass.activeGrant(em, r.id, actor.accountId, now);
      let basis: RevealedContactV1['basis'];
      if (glass) basis = 'BREAK_THE_GLASS';
      else {
        if (actor.role !== Role.ORG_OPERATOR || !(await this.orgHoldsReferral(em, actor, r.id, false))) throw DomainError.forbidden('solo l’organizzazione che ha accettato l’invio / only the organisation that accepted the referral');
        if (!r.consentToContact) throw DomainError.forbidden('la persona non ha dato il consenso a essere contattata / the person did not consent to be contacted');
        if (r.doNotContact) throw DomainError.forbidden('"non contattare direttamente" / do not contact directly');
        basis = 'REFERRAL';
      }
      const { identity } = await this.vault.identity(em, r.subjectId);
      if (!identity) throw DomainError.notFound('contact details');
      await this.audit.record(em, actor, [{ action: REQUEST_PATTERNS.reports.reveal, recordType: 'report', recordId: r.id, fields: ['subject.name', 'subject.address', 'subject.phone'], reason: glass ? `break-the-glass ${glass.id}` : 'referral accepted, consent given' }]);
      return { reportId: r.id, subject: identity, basis };
    });
  }

  /**
   * The person's name and phone for a prescription's volunteer buddy (issue 17): only the account
   * community last named as the matched buddy (volunteer.buddy-changed.v1), only while the
   * organisation holds the referral (accepted, in progress, on hold), only with the person's consent
   * and without "do not contact". Never the address (the meeting point is the initiative's place).
   * Audited with the volunteer's account and the reason.
   */
  async revealToBuddy(actor: Actor, input: { referralId: string }): Promise<BuddyRevealV1> {
    return this.tx.run(async (em) => {
      if (actor.role !== Role.CITIZEN) throw DomainError.forbidden('solo per il volontario che accompagna / the volunteer buddy only');
      const buddy = await this.projections.findBuddy(em, input.referralId);
      if (!buddy || buddy.accountId !== actor.accountId) throw DomainError.notFound('buddy request');
      const referral = await em.findOne(ReportReferralEntity, { where: { referralId: input.referralId } });
      const r = referral && referral.reportId === buddy.reportId ? await this.reports.findReport(em, buddy.reportId) : null;
      if (!referral || !r || r.municipality !== actor.municipality) throw DomainError.notFound('buddy request');
      if (!HOLDING.has(referral.status)) throw DomainError.forbidden("l'ente non ha ancora accettato la prescrizione / the organiser has not accepted the prescription");
      if (!r.consentToContact) throw DomainError.forbidden('la persona non ha dato il consenso a essere contattata / the person did not consent to be contacted');
      if (r.doNotContact) throw DomainError.forbidden('"non contattare direttamente" / do not contact directly');
      const { identity } = await this.vault.identity(em, r.subjectId);
      if (!identity) throw DomainError.notFound('contact details');
      await this.audit.record(em, actor, [{ action: REQUEST_PATTERNS.reports.revealToBuddy, recordType: 'report', recordId: r.id, fields: ['subject.name', 'subject.phone'], reason: `buddy of referral ${input.referralId}` }]);
      return { referralId: input.referralId, name: identity.name, phone: identity.phone };
    });
  }

  /**
   * Danger to life (GDPR Art. 9(2)(c)): three hours of access past "do not contact", with a written
   * reason. An organisation must hold the case (an accepted referral: accepted, in progress or on
   * hold), not merely have been offered it. Every use alerts the report's owner desk at once
   * (`report.glass-broken.v1` → a desk alert), in the same transaction as the grant.
   */
  async breakGlass(actor: Actor, input: BreakGlassV1): Promise<BreakGlassGrantV1> {
    return this.tx.run(async (em) => {
      const r = await this.report(em, actor, input.reportId);
      if (actor.role === Role.ORG_OPERATOR && !(await this.orgHoldsReferral(em, actor, r.id, false))) {
        throw DomainError.forbidden("l'accesso d'emergenza è solo per l'organizzazione che ha accettato l'invio / emergency access is only for the organisation that accepted the referral");
      }
      const key = await this.vault.subjectKey(em, r.subjectId);
      const now = this.now();
      const g = Object.assign(new BreakGlassGrantEntity(), {
        id: randomUUID(), municipality: r.municipality, reportId: r.id, accountId: actor.accountId, role: actor.role, organisationId: actor.organisationId ?? null,
        reasonSealed: key ? this.vault.seal(key, input.reason, `break-glass:${r.id}`) : null, grantedAt: now, expiresAt: new Date(now.getTime() + BREAK_GLASS_MS),
      });
      await this.glass.insertGrant(em, g);
      await this.outbox.add(em, 'report.glass-broken.v1', {
        municipality: r.municipality,
        reportId: r.id,
        neighbourhoodCode: r.neighbourhoodCode,
        ownerDeskId: r.ownerDeskId,
        grantId: g.id,
        accountId: actor.accountId,
        role: actor.role,
        ...(actor.organisationId ? { organisationId: actor.organisationId } : {}),
        expiresAt: g.expiresAt.toISOString(),
        occurredAt: now.toISOString(),
      });
      return this.toGrant(g, input.reason);
    });
  }

  private toGrant(g: BreakGlassGrantEntity, reason: string | null): BreakGlassGrantV1 {
    return { id: g.id, reportId: g.reportId, accountId: g.accountId, role: g.role, organisationId: g.organisationId, reason, grantedAt: g.grantedAt.toISOString(), expiresAt: g.expiresAt.toISOString() };
  }

  /** Every break-the-glass of the municipality, newest first, with its reason (audited). */
  async breakGlassReview(actor: Actor, args: BreakGlassReviewV1): Promise<Page<BreakGlassGrantV1>> {
    const request = GRANTS_NEWEST_FIRST.request(args);
    return this.tx.run(async (em) => {
      const { rows, pageInfo } = GRANTS_NEWEST_FIRST.page(await this.glass.grantsPage(em, actor.municipality, request), request, (g) => [g.grantedAt.toISOString(), g.id]);
      const out: BreakGlassGrantV1[] = [];
      for (const g of rows) {
        const r = await this.reports.findReport(em, g.reportId);
        const key = r ? await this.vault.subjectKey(em, r.subjectId) : null;
        out.push(this.toGrant(g, this.vault.open(key, g.reasonSealed, `break-glass:${g.reportId}`)));
      }
      await this.audit.record(em, actor, out.map((g) => ({ action: REQUEST_PATTERNS.reports.breakGlassReview, recordType: 'break_glass_grant' as const, recordId: g.id, fields: ['reason'], reason: 'review of break-the-glass' })));
      return { nodes: out, pageInfo };
    });
  }

  private async subject(em: EntityManager, actor: Actor, subjectId: string) {
    const s = await this.vaultRepo.findSubject(em, subjectId);
    if (!s || s.municipality !== actor.municipality) throw DomainError.notFound('subject');
    return s;
  }

  /** Right of access (Art. 15): everything held on the subject, in one document. Audited. */
  async exportSubject(actor: Actor, input: SubjectRefV1): Promise<SubjectExportV1> {
    return this.tx.run(async (em) => {
      const s = await this.subject(em, actor, input.subjectId);
      const { key, identity } = await this.vault.identity(em, s.id);
      const reports = await this.reports.reportsOfSubject(em, s.id);
      const out: SubjectExportV1 = {
        subjectId: s.id,
        exportedAt: this.now().toISOString(),
        subject: identity,
        objection: s.objectionAt ? { at: s.objectionAt.toISOString(), note: this.vault.open(key, s.objectionSealed, `objection:${s.id}`) } : null,
        erased: !key,
        reports: [],
      };
      for (const r of reports) {
        const follow = await this.repo.followUps(em, r.id);
        const attempts = await this.repo.contactAttempts(em, r.id);
        const notes = await this.notesRepo.allOfReport(em, r.id);
        out.reports.push({
          id: r.id, submittedAt: r.submittedAt.toISOString(), neighbourhoodCode: r.neighbourhoodCode, needs: r.needs, urgency: r.urgency,
          ageBand: r.ageBand, legalBasis: r.legalBasis, consentToContact: r.consentToContact, doNotContact: r.doNotContact,
          description: this.vault.open(key, r.descriptionSealed, `description:${r.id}`),
          followUps: follow.map((f) => ({ at: f.at.toISOString(), note: this.vault.open(key, f.noteSealed, `follow-up:${f.id}`) ?? '' })),
          contactAttempts: attempts.map((a) => this.casework.toAttempt(key, a)),
          closedAt: r.closedAt?.toISOString() ?? null, closureReason: r.closureReason ?? null,
          referralNotes: notes.map((n) => toNoteV1(n, this.notes.open(key, n))),
          ...(await this.desk.exportOf(em, key, actor, r.id)),
          ...(await this.wellbeing.exportOf(em, key, actor, r.id)),
        });
      }
      await this.audit.record(em, actor, [{ action: REQUEST_PATTERNS.reports.exportSubject, recordType: 'subject', recordId: s.id, fields: ['*'], reason: 'diritto di accesso / right of access (Art. 15)' }]);
      return out;
    });
  }

  /** Rectification (Art. 16): the identifying data replaced, the duplicate hash recomputed. */
  async rectifySubject(actor: Actor, input: RectifySubjectV1): Promise<OkV1> {
    return this.tx.run(async (em) => {
      const s = await this.subject(em, actor, input.subjectId);
      const key = await this.vault.subjectKey(em, s.id);
      if (!key) throw DomainError.conflict('the subject was erased');
      const identity = identityOf(input.subject);
      const now = this.now();
      await this.vaultRepo.updateSubject(em, s.id, {
        identitySealed: identity ? this.vault.seal(key, JSON.stringify(identity), `identity:${s.id}`) : null,
        dedupHash: identity ? await this.vault.dedupHash(em, s.municipality, identity, now) : null,
      });
      return { ok: true as const };
    });
  }

  /** Objection (Art. 21): recorded with its note; the desk weighs it before further processing. */
  async recordObjection(actor: Actor, input: RecordObjectionV1): Promise<OkV1> {
    return this.tx.run(async (em) => {
      const s = await this.subject(em, actor, input.subjectId);
      const key = await this.vault.subjectKey(em, s.id);
      await this.vaultRepo.updateSubject(em, s.id, { objectionAt: this.now(), objectionSealed: key ? this.vault.seal(key, input.note, `objection:${s.id}`) : null });
      return { ok: true as const };
    });
  }

  /** Erasure (Art. 17) where every report on the subject rests on consent: the subject's key is destroyed. */
  async eraseSubject(actor: Actor, input: SubjectRefV1): Promise<OkV1> {
    return this.tx.run(async (em) => {
      const s = await this.vaultRepo.lockSubject(em, input.subjectId);
      if (!s || s.municipality !== actor.municipality) throw DomainError.notFound('subject');
      const reports = await this.reports.reportsOfSubject(em, s.id);
      if (reports.some((r) => r.legalBasis !== LegalBasis.CONSENT)) {
        throw DomainError.conflict('il trattamento si basa sul compito pubblico del Comune: cancellazione non dovuta (Art. 17(3)(b)) / processing rests on the public task: erasure does not apply');
      }
      const now = this.now();
      await this.vault.destroySubject(em, s.id, now);
      for (const r of reports) await this.purgeReportContent(em, r.id, now);
      await this.audit.record(em, actor, [{ action: REQUEST_PATTERNS.reports.eraseSubject, recordType: 'subject', recordId: s.id, fields: ['*'], reason: 'richiesta di cancellazione / erasure request (Art. 17)' }]);
      return { ok: true as const };
    });
  }

  /**
   * Removes the sealed content of a report and of everything written about it (follow-ups, contact
   * attempts, break-the-glass reasons, referral notes, the context for organisations, the
   * referral messages, the loneliness answers and the pathways' wishes notes), in the caller's transaction; the non-identifying facts stay.
   */
  async purgeReportContent(em: EntityManager, reportId: string, now: Date): Promise<void> {
    await this.reports.purgeContent(em, reportId, now);
    await this.repo.purgeOfReport(em, reportId);
    await this.glass.purgeOfReport(em, reportId);
    await this.notesRepo.purgeOfReport(em, reportId);
    await this.deskRepo.purgeOfReport(em, reportId);
    await this.wellbeingRepo.purgeOfReport(em, reportId);
  }

  async retention(actor: Actor): Promise<RetentionV1> {
    const r = await this.retentionRepo.retention(this.tx.reads, actor.municipality);
    return { municipality: actor.municipality, signalDays: r?.signalDays ?? RETENTION_DEFAULTS.signalDays, closedCaseMonths: r?.closedCaseMonths ?? RETENTION_DEFAULTS.closedCaseMonths };
  }

  async setRetention(actor: Actor, input: SetRetentionV1): Promise<RetentionV1> {
    await this.retentionRepo.upsertRetention(this.tx.reads, Object.assign(new RetentionSettingsEntity(), { municipality: actor.municipality, signalDays: input.signalDays, closedCaseMonths: input.closedCaseMonths, updatedBy: actor.accountId, updatedAt: this.now() }));
    return this.retention(actor);
  }

  /** The audit log (ADMIN): reading it is itself audited. */
  async auditLog(actor: Actor, args: AuditLogV1): Promise<Page<AuditEntryV1>> {
    const request = AUDIT_NEWEST_FIRST.request(args);
    return this.tx.run(async (em) => {
      const { rows, pageInfo } = AUDIT_NEWEST_FIRST.page(await this.auditRepo.auditPage(em, actor.municipality, args.recordId, request), request, (a) => [a.at.toISOString(), a.id]);
      await this.audit.record(em, actor, [{ action: REQUEST_PATTERNS.reports.auditLog, recordType: 'audit_log', recordId: args.recordId ?? '00000000-0000-0000-0000-000000000000', fields: ['actorId', 'recordId'], reason: 'audit review' }]);
      return { nodes: rows.map((a) => ({ id: a.id, at: a.at.toISOString(), actorId: a.actorId, role: a.role as Role, action: a.action, recordType: a.recordType, recordId: a.recordId, fields: a.fields, reason: a.reason })), pageInfo };
    });
  }
}
