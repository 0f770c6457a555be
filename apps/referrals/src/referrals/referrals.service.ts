import { Inject, Injectable } from '@nestjs/common';
import {
  Actor,
  AgeBand,
  DomainError,
  EventMap,
  EventType,
  GetReferralV1,
  ListReferralsV1,
  Need,
  Page,
  REFERRAL_EVENT_BY_STATUS,
  ReferralChangedV1,
  ReferralContactStep,
  ReferralRefV1,
  ReferralStatus,
  ReferralStoryV1,
  ReferralTargetKind,
  ReferralV1,
  ReportReferralsV1,
  RerouteCandidateV1,
  RerouteOptionsResultV1,
  RerouteOptionsV1,
  RerouteReferralV1,
  Role,
  ServiceStatus,
  SlaPreviewResultV1,
  SlaPreviewV1,
  TransitionReferralV1,
  Urgency,
  everyNeedCompleted,
} from '@prossimo/contracts';
import { EntityManager } from 'typeorm';
import { Outbox } from '@prossimo/messaging';
import { CLOCK, Clock, Transactions } from '@prossimo/platform';
import { AlertsService } from '../alerts/alerts.service';
import { countsPlaces, freePlace, takePlace } from '../directory/capacity';
import { DirectoryRepository } from '../directory/directory.repository';
import { SlaTimers } from '../sla/sla-timers.service';
import { exclusionReasons, match } from '../domain/matching';
import { RoutingService, triedServices } from '../routing/routing.service';
import { dueAt, resolveTargets } from '../domain/business-calendar';
import { RoutingRepository } from '../routing/routing.repository';
import { TimersRepository } from '../sla/timers.repository';
import { contactGoesThroughDesk, firstContactWaitsForDesk } from '../domain/first-contact';
import { ReferralEntity } from './referral.entities';
import { OPEN_STATUSES, detailRequired, isTerminal, nextStatus } from '../domain/referral-state-machine';
import { REFERRALS_NEWEST_FIRST, ReferralsRepository, ServiceSummary } from './referrals.repository';
import { SystemReason, eventReasonCode, isReportEndReason, systemReasonText } from '../domain/system-reasons';

/** The event types whose payload is a ReferralChangedV1 (one per status). */
type ReferralChangeEvent = { [K in EventType]: EventMap[K] extends ReferralChangedV1 ? K : never }[EventType];

function changeEventOf(status: ReferralStatus): ReferralChangeEvent {
  return REFERRAL_EVENT_BY_STATUS[status] as ReferralChangeEvent;
}

export function toV1(r: ReferralEntity, service: ServiceSummary | null, reportReference: string | null = null, sessionStartsAt: Date | null = null): ReferralV1 {
  return {
    id: r.id,
    reportId: r.reportId,
    reportReference,
    organisationId: r.organisationId,
    targetKind: r.targetKind ?? ReferralTargetKind.SERVICE,
    serviceId: r.serviceId,
    serviceName: service?.name ?? '',
    initiativeId: r.initiativeId ?? null,
    sessionId: r.sessionId ?? null,
    sessionStartsAt: sessionStartsAt?.toISOString() ?? null,
    buddyRequested: r.buddyRequested ?? false,
    firstAttendedAt: r.firstAttendedAt?.toISOString() ?? null,
    needs: r.needs,
    neighbourhoodCode: r.neighbourhoodCode,
    urgency: r.urgency,
    status: r.status,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    ageBand: r.ageBand ?? null,
    consentToContact: r.consentToContact,
    doNotContact: r.doNotContact,
    firstContactRequestedAt: r.firstContactRequestedAt?.toISOString() ?? null,
    contactHandedOverAt: r.contactHandedOverAt?.toISOString() ?? null,
    holdsPlace: r.holdsPlace,
    capacityAvailable: service?.capacityAvailable ?? null,
    capacityMaximum: service?.capacityMaximum ?? null,
    capacityUnit: service?.capacityUnit ?? null,
  };
}

/** What a referral's events say of its target (a service, or a prescription's initiative and session). */
export function eventTarget(r: ReferralEntity): Pick<ReferralChangedV1, 'serviceId' | 'targetKind' | 'initiativeId' | 'sessionId' | 'buddyRequested' | 'firstAttendedAt' | 'ageBand'> {
  if (r.targetKind !== ReferralTargetKind.INITIATIVE) return { serviceId: r.serviceId! };
  return {
    targetKind: ReferralTargetKind.INITIATIVE,
    initiativeId: r.initiativeId!,
    sessionId: r.sessionId!,
    buddyRequested: r.buddyRequested,
    // The volunteer buddy is told «a person 80+»: the age band (not identifying), only when a buddy was asked.
    ...(r.buddyRequested && r.ageBand ? { ageBand: r.ageBand } : {}),
    ...(r.firstAttendedAt ? { firstAttendedAt: r.firstAttendedAt.toISOString() } : {}),
  };
}

/** The statuses in which an organisation holds the referral before or without working it: the first contact is still to make. */
const AWAITING_FIRST_CONTACT: readonly ReferralStatus[] = [ReferralStatus.ACCEPTED, ReferralStatus.ON_HOLD];

/** The organisation an operator works for; operators without one may do nothing here. */
function organisationOf(actor: Actor): string {
  if (actor.role !== Role.ORG_OPERATOR || !actor.organisationId) throw DomainError.forbidden('only operators of an organisation handle referrals');
  return actor.organisationId;
}

@Injectable()
export class ReferralsService {
  constructor(
    private readonly tx: Transactions,
    private readonly repo: ReferralsRepository,
    private readonly directory: DirectoryRepository,
    private readonly routing: RoutingService,
    private readonly outbox: Outbox,
    private readonly timers: SlaTimers,
    private readonly alerts: AlertsService,
    private readonly routed: RoutingRepository,
    private readonly timerRows: TimersRepository,
    @Inject(CLOCK) private readonly now: Clock,
  ) {}

  /** The referrals sent to the operator's organisation in their municipality, newest first. */
  async list(actor: Actor, args: ListReferralsV1): Promise<Page<ReferralV1>> {
    const organisationId = organisationOf(actor);
    const page = REFERRALS_NEWEST_FIRST.request(args);
    const fetched = await this.repo.findPageForOrganisation({ organisationId, municipality: actor.municipality, statuses: args.status?.length ? args.status : null }, page);
    const { rows: nodes, pageInfo } = REFERRALS_NEWEST_FIRST.page(fetched, page, (r) => [r.createdAt.toISOString(), r.id]);
    const deadlines = await this.timerRows.pendingDeadlines(nodes.map((r) => r.id));
    const references = await this.routed.referencesOf(this.tx.reads, nodes.map((r) => r.reportId));
    const starts = await this.repo.sessionStarts(this.tx.reads, nodes.map((r) => r.sessionId));
    return {
      nodes: nodes.map((r) => {
        const due = deadlines.get(r.id);
        return { ...toV1(r, r.service, references.get(r.reportId) ?? null, (r.sessionId && starts.get(r.sessionId)) || null), dueAt: due?.dueAt.toISOString() ?? null, dueKind: due?.kind ?? null };
      }),
      pageInfo,
    };
  }

  /** One referral: of the operator's organisation, or of the social worker's municipality (NOT_FOUND otherwise). */
  async get(actor: Actor, input: GetReferralV1): Promise<ReferralV1> {
    const r = await this.repo.findWithService(input.id);
    const visible = r && r.municipality === actor.municipality && (actor.role === Role.SOCIAL_WORKER || r.organisationId === organisationOf(actor));
    if (!r || !visible) throw DomainError.notFound('referral');
    const starts = await this.repo.sessionStarts(this.tx.reads, [r.sessionId]);
    return toV1(r, r.service, await this.referenceOf(this.tx.reads, r.reportId), (r.sessionId && starts.get(r.sessionId)) || null);
  }

  /**
   * Moves a referral of the operator's organisation, in one transaction: the move, its history
   * row and its event; after a rejection, the rejected needs go to the next-best service (or are
   * reported unmet). An illegal move is refused with CONFLICT and changes nothing. A reason or an
   * outcome comes only as the id of the note the gateway sealed in the reports vault; the event
   * names it so the vault can confirm it.
   */
  async transition(actor: Actor, input: TransitionReferralV1): Promise<ReferralV1> {
    const organisationId = organisationOf(actor);
    const detail = detailRequired(input.action);
    const noteField = detail === 'reason' ? 'reasonNoteId' : detail === 'outcome' ? 'outcomeNoteId' : null;
    if (noteField && !input[noteField]) throw DomainError.badInput(noteField, `${noteField}: a ${detail} is required to ${input.action} a referral`);
    for (const f of ['reasonNoteId', 'outcomeNoteId'] as const) {
      if (input[f] && f !== noteField) throw DomainError.badInput(f, `${f}: not given to ${input.action} a referral`);
    }

    return this.tx.run(async (em) => {
      const r = await this.repo.lockReferral(em, input.id);
      if (!r || r.organisationId !== organisationId || r.municipality !== actor.municipality) throw DomainError.notFound('referral');
      if (r.targetKind === ReferralTargetKind.INITIATIVE && input.action === 'start') {
        throw DomainError.conflict('un invio a un’attività inizia con la prima presenza: registratela / a referral to an activity starts with the first attendance: record it');
      }
      const to = nextStatus(r.status, input.action);
      const noteId = noteField ? input[noteField]! : null;
      if (noteId && (await this.repo.isNoteUsed(em, noteId))) throw DomainError.conflict('questa nota è già stata usata / this note was already used');
      // Accepting takes one of the service's places when it counts them (refused when none is left).
      if (input.action === 'accept') await this.takePlace(em, r);
      await this.move(em, r, to, {
        actorAccountId: actor.accountId,
        reasonNoteId: input.reasonNoteId ?? null,
        outcomeNoteId: input.outcomeNoteId ?? null,
        reasonCode: null,
      });
      return this.answer(em, r);
    });
  }

  /**
   * Without consent (or with "do not contact directly") the organisation may not call the person:
   * an operator of the organisation holding the accepted referral asks the owner desk to make the
   * first contact. Recorded once (a repeat answers the same), with a `first-contact-requested` desk
   * alert and an event, in one transaction. CONFLICT when the person did consent or the referral is
   * not waiting for a first contact.
   */
  async requestFirstContact(actor: Actor, input: ReferralRefV1): Promise<ReferralV1> {
    const organisationId = organisationOf(actor);
    return this.tx.run(async (em) => {
      const r = await this.repo.lockReferral(em, input.id);
      if (!r || r.organisationId !== organisationId || r.municipality !== actor.municipality) throw DomainError.notFound('referral');
      if (!contactGoesThroughDesk(r)) throw DomainError.conflict('la persona ha dato il consenso: potete contattarla voi / the person consented: you may contact them yourselves');
      if (!r.firstContactRequestedAt && !r.contactHandedOverAt) {
        if (!AWAITING_FIRST_CONTACT.includes(r.status)) {
          throw DomainError.conflict('si chiede il primo contatto allo sportello dopo aver accettato la richiesta / ask the desk for the first contact after accepting the referral');
        }
        const at = this.now();
        Object.assign(r, { firstContactRequestedAt: at, firstContactRequestedBy: actor.accountId, updatedAt: at });
        await this.repo.saveFirstContactStep(em, r);
        await this.alerts.raise(em, { municipality: r.municipality, reportId: r.reportId, kind: 'first-contact-requested', needs: r.needs, referralId: r.id });
        await this.announceStep(em, r, 'first-contact-requested', actor.accountId, at);
      }
      return this.answer(em, r);
    });
  }

  /**
   * A social worker of the municipality made the first contact (or arranged it) for a referral
   * whose person did not consent: the contact is handed over to the organisation, and only now does
   * its first-contact deadline start. Once (a repeat answers the same); CONFLICT when the person did
   * consent or the referral is no longer held by its organisation.
   */
  async handOverContact(actor: Actor, input: ReferralRefV1): Promise<ReferralV1> {
    socialWorkerOnly(actor);
    return this.tx.run(async (em) => {
      const r = await this.repo.lockReferral(em, input.id);
      if (!r || r.municipality !== actor.municipality) throw DomainError.notFound('referral');
      if (!contactGoesThroughDesk(r)) throw DomainError.conflict('la persona ha dato il consenso: l’ente la contatta direttamente / the person consented: the organisation contacts them directly');
      if (!r.contactHandedOverAt) {
        const status = r.status;
        if (!AWAITING_FIRST_CONTACT.includes(status) && status !== ReferralStatus.IN_PROGRESS) {
          throw DomainError.conflict('l’ente non ha (più) in carico questo invio / the organisation does not hold this referral');
        }
        const at = this.now();
        Object.assign(r, { contactHandedOverAt: at, contactHandedOverBy: actor.accountId, updatedAt: at });
        await this.repo.saveFirstContactStep(em, r);
        if (AWAITING_FIRST_CONTACT.includes(status)) await this.timers.startFirstContact(em, r, at);
        await this.announceStep(em, r, 'contact-handed-over', actor.accountId, at);
      }
      return this.answer(em, r);
    });
  }

  /** A referral as a move answers it: with its running deadline, read in the move's transaction (the card stays true). */
  async answer(em: EntityManager, r: ReferralEntity): Promise<ReferralV1> {
    const due = (await this.timerRows.pendingDeadlines([r.id], em)).get(r.id);
    const service = r.serviceId ? await this.directory.findServiceSummary(em, r.serviceId) : null;
    const starts = await this.repo.sessionStarts(em, [r.sessionId]);
    return { ...toV1(r, service, await this.referenceOf(em, r.reportId), (r.sessionId && starts.get(r.sessionId)) || null), dueAt: due?.dueAt.toISOString() ?? null, dueKind: due?.kind ?? null };
  }

  /** A first-contact step as an event (the status does not change): the organisation's open inbox hears of it. */
  private async announceStep(em: EntityManager, r: ReferralEntity, step: ReferralContactStep, actorAccountId: string, at: Date): Promise<void> {
    const status = r.status;
    await this.outbox.add(em, step === 'first-contact-requested' ? 'referral.first-contact-requested.v1' : 'referral.contact-handed-over.v1', {
      municipality: r.municipality,
      referralId: r.id,
      reportId: r.reportId,
      organisationId: r.organisationId,
      ...eventTarget(r),
      needs: r.needs,
      neighbourhoodCode: r.neighbourhoodCode,
      urgency: r.urgency,
      from: status,
      to: status,
      version: r.version,
      occurredAt: at.toISOString(),
      actorAccountId,
      step,
    });
  }

  /** Takes one place of the referral's service when it counts them; CONFLICT when none is left. */
  private async takePlace(em: EntityManager, r: ReferralEntity): Promise<void> {
    // A prescription's seat is held by community from the moment it is made (seat ledger).
    if (!r.serviceId) return;
    const s = await this.directory.lockService(em, r.serviceId);
    if (!s || !countsPlaces(s)) return;
    const after = takePlace(s);
    if (!after) {
      const unit = s.capacityUnit ?? 'posti';
      throw DomainError.conflict(`«${s.name}»: 0 ${unit} disponibili. Aggiorna la disponibilità nella pagina «Servizi e disponibilità», o rifiuta la richiesta / "${s.name}": no ${unit} available. Update the availability on the services page, or reject the referral`);
    }
    if (!after.took) return; // no numbers, or a waiting list: accepted without a place
    await this.directory.savePlaces(em, s.id, after.places, this.now());
    r.holdsPlace = true;
  }

  /** Gives back the place a referral held, now that it has ended. */
  private async freePlace(em: EntityManager, r: ReferralEntity, at: Date): Promise<void> {
    const s = r.serviceId ? await this.directory.lockService(em, r.serviceId) : null;
    if (s && countsPlaces(s)) await this.directory.savePlaces(em, s.id, freePlace(s), at);
    r.holdsPlace = false;
  }

  /**
   * A social worker sends a referral elsewhere, with a reason (the id of its note in the reports
   * vault): it is cancelled (reason code `rerouted`) and its needs go to the service the desk
   * chose (`serviceId`, one of `rerouteOptions`' candidates, whatever the rule thinks of it: its
   * exclusions are recorded in the explanation) and, for the needs it does not cover, to the
   * next-best service not yet tried — or the desk is alerted. Only a referral not yet in progress
   * can be re-routed (CONFLICT otherwise).
   */
  async reroute(actor: Actor, input: RerouteReferralV1): Promise<ReferralV1> {
    socialWorkerOnly(actor);
    return this.tx.run(async (em) => {
      const r = await this.repo.lockReferral(em, input.id);
      if (!r || r.municipality !== actor.municipality) throw DomainError.notFound('referral');
      if (await this.routed.isReportEnded(em, r.reportId)) throw DomainError.conflict('la segnalazione è chiusa o ritirata: non si invia altrove / the report has ended: it is not sent elsewhere');
      if (r.targetKind === ReferralTargetKind.INITIATIVE) throw DomainError.conflict('un invio a un’attività non si reinvia: scegliete un altro incontro / a referral to an activity is not re-routed: choose another session');
      const to = nextStatus(r.status, 'cancel');
      if (input.serviceId) {
        const offered = await this.candidatesFor(em, r);
        if (!offered.some((c) => c.serviceId === input.serviceId)) {
          throw DomainError.badInput('serviceId', 'serviceId: non è un servizio attivo del Comune che copre questi bisogni / not an active service of the municipality covering these needs');
        }
      }
      if (await this.repo.isNoteUsed(em, input.reasonNoteId)) throw DomainError.conflict('questa nota è già stata usata / this note was already used');
      await this.move(em, r, to, { actorAccountId: actor.accountId, reasonNoteId: input.reasonNoteId, outcomeNoteId: null, reasonCode: 'rerouted', chosenServiceId: input.serviceId });
      return this.answer(em, r);
    });
  }

  /**
   * A dry run of a re-route (nothing is written): where the rule would send the referral's needs,
   * which needs no service would take (so the desk knows before confirming that it would only be
   * alerted), and every active service of the municipality covering one of the needs that the
   * desk may choose instead, each with the rule's view of it.
   */
  async rerouteOptions(actor: Actor, input: RerouteOptionsV1): Promise<RerouteOptionsResultV1> {
    socialWorkerOnly(actor);
    const em = this.tx.reads;
    const r = await this.repo.findWithService(input.id);
    if (!r || r.municipality !== actor.municipality) throw DomainError.notFound('referral');
    const needs = r.needs;
    const ended = await this.routed.isReportEnded(em, r.reportId);
    const reroutable = !ended && REROUTABLE.includes(r.status) && r.targetKind !== ReferralTargetKind.INITIATIVE;
    const report = { municipality: r.municipality, neighbourhoodCode: r.neighbourhoodCode, needs };
    const policy = await this.directory.findPolicy(em, r.municipality);
    const all = await this.directory.findCandidates(em, r.municipality, needs);
    const existing = await this.repo.findByReport(em, r.reportId);
    // As the re-route would run: this referral cancelled, its service and every one tried before left out.
    const tried = new Set([...triedServices(existing), ...(r.serviceId ? [r.serviceId] : [])]);
    const others = existing.filter((x) => x.id !== r.id && x.targetKind !== ReferralTargetKind.INITIATIVE && OPEN_STATUSES.includes(x.status));
    const wanted = needs.filter((n) => !others.some((x) => x.needs.includes(n)));
    const byRule = match({ ...report, needs: wanted }, all, policy, { excludeServiceIds: tried });
    const candidates: RerouteCandidateV1[] = (await this.candidatesFor(em, r, all)).map((c) => {
      const reasons = exclusionReasons(c, report, policy, tried);
      return {
        serviceId: c.serviceId,
        serviceName: c.serviceName,
        organisationName: c.organisationName ?? '',
        needsCovered: needs.filter((n) => c.needs.includes(n)),
        capacityStatus: c.capacityStatus,
        eligible: reasons.length === 0,
        reasons,
      };
    });
    const ruleOrder = new Map(byRule.assignments.map((a, i) => [a.serviceId, i]));
    candidates.sort((a, b) => (ruleOrder.get(a.serviceId) ?? 99) - (ruleOrder.get(b.serviceId) ?? 99) || Number(b.eligible) - Number(a.eligible) || a.serviceName.localeCompare(b.serviceName, 'it'));
    const names = new Map(all.map((c) => [c.serviceId, c.serviceName]));
    return {
      referralId: r.id,
      needs,
      reroutable,
      byRule: byRule.assignments.map((a) => ({ serviceId: a.serviceId, serviceName: names.get(a.serviceId) ?? '', needs: a.needs })),
      unmet: byRule.unmet,
      candidates,
    };
  }

  /** The services a desk may choose for a re-route: active, of the municipality, covering one of the needs, not the referral's own. */
  private async candidatesFor(em: EntityManager, r: ReferralEntity, all?: Awaited<ReturnType<DirectoryRepository['findCandidates']>>) {
    const list = all ?? (await this.directory.findCandidates(em, r.municipality, r.needs));
    return list.filter((c) => c.status === ServiceStatus.ACTIVE && c.serviceId !== r.serviceId);
  }

  /** When an organisation should accept, and contact the person, for a report of this urgency sent now (the municipality's policy). */
  async slaPreview(actor: Actor, input: SlaPreviewV1): Promise<SlaPreviewResultV1> {
    const policy = await this.directory.findPolicy(this.tx.reads, actor.municipality);
    const target = resolveTargets(policy.slaTargets)[input.urgency];
    const now = this.now();
    const acceptBy = dueAt(now, target.accept, policy.slaDayMode, policy.patronDay);
    return { urgency: input.urgency, acceptBy: acceptBy.toISOString(), firstContactBy: dueAt(acceptBy, target.firstContact, policy.slaDayMode, policy.patronDay).toISOString() };
  }

  /**
   * The desk reopened a report it had closed (report.reopened): it is no longer ended, and what
   * the closure undid is put back — each service whose referral was cancelled only because the
   * report ended gets its needs again (as the desk had them, whatever the rule now thinks of it),
   * and needs still without a referral are routed by the rule. A close older than the reopening,
   * delivered late, is not applied again (see cancelForEndedReport). In the consumer's transaction.
   */
  async reopenReport(em: EntityManager, e: { municipality: string; reportId: string; occurredAt: string }): Promise<void> {
    await this.repo.lockReferralsOfReport(em, e.reportId);
    await this.repo.lockReportRouting(em, e.reportId);
    await this.routed.markReopened(em, e.reportId, new Date(e.occurredAt));
    await this.routed.unmarkReportEnded(em, e.reportId);
    const report = await this.routed.findReport(em, e.reportId);
    if (!report) return;
    const referrals = await this.repo.findByReport(em, e.reportId);
    // What the organisations are shown before accepting (age band, consent) comes with the report's referrals.
    const known = referrals[0];
    const target = {
      municipality: report.municipality,
      reportId: report.reportId,
      neighbourhoodCode: report.neighbourhoodCode,
      urgency: report.urgency,
      ageBand: known?.ageBand ?? null,
      consentToContact: known?.consentToContact ?? null,
      doNotContact: known?.doNotContact ?? null,
    };
    const endedByClosure = referrals
      .filter((r) => r.status === ReferralStatus.CANCELLED && r.reasonCode && isReportEndReason(r.reasonCode) && r.serviceId)
      .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());
    for (const r of endedByClosure) {
      await this.routing.route(em, target, r.needs, { kind: 'report-reopened', chosenServiceId: r.serviceId! });
    }
    await this.routing.route(em, target, report.needs, { kind: 'report-reopened' });
  }

  /**
   * Every referral of a report of the social worker's municipality, with its whole history and why
   * it was made. People's reasons and outcomes come as the ids of their notes in the reports vault
   * (the gateway reads those, audited); system reasons as text.
   */
  async reportReferrals(actor: Actor, input: ReportReferralsV1): Promise<ReferralStoryV1[]> {
    socialWorkerOnly(actor);
    const rows = await this.repo.findStoriesOfReport(input.reportId, actor.municipality);
    const reference = await this.referenceOf(this.tx.reads, input.reportId);
    const starts = await this.repo.sessionStarts(this.tx.reads, rows.map((x) => x.referral.sessionId));
    return rows.map(({ referral, service, history }) => ({
      ...toV1(referral, service, reference, (referral.sessionId && starts.get(referral.sessionId)) || null),
      reason: referral.reasonCode ? systemReasonText(referral.reasonCode) : null,
      reasonNoteId: referral.reasonNoteId,
      outcomeNoteId: referral.outcomeNoteId,
      explanation: JSON.stringify(referral.matchExplanation),
      history: history.map((h) => ({
        from: h.fromStatus,
        to: h.toStatus,
        at: h.at.toISOString(),
        actorAccountId: h.actorAccountId,
        reason: h.reasonCode ? systemReasonText(h.reasonCode) : null,
        reasonNoteId: h.reasonNoteId,
      })),
    }));
  }

  private async referenceOf(em: EntityManager, reportId: string): Promise<string | null> {
    return (await this.routed.referencesOf(em, [reportId])).get(reportId) ?? null;
  }

  /**
   * A due SLA timer, in the sweeper's transaction (the referral row already locked by it): a
   * referral still requested is cancelled with reason `expired` and re-routed as after a
   * rejection; a first contact still missing alerts the desk. Anything else: nothing to do.
   */
  async expire(em: EntityManager, r: ReferralEntity, kind: string): Promise<'expired' | 'alerted' | 'none'> {
    const status = r.status;
    if (kind === 'accept' && status === ReferralStatus.REQUESTED) {
      await this.move(em, r, ReferralStatus.CANCELLED, { actorAccountId: null, reasonNoteId: null, outcomeNoteId: null, reasonCode: 'expired' });
      return 'expired';
    }
    if (kind === 'first-contact' && (status === ReferralStatus.ACCEPTED || status === ReferralStatus.ON_HOLD)) {
      await this.alerts.raise(em, { municipality: r.municipality, reportId: r.reportId, kind: 'first-contact-overdue', needs: r.needs, referralId: r.id });
      return 'alerted';
    }
    return 'none';
  }

  /**
   * The report ended (its desk closed it, or its antenna withdrew it as a mistake): referrals that
   * nobody has started working — requested, accepted, on hold — are cancelled with reason code
   * `report-ended` (stored as `report-closed:<closure reason>` or `report-withdrawn`) and NOT re-routed, so no organisation keeps a request for a case that is over
   * and no SLA timer escalates it. A referral in progress stays with its organisation, which
   * completes it. In the consumer's transaction; returns how many were cancelled.
   */
  async cancelForEndedReport(em: EntityManager, reportId: string, reason: SystemReason, endedAt?: Date): Promise<number> {
    // Rows first, then the routing lock: the order of every other path (see lockReferralsOfReport).
    await this.repo.lockReferralsOfReport(em, reportId);
    await this.repo.lockReportRouting(em, reportId);
    // A close delivered after the reopening that undid it changes nothing.
    const routed = await this.routed.findReport(em, reportId);
    if (endedAt && routed?.reopenedAt && routed.reopenedAt.getTime() >= endedAt.getTime()) return 0;
    // From now on nothing routes this report: not a report.submitted retried after a withdrawal,
    // not a re-route of a referral that survives the close.
    await this.routed.markReportEnded(em, reportId, this.now());
    let cancelled = 0;
    // Read again under the routing lock: a referral routed just before is here too.
    for (const candidate of await this.repo.findByReport(em, reportId)) {
      if (!NOT_STARTED.includes(candidate.status)) continue;
      const r = await this.repo.lockReferral(em, candidate.id);
      if (!r || !NOT_STARTED.includes(r.status)) continue;
      // ON_HOLD after work began is a paused case, not an unstarted one: it stays with its organisation.
      if (r.status === ReferralStatus.ON_HOLD && (await this.repo.wasEverInProgress(em, r.id))) continue;
      await this.move(em, r, ReferralStatus.CANCELLED, { actorAccountId: null, reasonNoteId: null, outcomeNoteId: null, reasonCode: reason });
      cancelled += 1;
    }
    return cancelled;
  }

  /** One move and everything that goes with it, in the caller's transaction (the referral row locked). */
  async move(
    em: EntityManager,
    r: ReferralEntity,
    to: ReferralStatus,
    m: { actorAccountId: string | null; reasonNoteId: string | null; outcomeNoteId: string | null; reasonCode: SystemReason | null; chosenServiceId?: string },
  ): Promise<void> {
    const from = r.status;
    const at = this.now();
    Object.assign(r, {
      status: to,
      version: r.version + 1,
      // The reason of the status it is in now (reject, hold, fail, cancel); earlier ones stay in the history.
      reasonCode: m.reasonCode,
      reasonNoteId: m.reasonNoteId,
      outcomeNoteId: m.outcomeNoteId ?? r.outcomeNoteId,
      updatedAt: at,
    });
    // An ended referral gives its place back to the service.
    if (r.holdsPlace && isTerminal(to)) await this.freePlace(em, r, at);
    await this.repo.saveMove(em, r);
    await this.repo.addHistory(em, { referralId: r.id, fromStatus: from, toStatus: to, actorAccountId: m.actorAccountId, reasonCode: m.reasonCode, reasonNoteId: m.reasonNoteId, at });
    // The timers first, so the event tells the desk's triage the deadline now running.
    await this.timers.onStatus(em, { id: r.id, municipality: r.municipality, urgency: r.urgency, status: to, firstContactWaitsForDesk: firstContactWaitsForDesk(r) }, at);
    const due = await this.timerRows.pendingDueAt(em, r.id);
    await this.outbox.add(em, changeEventOf(to), {
      municipality: r.municipality,
      referralId: r.id,
      reportId: r.reportId,
      organisationId: r.organisationId,
      ...eventTarget(r),
      needs: r.needs,
      neighbourhoodCode: r.neighbourhoodCode,
      urgency: r.urgency,
      from,
      to,
      version: r.version,
      occurredAt: at.toISOString(),
      ...(m.reasonCode ? { reasonCode: eventReasonCode(m.reasonCode) } : {}),
      // Ids only: the vault confirms the notes it sealed for this move; their text never travels.
      ...(m.reasonNoteId ? { reasonNoteId: m.reasonNoteId } : {}),
      ...(m.outcomeNoteId ? { outcomeNoteId: m.outcomeNoteId } : {}),
      ...(due ? { dueAt: due.toISOString() } : {}),
      ...(m.actorAccountId ? { actorAccountId: m.actorAccountId } : {}),
    });

    const report = {
      municipality: r.municipality,
      reportId: r.reportId,
      neighbourhoodCode: r.neighbourhoodCode,
      urgency: r.urgency,
      ageBand: r.ageBand ?? null,
      consentToContact: r.consentToContact,
      doNotContact: r.doNotContact,
    };
    switch (to) {
      case ReferralStatus.REJECTED:
      case ReferralStatus.CANCELLED: {
        if (m.reasonCode && eventReasonCode(m.reasonCode) === 'report-ended') return;
        // A prescription that ended before the person got there (declined, expired, no seat) is not
        // re-routed by the rule: the desk hears at once and picks another session or initiative.
        if (r.targetKind === ReferralTargetKind.INITIATIVE) {
          await this.alerts.raise(em, { municipality: r.municipality, reportId: r.reportId, kind: 'prescription-ended', needs: r.needs, referralId: r.id });
          return;
        }
        const cause = to === ReferralStatus.REJECTED ? 'rejected' : m.reasonCode === 'expired' ? 'expired' : 'social-worker';
        await this.routing.route(em, report, r.needs, { kind: 'rerouted', after: r.id, cause, chosenServiceId: m.chosenServiceId });
        return;
      }
      case ReferralStatus.FAILED:
        await this.alerts.raise(em, { municipality: r.municipality, reportId: r.reportId, kind: 'failed', needs: r.needs, referralId: r.id });
        return;
      case ReferralStatus.COMPLETED: {
        // The same rule as the antenna's coarse state (reports): every need answered by a completed referral.
        const all = await this.repo.findByReport(em, r.reportId);
        const routed = await this.routed.findReport(em, r.reportId);
        const care = all.map((x) => ({ status: x.status, needs: x.needs }));
        if (everyNeedCompleted(routed?.needs ?? [], care)) {
          const needs = [...new Set(all.filter((x) => x.status === ReferralStatus.COMPLETED).flatMap((x) => x.needs))];
          await this.alerts.raise(em, { municipality: r.municipality, reportId: r.reportId, kind: 'completed', needs, referralId: r.id });
        }
        return;
      }
      case ReferralStatus.REQUESTED:
      case ReferralStatus.ACCEPTED:
      case ReferralStatus.IN_PROGRESS:
      case ReferralStatus.ON_HOLD:
      case ReferralStatus.ENTERED_IN_ERROR:
        return;
    }
  }
}

/** Referrals that can still be sent elsewhere by the desk. */
const REROUTABLE: readonly ReferralStatus[] = [ReferralStatus.REQUESTED, ReferralStatus.ACCEPTED, ReferralStatus.ON_HOLD];

/** Referrals nobody has started working with the person yet. */
const NOT_STARTED: readonly ReferralStatus[] = [ReferralStatus.REQUESTED, ReferralStatus.ACCEPTED, ReferralStatus.ON_HOLD];

function socialWorkerOnly(actor: Actor): void {
  if (actor.role !== Role.SOCIAL_WORKER) throw DomainError.forbidden('only the social-service desk re-routes and reads the history');
}
