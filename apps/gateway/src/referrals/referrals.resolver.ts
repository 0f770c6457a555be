import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { REQUEST_PATTERNS, ReferralAction, ReferralMoveInputV1, Role, parseContract } from '@prossimo/contracts';
import { Caller, CurrentCaller, Roles } from '../graphql/access';
import { ReferralStatus } from '../graphql/enums';
import { RpcClient } from '../rpc/rpc-client.service';
import { ReferralNotesClient } from './referral-notes.client';
import { Referral, ReferralConnection, toReferral } from './referrals.models';

/**
 * The organisation's inbox and the FHIR-style moves of a referral. Illegal moves answer CONFLICT.
 * A reason or an outcome is sealed in the reports vault first; referrals get the note's id only.
 */
@Resolver(() => Referral)
export class ReferralsResolver {
  constructor(
    private readonly rpc: RpcClient,
    private readonly notes: ReferralNotesClient,
  ) {}

  @Roles(Role.ORG_OPERATOR)
  @Query(() => ReferralConnection, { description: "Your organisation's referrals, newest first." })
  async referrals(
    @CurrentCaller() caller: Caller,
    @Args('status', { type: () => [ReferralStatus], nullable: true }) status?: ReferralStatus[],
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<ReferralConnection> {
    const query = {
      ...(status !== undefined ? { status } : {}),
      ...(first !== undefined ? { first } : {}),
      ...(after !== undefined ? { after } : {}),
    };
    const page = await this.rpc.call(REQUEST_PATTERNS.referrals.list, query, caller.actor);
    return { nodes: page.nodes.map(toReferral), pageInfo: page.pageInfo };
  }

  /** A move without text (accept, start, resume). */
  private async move(caller: Caller, id: string, action: ReferralAction): Promise<Referral> {
    return toReferral(await this.rpc.call(REQUEST_PATTERNS.referrals.transition, { id, action }, caller.actor));
  }

  /** A move with a reason (reject, hold, fail) or an outcome (complete): the text is validated, sealed in the vault, and the move sent with the note's id. */
  private async moveWithText(caller: Caller, id: string, action: 'reject' | 'hold' | 'fail' | 'complete', text: string): Promise<Referral> {
    const field = action === 'complete' ? 'outcome' : 'reason';
    await parseContract(ReferralMoveInputV1, { id, action, [field]: text });
    const noteId = await this.notes.seal(caller, id, action, text);
    const command = { id, action, ...(action === 'complete' ? { outcomeNoteId: noteId } : { reasonNoteId: noteId }) };
    return toReferral(await this.rpc.call(REQUEST_PATTERNS.referrals.transition, command, caller.actor));
  }

  @Roles(Role.ORG_OPERATOR)
  @Mutation(() => Referral, {
    description: "Accepts. When its service counts places, takes one (CONFLICT when none is left); the place is freed when the referral ends.",
  })
  acceptReferral(@Args('id', { type: () => ID }) id: string, @CurrentCaller() caller: Caller): Promise<Referral> {
    return this.move(caller, id, 'accept');
  }

  @Roles(Role.ORG_OPERATOR)
  @Mutation(() => Referral, { description: 'Rejects with a reason; the needs are re-routed to the next service.' })
  rejectReferral(@Args('id', { type: () => ID }) id: string, @Args('reason') reason: string, @CurrentCaller() caller: Caller): Promise<Referral> {
    return this.moveWithText(caller, id, 'reject', reason);
  }

  @Roles(Role.ORG_OPERATOR)
  @Mutation(() => Referral)
  startReferral(@Args('id', { type: () => ID }) id: string, @CurrentCaller() caller: Caller): Promise<Referral> {
    return this.move(caller, id, 'start');
  }

  @Roles(Role.ORG_OPERATOR)
  @Mutation(() => Referral)
  holdReferral(@Args('id', { type: () => ID }) id: string, @Args('reason') reason: string, @CurrentCaller() caller: Caller): Promise<Referral> {
    return this.moveWithText(caller, id, 'hold', reason);
  }

  @Roles(Role.ORG_OPERATOR)
  @Mutation(() => Referral)
  resumeReferral(@Args('id', { type: () => ID }) id: string, @CurrentCaller() caller: Caller): Promise<Referral> {
    return this.move(caller, id, 'resume');
  }

  @Roles(Role.ORG_OPERATOR)
  @Mutation(() => Referral)
  completeReferral(@Args('id', { type: () => ID }) id: string, @Args('outcome') outcome: string, @CurrentCaller() caller: Caller): Promise<Referral> {
    return this.moveWithText(caller, id, 'complete', outcome);
  }

  @Roles(Role.ORG_OPERATOR)
  @Mutation(() => Referral, {
    description: 'Without consent to be contacted: asks the owner desk to make the first contact (alerts it). Once; CONFLICT when the person consented.',
  })
  async requestDeskFirstContact(@Args('id', { type: () => ID }) id: string, @CurrentCaller() caller: Caller): Promise<Referral> {
    return toReferral(await this.rpc.call(REQUEST_PATTERNS.referrals.requestFirstContact, { id }, caller.actor));
  }

  @Roles(Role.SOCIAL_WORKER)
  @Mutation(() => Referral, {
    description: "Without consent: the desk made the first contact and hands it over to the organisation; the referral's first-contact deadline starts now. Once.",
  })
  async handOverFirstContact(@Args('id', { type: () => ID }) id: string, @CurrentCaller() caller: Caller): Promise<Referral> {
    return toReferral(await this.rpc.call(REQUEST_PATTERNS.referrals.handOverContact, { id }, caller.actor));
  }

  @Roles(Role.ORG_OPERATOR)
  @Mutation(() => Referral)
  failReferral(@Args('id', { type: () => ID }) id: string, @Args('reason') reason: string, @CurrentCaller() caller: Caller): Promise<Referral> {
    return this.moveWithText(caller, id, 'fail', reason);
  }
}
