import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Actor, ListReferralsV1, Page, ReferralV1, Role, RPC, RpcRequest, TransitionReferralV1, parseContract } from '@prossimo/contracts';
import { RequiredActor, RpcRoles } from '@prossimo/platform';
import { ReferralsService } from './referrals.service';

/** Request-reply adapter: authorise (guard), validate the contract, one service call. */
@Controller()
export class ReferralsHandler {
  constructor(private readonly referrals: ReferralsService) {}

  @RpcRoles(Role.ORG_OPERATOR)
  @MessagePattern(RPC.referrals.list)
  async list(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<Page<ReferralV1>> {
    return this.referrals.list(actor, await parseContract(ListReferralsV1, req.payload ?? {}));
  }

  @RpcRoles(Role.ORG_OPERATOR)
  @MessagePattern(RPC.referrals.transition)
  async transition(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<ReferralV1> {
    return this.referrals.transition(actor, await parseContract(TransitionReferralV1, req.payload));
  }
}
