import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, AlertKind, AlertV1, DEFAULT_PAGE_SIZE, DomainError, ListAlertsV1, NEED_TAXONOMY, Need, Page, Role, decodeCursor, encodeCursor } from '@prossimo/contracts';
import { Outbox } from '@prossimo/messaging';
import { CLOCK, Clock } from '@prossimo/platform';
import { DirectoryRepository } from '../directory/directory.repository';
import type { UnmetWhy } from '../matching/matching';
import { RoutingRepository } from '../sla/routing.repository';
import { AlertEntity } from './alert.entities';
import { AlertsRepository } from './alerts.repository';

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
    case 'completed':
      return `Tutti gli invii sono stati completati: la segnalazione è chiusa per l'antenna. / Every referral completed: the report is closed for the antenna.`;
    default: {
      const never: never = kind;
      throw new Error(`unknown alert kind ${String(never)}`);
    }
  }
}

export function toAlertV1(a: AlertEntity): AlertV1 {
  return {
    id: a.id,
    reportId: a.reportId,
    ownerDeskId: a.ownerDeskId,
    kind: a.kind as AlertKind,
    needs: a.needs as Need[],
    referralId: a.referralId,
    message: alertMessage(a.kind as AlertKind, a.needs),
    createdAt: a.createdAt.toISOString(),
    emailState: a.emailState,
    why: a.why ?? null,
  };
}

/**
 * Tells a report's owner desk: an in-app alert row (announced by `alert.raised.v1` for the live
 * pages), and an e-mail to send when the municipality has a desk address.
 */
@Injectable()
export class AlertsService {
  constructor(
    private readonly repo: AlertsRepository,
    private readonly routing: RoutingRepository,
    private readonly directory: DirectoryRepository,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly now: Clock,
  ) {}

  async raise(em: EntityManager, a: { municipality: string; reportId: string; kind: AlertKind; needs: string[]; referralId?: string | null; why?: UnmetWhy[] | null }): Promise<AlertEntity> {
    const report = await this.routing.findReport(em, a.reportId);
    const policy = await this.directory.findPolicy(em, a.municipality);
    const alert = Object.assign(new AlertEntity(), {
      id: randomUUID(),
      municipality: a.municipality,
      reportId: a.reportId,
      ownerDeskId: report?.ownerDeskId ?? null,
      kind: a.kind,
      needs: a.needs,
      referralId: a.referralId ?? null,
      why: a.why ?? null,
      createdAt: this.now(),
      emailState: policy.deskEmail ? 'pending' : 'none',
      emailTo: policy.deskEmail,
      emailAttempts: 0,
      emailSentAt: null,
    });
    await this.repo.insert(em, alert);
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

  /** A social worker's view of their municipality's alerts, newest first. */
  async list(actor: Actor, args: ListAlertsV1): Promise<Page<AlertV1>> {
    if (actor.role !== Role.SOCIAL_WORKER) throw DomainError.forbidden('only the social-service desk reads alerts');
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const cursor = decodeCursor(args.after, ['timestamp', 'uuid']);
    const rows = await this.repo.findPage({ municipality: actor.municipality, reportId: args.reportId ?? null }, first + 1, cursor ? { createdAt: cursor[0], id: cursor[1] } : null);
    const nodes = rows.slice(0, first);
    const last = nodes[nodes.length - 1];
    return { nodes: nodes.map(toAlertV1), pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null } };
  }
}
