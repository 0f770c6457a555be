import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Actor, AntennaV1, GetAntennaV1, ListAntennasV1, Page, ProposeAntennaV1, RPC, Role, RpcRequest, TransitionAntennaV1, parseContract } from '@prossimo/contracts';
import { RequiredActor, RpcRoles } from '@prossimo/platform';
import { AntennasService } from './antennas.service';

/** Request-reply adapter for the administration: validate the contract, one service call. */
@Controller()
export class AntennasHandler {
  constructor(private readonly antennas: AntennasService) {}

  @RpcRoles(Role.ADMIN)
  @MessagePattern(RPC.antennas.propose)
  async propose(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<AntennaV1> {
    return this.antennas.propose(actor, await parseContract(ProposeAntennaV1, req.payload));
  }

  @RpcRoles(Role.ADMIN)
  @MessagePattern(RPC.antennas.transition)
  async transition(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<AntennaV1> {
    return this.antennas.transition(actor, await parseContract(TransitionAntennaV1, req.payload));
  }

  @RpcRoles(Role.ADMIN)
  @MessagePattern(RPC.antennas.get)
  async get(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<AntennaV1> {
    return this.antennas.get(actor, (await parseContract(GetAntennaV1, req.payload)).id);
  }

  @RpcRoles(Role.ADMIN)
  @MessagePattern(RPC.antennas.list)
  async list(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<Page<AntennaV1>> {
    return this.antennas.list(actor, await parseContract(ListAntennasV1, req.payload ?? {}));
  }
}
