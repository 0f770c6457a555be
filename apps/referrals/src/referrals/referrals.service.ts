import { Inject, Injectable } from '@nestjs/common';
import {
  Actor,
  DEFAULT_PAGE_SIZE,
  DomainError,
  EventMap,
  EventType,
  ListReferralsV1,
  Need,
  Page,
  REFERRAL_EVENT_BY_STATUS,
  ReferralChangedV1,
  ReferralStatus,
  ReferralV1,
  Role,
  TransitionReferralV1,
  Urgency,
  decodeCursor,
  encodeCursor,
} from '@prossimo/contracts';
import { Outbox } from '@prossimo/messaging';
import { CLOCK, Clock } from '@prossimo/platform';
import { DirectoryRepository } from '../directory/directory.repository';
import { RoutingService } from '../matching/routing.service';
import { ReferralEntity } from './referral.entities';
import { detailRequired, nextStatus } from './referral-state-machine';
import { ReferralsRepository } from './referrals.repository';

/** The event types whose payload is a ReferralChangedV1 (one per status). */
type ReferralChangeEvent = { [K in EventType]: EventMap[K] extends ReferralChangedV1 ? K : never }[EventType];

function changeEventOf(status: ReferralStatus): ReferralChangeEvent {
  return REFERRAL_EVENT_BY_STATUS[status] as ReferralChangeEvent;
}

function toV1(r: ReferralEntity, serviceName: string): ReferralV1 {
  return {
    id: r.id,
    reportId: r.reportId,
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
    @Inject(CLOCK) private readonly now: Clock,
  ) {}

  /** The referrals sent to the operator's organisation in their municipality, newest first. */
  async list(actor: Actor, args: ListReferralsV1): Promise<Page<ReferralV1>> {
    const organisationId = organisationOf(actor);
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const cursor = decodeCursor(args.after, 2);
    if (args.after && !cursor) throw DomainError.badInput('after', 'after: not a cursor from this list');
    const rows = await this.repo.findPageForOrganisation(
      { organisationId, municipality: actor.municipality, statuses: args.status?.length ? args.status : null },
      first + 1,
      cursor ? { createdAt: String(cursor[0]), id: String(cursor[1]) } : null,
    );
    const nodes = rows.slice(0, first);
    const last = nodes[nodes.length - 1];
    return {
      nodes: nodes.map((r) => toV1(r, r.service.name)),
      pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null },
    };
  }

  /**
   * Moves a referral of the operator's organisation, in one transaction: the move, its history
   * row and its event; after a rejection, the rejected needs go to the next-best service (or are
   * reported unmet). An illegal move is refused with CONFLICT and changes nothing.
   */
  async transition(actor: Actor, input: TransitionReferralV1): Promise<ReferralV1> {
    const organisationId = organisationOf(actor);
    const detail = detailRequired(input.action);
    if (detail && !input[detail]) throw DomainError.badInput(detail, `${detail}: required to ${input.action} a referral`);

    return this.repo.ds.transaction(async (em) => {
      const r = await this.repo.lockReferral(em, input.id);
      if (!r || r.organisationId !== organisationId || r.municipality !== actor.municipality) throw DomainError.notFound('referral');
      const from = r.status as ReferralStatus;
      const to = nextStatus(from, input.action);
      const at = this.now();
      Object.assign(r, {
        status: to,
        version: r.version + 1,
        // The reason of the status it is in now (reject, hold, fail); earlier ones stay in the history.
        reason: input.reason ?? null,
        outcome: input.outcome ?? r.outcome,
        updatedAt: at,
      });
      await this.repo.saveMove(em, r);
      await this.repo.addHistory(em, { referralId: r.id, fromStatus: from, toStatus: to, actorAccountId: actor.accountId, reason: input.reason ?? null, at });
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
      });
      if (to === ReferralStatus.REJECTED) {
        const report = { municipality: r.municipality, reportId: r.reportId, neighbourhoodCode: r.neighbourhoodCode, urgency: r.urgency as Urgency };
        await this.routing.route(em, report, r.needs as Need[], { kind: 'rerouted', after: r.id });
      }
      const serviceName = await this.directory.findServiceName(em, r.serviceId);
      return toV1(r, serviceName ?? '');
    });
  }
}
