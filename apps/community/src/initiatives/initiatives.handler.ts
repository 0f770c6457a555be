import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  Actor,
  GetInitiativeV1,
  InitiativeWithSessionsV1,
  MyInitiativesV1,
  Page,
  PublishInitiativeV1,
  Role,
  RPC,
  RpcRequest,
  ScheduleSeriesV1,
  ScheduleSessionV1,
  SessionV1,
  UpdateInitiativeV1,
  UpdateSessionV1,
  WithdrawInitiativeV1,
  parseContract,
} from '@prossimo/contracts';
import { RequiredActor, RpcRoles } from '@prossimo/platform';
import { InitiativesService } from './initiatives.service';

/** Organisers (ADMIN for the municipality's own, ORG_OPERATOR for their organisation's): validate, one service call. */
@Controller()
export class InitiativesHandler {
  constructor(private readonly initiatives: InitiativesService) {}

  @RpcRoles(Role.ADMIN, Role.ORG_OPERATOR)
  @MessagePattern(RPC.community.publishInitiative)
  async publish(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<InitiativeWithSessionsV1> {
    return this.initiatives.publish(actor, await parseContract(PublishInitiativeV1, req.payload));
  }

  @RpcRoles(Role.ADMIN, Role.ORG_OPERATOR)
  @MessagePattern(RPC.community.updateInitiative)
  async update(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<InitiativeWithSessionsV1> {
    return this.initiatives.update(actor, await parseContract(UpdateInitiativeV1, req.payload));
  }

  @RpcRoles(Role.ADMIN, Role.ORG_OPERATOR)
  @MessagePattern(RPC.community.withdrawInitiative)
  async withdraw(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<InitiativeWithSessionsV1> {
    return this.initiatives.withdraw(actor, (await parseContract(WithdrawInitiativeV1, req.payload)).id);
  }

  @RpcRoles(Role.ADMIN, Role.ORG_OPERATOR)
  @MessagePattern(RPC.community.getInitiative)
  async get(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<InitiativeWithSessionsV1> {
    return this.initiatives.get(actor, (await parseContract(GetInitiativeV1, req.payload)).id);
  }

  @RpcRoles(Role.ADMIN, Role.ORG_OPERATOR)
  @MessagePattern(RPC.community.myInitiatives)
  async mine(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<Page<InitiativeWithSessionsV1>> {
    return this.initiatives.mine(actor, await parseContract(MyInitiativesV1, req.payload ?? {}));
  }

  @RpcRoles(Role.ADMIN, Role.ORG_OPERATOR)
  @MessagePattern(RPC.community.scheduleSession)
  async schedule(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<SessionV1> {
    return this.initiatives.scheduleSession(actor, await parseContract(ScheduleSessionV1, req.payload));
  }

  @RpcRoles(Role.ADMIN, Role.ORG_OPERATOR)
  @MessagePattern(RPC.community.scheduleSeries)
  async scheduleSeries(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<SessionV1[]> {
    return this.initiatives.scheduleSeries(actor, await parseContract(ScheduleSeriesV1, req.payload));
  }

  @RpcRoles(Role.ADMIN, Role.ORG_OPERATOR)
  @MessagePattern(RPC.community.updateSession)
  async updateSession(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<SessionV1> {
    return this.initiatives.updateSession(actor, await parseContract(UpdateSessionV1, req.payload));
  }
}
