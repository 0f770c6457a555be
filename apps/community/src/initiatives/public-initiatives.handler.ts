import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { InitiativeWithSessionsV1, OpenDataFeedQueryV1, Page, PublicInitiativeQueryV1, PublicInitiativesQueryV1, RPC, RpcRequest, RpdePageV1, parseContract } from '@prossimo/contracts';
import { RpcPublic } from '@prossimo/platform';
import { PublicInitiativesService } from './public-initiatives.service';

/** Open to anyone (ARCHITECTURE.md: initiatives are public open data, about places, never people). */
@Controller()
export class PublicInitiativesHandler {
  constructor(private readonly initiatives: PublicInitiativesService) {}

  @RpcPublic()
  @MessagePattern(RPC.community.publicInitiatives)
  async find(@Payload() req: RpcRequest): Promise<Page<InitiativeWithSessionsV1>> {
    return this.initiatives.find(await parseContract(PublicInitiativesQueryV1, req.payload));
  }

  @RpcPublic()
  @MessagePattern(RPC.community.publicInitiative)
  async page(@Payload() req: RpcRequest): Promise<InitiativeWithSessionsV1> {
    return this.initiatives.page((await parseContract(PublicInitiativeQueryV1, req.payload)).id);
  }

  @RpcPublic()
  @MessagePattern(RPC.community.openData)
  async feed(@Payload() req: RpcRequest): Promise<RpdePageV1> {
    return this.initiatives.feed(await parseContract(OpenDataFeedQueryV1, req.payload));
  }
}
