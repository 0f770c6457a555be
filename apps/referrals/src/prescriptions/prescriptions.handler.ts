import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Actor, PrescribeInitiativeV1, ReferralRefV1, ReferralV1, REQUEST_PATTERNS, Role, RpcRequest, parseContract } from '@prossimo/contracts';
import { RequiredActor, RpcRoles } from '@prossimo/platform';
import { PrescriptionsService } from './prescriptions.service';

/** Request-reply adapter for social prescribing: authorise (guard), validate the contract, one service call. */
@Controller()
export class PrescriptionsHandler {
  constructor(private readonly prescriptions: PrescriptionsService) {}

  @RpcRoles(Role.SOCIAL_WORKER, Role.ADMIN)
  @MessagePattern(REQUEST_PATTERNS.referrals.prescribe)
  async prescribe(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<ReferralV1> {
    return this.prescriptions.prescribe(actor, await parseContract(PrescribeInitiativeV1, req.payload));
  }

  @RpcRoles(Role.ORG_OPERATOR)
  @MessagePattern(REQUEST_PATTERNS.referrals.recordFirstAttendance)
  async recordFirstAttendance(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<ReferralV1> {
    return this.prescriptions.recordFirstAttendance(actor, await parseContract(ReferralRefV1, req.payload));
  }
}
