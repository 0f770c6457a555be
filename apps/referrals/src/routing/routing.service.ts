import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AgeBand, Need, ReferralStatus, ReferralTargetKind, Urgency } from '@prossimo/contracts';
import { Outbox } from '@prossimo/messaging';
import { CLOCK, Clock } from '@prossimo/platform';
import { AlertsService } from '../alerts/alerts.service';
import { DirectoryRepository } from '../directory/directory.repository';
import { OrganisationMailer } from '../org-mail/org-mailer.service';
import { SlaTimers } from '../sla/sla-timers.service';
import { ReferralEntity, ReferralExplanation } from '../referrals/referral.entities';
import { OPEN_STATUSES } from '../domain/referral-state-machine';
import { ReferralsRepository } from '../referrals/referrals.repository';
import { isReportEndReason } from '../domain/system-reasons';
import { TimersRepository } from '../sla/timers.repository';
import { RoutingRepository } from './routing.repository';
import { match } from '../domain/matching';

/** What routing needs to know of a report: never more than its events carry. */
export interface RoutedReport {
  municipality: string;
  reportId: string;
  neighbourhoodCode: string;
  urgency: Urgency;
  /** What each referral shows its organisation before it accepts (not identifying); null when not known. */
  ageBand: AgeBand | null;
  consentToContact: boolean | null;
  doNotContact: boolean | null;
}

/**
 * What set routing off: a new report, a referral that ended without help (rejected, expired, or
 * sent elsewhere by a social worker, who may have chosen the service), or the desk reopening a
 * report it had closed.
 */
export type RoutingTrigger =
  | { kind: 'report-submitted' }
  | { kind: 'rerouted'; after: string; cause: RerouteCause; chosenServiceId?: string }
  | { kind: 'report-reopened'; chosenServiceId?: string };
export type RerouteCause = 'rejected' | 'expired' | 'social-worker';

export interface RoutingResult {
  created: ReferralEntity[];
  unmet: Need[];
}

/**
 * Turns a matching decision into referrals: one REQUESTED referral (with its history row and its
 * referral.requested event) per assignment, and a referral.unmatched event for the needs nobody
 * can take. Always inside the caller's transaction.
 */
@Injectable()
export class RoutingService {
  constructor(
    private readonly referrals: ReferralsRepository,
    private readonly directory: DirectoryRepository,
    private readonly outbox: Outbox,
    private readonly timers: SlaTimers,
    private readonly alerts: AlertsService,
    private readonly routing: RoutingRepository,
    private readonly timerRows: TimersRepository,
    private readonly mail: OrganisationMailer,
    @Inject(CLOCK) private readonly now: Clock,
  ) {}

  /**
   * Refers those of `needs` that no open referral of the report holds yet, never to a service
   * that already had a referral for it. Idempotent: run twice, the second run finds nothing to do.
   */
  async route(em: EntityManager, report: RoutedReport, needs: Need[], trigger: RoutingTrigger): Promise<RoutingResult> {
    await this.referrals.lockReportRouting(em, report.reportId);
    // An ended report (closed or withdrawn) is never routed again, whatever arrives late.
    if (await this.routing.isReportEnded(em, report.reportId)) return { created: [], unmet: [] };
    const existing = await this.referrals.findByReport(em, report.reportId);
    // Prescriptions (referrals to an initiative) come beside the services: they hold no need from the rule.
    const held = new Set(existing.filter((r) => r.targetKind !== ReferralTargetKind.INITIATIVE && OPEN_STATUSES.includes(r.status)).flatMap((r) => r.needs));
    const wanted = needs.filter((n) => !held.has(n));
    if (wanted.length === 0) return { created: [], unmet: [] };

    const policy = await this.directory.findPolicy(em, report.municipality);
    const candidates = await this.directory.findCandidates(em, report.municipality, wanted);
    const result = match({ municipality: report.municipality, neighbourhoodCode: report.neighbourhoodCode, needs: wanted }, candidates, policy, {
      excludeServiceIds: triedServices(existing),
      chosenServiceId: trigger.kind === 'rerouted' || trigger.kind === 'report-reopened' ? trigger.chosenServiceId : undefined,
    });

    const at = this.now();
    const created: ReferralEntity[] = [];
    for (const a of result.assignments) {
      const explanation: ReferralExplanation = {
        ...a.explanation,
        trigger: trigger.kind,
        ...(trigger.kind === 'rerouted' ? { after: trigger.after, cause: trigger.cause } : {}),
      };
      const referral = Object.assign(new ReferralEntity(), {
        id: randomUUID(),
        municipality: report.municipality,
        reportId: report.reportId,
        organisationId: a.organisationId,
        targetKind: ReferralTargetKind.SERVICE,
        serviceId: a.serviceId,
        initiativeId: null,
        sessionId: null,
        buddyRequested: false,
        firstAttendedAt: null,
        needs: a.needs,
        neighbourhoodCode: report.neighbourhoodCode,
        urgency: report.urgency,
        status: ReferralStatus.REQUESTED,
        version: 1,
        reasonCode: null,
        reasonNoteId: null,
        outcomeNoteId: null,
        matchExplanation: explanation,
        ageBand: report.ageBand,
        consentToContact: report.consentToContact,
        doNotContact: report.doNotContact,
        firstContactRequestedAt: null,
        firstContactRequestedBy: null,
        contactHandedOverAt: null,
        contactHandedOverBy: null,
        holdsPlace: false,
        createdAt: at,
        updatedAt: at,
      });
      await this.referrals.insert(em, referral);
      await this.referrals.addHistory(em, { referralId: referral.id, fromStatus: null, toStatus: ReferralStatus.REQUESTED, actorAccountId: null, reasonCode: null, reasonNoteId: null, at });
      await this.timers.onStatus(em, referral, at);
      const dueAt = await this.timerRows.pendingDueAt(em, referral.id);
      await this.outbox.add(em, 'referral.requested.v1', {
        municipality: report.municipality,
        referralId: referral.id,
        reportId: report.reportId,
        organisationId: a.organisationId,
        serviceId: a.serviceId,
        needs: a.needs,
        neighbourhoodCode: report.neighbourhoodCode,
        urgency: report.urgency,
        to: ReferralStatus.REQUESTED,
        version: 1,
        occurredAt: at.toISOString(),
        ...(dueAt ? { dueAt: dueAt.toISOString() } : {}),
      });
      // The organisation hears by e-mail too, for when nobody has the inbox open.
      await this.mail.queueNewReferral(em, referral);
      created.push(referral);
    }
    if (result.unmet.length > 0) {
      await this.outbox.add(em, 'referral.unmatched.v1', {
        municipality: report.municipality,
        reportId: report.reportId,
        neighbourhoodCode: report.neighbourhoodCode,
        needs: result.unmet,
        occurredAt: at.toISOString(),
      });
      // Never a report without a next step: its owner desk hears at once, with why each service was left out.
      await this.alerts.raise(em, {
        municipality: report.municipality,
        reportId: report.reportId,
        kind: trigger.kind === 'rerouted' ? 'exhausted' : 'unmet',
        needs: result.unmet,
        referralId: trigger.kind === 'rerouted' ? trigger.after : null,
        why: result.unmetWhy,
      });
    }
    return { created, unmet: result.unmet };
  }
}

/**
 * The services a report's referrals already went to, which the rule does not offer again; a
 * referral cancelled only because the report ended (closed by mistake, then reopened) does not
 * count: its service may get the needs again.
 */
export function triedServices(existing: Pick<ReferralEntity, 'serviceId' | 'reasonCode'>[]): string[] {
  return existing.filter((r) => r.serviceId && !(r.reasonCode && isReportEndReason(r.reasonCode))).map((r) => r.serviceId!);
}
