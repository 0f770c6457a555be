import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Actor, MunicipalityPolicyV1, Role, REQUEST_PATTERNS, RpcRequest, SetMunicipalityPolicyV1, parseContract } from '@prossimo/contracts';
import { RequiredActor, RpcRoles } from '@prossimo/platform';
import { PolicyService } from './policy.service';

/** The municipality's policy (see PolicyService), read and set by its ADMIN. */
@Controller()
export class PolicyHandler {
  constructor(private readonly policy: PolicyService) {}

  @RpcRoles(Role.ADMIN)
  @MessagePattern(REQUEST_PATTERNS.referrals.getPolicy)
  async get(@RequiredActor() actor: Actor): Promise<MunicipalityPolicyV1> {
    return this.policy.get(actor.municipality);
  }

  @RpcRoles(Role.ADMIN)
  @MessagePattern(REQUEST_PATTERNS.referrals.setPolicy)
  async set(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<MunicipalityPolicyV1> {
    const cmd = await parseContract(SetMunicipalityPolicyV1, req.payload ?? {}, 'input');
    return this.policy.set(actor.municipality, cmd);
  }
}
