import { randomUUID } from 'node:crypto';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  OrgContextV1, Page, PostReferralMessageV1, RPC, ReferralBriefV1, ReferralBriefsV1, ReferralMessageV1, ReferralMessagesV1, ReportRefV1, Role, SetOrgContextV1, parseContract,
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
    const query = await parseContract(ReferralBriefsV1, { referralIds });
    return this.rpc.call<ReferralBriefV1[]>(RPC.reports.referralBriefs, query, c.actor);
  }

  @Roles(Role.SOCIAL_WORKER)
  @Query(() => OrganisationContext, { nullable: true, description: "The report's line of context for organisations (audited)." })
  async organisationContext(@Args('reportId', { type: () => ID }) reportId: string, @CurrentCaller() c: Caller): Promise<OrganisationContext | null> {
    const query = await parseContract(ReportRefV1, { reportId });
    return toContext(await this.rpc.call<OrgContextV1 | null>(RPC.reports.getOrgContext, query, c.actor));
  }

  @Roles(Role.SOCIAL_WORKER)
  @Mutation(() => OrganisationContext, {
    nullable: true,
    description: 'Writes the line organisations read on a referral before they accept (at most 280 characters, never identifying); an empty text removes it.',
  })
  async setOrganisationContext(@Args('reportId', { type: () => ID }) reportId: string, @Args('text') text: string, @CurrentCaller() c: Caller): Promise<OrganisationContext | null> {
    const command = await parseContract(SetOrgContextV1, { reportId, text });
    return toContext(await this.rpc.call<OrgContextV1 | null>(RPC.reports.setOrgContext, command, c.actor));
  }

  @Roles(Role.ORG_OPERATOR, Role.SOCIAL_WORKER)
  @Query(() => ReferralMessageConnection, { description: "A referral's messages between its organisation and the desk, newest first (audited)." })
  async referralMessages(
    @Args('referralId', { type: () => ID }) referralId: string,
    @CurrentCaller() c: Caller,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<ReferralMessageConnection> {
    const query = await parseContract(ReferralMessagesV1, defined({ referralId, first, after }));
    const page = await this.rpc.call<Page<ReferralMessageV1>>(RPC.reports.referralMessages, query, c.actor);
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
    const command = await parseContract(PostReferralMessageV1, { messageId: id ?? randomUUID(), referralId, text });
    return toMessage(await this.rpc.call<ReferralMessageV1>(RPC.reports.postReferralMessage, command, c.actor));
  }
}
