import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  Actor, OrgContextV1, Page, PostReferralMessageV1, REQUEST_PATTERNS, ReferralBriefV1, ReferralBriefsV1, ReferralMessageV1, ReferralMessagesV1, ReportRefV1, Role, RpcRequest,
  SetOrgContextV1, parseContract,
} from '@prossimo/contracts';
import { RequiredActor, RpcRoles } from '@prossimo/platform';
import { PersonalDataRead } from '../audit/personal-data';
import { ReferralDeskService } from './referral-desk.service';

/** Request-reply adapter for what passes between organisations and the social desk: authorise (guard), validate, one service call. */
@Controller()
export class ReferralDeskHandler {
  constructor(private readonly desk: ReferralDeskService) {}

  /** Replies with the caller's own text. */
  @RpcRoles(Role.SOCIAL_WORKER)
  @MessagePattern(REQUEST_PATTERNS.reports.setOrgContext)
  async setContext(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<OrgContextV1 | null> {
    return this.desk.setContext(actor, await parseContract(SetOrgContextV1, req.payload, 'input'));
  }

  @PersonalDataRead('the desk’s context line for organisations')
  @RpcRoles(Role.SOCIAL_WORKER)
  @MessagePattern(REQUEST_PATTERNS.reports.getOrgContext)
  async getContext(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<OrgContextV1 | null> {
    return this.desk.getContext(actor, await parseContract(ReportRefV1, req.payload, 'input'));
  }

  @PersonalDataRead('what an organisation reads of a referral’s report: the desk’s context line; the description once accepted')
  @RpcRoles(Role.ORG_OPERATOR)
  @MessagePattern(REQUEST_PATTERNS.reports.referralBriefs)
  async briefs(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<ReferralBriefV1[]> {
    return this.desk.briefs(actor, await parseContract(ReferralBriefsV1, req.payload, 'input'));
  }

  /** Replies with the caller's own message. */
  @RpcRoles(Role.ORG_OPERATOR, Role.SOCIAL_WORKER)
  @MessagePattern(REQUEST_PATTERNS.reports.postReferralMessage)
  async post(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<ReferralMessageV1> {
    return this.desk.post(actor, await parseContract(PostReferralMessageV1, req.payload, 'input'));
  }

  @PersonalDataRead('messages between an organisation and the desk about a referral')
  @RpcRoles(Role.ORG_OPERATOR, Role.SOCIAL_WORKER)
  @MessagePattern(REQUEST_PATTERNS.reports.referralMessages)
  async list(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<Page<ReferralMessageV1>> {
    return this.desk.list(actor, await parseContract(ReferralMessagesV1, req.payload ?? {}));
  }
}
