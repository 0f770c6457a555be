import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import {
  Actor, DomainError, OpenPathwayV1, OutcomePhase, OutcomeV1, OutcomesV1, PATHWAY_ACTIONS, PathwayAction, PathwayRefV1, PathwayV1, REQUEST_PATTERNS,
  RecordOutcomeV1, ReferralStatus, ReportRefV1, Role, TagPathwayReferralV1, UCLA3_ITEMS, Ucla3Item, UntagPathwayReferralV1, UpdatePathwayWishesV1,
  WEEK_12_AFTER_DAYS, WEEK_12_EARLIEST_DAYS, actionAllowed, monthOf, monthStart, scoreBand, ucla3Total,
} from '@prossimo/contracts';
import { Outbox } from '@prossimo/messaging';
import { CLOCK, Clock, Transactions } from '@prossimo/platform';
import { AuditService } from '../audit/audit.service';
import { ReportEntity } from '../reports/report.entities';
import { ReportsRepository } from '../reports/reports.repository';
import { SubjectKey, Vault } from '../vault/vault';
import { LifePathwayEntity, OutcomeMeasurementEntity, PathwayReferralEntity, PathwayWishesEntity } from './wellbeing.entities';
import { WellbeingRepository } from './wellbeing.repository';

/** Referral states in which an organisation holds the person in hand (accepted, not ended): it may measure with them. */
const HOLDING = new Set<string>([ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS, ReferralStatus.ON_HOLD]);

const scoresAad = (m: Pick<OutcomeMeasurementEntity, 'id' | 'reportId' | 'phase'>) => `outcome:${m.id}:${m.reportId}:${m.phase}`;
const wishesAad = (w: Pick<PathwayWishesEntity, 'id' | 'pathwayId' | 'reportId'>) => `pathway-wishes:${w.id}:${w.pathwayId}:${w.reportId}`;
const ERASED = 'i dati di questa segnalazione sono stati cancellati / this report’s data were erased';

/** Today in Europe/Rome, `YYYY-MM-DD`. */
export function romeToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A real calendar day (`2026-02-30` is not). */
function isRealDay(day: string): boolean {
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day;
}

export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Outcomes (the UCLA 3-item loneliness scale at the start and after 12 weeks) and life-project
 * pathways («Dopo di noi», mental-health pact) of a report's subject, kept in the vault: the
 * answers and the wishes note are sealed under the subject's key, every read is audited in its
 * transaction, and all of it is exported and shredded with the rest of the person's story. What
 * leaves for the dashboard (outcome.recorded.v1, pathway.*.v1) names no person: see
 * libs/contracts/src/events/wellbeing.events.ts.
 */
@Injectable()
export class WellbeingService {
  constructor(
    private readonly tx: Transactions,
    private readonly repo: WellbeingRepository,
    private readonly reports: ReportsRepository,
    private readonly vault: Vault,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly now: Clock,
  ) {}

  private async report(em: EntityManager, actor: Actor, reportId: string): Promise<ReportEntity> {
    const r = await this.reports.findReport(em, reportId);
    if (!r || r.municipality !== actor.municipality) throw DomainError.notFound('report');
    return r;
  }

  /** The social desk of the municipality; an operator only while their organisation holds an accepted referral of the report. */
  private async mayMeasure(em: EntityManager, actor: Actor, r: ReportEntity): Promise<void> {
    if (actor.role === Role.SOCIAL_WORKER) return;
    if (actor.role === Role.ORG_OPERATOR && actor.organisationId) {
      const refs = await this.reports.referralsOf(em, r.id);
      if (refs.some((x) => x.organisationId === actor.organisationId && HOLDING.has(x.status))) return;
    }
    throw DomainError.notFound('report');
  }

  private async keyOrConflict(em: EntityManager, r: ReportEntity): Promise<SubjectKey> {
    const key = r.purgedAt ? null : await this.vault.subjectKey(em, r.subjectId);
    if (!key) throw DomainError.conflict(ERASED);
    return key;
  }

  private toOutcome(m: OutcomeMeasurementEntity, key: SubjectKey | null, actor: Actor): OutcomeV1 {
    const json = this.vault.open(key, m.scoresSealed, scoresAad(m));
    const items = json ? (JSON.parse(json) as Record<Ucla3Item, number>) : null;
    const total = items ? ucla3Total(items) : null;
    return {
      id: m.id,
      phase: m.phase,
      measuredOn: m.measuredOn,
      lackCompanionship: items?.lackCompanionship ?? null,
      leftOut: items?.leftOut ?? null,
      isolated: items?.isolated ?? null,
      total,
      band: total === null ? null : scoreBand(total),
      recordedByRole: m.recordedByRole,
      recordedByYou: m.recordedBy === actor.accountId,
      recordedAt: m.recordedAt.toISOString(),
    };
  }

  /** Records a measurement taken with the person; a retry with the same id answers the same measurement. */
  async recordOutcome(actor: Actor, input: RecordOutcomeV1): Promise<OutcomeV1> {
    const now = this.now();
    if (!isRealDay(input.measuredOn)) throw DomainError.badInput('input.measuredOn', 'input.measuredOn: non è una data vera / not a real date');
    if (input.measuredOn > romeToday(now)) throw DomainError.badInput('input.measuredOn', 'input.measuredOn: la data non può essere nel futuro / cannot be in the future');
    return this.tx.run(async (em) => {
      const r = await this.report(em, actor, input.reportId);
      await this.mayMeasure(em, actor, r);
      const existing = await this.repo.findOutcome(em, input.outcomeId);
      if (existing) return this.sameOutcomeOrConflict(em, existing, r, actor, input);
      const earlier = await this.repo.outcomesOfReport(em, r.id);
      const start = earlier.find((m) => m.phase === OutcomePhase.START);
      if (earlier.some((m) => m.phase === input.phase)) {
        throw DomainError.badInput('input.phase', `input.phase: questa misura (${input.phase}) è già registrata per la segnalazione / this report already has its ${input.phase} measurement`);
      }
      if (input.phase === OutcomePhase.WEEK_12) {
        if (!start) throw DomainError.badInput('input.phase', 'input.phase: prima serve la misura iniziale (START) / record the START measurement first');
        if (input.measuredOn < addDays(start.measuredOn, WEEK_12_EARLIEST_DAYS)) {
          throw DomainError.badInput('input.measuredOn', `input.measuredOn: la misura dopo 12 settimane si fa dal ${addDays(start.measuredOn, WEEK_12_EARLIEST_DAYS)} / the 12-week measurement can be taken from ${addDays(start.measuredOn, WEEK_12_EARLIEST_DAYS)}`);
        }
      }
      const key = await this.keyOrConflict(em, r);
      const items = Object.fromEntries(UCLA3_ITEMS.map((k) => [k, input[k]])) as Record<Ucla3Item, number>;
      const m = Object.assign(new OutcomeMeasurementEntity(), {
        id: input.outcomeId,
        municipality: r.municipality,
        reportId: r.id,
        phase: input.phase,
        measuredOn: input.measuredOn,
        scoresSealed: null as Buffer | null,
        recordedBy: actor.accountId,
        recordedByRole: actor.role,
        recordedByOrganisationId: actor.role === Role.ORG_OPERATOR ? (actor.organisationId ?? null) : null,
        recordedAt: now,
      });
      m.scoresSealed = this.vault.seal(key, JSON.stringify(items), scoresAad(m));
      if (!(await this.repo.insertOutcomeIfAbsent(em, m))) {
        key.key.fill(0);
        // Two callers at once: the same id (a retry) answers the winner; another id for the same phase is refused.
        const winner = await this.repo.findOutcome(em, input.outcomeId);
        if (winner) return this.sameOutcomeOrConflict(em, winner, r, actor, input);
        throw DomainError.badInput('input.phase', `input.phase: questa misura (${input.phase}) è già registrata per la segnalazione / this report already has its ${input.phase} measurement`);
      }
      const month = monthOf(input.measuredOn);
      await this.outbox.add(em, 'outcome.recorded.v1', {
        municipality: r.municipality,
        neighbourhoodCode: r.neighbourhoodCode,
        month,
        phase: input.phase,
        band: scoreBand(ucla3Total(items)),
        occurredAt: monthStart(month),
      });
      const out = this.toOutcome(m, key, actor);
      key.key.fill(0);
      return out;
    });
  }

  private async sameOutcomeOrConflict(em: EntityManager, m: OutcomeMeasurementEntity, r: ReportEntity, actor: Actor, input: RecordOutcomeV1): Promise<OutcomeV1> {
    const same = m.recordedBy === actor.accountId && m.reportId === input.reportId && m.phase === input.phase && m.measuredOn === input.measuredOn;
    if (!same) throw DomainError.conflict('questo id di misura è già usato / this measurement id is already taken');
    const key = await this.vault.subjectKey(em, r.subjectId);
    const out = this.toOutcome(m, key, actor);
    key?.key.fill(0);
    return out;
  }

  /** A report's measurements, oldest first, and when the 12-week one is due (the answers audited when any is shown). */
  async outcomes(actor: Actor, input: ReportRefV1): Promise<OutcomesV1> {
    return this.tx.run(async (em) => {
      const r = await this.report(em, actor, input.reportId);
      await this.mayMeasure(em, actor, r);
      const rows = await this.repo.outcomesOfReport(em, r.id);
      const key = rows.some((m) => m.scoresSealed) ? await this.vault.subjectKey(em, r.subjectId) : null;
      const measurements = rows.map((m) => this.toOutcome(m, key, actor));
      key?.key.fill(0);
      if (measurements.some((m) => m.total !== null)) {
        await this.audit.record(em, actor, [{ action: REQUEST_PATTERNS.reports.outcomes, recordType: 'report', recordId: r.id, fields: ['outcomes.scores'], reason: 'misure di solitudine (UCLA-3) / loneliness measurements' }]);
      }
      const start = rows.find((m) => m.phase === OutcomePhase.START);
      const week12DueOn = start && !rows.some((m) => m.phase === OutcomePhase.WEEK_12) ? addDays(start.measuredOn, WEEK_12_AFTER_DAYS) : null;
      return { reportId: r.id, measurements, week12DueOn, week12Due: !!week12DueOn && week12DueOn <= romeToday(this.now()) };
    });
  }

  private mayPlan(actor: Actor): void {
    if (actor.role !== Role.SOCIAL_WORKER) throw DomainError.forbidden('solo lo sportello sociale / only the social desk');
  }

  /** The pathway, if the actor's municipality holds its report; locked for a change. */
  private async pathwayFor(em: EntityManager, actor: Actor, pathwayId: string): Promise<{ p: LifePathwayEntity; r: ReportEntity }> {
    const p = await this.repo.lockPathway(em, pathwayId);
    const r = p ? await this.reports.findReport(em, p.reportId) : null;
    if (!p || !r || p.municipality !== actor.municipality || r.municipality !== actor.municipality) throw DomainError.notFound('pathway');
    return { p, r };
  }

  private open(p: LifePathwayEntity): void {
    if (p.closedAt) throw DomainError.conflict('il progetto di vita è chiuso / the pathway is closed');
  }

  private async event(em: EntityManager, type: 'pathway.opened.v1' | 'pathway.closed.v1', r: ReportEntity, p: LifePathwayEntity): Promise<void> {
    const month = monthOf(this.now());
    await this.outbox.add(em, type, { municipality: r.municipality, neighbourhoodCode: r.neighbourhoodCode, month, kind: p.kind, occurredAt: monthStart(month) });
  }

  private async actionEvent(em: EntityManager, type: 'pathway.action-tagged.v1' | 'pathway.action-untagged.v1', r: ReportEntity, p: LifePathwayEntity, action: PathwayAction): Promise<void> {
    const month = monthOf(this.now());
    await this.outbox.add(em, type, { municipality: r.municipality, neighbourhoodCode: r.neighbourhoodCode, month, kind: p.kind, action, occurredAt: monthStart(month) });
  }

  /** The pathway as the vault opens it (the wishes audited when there are any). */
  private async view(em: EntityManager, actor: Actor, p: LifePathwayEntity, r: ReportEntity, auditAs: string | null): Promise<PathwayV1> {
    const tags = await this.repo.referralsOfPathway(em, p.id);
    const wishes = await this.repo.wishesOf(em, p.id);
    const key = wishes.some((w) => w.textSealed) ? await this.vault.subjectKey(em, r.subjectId) : null;
    const out: PathwayV1 = {
      id: p.id,
      reportId: p.reportId,
      kind: p.kind,
      openedAt: p.openedAt.toISOString(),
      closedAt: p.closedAt?.toISOString() ?? null,
      referrals: tags.map((t) => ({ referralId: t.referralId, action: t.action, taggedAt: t.taggedAt.toISOString() })),
      wishes: wishes.map((w) => ({ text: this.vault.open(key, w.textSealed, wishesAad(w)), reviewOn: w.reviewOn, writtenAt: w.writtenAt.toISOString(), writtenBy: w.writtenBy })),
    };
    key?.key.fill(0);
    if (auditAs && out.wishes.some((w) => w.text !== null)) {
      await this.audit.record(em, actor, [{ action: auditAs, recordType: 'report', recordId: r.id, fields: ['pathway.wishes'], reason: 'progetto di vita: desideri / life-project pathway: wishes' }]);
    }
    return out;
  }

  async openPathway(actor: Actor, input: OpenPathwayV1): Promise<PathwayV1> {
    this.mayPlan(actor);
    return this.tx.run(async (em) => {
      const r = await this.report(em, actor, input.reportId);
      await this.keyOrConflict(em, r).then((k) => k.key.fill(0));
      const p = Object.assign(new LifePathwayEntity(), { id: randomUUID(), municipality: r.municipality, reportId: r.id, kind: input.kind, openedBy: actor.accountId, openedAt: this.now(), closedBy: null, closedAt: null });
      if (!(await this.repo.insertPathwayIfNoneOpen(em, p))) throw DomainError.conflict('questa segnalazione ha già un progetto di vita aperto / this report already has an open pathway');
      await this.event(em, 'pathway.opened.v1', r, p);
      return this.view(em, actor, p, r, null);
    });
  }

  /** Tags a referral of the pathway's report (or changes its action): a re-tag publishes the untag of the old action and the tag of the new. */
  async tag(actor: Actor, input: TagPathwayReferralV1): Promise<PathwayV1> {
    this.mayPlan(actor);
    return this.tx.run(async (em) => {
      const { p, r } = await this.pathwayFor(em, actor, input.pathwayId);
      this.open(p);
      if (!actionAllowed(p.kind, input.action)) {
        throw DomainError.badInput('input.action', `input.action: ${input.action} non è un'azione di un percorso ${p.kind} (ammesse: ${PATHWAY_ACTIONS[p.kind].join(', ')}) / not an action of a ${p.kind} pathway`);
      }
      const referral = await this.reports.findReferral(em, input.referralId);
      if (!referral || referral.reportId !== r.id) throw DomainError.badInput('input.referralId', 'input.referralId: non è un invio di questa segnalazione / not a referral of this report');
      const before = await this.repo.findTag(em, p.id, referral.referralId);
      if (before?.action === input.action) return this.view(em, actor, p, r, REQUEST_PATTERNS.reports.tagPathwayReferral);
      await this.repo.saveTag(em, Object.assign(new PathwayReferralEntity(), { pathwayId: p.id, referralId: referral.referralId, action: input.action, taggedBy: actor.accountId, taggedAt: this.now() }));
      if (before) await this.actionEvent(em, 'pathway.action-untagged.v1', r, p, before.action);
      await this.actionEvent(em, 'pathway.action-tagged.v1', r, p, input.action);
      return this.view(em, actor, p, r, REQUEST_PATTERNS.reports.tagPathwayReferral);
    });
  }

  async untag(actor: Actor, input: UntagPathwayReferralV1): Promise<PathwayV1> {
    this.mayPlan(actor);
    return this.tx.run(async (em) => {
      const { p, r } = await this.pathwayFor(em, actor, input.pathwayId);
      this.open(p);
      const before = await this.repo.findTag(em, p.id, input.referralId);
      if (!before) throw DomainError.badInput('input.referralId', 'input.referralId: questo invio non fa parte del progetto / this referral is not in the pathway');
      await this.repo.deleteTag(em, p.id, input.referralId);
      await this.actionEvent(em, 'pathway.action-untagged.v1', r, p, before.action);
      return this.view(em, actor, p, r, REQUEST_PATTERNS.reports.untagPathwayReferral);
    });
  }

  /** A new version of the wishes note, sealed under the subject's key; older versions stay (the history of reviews). */
  async updateWishes(actor: Actor, input: UpdatePathwayWishesV1): Promise<PathwayV1> {
    this.mayPlan(actor);
    if (!isRealDay(input.reviewOn)) throw DomainError.badInput('input.reviewOn', 'input.reviewOn: non è una data vera / not a real date');
    if (input.reviewOn < romeToday(this.now())) throw DomainError.badInput('input.reviewOn', 'input.reviewOn: la revisione non può essere nel passato / the review cannot be in the past');
    return this.tx.run(async (em) => {
      const { p, r } = await this.pathwayFor(em, actor, input.pathwayId);
      this.open(p);
      const key = await this.keyOrConflict(em, r);
      // Versions are ordered by when they were written: never two at the same instant (the pathway row is locked).
      const last = (await this.repo.wishesOf(em, p.id))[0];
      const writtenAt = new Date(Math.max(this.now().getTime(), (last?.writtenAt.getTime() ?? 0) + 1));
      const w = Object.assign(new PathwayWishesEntity(), { id: randomUUID(), pathwayId: p.id, reportId: r.id, textSealed: null as Buffer | null, reviewOn: input.reviewOn, writtenBy: actor.accountId, writtenAt });
      w.textSealed = this.vault.seal(key, input.text.trim(), wishesAad(w));
      key.key.fill(0);
      await this.repo.insertWishes(em, w);
      return this.view(em, actor, p, r, REQUEST_PATTERNS.reports.updatePathwayWishes);
    });
  }

  async close(actor: Actor, input: PathwayRefV1): Promise<PathwayV1> {
    this.mayPlan(actor);
    return this.tx.run(async (em) => {
      const { p, r } = await this.pathwayFor(em, actor, input.pathwayId);
      this.open(p);
      const now = this.now();
      await this.repo.closePathway(em, p.id, actor.accountId, now);
      p.closedAt = now;
      p.closedBy = actor.accountId;
      await this.event(em, 'pathway.closed.v1', r, p);
      return this.view(em, actor, p, r, REQUEST_PATTERNS.reports.closePathway);
    });
  }

  /** The report's open pathway, or else its last one; null when it never had one. */
  async pathway(actor: Actor, input: ReportRefV1): Promise<PathwayV1 | null> {
    this.mayPlan(actor);
    return this.tx.run(async (em) => {
      const r = await this.report(em, actor, input.reportId);
      const p = await this.repo.currentPathwayOf(em, r.id);
      return p ? this.view(em, actor, p, r, REQUEST_PATTERNS.reports.pathway) : null;
    });
  }

  /** For the subject's export: the report's measurements and pathways (answers and wishes null once purged). */
  async exportOf(em: EntityManager, key: SubjectKey | null, actor: Actor, reportId: string): Promise<{ outcomes: OutcomeV1[]; pathways: PathwayV1[] }> {
    const outcomes = (await this.repo.outcomesOfReport(em, reportId)).map((m) => this.toOutcome(m, key, actor));
    const pathways: PathwayV1[] = [];
    for (const p of await this.repo.pathwaysOfReports(em, [reportId])) {
      const tags = await this.repo.referralsOfPathway(em, p.id);
      const wishes = await this.repo.wishesOf(em, p.id);
      pathways.push({
        id: p.id, reportId: p.reportId, kind: p.kind, openedAt: p.openedAt.toISOString(), closedAt: p.closedAt?.toISOString() ?? null,
        referrals: tags.map((t) => ({ referralId: t.referralId, action: t.action, taggedAt: t.taggedAt.toISOString() })),
        wishes: wishes.map((w) => ({ text: this.vault.open(key, w.textSealed, wishesAad(w)), reviewOn: w.reviewOn, writtenAt: w.writtenAt.toISOString(), writtenBy: w.writtenBy })),
      });
    }
    return { outcomes, pathways };
  }
}
