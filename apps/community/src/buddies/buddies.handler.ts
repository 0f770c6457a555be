import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  Actor, AnswerBuddyRequestV1, AskBuddyV1, BuddyProposalsQueryV1, BuddyProposalsV1, BuddyRequestV1, MyBuddyRequestV1, REQUEST_PATTERNS, Role, RpcRequest,
  parseContract,
} from '@prossimo/contracts';
import { RequiredActor, RpcRoles } from '@prossimo/platform';
import { BuddiesService } from './buddies.service';

/** Request-reply adapter for buddies: validate the contract, one service call. */
@Controller()
export class BuddiesHandler {
  constructor(private readonly buddies: BuddiesService) {}

  @RpcRoles(Role.ORG_OPERATOR)
  @MessagePattern(REQUEST_PATTERNS.community.organisationBuddyRequests)
  async organisationRequests(@RequiredActor() actor: Actor): Promise<BuddyRequestV1[]> {
    return this.buddies.organisationRequests(actor);
  }

  @RpcRoles(Role.ORG_OPERATOR)
  @MessagePattern(REQUEST_PATTERNS.community.buddyProposals)
  async proposals(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<BuddyProposalsV1> {
    return this.buddies.proposals(actor, await parseContract(BuddyProposalsQueryV1, req.payload));
  }

  @RpcRoles(Role.ORG_OPERATOR)
  @MessagePattern(REQUEST_PATTERNS.community.askBuddy)
  async ask(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<BuddyRequestV1> {
    return this.buddies.ask(actor, await parseContract(AskBuddyV1, req.payload));
  }

  @RpcRoles(Role.CITIZEN)
  @MessagePattern(REQUEST_PATTERNS.community.myBuddyRequests)
  async mine(@RequiredActor() actor: Actor): Promise<MyBuddyRequestV1[]> {
    return this.buddies.mine(actor);
  }

  @RpcRoles(Role.CITIZEN)
  @MessagePattern(REQUEST_PATTERNS.community.answerBuddyRequest)
  async answer(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<MyBuddyRequestV1> {
    return this.buddies.answer(actor, await parseContract(AnswerBuddyRequestV1, req.payload));
  }
}
