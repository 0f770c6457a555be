import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  Actor,
  ImportNeighbourhoodsResultV1,
  ImportNeighbourhoodsV1,
  ListNeighbourhoodsV1,
  NeighbourhoodV1,
  REQUEST_PATTERNS,
  Role,
  RpcRequest,
  parseContract,
} from '@prossimo/contracts';
import { RequiredActor, RpcActor, RpcPublic, RpcRoles } from '@prossimo/platform';
import { NeighbourhoodsService } from './neighbourhoods.service';

/** Request-reply adapter: validate the contract, one service call. The list is open without a token. */
@Controller()
export class NeighbourhoodsHandler {
  constructor(private readonly neighbourhoods: NeighbourhoodsService) {}

  @RpcPublic()
  @MessagePattern(REQUEST_PATTERNS.antennas.listNeighbourhoods)
  async list(@Payload() req: RpcRequest, @RpcActor() actor: Actor | undefined): Promise<NeighbourhoodV1[]> {
    return this.neighbourhoods.list(actor, await parseContract(ListNeighbourhoodsV1, req.payload ?? {}));
  }

  @RpcRoles(Role.ADMIN)
  @MessagePattern(REQUEST_PATTERNS.antennas.importNeighbourhoods)
  async import(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<ImportNeighbourhoodsResultV1> {
    return this.neighbourhoods.import(actor, await parseContract(ImportNeighbourhoodsV1, req.payload));
  }
}
