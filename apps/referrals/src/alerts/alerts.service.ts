import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  ALERT_SEVERITY, AcknowledgeAlertV1, Actor, AlertChange, AlertKind, AlertResolution, AlertV1, DomainError, ESCALATING_ALERT_KINDS, ListAlertsV1, NEED_TAXONOMY, Need,
  Page, Role,
} from '@prossimo/contracts';
import { Outbox } from '@prossimo/messaging';
import { CLOCK, Clock, Transactions } from '@prossimo/platform';
import { DirectoryRepository } from '../directory/directory.repository';
import type { UnmetWhy } from '../domain/matching';
import { RoutingRepository } from '../routing/routing.repository';
import { AlertEntity } from './alert.entities';
import { ALERTS_DESK_ORDER, AlertsRepository } from './alerts.repository';

/** The fixed text of each kind of alert ("italiano / english"): never a person's data. */
export function alertMessage(kind: AlertKind, needs: string[]): string {
  const list = needs.length > 0 ? needs.map((n) => NEED_TAXONOMY[n as Need]?.slug ?? n).join(', ') : 'bisogni non indicati / needs not stated';
  switch (kind) {
    case 'unmet':
      return `Nessun servizio può prendere in carico: ${list}. La segnalazione resta allo sportello. / No service can take: ${list}. The report stays with the desk.`;
    case 'exhausted':
      return `Tutti i servizi possibili hanno rifiutato o lasciato scadere: ${list}. La segnalazione resta allo sportello. / Every possible service rejected or let expire: ${list}. The report stays with the desk.`;
    case 'first-contact-overdue':
      return `Il primo contatto non è avvenuto in tempo (${list}). / First contact is overdue (${list}).`;
    case 'failed':
      return `Un invio non è andato a buon fine (${list}); la segnalazione resta aperta. / A referral failed (${list}); the report stays open.`;
    case 'emergency':
      return `Segnalazione di EMERGENZA (${list}): l'antenna è stata invitata a chiamare il 112; lo sportello la prenda in mano subito. / EMERGENCY report (${list}): the antenna was told to call 112; the desk should take it in hand now.`;
    case 'break-glass':
      return `Accesso d'emergenza ai recapiti di una persona segnalata (tre ore): verificate il motivo nel registro degli accessi d'emergenza. / Emergency access to a flagged person's contact details (three hours): check the reason in the break-the-glass review.`;
    case 'first-contact-requested':
      return `La persona non ha dato il consenso a essere contattata: l'ente che ha accettato l'invio (${list}) chiede allo sportello di fare il primo contatto e poi di passarglielo. / The person did not consent to be contacted: the organisation that accepted the referral (${list}) asks the desk to make the first contact and then hand it over.`;
    case 'prescription-ended':
      return `Un invio a un'attività si è chiuso prima della prima presenza (rifiutato, scaduto o senza posto libero): scegliete un altro incontro o un'altra attività. / A referral to an activity ended before the first attendance (declined, expired or no seat left): choose another session or activity.`;
    case 'completed':
      return `Tutti gli invii sono stati completati: la segnalazione è chiusa per l'antenna. / Every referral completed: the report is closed for the antenna.`;
    default: {
      const never: never = kind;
      throw new Error(`unknown alert kind ${String(never)}`);
    }
  }
}

export function toAlertV1(a: AlertEntity, reportReference: string | null = null): AlertV1 {
  return {
    id: a.id,
    reportId: a.reportId,
    ownerDeskId: a.ownerDeskId,
    kind: a.kind,
    severity: a.severity,
    needs: a.needs,
    referralId: a.referralId,
    message: alertMessage(a.kind, a.needs),
    createdAt: a.createdAt.toISOString(),
    emailState: a.emailState,
    acknowledgedAt: a.acknowledgedAt?.toISOString() ?? null,
    acknowledgedBy: a.acknowledgedBy,
    resolvedAt: a.resolvedAt?.toISOString() ?? null,
    resolution: a.resolution ?? null,
    escalationLevel: a.escalationLevel,
    escalatedAt: a.escalatedAt?.toISOString() ?? null,
    reportReference,
    why: a.why ?? null,
  };
}

const MINUTE = 60_000;

/**
 * Tells a report's owner desk: an in-app alert row (announced by `alert.raised.v1` for the live
 * pages), and an e-mail to send when the municipality has a desk address. An emergency also gets
 * its escalation steps (the e-mail again, then the supervisor) unless someone acknowledges it in
 * time. Alerts are acknowledged by a social worker (who, when) and resolved when their report ends.
 */
@Injectable()
export class AlertsService {
  constructor(
    private readonly tx: Transactions,
    private readonly repo: AlertsRepository,
    private readonly routing: RoutingRepository,
    private readonly directory: DirectoryRepository,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly now: Clock,
  ) {}

  async raise(em: EntityManager, a: { municipality: string; reportId: string; kind: AlertKind; needs: string[]; referralId?: string | null; why?: UnmetWhy[] | null }): Promise<AlertEntity> {
    const report = await this.routing.findReport(em, a.reportId);
    const policy = await this.directory.findPolicy(em, a.municipality);
    const now = this.now();
    // An alert about a report that has already ended (a referral in progress failing after the
    // close) is news, not a call to act: it is resolved as it is raised, and never escalates.
    const ended = await this.routing.endingOf(em, a.reportId);
    const alert = Object.assign(new AlertEntity(), {
      id: randomUUID(),
      municipality: a.municipality,
      reportId: a.reportId,
      ownerDeskId: report?.ownerDeskId ?? null,
      kind: a.kind,
      needs: a.needs,
      referralId: a.referralId ?? null,
      why: a.why ?? null,
      createdAt: now,
      emailState: policy.deskEmail ? 'pending' : 'none',
      emailTo: policy.deskEmail,
      emailAttempts: 0,
      emailSentAt: null,
      severity: ALERT_SEVERITY[a.kind],
      acknowledgedAt: null,
      acknowledgedBy: null,
      resolvedAt: ended ? now : null,
      resolution: ended?.ending ?? null,
      escalationLevel: 0,
      escalatedAt: null,
    });
    await this.repo.insert(em, alert);
    if (!ended && ESCALATING_ALERT_KINDS.includes(a.kind)) {
      const period = policy.alertEscalationMinutes * MINUTE;
      await this.repo.insertEscalations(em, [1, 2].map((step) => ({ id: randomUUID(), alertId: alert.id, step, dueAt: new Date(now.getTime() + step * period) })));
    }
    // The desk's open pages learn of it at once (gateway live feed); written with the row, never after.
    await this.outbox.add(em, 'alert.raised.v1', {
      municipality: alert.municipality,
      alertId: alert.id,
      reportId: alert.reportId,
      kind: a.kind,
      needs: [...new Set(alert.needs)] as Need[],
      occurredAt: alert.createdAt.toISOString(),
      ...(alert.ownerDeskId ? { ownerDeskId: alert.ownerDeskId } : {}),
      ...(alert.referralId ? { referralId: alert.referralId } : {}),
    });
    return alert;
  }

  /**
   * A social worker's view of their municipality's alerts: open ones (and resolved ones when
   * asked), the most severe first, then the oldest first.
   */
  async list(actor: Actor, args: ListAlertsV1): Promise<Page<AlertV1>> {
    socialWorkerOnly(actor);
    const page = ALERTS_DESK_ORDER.request(args);
    const fetched = await this.repo.findPage({ municipality: actor.municipality, reportId: args.reportId ?? null, includeResolved: args.includeResolved ?? false }, page);
    const { rows: nodes, pageInfo } = ALERTS_DESK_ORDER.page(fetched, page, (a) => [a.resolvedAt ? 1 : 0, a.severity, a.createdAt.toISOString(), a.id]);
    const references = await this.routing.referencesOf(this.tx.reads, nodes.map((a) => a.reportId));
    return { nodes: nodes.map((a) => toAlertV1(a, references.get(a.reportId) ?? null)), pageInfo };
  }

  /**
   * A social worker of the alert's municipality saw it and takes it on: who and when are kept (the
   * first to do so; acknowledging again changes nothing), its escalation stops, and every open desk
   * page learns of it (`alert.acknowledged.v1`). Another municipality's alert looks like none.
   */
  async acknowledge(actor: Actor, input: AcknowledgeAlertV1): Promise<AlertV1> {
    socialWorkerOnly(actor);
    return this.tx.run(async (em) => {
      const alert = await this.repo.lockAlert(em, input.id);
      if (!alert || alert.municipality !== actor.municipality) throw DomainError.notFound('alert');
      const reference = (await this.routing.referencesOf(em, [alert.reportId])).get(alert.reportId) ?? null;
      if (alert.acknowledgedAt) return toAlertV1(alert, reference);
      const now = this.now();
      Object.assign(alert, { acknowledgedAt: now, acknowledgedBy: actor.accountId });
      await this.repo.update(em, alert.id, { acknowledgedAt: now, acknowledgedBy: actor.accountId });
      await this.repo.cancelEscalations(em, [alert.id], now);
      await this.announce(em, alert, 'acknowledged', now);
      return toAlertV1(alert, reference);
    });
  }

  /**
   * The report ended (closed by its desk, withdrawn by its antenna): its alerts leave the desk's
   * open list and stop escalating. In the consumer's transaction, once however often delivered,
   * after the referrals' own end-of-report move (which a close older than a reopening skips).
   */
  async resolveForReport(em: EntityManager, reportId: string, resolution: AlertResolution): Promise<number> {
    // A close delivered after the reopening that undid it did not end the report: nothing to resolve.
    if (!(await this.routing.endingOf(em, reportId))) return 0;
    await this.routing.recordEnding(em, reportId, resolution);
    const open = await this.repo.lockOpenOfReport(em, reportId);
    const now = this.now();
    for (const alert of open) {
      await this.repo.update(em, alert.id, { resolvedAt: now, resolution });
      await this.announce(em, alert, 'resolved', now);
    }
    await this.repo.cancelEscalations(em, open.map((a) => a.id), now);
    return open.length;
  }

  /** Tells the desk's open pages that an alert changed (ids and codes only). */
  async announce(em: EntityManager, alert: AlertEntity, change: AlertChange, at: Date, level?: number): Promise<void> {
    const type = change === 'acknowledged' ? 'alert.acknowledged.v1' : change === 'resolved' ? 'alert.resolved.v1' : 'alert.escalated.v1';
    await this.outbox.add(em, type, {
      municipality: alert.municipality,
      alertId: alert.id,
      reportId: alert.reportId,
      kind: alert.kind,
      change,
      occurredAt: at.toISOString(),
      ...(level ? { level } : {}),
    });
  }
}

function socialWorkerOnly(actor: Actor): void {
  if (actor.role !== Role.SOCIAL_WORKER) throw DomainError.forbidden('only the social-service desk reads and acknowledges alerts');
}
