import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  AnswerBuddyRequestV1, AskBuddyV1, BuddyProposalsQueryV1, BuddyRequestRefV1, BuddyRequestV1, MyBuddyRequestV1, REQUEST_PATTERNS, Role, VolunteerSkill, parseContract,
} from '@prossimo/contracts';
import { Caller, CurrentCaller, Roles } from '../graphql/access';
import { RpcClient } from '../rpc/rpc-client.service';
import { BuddyContact, BuddyProposals, BuddyRequest, MyBuddyRequest } from './buddies.models';

const toRequest = (r: BuddyRequestV1): BuddyRequest => ({ ...r, sessionStartsAt: r.sessionStartsAt ? new Date(r.sessionStartsAt) : null, createdAt: new Date(r.createdAt) });
const toMine = (r: MyBuddyRequestV1): MyBuddyRequest => ({ ...r, sessionStartsAt: r.sessionStartsAt ? new Date(r.sessionStartsAt) : null });

/**
 * Buddies for prescriptions (issue 17), in front of apps/community and the reports vault: the
 * organiser's operator sees the proposals for its buddy requests and asks one volunteer; the
 * volunteer (CITIZEN) sees what they were asked, accepts or declines, and — once the organiser
 * accepted the prescription and the person consented — reads the person's name and phone from the
 * vault (which checks all of it itself and audits the read). Thin: authorise, validate, one call.
 */
@Resolver()
export class BuddiesResolver {
  constructor(private readonly rpc: RpcClient) {}

  @Roles(Role.ORG_OPERATOR)
  @Query(() => [BuddyRequest], { description: "Your organisation's buddy requests still running, newest first." })
  async organisationBuddyRequests(@CurrentCaller() caller: Caller): Promise<BuddyRequest[]> {
    return (await this.rpc.call(REQUEST_PATTERNS.community.organisationBuddyRequests, {}, caller.actor)).map(toRequest);
  }

  @Roles(Role.ORG_OPERATOR)
  @Query(() => BuddyProposals, { description: 'Volunteers proposed for a buddy request (best first): free at the session, near enough; a language or skills rank higher.' })
  async buddyProposals(
    @Args('referralId', { type: () => ID }) referralId: string,
    @CurrentCaller() caller: Caller,
    @Args('language', { type: () => String, nullable: true }) language?: string | null,
    @Args('skills', { type: () => [VolunteerSkill], nullable: true }) skills?: VolunteerSkill[] | null,
  ): Promise<BuddyProposals> {
    const q = await parseContract(BuddyProposalsQueryV1, { referralId, ...(language ? { language } : {}), ...(skills?.length ? { skills } : {}) }, 'input');
    const res = await this.rpc.call(REQUEST_PATTERNS.community.buddyProposals, q, caller.actor);
    return { request: toRequest(res.request), proposals: res.proposals };
  }

  @Roles(Role.ORG_OPERATOR)
  @Mutation(() => BuddyRequest, { description: 'Asks one of the proposed volunteers to be the buddy (asking another before an answer withdraws the first ask).' })
  async askBuddy(@Args('referralId', { type: () => ID }) referralId: string, @Args('volunteerId', { type: () => ID }) volunteerId: string, @CurrentCaller() caller: Caller): Promise<BuddyRequest> {
    return toRequest(await this.rpc.call(REQUEST_PATTERNS.community.askBuddy, await parseContract(AskBuddyV1, { referralId, volunteerId }, 'input'), caller.actor));
  }

  @Roles(Role.CITIZEN)
  @Query(() => [MyBuddyRequest], { description: 'What you were asked to accompany, newest first.' })
  async myBuddyRequests(@CurrentCaller() caller: Caller): Promise<MyBuddyRequest[]> {
    return (await this.rpc.call(REQUEST_PATTERNS.community.myBuddyRequests, {}, caller.actor)).map(toMine);
  }

  @Roles(Role.CITIZEN)
  @Mutation(() => MyBuddyRequest, { description: 'Accept or decline being the buddy (after accepting you may still step back).' })
  async answerBuddyRequest(@Args('referralId', { type: () => ID }) referralId: string, @Args('accept') accept: boolean, @CurrentCaller() caller: Caller): Promise<MyBuddyRequest> {
    return toMine(await this.rpc.call(REQUEST_PATTERNS.community.answerBuddyRequest, await parseContract(AnswerBuddyRequestV1, { referralId, accept }, 'input'), caller.actor));
  }

  @Roles(Role.CITIZEN)
  @Mutation(() => BuddyContact, {
    description: "The person's name and phone, for their matched buddy only, once the organiser accepted the prescription and the person consented (audited with your account).",
  })
  async revealBuddyContact(@Args('referralId', { type: () => ID }) referralId: string, @CurrentCaller() caller: Caller): Promise<BuddyContact> {
    return this.rpc.call(REQUEST_PATTERNS.reports.revealToBuddy, await parseContract(BuddyRequestRefV1, { referralId }, 'input'), caller.actor);
  }
}
