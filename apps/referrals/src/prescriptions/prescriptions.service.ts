import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, DomainError, InitiativeStatus, Need, PrescribeInitiativeV1, ReferralRefV1, ReferralStatus, ReferralTargetKind, ReferralV1, Role, SessionStatus } from '@prossimo/contracts';
import { Outbox } from '@prossimo/messaging';
import { CLOCK, Clock, Transactions } from '@prossimo/platform';
import { DirectoryRepository } from '../directory/directory.repository';
import { nextStatus } from '../domain/referral-state-machine';
import { OrganisationMailer } from '../org-mail/org-mailer.service';
import { ReferralEntity } from '../referrals/referral.entities';
import { ReferralsRepository } from '../referrals/referrals.repository';
import { ReferralsService, eventTarget } from '../referrals/referrals.service';
import { RoutingRepository } from '../routing/routing.repository';
import { SlaTimers } from '../sla/sla-timers.service';
import { TimersRepository } from '../sla/timers.repository';
import { InitiativeTargetsRepository } from './initiative-targets.repository';

/** The need a prescription answers: social connection (FHIR SDOH), our LONELINESS. */
export const PRESCRIPTION_NEEDS: Need[] = [Need.LONELINESS];

/**
 * Social prescribing (issue 17): a referral to one session of an initiative (targetKind INITIATIVE),
 * addressed to the initiative's organiser. Everything else is the referral's own life — the same
 * states, SLA timers, desk alerts, events (so the antenna's coarse state and the vault's reveal
 * follow it unchanged) — plus one milestone, the first attendance, which is the move to in progress.
 * Community holds the seat: it reserves one on `referral.requested` and gives it back when the
 * referral ends; when none is left it says so (`initiative.referral-seat-refused.v1`) and the
 * prescription is cancelled with reason `no-seat` (the desk is alerted).
 */
@Injectable()
export class PrescriptionsService {
  constructor(
    private readonly tx: Transactions,
    private readonly repo: ReferralsRepository,
    private readonly referrals: ReferralsService,
    private readonly targets: InitiativeTargetsRepository,
    private readonly directory: DirectoryRepository,
    private readonly routed: RoutingRepository,
    private readonly timers: SlaTimers,
    private readonly timerRows: TimersRepository,
    private readonly outbox: Outbox,
    private readonly mail: OrganisationMailer,
    @Inject(CLOCK) private readonly now: Clock,
  ) {}

  /** A social worker (or ADMIN) of the report's municipality prescribes one session of an initiative. Idempotent by the client's id. */
  async prescribe(actor: Actor, input: PrescribeInitiativeV1): Promise<ReferralV1> {
    if (actor.role !== Role.SOCIAL_WORKER && actor.role !== Role.ADMIN) throw DomainError.forbidden('only the social-service desk prescribes activities');
    return this.tx.run(async (em) => {
      const report = await this.routed.findReport(em, input.reportId);
      if (!report || report.municipality !== actor.municipality) throw DomainError.notFound('report');
      await this.repo.lockReportRouting(em, report.reportId);
      const same = await em.findOne(ReferralEntity, { where: { id: input.id } });
      if (same) {
        if (same.reportId !== input.reportId || same.initiativeId !== input.initiativeId || same.sessionId !== input.sessionId) {
          throw DomainError.conflict('questo id è già usato da un altro invio / this id is already used by another referral');
        }
        return this.referrals.answer(em, same);
      }
      if (await this.routed.isReportEnded(em, report.reportId)) throw DomainError.conflict('la segnalazione è chiusa o ritirata / the report has ended');
      const initiative = await this.targets.findInitiative(em, input.initiativeId);
      if (!initiative || initiative.municipality !== actor.municipality || initiative.status !== InitiativeStatus.PUBLISHED) {
        throw DomainError.badInput('initiativeId', 'initiativeId: nessuna attività pubblicata con questo id nel Comune / no published activity with this id in the municipality');
      }
      if (!initiative.organiserOrganisationId || !(await this.directory.findOrganisation(em, initiative.organiserOrganisationId))) {
        throw DomainError.badInput('initiativeId', 'initiativeId: l’attività non ha un ente organizzatore che riceva gli invii / the activity has no organising organisation to receive referrals');
      }
      const session = await this.targets.findSession(em, input.sessionId);
      const now = this.now();
      if (!session || session.initiativeId !== initiative.id) throw DomainError.badInput('sessionId', 'sessionId: non è un incontro di questa attività / not a session of this activity');
      if (session.status !== SessionStatus.SCHEDULED || session.startsAt <= now) {
        throw DomainError.badInput('sessionId', 'sessionId: l’incontro è annullato, rinviato o già iniziato / the session is cancelled, postponed or already started');
      }
      if (session.referralTaken >= session.referralSeats) {
        throw DomainError.conflict('nessun posto per gli invii libero in questo incontro: sceglietene un altro / no seat for referred people left in this session: choose another');
      }
      const existing = await this.repo.findByReport(em, report.reportId);
      if (existing.some((x) => x.initiativeId === initiative.id && [ReferralStatus.REQUESTED, ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS, ReferralStatus.ON_HOLD].includes(x.status))) {
        throw DomainError.conflict('la persona ha già un invio aperto a questa attività / the person already has an open referral to this activity');
      }
      // What the organisation may know before it accepts (age band, consent) is what the report's other referrals carry.
      const known = existing[0];
      const r = Object.assign(new ReferralEntity(), {
        id: input.id,
        municipality: report.municipality,
        reportId: report.reportId,
        organisationId: initiative.organiserOrganisationId,
        targetKind: ReferralTargetKind.INITIATIVE,
        serviceId: null,
        initiativeId: initiative.id,
        sessionId: session.id,
        buddyRequested: input.buddyRequested,
        firstAttendedAt: null,
        needs: PRESCRIPTION_NEEDS,
        neighbourhoodCode: report.neighbourhoodCode,
        urgency: report.urgency,
        status: ReferralStatus.REQUESTED,
        version: 1,
        reasonCode: null,
        reasonNoteId: null,
        outcomeNoteId: null,
        matchExplanation: { trigger: 'prescribed', chosenBy: 'social-worker', initiativeId: initiative.id, sessionId: session.id } as unknown as ReferralEntity['matchExplanation'],
        ageBand: known?.ageBand ?? null,
        consentToContact: known?.consentToContact ?? null,
        doNotContact: known?.doNotContact ?? null,
        firstContactRequestedAt: null,
        firstContactRequestedBy: null,
        contactHandedOverAt: null,
        contactHandedOverBy: null,
        holdsPlace: false,
        createdAt: now,
        updatedAt: now,
      });
      await this.repo.insert(em, r);
      await this.repo.addHistory(em, { referralId: r.id, fromStatus: null, toStatus: ReferralStatus.REQUESTED, actorAccountId: actor.accountId, reasonCode: null, reasonNoteId: null, at: now });
      await this.timers.onStatus(em, r, now);
      const dueAt = await this.timerRows.pendingDueAt(em, r.id);
      await this.outbox.add(em, 'referral.requested.v1', {
        municipality: r.municipality,
        referralId: r.id,
        reportId: r.reportId,
        organisationId: r.organisationId,
        ...eventTarget(r),
        needs: r.needs,
        neighbourhoodCode: r.neighbourhoodCode,
        urgency: r.urgency,
        to: ReferralStatus.REQUESTED,
        version: 1,
        occurredAt: now.toISOString(),
        actorAccountId: actor.accountId,
        ...(dueAt ? { dueAt: dueAt.toISOString() } : {}),
      });
      await this.mail.queueNewReferral(em, r);
      return this.referrals.answer(em, r);
    });
  }

  /**
   * The organiser records the person's first attendance: the prescription's milestone, and its move
   * from accepted to in progress (the first-contact timer settles as on any start). Once: a repeat
   * answers the same; CONFLICT from any other status.
   */
  async recordFirstAttendance(actor: Actor, input: ReferralRefV1): Promise<ReferralV1> {
    if (actor.role !== Role.ORG_OPERATOR || !actor.organisationId) throw DomainError.forbidden('only the organiser records attendance');
    return this.tx.run(async (em) => {
      const r = await this.repo.lockReferral(em, input.id);
      if (!r || r.organisationId !== actor.organisationId || r.municipality !== actor.municipality) throw DomainError.notFound('referral');
      if (r.targetKind !== ReferralTargetKind.INITIATIVE) throw DomainError.conflict('solo gli invii a un’attività hanno la prima presenza / only referrals to an activity have a first attendance');
      if (r.firstAttendedAt) return this.referrals.answer(em, r);
      const to = nextStatus(r.status, 'start');
      if (r.status !== ReferralStatus.ACCEPTED) throw DomainError.conflict('la prima presenza si registra dopo aver accettato l’invio / record the first attendance after accepting the referral');
      const at = this.now();
      r.firstAttendedAt = at;
      await this.repo.saveFirstAttendance(em, r.id, at);
      await this.referrals.move(em, r, to, { actorAccountId: actor.accountId, reasonNoteId: null, outcomeNoteId: null, reasonCode: null });
      return this.referrals.answer(em, r);
    });
  }

  /** Community could hold no seat for the prescription: it ends (reason `no-seat`) and the desk is alerted. In the consumer's transaction. */
  async seatRefused(em: EntityManager, referralId: string): Promise<void> {
    const r = await this.repo.lockReferral(em, referralId);
    if (!r || r.targetKind !== ReferralTargetKind.INITIATIVE) return;
    if (![ReferralStatus.REQUESTED, ReferralStatus.ACCEPTED, ReferralStatus.ON_HOLD].includes(r.status)) return;
    await this.referrals.move(em, r, ReferralStatus.CANCELLED, { actorAccountId: null, reasonNoteId: null, outcomeNoteId: null, reasonCode: 'no-seat' });
  }
}
