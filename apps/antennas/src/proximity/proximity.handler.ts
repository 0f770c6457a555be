import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Actor, Page, ProximityPointV1, ProximityPointsQueryV1, REQUEST_PATTERNS, RpcRequest, parseContract } from '@prossimo/contracts';
import { RpcActor, RpcPublic } from '@prossimo/platform';
import { ProximityService } from './proximity.service';

/** Request-reply adapter: validate the contract, one service call. Open without a token. */
@Controller()
export class ProximityHandler {
  constructor(private readonly proximity: ProximityService) {}

  @RpcPublic()
  @MessagePattern(REQUEST_PATTERNS.antennas.proximityPoints)
  async points(@Payload() req: RpcRequest, @RpcActor() actor: Actor | undefined): Promise<Page<ProximityPointV1>> {
    return this.proximity.points(actor, await parseContract(ProximityPointsQueryV1, req.payload ?? {}));
  }
}
