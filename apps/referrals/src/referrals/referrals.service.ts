import { Inject, Injectable } from '@nestjs/common';
import {
  Actor,
  DEFAULT_PAGE_SIZE,
  DomainError,
  EventMap,
  EventType,
  GetReferralV1,
  ListReferralsV1,
  Need,
  Page,
  REFERRAL_EVENT_BY_STATUS,
  ReferralChangedV1,
  ReferralStatus,
  ReferralStoryV1,
  ReferralV1,
  ReportReferralsV1,
  RerouteReferralV1,
  Role,
  TransitionReferralV1,
  Urgency,
  decodeCursor,
  encodeCursor,
  everyNeedCompleted,
} from '@prossimo/contracts';
import { EntityManager } from 'typeorm';
import { Outbox } from '@prossimo/messaging';
import { CLOCK, Clock } from '@prossimo/platform';
import { AlertsService } from '../alerts/alerts.service';
import { DirectoryRepository } from '../directory/directory.repository';
import { RoutingRepository } from '../sla/routing.repository';
import { SlaTimers } from '../sla/sla-timers.service';
import { RoutingService } from '../matching/routing.service';
import { ReferralEntity } from './referral.entities';
import { detailRequired, nextStatus } from './referral-state-machine';
import { ReferralsRepository } from './referrals.repository';
import { SystemReason, eventReasonCode, systemReasonText } from './system-reasons';

/** The event types whose payload is a ReferralChangedV1 (one per status). */
type ReferralChangeEvent = { [K in EventType]: EventMap[K] extends ReferralChangedV1 ? K : never }[EventType];

function changeEventOf(status: ReferralStatus): ReferralChangeEvent {
  return REFERRAL_EVENT_BY_STATUS[status] as ReferralChangeEvent;
}

function toV1(r: ReferralEntity, serviceName: string, reportReference: string | null = null): ReferralV1 {
  return {
    id: r.id,
    reportId: r.reportId,
    reportReference,
    organisationId: r.organisationId,
    serviceId: r.serviceId,
    serviceName,
    needs: r.needs as Need[],
    neighbourhoodCode: r.neighbourhoodCode,
    urgency: r.urgency as Urgency,
    status: r.status as ReferralStatus,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** The organisation an operator works for; operators without one may do nothing here. */
function organisationOf(actor: Actor): string {
  if (actor.role !== Role.ORG_OPERATOR || !actor.organisationId) throw DomainError.forbidden('only operators of an organisation handle referrals');
  return actor.organisationId;
}

@Injectable()
export class ReferralsService {
  constructor(
    private readonly repo: ReferralsRepository,
    private readonly directory: DirectoryRepository,
    private readonly routing: RoutingService,
    private readonly outbox: Outbox,
    private readonly timers: SlaTimers,
    private readonly alerts: AlertsService,
    private readonly routedReports: RoutingRepository,
    @Inject(CLOCK) private readonly now: Clock,
  ) {}

  /** The referrals sent to the operator's organisation in their municipality, newest first. */
  async list(actor: Actor, args: ListReferralsV1): Promise<Page<ReferralV1>> {
    const organisationId = organisationOf(actor);
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const cursor = decodeCursor(args.after, ['timestamp', 'uuid']);
    const rows = await this.repo.findPageForOrganisation(
      { organisationId, municipality: actor.municipality, statuses: args.status?.length ? args.status : null },
      first + 1,
      cursor ? { createdAt: cursor[0], id: cursor[1] } : null,
    );
    const nodes = rows.slice(0, first);
    const last = nodes[nodes.length - 1];
    const deadlines = await this.repo.pendingDeadlines(nodes.map((r) => r.id));
    const references = await this.routedReports.referencesOf(this.repo.ds.manager, nodes.map((r) => r.reportId));
    return {
      nodes: nodes.map((r) => ({ ...toV1(r, r.service.name, references.get(r.reportId) ?? null), dueAt: deadlines.get(r.id)?.toISOString() ?? null })),
      pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null },
    };
  }

  /** One referral: of the operator's organisation, or of the social worker's municipality (NOT_FOUND otherwise). */
  async get(actor: Actor, input: GetReferralV1): Promise<ReferralV1> {
    const r = await this.repo.findWithService(input.id);
    const visible = r && r.municipality === actor.municipality && (actor.role === Role.SOCIAL_WORKER || r.organisationId === organisationOf(actor));
    if (!r || !visible) throw DomainError.notFound('referral');
    return toV1(r, r.service.name, await this.referenceOf(this.repo.ds.manager, r.reportId));
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

    return this.repo.ds.transaction(async (em) => {
      const r = await this.repo.lockReferral(em, input.id);
      if (!r || r.organisationId !== organisationId || r.municipality !== actor.municipality) throw DomainError.notFound('referral');
      const to = nextStatus(r.status as ReferralStatus, input.action);
      const noteId = noteField ? input[noteField]! : null;
      if (noteId && (await this.repo.isNoteUsed(em, noteId))) throw DomainError.conflict('questa nota è già stata usata / this note was already used');
      await this.move(em, r, to, {
        actorAccountId: actor.accountId,
        reasonNoteId: input.reasonNoteId ?? null,
        outcomeNoteId: input.outcomeNoteId ?? null,
        reasonCode: null,
      });
      const serviceName = await this.directory.findServiceName(em, r.serviceId);
      return toV1(r, serviceName ?? '', await this.referenceOf(em, r.reportId));
    });
  }

  /**
   * A social worker sends a referral elsewhere, with a reason (the id of its note in the reports
   * vault): it is cancelled (reason code `rerouted`) and its needs go to the next-best service not
   * yet tried, or the desk is alerted. Only a referral not yet in progress can be re-routed
   * (CONFLICT otherwise).
   */
  async reroute(actor: Actor, input: RerouteReferralV1): Promise<ReferralV1> {
    socialWorkerOnly(actor);
    return this.repo.ds.transaction(async (em) => {
      const r = await this.repo.lockReferral(em, input.id);
      if (!r || r.municipality !== actor.municipality) throw DomainError.notFound('referral');
      if (await this.repo.isReportEnded(em, r.reportId)) throw DomainError.conflict('la segnalazione è chiusa o ritirata: non si invia altrove / the report has ended: it is not sent elsewhere');
      const to = nextStatus(r.status as ReferralStatus, 'cancel');
      if (await this.repo.isNoteUsed(em, input.reasonNoteId)) throw DomainError.conflict('questa nota è già stata usata / this note was already used');
      await this.move(em, r, to, { actorAccountId: actor.accountId, reasonNoteId: input.reasonNoteId, outcomeNoteId: null, reasonCode: 'rerouted' });
      const serviceName = await this.directory.findServiceName(em, r.serviceId);
      return toV1(r, serviceName ?? '', await this.referenceOf(em, r.reportId));
    });
  }

  /**
   * Every referral of a report of the social worker's municipality, with its whole history and why
   * it was made. People's reasons and outcomes come as the ids of their notes in the reports vault
   * (the gateway reads those, audited); system reasons as text.
   */
  async reportReferrals(actor: Actor, input: ReportReferralsV1): Promise<ReferralStoryV1[]> {
    socialWorkerOnly(actor);
    const rows = await this.repo.findStoriesOfReport(input.reportId, actor.municipality);
    const reference = await this.referenceOf(this.repo.ds.manager, input.reportId);
    return rows.map(({ referral, serviceName, history }) => ({
      ...toV1(referral, serviceName, reference),
      reason: referral.reasonCode ? systemReasonText(referral.reasonCode) : null,
      reasonNoteId: referral.reasonNoteId,
      outcomeNoteId: referral.outcomeNoteId,
      explanation: JSON.stringify(referral.matchExplanation),
      history: history.map((h) => ({
        from: h.fromStatus as ReferralStatus | null,
        to: h.toStatus as ReferralStatus,
        at: h.at.toISOString(),
        actorAccountId: h.actorAccountId,
        reason: h.reasonCode ? systemReasonText(h.reasonCode) : null,
        reasonNoteId: h.reasonNoteId,
      })),
    }));
  }

  private async referenceOf(em: EntityManager, reportId: string): Promise<string | null> {
    return (await this.routedReports.referencesOf(em, [reportId])).get(reportId) ?? null;
  }

  /**
   * A due SLA timer, in the sweeper's transaction (the referral row already locked by it): a
   * referral still requested is cancelled with reason `expired` and re-routed as after a
   * rejection; a first contact still missing alerts the desk. Anything else: nothing to do.
   */
  async expire(em: EntityManager, r: ReferralEntity, kind: string): Promise<'expired' | 'alerted' | 'none'> {
    const status = r.status as ReferralStatus;
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
  async cancelForEndedReport(em: EntityManager, reportId: string, reason: SystemReason): Promise<number> {
    // Rows first, then the routing lock: the order of every other path (see lockReferralsOfReport).
    await this.repo.lockReferralsOfReport(em, reportId);
    await this.repo.lockReportRouting(em, reportId);
    // From now on nothing routes this report: not a report.submitted retried after a withdrawal,
    // not a re-route of a referral that survives the close.
    await this.repo.markReportEnded(em, reportId, this.now());
    let cancelled = 0;
    // Read again under the routing lock: a referral routed just before is here too.
    for (const candidate of await this.repo.findByReport(em, reportId)) {
      if (!NOT_STARTED.includes(candidate.status as ReferralStatus)) continue;
      const r = await this.repo.lockReferral(em, candidate.id);
      if (!r || !NOT_STARTED.includes(r.status as ReferralStatus)) continue;
      // ON_HOLD after work began is a paused case, not an unstarted one: it stays with its organisation.
      if (r.status === ReferralStatus.ON_HOLD && (await this.repo.wasEverInProgress(em, r.id))) continue;
      await this.move(em, r, ReferralStatus.CANCELLED, { actorAccountId: null, reasonNoteId: null, outcomeNoteId: null, reasonCode: reason });
      cancelled += 1;
    }
    return cancelled;
  }

  /** One move and everything that goes with it, in the caller's transaction (the referral row locked). */
  private async move(
    em: EntityManager,
    r: ReferralEntity,
    to: ReferralStatus,
    m: { actorAccountId: string | null; reasonNoteId: string | null; outcomeNoteId: string | null; reasonCode: SystemReason | null },
  ): Promise<void> {
    const from = r.status as ReferralStatus;
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
    await this.repo.saveMove(em, r);
    await this.repo.addHistory(em, { referralId: r.id, fromStatus: from, toStatus: to, actorAccountId: m.actorAccountId, reasonCode: m.reasonCode, reasonNoteId: m.reasonNoteId, at });
    await this.outbox.add(em, changeEventOf(to), {
      municipality: r.municipality,
      referralId: r.id,
      reportId: r.reportId,
      organisationId: r.organisationId,
      serviceId: r.serviceId,
      needs: r.needs as Need[],
      neighbourhoodCode: r.neighbourhoodCode,
      urgency: r.urgency as Urgency,
      from,
      to,
      version: r.version,
      occurredAt: at.toISOString(),
      ...(m.reasonCode ? { reasonCode: eventReasonCode(m.reasonCode) } : {}),
      // Ids only: the vault confirms the notes it sealed for this move; their text never travels.
      ...(m.reasonNoteId ? { reasonNoteId: m.reasonNoteId } : {}),
      ...(m.outcomeNoteId ? { outcomeNoteId: m.outcomeNoteId } : {}),
    });
    await this.timers.onStatus(em, { id: r.id, municipality: r.municipality, urgency: r.urgency, status: to }, at);

    const report = { municipality: r.municipality, reportId: r.reportId, neighbourhoodCode: r.neighbourhoodCode, urgency: r.urgency as Urgency };
    switch (to) {
      case ReferralStatus.REJECTED:
      case ReferralStatus.CANCELLED: {
        if (m.reasonCode && eventReasonCode(m.reasonCode) === 'report-ended') return;
        const cause = to === ReferralStatus.REJECTED ? 'rejected' : m.reasonCode === 'expired' ? 'expired' : 'social-worker';
        await this.routing.route(em, report, r.needs as Need[], { kind: 'rerouted', after: r.id, cause });
        return;
      }
      case ReferralStatus.FAILED:
        await this.alerts.raise(em, { municipality: r.municipality, reportId: r.reportId, kind: 'failed', needs: r.needs, referralId: r.id });
        return;
      case ReferralStatus.COMPLETED: {
        // The same rule as the antenna's coarse state (reports): every need answered by a completed referral.
        const all = await this.repo.findByReport(em, r.reportId);
        const routed = await this.routedReports.findReport(em, r.reportId);
        const care = all.map((x) => ({ status: x.status as ReferralStatus, needs: x.needs }));
        if (everyNeedCompleted(routed?.needs ?? [], care)) {
          const needs = [...new Set(all.filter((x) => x.status === ReferralStatus.COMPLETED).flatMap((x) => x.needs))];
          await this.alerts.raise(em, { municipality: r.municipality, reportId: r.reportId, kind: 'completed', needs, referralId: r.id });
        }
        return;
      }
      default:
        return;
    }
  }
}

/** Referrals nobody has started working with the person yet. */
const NOT_STARTED: readonly ReferralStatus[] = [ReferralStatus.REQUESTED, ReferralStatus.ACCEPTED, ReferralStatus.ON_HOLD];

function socialWorkerOnly(actor: Actor): void {
  if (actor.role !== Role.SOCIAL_WORKER) throw DomainError.forbidden('only the social-service desk re-routes and reads the history');
}
