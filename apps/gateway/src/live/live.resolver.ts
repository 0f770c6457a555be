import { Resolver, Subscription } from '@nestjs/graphql';
import { Role } from '@prossimo/contracts';
import { AuthedRequest, Roles } from '../graphql/access';
import { LIVE_TOPICS, LiveAlert, LiveAlertChange, LiveEvents, LiveReferral, LiveReport } from './live-events.service';
import { DeskAlertChange, DeskAlertNotice, ReferralNotice, ReportTick } from './live.models';

type Ctx = { req: AuthedRequest };

/** GraphQL subscriptions over graphql-ws (authenticated when the connection opens), fed from JetStream. */
@Resolver()
export class LiveResolver {
  constructor(private readonly live: LiveEvents) {}

  @Roles(Role.ORG_OPERATOR)
  @Subscription(() => ReferralNotice, {
    description: "Your organisation's inbox changed: a referral was created for it, or moved.",
    filter: (p: LiveReferral, _args: unknown, ctx: Ctx) => {
      const actor = ctx.req.prossimo?.actor;
      return !!actor && p.event.organisationId === actor.organisationId && p.event.municipality === actor.municipality;
    },
    resolve: (p: LiveReferral, _args: unknown, ctx: Ctx): ReferralNotice => ({
      referralId: p.event.referralId,
      reportId: p.event.reportId,
      needs: p.event.needs,
      neighbourhoodCode: p.event.neighbourhoodCode,
      urgency: p.event.urgency,
      status: p.event.to,
      at: new Date(p.event.occurredAt),
      byYou: !!p.event.actorAccountId && p.event.actorAccountId === ctx.req.prossimo?.actor.accountId,
      step: p.event.step ?? null,
    }),
  })
  referralUpdates(): AsyncIterableIterator<LiveReferral> {
    return this.live.pubsub.asyncIterableIterator<LiveReferral>(LIVE_TOPICS.referral);
  }

  @Roles(Role.CITY_ANALYST)
  @Subscription(() => ReportTick, {
    description: 'A report arrived in your municipality (the dashboard refetches its aggregates).',
    filter: (p: LiveReport, _args: unknown, ctx: Ctx) => p.event.municipality === ctx.req.prossimo?.actor.municipality,
    resolve: (p: LiveReport): ReportTick => ({ municipality: p.event.municipality, at: new Date(p.event.submittedAt) }),
  })
  reportsArriving(): AsyncIterableIterator<LiveReport> {
    return this.live.pubsub.asyncIterableIterator<LiveReport>(LIVE_TOPICS.report);
  }

  @Roles(Role.CITY_ANALYST)
  @Subscription(() => ReportTick, {
    description: 'A referral in your municipality was created or moved (accepted, completed, ...): the dashboard refetches its times and states.',
    filter: (p: LiveReferral, _args: unknown, ctx: Ctx) => p.event.municipality === ctx.req.prossimo?.actor.municipality,
    resolve: (p: LiveReferral): ReportTick => ({ municipality: p.event.municipality, at: new Date(p.event.occurredAt) }),
  })
  referralsMoving(): AsyncIterableIterator<LiveReferral> {
    return this.live.pubsub.asyncIterableIterator<LiveReferral>(LIVE_TOPICS.referral);
  }

  @Roles(Role.SOCIAL_WORKER)
  @Subscription(() => DeskAlertNotice, {
    description: "Your municipality's social desk was alerted (emergency, unmet need, no service left, ...): refetch deskAlerts.",
    filter: (p: LiveAlert, _args: unknown, ctx: Ctx) => p.event.municipality === ctx.req.prossimo?.actor.municipality,
    resolve: (p: LiveAlert): DeskAlertNotice => ({ alertId: p.event.alertId, reportId: p.event.reportId, kind: p.event.kind, needs: p.event.needs, at: new Date(p.event.occurredAt) }),
  })
  deskAlertRaised(): AsyncIterableIterator<LiveAlert> {
    return this.live.pubsub.asyncIterableIterator<LiveAlert>(LIVE_TOPICS.alert);
  }

  @Roles(Role.SOCIAL_WORKER)
  @Subscription(() => DeskAlertChange, {
    description: "One of your municipality's desk alerts was acknowledged, resolved with its report or escalated: refetch deskAlerts.",
    filter: (p: LiveAlertChange, _args: unknown, ctx: Ctx) => p.event.municipality === ctx.req.prossimo?.actor.municipality,
    resolve: (p: LiveAlertChange): DeskAlertChange => ({ alertId: p.event.alertId, reportId: p.event.reportId, kind: p.event.kind, change: p.event.change, at: new Date(p.event.occurredAt) }),
  })
  deskAlertChanged(): AsyncIterableIterator<LiveAlertChange> {
    return this.live.pubsub.asyncIterableIterator<LiveAlertChange>(LIVE_TOPICS.alertChange);
  }
}
