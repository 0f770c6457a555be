import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ListReferralsV1, Page, RPC, ReferralAction, ReferralV1, Role, TransitionReferralV1, parseContract } from '@prossimo/contracts';
import { Caller, CurrentCaller, Roles } from '../graphql/access';
import { ReferralStatus } from '../graphql/enums';
import { RpcClient } from '../rpc/rpc-client.service';
import { Referral, ReferralConnection, toReferral } from './referrals.models';

/** The organisation's inbox and the FHIR-style moves of a referral. Illegal moves answer CONFLICT. */
@Resolver(() => Referral)
export class ReferralsResolver {
  constructor(private readonly rpc: RpcClient) {}

  @Roles(Role.ORG_OPERATOR)
  @Query(() => ReferralConnection, { description: "Your organisation's referrals, newest first." })
  async referrals(
    @CurrentCaller() caller: Caller,
    @Args('status', { type: () => [ReferralStatus], nullable: true }) status?: ReferralStatus[],
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<ReferralConnection> {
    const query = await parseContract(ListReferralsV1, {
      ...(status !== undefined ? { status } : {}),
      ...(first !== undefined ? { first } : {}),
      ...(after !== undefined ? { after } : {}),
    });
    const page = await this.rpc.call<Page<ReferralV1>>(RPC.referrals.list, query, caller.actor);
    return { nodes: page.nodes.map(toReferral), pageInfo: page.pageInfo };
  }

  private async move(caller: Caller, id: string, action: ReferralAction, extra: { reason?: string; outcome?: string } = {}): Promise<Referral> {
    const command = await parseContract(TransitionReferralV1, { id, action, ...extra });
    return toReferral(await this.rpc.call<ReferralV1>(RPC.referrals.transition, command, caller.actor));
  }

  @Roles(Role.ORG_OPERATOR)
  @Mutation(() => Referral)
  acceptReferral(@Args('id', { type: () => ID }) id: string, @CurrentCaller() caller: Caller): Promise<Referral> {
    return this.move(caller, id, 'accept');
  }

  @Roles(Role.ORG_OPERATOR)
  @Mutation(() => Referral, { description: 'Rejects with a reason; the needs are re-routed to the next service.' })
  rejectReferral(@Args('id', { type: () => ID }) id: string, @Args('reason') reason: string, @CurrentCaller() caller: Caller): Promise<Referral> {
    return this.move(caller, id, 'reject', { reason });
  }

  @Roles(Role.ORG_OPERATOR)
  @Mutation(() => Referral)
  startReferral(@Args('id', { type: () => ID }) id: string, @CurrentCaller() caller: Caller): Promise<Referral> {
    return this.move(caller, id, 'start');
  }

  @Roles(Role.ORG_OPERATOR)
  @Mutation(() => Referral)
  holdReferral(@Args('id', { type: () => ID }) id: string, @Args('reason') reason: string, @CurrentCaller() caller: Caller): Promise<Referral> {
    return this.move(caller, id, 'hold', { reason });
  }

  @Roles(Role.ORG_OPERATOR)
  @Mutation(() => Referral)
  resumeReferral(@Args('id', { type: () => ID }) id: string, @CurrentCaller() caller: Caller): Promise<Referral> {
    return this.move(caller, id, 'resume');
  }

  @Roles(Role.ORG_OPERATOR)
  @Mutation(() => Referral)
  completeReferral(@Args('id', { type: () => ID }) id: string, @Args('outcome') outcome: string, @CurrentCaller() caller: Caller): Promise<Referral> {
    return this.move(caller, id, 'complete', { outcome });
  }

  @Roles(Role.ORG_OPERATOR)
  @Mutation(() => Referral)
  failReferral(@Args('id', { type: () => ID }) id: string, @Args('reason') reason: string, @CurrentCaller() caller: Caller): Promise<Referral> {
    return this.move(caller, id, 'fail', { reason });
  }
}
