import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Actor, ListSchoolProtocolsV1, Page, REQUEST_PATTERNS, Role, RpcRequest, SaveSchoolProtocolV1, SchoolProtocolV1, SchoolTotalsV1, parseContract } from '@prossimo/contracts';
import { RequiredActor, RpcRoles } from '@prossimo/platform';
import { SchoolsService } from './schools.service';

/** Request-reply adapter for school protocols: validate the contract, one service call. */
@Controller()
export class SchoolsHandler {
  constructor(private readonly schools: SchoolsService) {}

  @RpcRoles(Role.ADMIN)
  @MessagePattern(REQUEST_PATTERNS.community.saveSchoolProtocol)
  async save(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<SchoolProtocolV1> {
    return this.schools.save(actor, await parseContract(SaveSchoolProtocolV1, req.payload));
  }

  @RpcRoles(Role.ADMIN)
  @MessagePattern(REQUEST_PATTERNS.community.schoolProtocols)
  async list(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<Page<SchoolProtocolV1>> {
    return this.schools.list(actor, await parseContract(ListSchoolProtocolsV1, req.payload ?? {}));
  }

  @RpcRoles(Role.ADMIN, Role.CITY_ANALYST)
  @MessagePattern(REQUEST_PATTERNS.community.schoolTotals)
  async totals(@RequiredActor() actor: Actor): Promise<SchoolTotalsV1> {
    return this.schools.totals(actor);
  }
}
