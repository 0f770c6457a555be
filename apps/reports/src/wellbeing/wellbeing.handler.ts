import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  Actor, OpenPathwayV1, OutcomeV1, OutcomesV1, PathwayRefV1, PathwayV1, REQUEST_PATTERNS, RecordOutcomeV1, ReportRefV1, Role, RpcRequest, TagPathwayReferralV1,
  UntagPathwayReferralV1, UpdatePathwayWishesV1, parseContract,
} from '@prossimo/contracts';
import { RequiredActor, RpcRoles } from '@prossimo/platform';
import { PersonalDataRead } from '../audit/personal-data';
import { WellbeingService } from './wellbeing.service';

/** Request-reply adapter for outcomes and life-project pathways: authorise (guard), validate, one service call. */
@Controller()
export class WellbeingHandler {
  constructor(private readonly wellbeing: WellbeingService) {}

  /** Replies with the caller's own answers. */
  @RpcRoles(Role.SOCIAL_WORKER, Role.ORG_OPERATOR)
  @MessagePattern(REQUEST_PATTERNS.reports.recordOutcome)
  async record(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<OutcomeV1> {
    return this.wellbeing.recordOutcome(actor, await parseContract(RecordOutcomeV1, req.payload, 'input'));
  }

  @PersonalDataRead('a report’s loneliness measurements (UCLA-3 answers)')
  @RpcRoles(Role.SOCIAL_WORKER, Role.ORG_OPERATOR)
  @MessagePattern(REQUEST_PATTERNS.reports.outcomes)
  async outcomes(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<OutcomesV1> {
    return this.wellbeing.outcomes(actor, await parseContract(ReportRefV1, req.payload, 'input'));
  }

  /** Replies with a new pathway (no wishes yet). */
  @RpcRoles(Role.SOCIAL_WORKER)
  @MessagePattern(REQUEST_PATTERNS.reports.openPathway)
  async open(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<PathwayV1> {
    return this.wellbeing.openPathway(actor, await parseContract(OpenPathwayV1, req.payload, 'input'));
  }

  @PersonalDataRead('a life-project pathway, with its wishes note')
  @RpcRoles(Role.SOCIAL_WORKER)
  @MessagePattern(REQUEST_PATTERNS.reports.tagPathwayReferral)
  async tag(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<PathwayV1> {
    return this.wellbeing.tag(actor, await parseContract(TagPathwayReferralV1, req.payload, 'input'));
  }

  @PersonalDataRead('a life-project pathway, with its wishes note')
  @RpcRoles(Role.SOCIAL_WORKER)
  @MessagePattern(REQUEST_PATTERNS.reports.untagPathwayReferral)
  async untag(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<PathwayV1> {
    return this.wellbeing.untag(actor, await parseContract(UntagPathwayReferralV1, req.payload, 'input'));
  }

  @PersonalDataRead('a life-project pathway, with its wishes note')
  @RpcRoles(Role.SOCIAL_WORKER)
  @MessagePattern(REQUEST_PATTERNS.reports.updatePathwayWishes)
  async wishes(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<PathwayV1> {
    return this.wellbeing.updateWishes(actor, await parseContract(UpdatePathwayWishesV1, req.payload, 'input'));
  }

  @PersonalDataRead('a life-project pathway, with its wishes note')
  @RpcRoles(Role.SOCIAL_WORKER)
  @MessagePattern(REQUEST_PATTERNS.reports.closePathway)
  async close(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<PathwayV1> {
    return this.wellbeing.close(actor, await parseContract(PathwayRefV1, req.payload, 'input'));
  }

  @PersonalDataRead('a life-project pathway, with its wishes note')
  @RpcRoles(Role.SOCIAL_WORKER)
  @MessagePattern(REQUEST_PATTERNS.reports.pathway)
  async pathway(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<PathwayV1 | null> {
    return this.wellbeing.pathway(actor, await parseContract(ReportRefV1, req.payload, 'input'));
  }
}
