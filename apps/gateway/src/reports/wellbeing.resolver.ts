import { randomUUID } from 'node:crypto';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { OutcomePhase, OutcomeV1, OutcomesV1, PathwayAction, PathwayKind, PathwayV1, REQUEST_PATTERNS, Role } from '@prossimo/contracts';
import { Caller, CurrentCaller, Roles } from '../graphql/access';
import { RpcClient } from '../rpc/rpc-client.service';
import { LifePathway, OutcomeMeasurement, ReportOutcomes } from './wellbeing.models';

const toOutcome = (m: OutcomeV1): OutcomeMeasurement => ({ ...m, recordedAt: new Date(m.recordedAt) });
const toOutcomes = (o: OutcomesV1): ReportOutcomes => ({ ...o, measurements: o.measurements.map(toOutcome) });
const toPathway = (p: PathwayV1): LifePathway => ({
  ...p,
  openedAt: new Date(p.openedAt),
  closedAt: p.closedAt ? new Date(p.closedAt) : null,
  referrals: p.referrals.map((r) => ({ ...r, taggedAt: new Date(r.taggedAt) })),
  wishes: p.wishes.map((w) => ({ ...w, writtenAt: new Date(w.writtenAt) })),
});

/**
 * Outcomes (UCLA-3 loneliness at the start and after 12 weeks) and life-project pathways, kept in
 * the reports vault. Thin: authorise, validate against the contract, one call; reports checks scope
 * again (municipality; an operator's accepted referral) and audits every read.
 */
@Resolver()
export class WellbeingResolver {
  constructor(private readonly rpc: RpcClient) {}

  @Roles(Role.SOCIAL_WORKER, Role.ORG_OPERATOR)
  @Mutation(() => OutcomeMeasurement, {
    description:
      'Records a UCLA-3 measurement taken with the person (each item 1 quasi mai, 2 qualche volta, 3 spesso): a social worker, or an operator whose organisation holds an accepted referral of the report. One per phase; `id` (a UUID you make) makes a retry harmless.',
  })
  async recordOutcome(
    @Args('reportId', { type: () => ID }) reportId: string,
    @Args('phase', { type: () => OutcomePhase }) phase: OutcomePhase,
    @Args('measuredOn', { description: 'YYYY-MM-DD, not in the future' }) measuredOn: string,
    @Args('lackCompanionship', { type: () => Int }) lackCompanionship: number,
    @Args('leftOut', { type: () => Int }) leftOut: number,
    @Args('isolated', { type: () => Int }) isolated: number,
    @CurrentCaller() c: Caller,
    @Args('id', { type: () => ID, nullable: true }) id?: string,
  ): Promise<OutcomeMeasurement> {
    return toOutcome(await this.rpc.call(REQUEST_PATTERNS.reports.recordOutcome, { outcomeId: id ?? randomUUID(), reportId, phase, measuredOn, lackCompanionship, leftOut, isolated }, c.actor));
  }

  @Roles(Role.SOCIAL_WORKER, Role.ORG_OPERATOR)
  @Query(() => ReportOutcomes, { description: 'A report’s loneliness measurements and when the 12-week one is due (audited).' })
  async outcomes(@Args('reportId', { type: () => ID }) reportId: string, @CurrentCaller() c: Caller): Promise<ReportOutcomes> {
    return toOutcomes(await this.rpc.call(REQUEST_PATTERNS.reports.outcomes, { reportId }, c.actor));
  }

  @Roles(Role.SOCIAL_WORKER)
  @Mutation(() => LifePathway, { description: 'Opens a life-project pathway for the report’s person (one open at a time).' })
  async openPathway(@Args('reportId', { type: () => ID }) reportId: string, @Args('kind', { type: () => PathwayKind }) kind: PathwayKind, @CurrentCaller() c: Caller): Promise<LifePathway> {
    return toPathway(await this.rpc.call(REQUEST_PATTERNS.reports.openPathway, { reportId, kind }, c.actor));
  }

  @Roles(Role.SOCIAL_WORKER)
  @Mutation(() => LifePathway, { description: 'Tags (or re-tags) a referral of the pathway’s report with an action the pathway’s kind allows.' })
  async tagPathwayReferral(
    @Args('pathwayId', { type: () => ID }) pathwayId: string,
    @Args('referralId', { type: () => ID }) referralId: string,
    @Args('action', { type: () => PathwayAction }) action: PathwayAction,
    @CurrentCaller() c: Caller,
  ): Promise<LifePathway> {
    return toPathway(await this.rpc.call(REQUEST_PATTERNS.reports.tagPathwayReferral, { pathwayId, referralId, action }, c.actor));
  }

  @Roles(Role.SOCIAL_WORKER)
  @Mutation(() => LifePathway, { description: 'Takes a referral out of the pathway.' })
  async untagPathwayReferral(@Args('pathwayId', { type: () => ID }) pathwayId: string, @Args('referralId', { type: () => ID }) referralId: string, @CurrentCaller() c: Caller): Promise<LifePathway> {
    return toPathway(await this.rpc.call(REQUEST_PATTERNS.reports.untagPathwayReferral, { pathwayId, referralId }, c.actor));
  }

  @Roles(Role.SOCIAL_WORKER)
  @Mutation(() => LifePathway, { description: 'Writes a new version of the wishes note (sealed in the vault) with the day to review it (not in the past).' })
  async updatePathwayWishes(
    @Args('pathwayId', { type: () => ID }) pathwayId: string,
    @Args('text') text: string,
    @Args('reviewOn', { description: 'YYYY-MM-DD' }) reviewOn: string,
    @CurrentCaller() c: Caller,
  ): Promise<LifePathway> {
    return toPathway(await this.rpc.call(REQUEST_PATTERNS.reports.updatePathwayWishes, { pathwayId, text, reviewOn }, c.actor));
  }

  @Roles(Role.SOCIAL_WORKER)
  @Mutation(() => LifePathway, { description: 'Closes the pathway (a new one may be opened afterwards).' })
  async closePathway(@Args('pathwayId', { type: () => ID }) pathwayId: string, @CurrentCaller() c: Caller): Promise<LifePathway> {
    return toPathway(await this.rpc.call(REQUEST_PATTERNS.reports.closePathway, { pathwayId }, c.actor));
  }

  @Roles(Role.SOCIAL_WORKER)
  @Query(() => LifePathway, { nullable: true, description: 'The report’s open pathway, or else its last one (audited when it has wishes).' })
  async pathway(@Args('reportId', { type: () => ID }) reportId: string, @CurrentCaller() c: Caller): Promise<LifePathway | null> {
    const p = await this.rpc.call(REQUEST_PATTERNS.reports.pathway, { reportId }, c.actor);
    return p ? toPathway(p) : null;
  }
}
