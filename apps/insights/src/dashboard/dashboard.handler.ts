import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Actor, DashboardQueryV1, DashboardV1, Role, REQUEST_PATTERNS, RpcRequest, parseContract } from '@prossimo/contracts';
import { RequiredActor, RpcRoles } from '@prossimo/platform';
import { DashboardService } from './dashboard.service';

@Controller()
export class DashboardHandler {
  constructor(private readonly dashboard: DashboardService) {}

  @RpcRoles(Role.CITY_ANALYST)
  @MessagePattern(REQUEST_PATTERNS.insights.dashboard)
  async get(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<DashboardV1> {
    return this.dashboard.dashboard(actor, await parseContract(DashboardQueryV1, req.payload ?? {}));
  }
}
