import { randomUUID } from 'node:crypto';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  OrgContextV1, REQUEST_PATTERNS, ReferralMessageV1, Role,
} from '@prossimo/contracts';
import { Caller, CurrentCaller, Roles } from '../graphql/access';
import { RpcClient } from '../rpc/rpc-client.service';
import { OrganisationContext, ReferralBrief, ReferralMessage, ReferralMessageConnection } from './referral-desk.models';

const defined = (o: object) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null));
const toContext = (c: OrgContextV1 | null): OrganisationContext | null => (c ? { ...c, updatedAt: new Date(c.updatedAt) } : null);
const toMessage = (m: ReferralMessageV1): ReferralMessage => ({ ...m, createdAt: new Date(m.createdAt) });

/**
 * What passes between organisations and the social desk, kept in the reports vault: the desk's line
 * of context, the referral's brief an organisation reads, and each referral's message thread.
 * Thin: authorise, validate against the contract, one call; reports checks scope again and audits.
 */
@Resolver()
export class ReferralDeskResolver {
  constructor(private readonly rpc: RpcClient) {}

  @Roles(Role.ORG_OPERATOR)
  @Query(() => [ReferralBrief], {
    description: "For up to 100 of your referrals: the desk's line of context, and what the antenna saw on those you hold (audited). A referral the vault does not know yet is left out.",
  })
  async referralBriefs(@Args('referralIds', { type: () => [ID] }) referralIds: string[], @CurrentCaller() c: Caller): Promise<ReferralBrief[]> {
    return this.rpc.call(REQUEST_PATTERNS.reports.referralBriefs, { referralIds }, c.actor);
  }

  @Roles(Role.SOCIAL_WORKER)
  @Query(() => OrganisationContext, { nullable: true, description: "The report's line of context for organisations (audited)." })
  async organisationContext(@Args('reportId', { type: () => ID }) reportId: string, @CurrentCaller() c: Caller): Promise<OrganisationContext | null> {
    return toContext(await this.rpc.call(REQUEST_PATTERNS.reports.getOrgContext, { reportId }, c.actor));
  }

  @Roles(Role.SOCIAL_WORKER)
  @Mutation(() => OrganisationContext, {
    nullable: true,
    description: 'Writes the line organisations read on a referral before they accept (at most 280 characters, never identifying); an empty text removes it.',
  })
  async setOrganisationContext(@Args('reportId', { type: () => ID }) reportId: string, @Args('text') text: string, @CurrentCaller() c: Caller): Promise<OrganisationContext | null> {
    return toContext(await this.rpc.call(REQUEST_PATTERNS.reports.setOrgContext, { reportId, text }, c.actor));
  }

  @Roles(Role.ORG_OPERATOR, Role.SOCIAL_WORKER)
  @Query(() => ReferralMessageConnection, { description: "A referral's messages between its organisation and the desk, newest first (audited)." })
  async referralMessages(
    @Args('referralId', { type: () => ID }) referralId: string,
    @CurrentCaller() c: Caller,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<ReferralMessageConnection> {
    const page = await this.rpc.call(REQUEST_PATTERNS.reports.referralMessages, defined({ referralId, first, after }), c.actor);
    return { nodes: page.nodes.map(toMessage), pageInfo: page.pageInfo };
  }

  @Roles(Role.ORG_OPERATOR, Role.SOCIAL_WORKER)
  @Mutation(() => ReferralMessage, {
    description: 'Writes to the desk (an operator) or to the organisation (a social worker) about a referral; `id` (a UUID you make) makes a retry harmless.',
  })
  async postReferralMessage(
    @Args('referralId', { type: () => ID }) referralId: string,
    @Args('text') text: string,
    @CurrentCaller() c: Caller,
    @Args('id', { type: () => ID, nullable: true }) id?: string,
  ): Promise<ReferralMessage> {
    return toMessage(await this.rpc.call(REQUEST_PATTERNS.reports.postReferralMessage, { messageId: id ?? randomUUID(), referralId, text }, c.actor));
  }
}
