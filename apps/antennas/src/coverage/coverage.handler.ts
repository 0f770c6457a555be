import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Actor, CoverageQueryV1, CoverageV1, REQUEST_PATTERNS, Role, RpcRequest, parseContract } from '@prossimo/contracts';
import { RequiredActor, RpcRoles } from '@prossimo/platform';
import { CoverageService } from './coverage.service';

/** The city's view of the network: aggregates only. */
@Controller()
export class CoverageHandler {
  constructor(private readonly coverage: CoverageService) {}

  @RpcRoles(Role.CITY_ANALYST)
  @MessagePattern(REQUEST_PATTERNS.antennas.coverage)
  async get(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<CoverageV1> {
    return this.coverage.coverage(actor, await parseContract(CoverageQueryV1, req.payload ?? {}));
  }
}
