import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Actor, ListNeighbourhoodsV1, NeighbourhoodV1, RPC, RpcRequest, parseContract } from '@prossimo/contracts';
import { RpcActor, RpcPublic } from '@prossimo/platform';
import { NeighbourhoodsService } from './neighbourhoods.service';

/** Request-reply adapter: validate the contract, one service call. Open without a token. */
@Controller()
export class NeighbourhoodsHandler {
  constructor(private readonly neighbourhoods: NeighbourhoodsService) {}

  @RpcPublic()
  @MessagePattern(RPC.antennas.listNeighbourhoods)
  async list(@Payload() req: RpcRequest, @RpcActor() actor: Actor | undefined): Promise<NeighbourhoodV1[]> {
    return this.neighbourhoods.list(actor, await parseContract(ListNeighbourhoodsV1, req.payload ?? {}));
  }
}
