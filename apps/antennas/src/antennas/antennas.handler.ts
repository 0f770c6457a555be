import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Actor, AntennaNameV1, AntennaNamesV1, AntennaV1, DomainError, ErrorCode, GetAntennaV1, ListAntennasV1, Page, ProposeAntennaV1, REQUEST_PATTERNS, Role, RpcRequest, TransitionAntennaV1, parseContract } from '@prossimo/contracts';
import { RequiredActor, RpcRoles } from '@prossimo/platform';
import { AntennasService } from './antennas.service';

/** Request-reply adapter for the administration: validate the contract, one service call. */
@Controller()
export class AntennasHandler {
  constructor(private readonly antennas: AntennasService) {}

  @RpcRoles(Role.ADMIN)
  @MessagePattern(REQUEST_PATTERNS.antennas.propose)
  async propose(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<AntennaV1> {
    return this.antennas.propose(actor, await parseContract(ProposeAntennaV1, req.payload));
  }

  @RpcRoles(Role.ADMIN)
  @MessagePattern(REQUEST_PATTERNS.antennas.transition)
  async transition(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<AntennaV1> {
    return this.antennas.transition(actor, await parseContract(TransitionAntennaV1, req.payload));
  }

  /** ADMIN: any antenna of the municipality; ANTENNA: its own only (the flag form preselects its neighbourhood). */
  @RpcRoles(Role.ADMIN, Role.ANTENNA)
  @MessagePattern(REQUEST_PATTERNS.antennas.get)
  async get(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<AntennaV1> {
    const { id } = await parseContract(GetAntennaV1, req.payload);
    if (actor.role === Role.ANTENNA && actor.antennaId !== id) throw new DomainError(ErrorCode.FORBIDDEN, 'non è la tua antenna / not your antenna');
    return this.antennas.get(actor, id);
  }

  /** SOCIAL_WORKER: which antennas flagged the reports on screen (names only). */
  @RpcRoles(Role.SOCIAL_WORKER)
  @MessagePattern(REQUEST_PATTERNS.antennas.names)
  async names(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<AntennaNameV1[]> {
    return this.antennas.names(actor, (await parseContract(AntennaNamesV1, req.payload)).ids);
  }

  @RpcRoles(Role.ADMIN)
  @MessagePattern(REQUEST_PATTERNS.antennas.list)
  async list(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<Page<AntennaV1>> {
    return this.antennas.list(actor, await parseContract(ListAntennasV1, req.payload ?? {}));
  }
}
