import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  ApplicationReceiptV1, ApplyAsAntennaV1, ProximityPointV1, PublicPointQueryV1, REQUEST_PATTERNS, RpcRequest, StreetV1, StreetsQueryV1, parseContract,
} from '@prossimo/contracts';
import { RpcPublic } from '@prossimo/platform';
import { PublicFaceService } from './public-face.service';

/** Request-reply adapter of what residents reach without signing in (the gateway adds the anti-abuse checks). */
@Controller()
export class PublicFaceHandler {
  constructor(private readonly face: PublicFaceService) {}

  @RpcPublic()
  @MessagePattern(REQUEST_PATTERNS.antennas.proximityPoint)
  async point(@Payload() req: RpcRequest): Promise<ProximityPointV1> {
    return this.face.point(await parseContract(PublicPointQueryV1, req.payload));
  }

  @RpcPublic()
  @MessagePattern(REQUEST_PATTERNS.antennas.municipalities)
  async municipalities(): Promise<string[]> {
    return this.face.municipalities();
  }

  @RpcPublic()
  @MessagePattern(REQUEST_PATTERNS.antennas.streets)
  async streets(@Payload() req: RpcRequest): Promise<StreetV1[]> {
    return this.face.findStreets(await parseContract(StreetsQueryV1, req.payload));
  }

  @RpcPublic()
  @MessagePattern(REQUEST_PATTERNS.antennas.apply)
  async apply(@Payload() req: RpcRequest): Promise<ApplicationReceiptV1> {
    return this.face.apply(await parseContract(ApplyAsAntennaV1, req.payload));
  }
}
