import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  Actor, AddFollowUpV1, CloseReportV1, ContactAttemptV1, DeskV1, HandOverV1, OkV1, Page, REQUEST_PATTERNS, RecordContactAttemptV1, ReportDetailV1, ReportRefV1,
  PublicDeskV1, PublicDesksQueryV1, Role, RpcRequest, TriageItemV1, TriageV1, WithdrawReportV1, parseContract,
} from '@prossimo/contracts';
import { RequiredActor, RpcPublic, RpcRoles } from '@prossimo/platform';
import { PersonalDataRead } from '../audit/personal-data';
import { CaseworkService } from './casework.service';

/** Request-reply adapter for the work on a report: authorise (guard), validate, one service call. */
@Controller()
export class CaseworkHandler {
  constructor(private readonly casework: CaseworkService) {}

  @RpcRoles(Role.ANTENNA)
  @MessagePattern(REQUEST_PATTERNS.reports.addFollowUp)
  async addFollowUp(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<OkV1> {
    return this.casework.addFollowUp(actor, await parseContract(AddFollowUpV1, req.payload, 'input'));
  }

  @RpcRoles(Role.ANTENNA)
  @MessagePattern(REQUEST_PATTERNS.reports.withdraw)
  async withdraw(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<OkV1> {
    return this.casework.withdraw(actor, await parseContract(WithdrawReportV1, req.payload, 'input'));
  }

  @PersonalDataRead('the triage list: the first words of each report\'s description')
  @RpcRoles(Role.SOCIAL_WORKER)
  @MessagePattern(REQUEST_PATTERNS.reports.triage)
  async triage(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<Page<TriageItemV1>> {
    return this.casework.triage(actor, await parseContract(TriageV1, req.payload ?? {}));
  }

  @RpcRoles(Role.SOCIAL_WORKER)
  @MessagePattern(REQUEST_PATTERNS.reports.desks)
  async desks(@RequiredActor() actor: Actor): Promise<DeskV1[]> {
    return this.casework.desks(actor);
  }

  /** Anyone (the public «come chiedere aiuto» page): each desk's neighbourhood, name, phone and hours; nothing else. */
  @RpcPublic()
  @MessagePattern(REQUEST_PATTERNS.reports.publicDesks)
  async publicDesks(@Payload() req: RpcRequest): Promise<PublicDeskV1[]> {
    return this.casework.publicDesks(await parseContract(PublicDesksQueryV1, req.payload));
  }

  @PersonalDataRead('the report page: description, identity, notes')
  @RpcRoles(Role.SOCIAL_WORKER)
  @MessagePattern(REQUEST_PATTERNS.reports.open)
  async open(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<ReportDetailV1> {
    return this.casework.open(actor, await parseContract(ReportRefV1, req.payload, 'input'));
  }

  @RpcRoles(Role.SOCIAL_WORKER)
  @MessagePattern(REQUEST_PATTERNS.reports.take)
  async take(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<TriageItemV1> {
    return this.casework.take(actor, await parseContract(ReportRefV1, req.payload, 'input'));
  }

  @RpcRoles(Role.SOCIAL_WORKER)
  @MessagePattern(REQUEST_PATTERNS.reports.handOver)
  async handOver(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<TriageItemV1> {
    return this.casework.handOver(actor, await parseContract(HandOverV1, req.payload, 'input'));
  }

  /** Replies with the attempt just written (its note is the caller's own input, not a read). */
  @RpcRoles(Role.SOCIAL_WORKER)
  @MessagePattern(REQUEST_PATTERNS.reports.recordContactAttempt)
  async recordContactAttempt(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<ContactAttemptV1> {
    return this.casework.recordContactAttempt(actor, await parseContract(RecordContactAttemptV1, req.payload, 'input'));
  }

  @RpcRoles(Role.SOCIAL_WORKER)
  @MessagePattern(REQUEST_PATTERNS.reports.close)
  async close(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<TriageItemV1> {
    return this.casework.close(actor, await parseContract(CloseReportV1, req.payload, 'input'));
  }

  /** Undoes a closure within the reopening window (audited as a change; the reply carries no personal data). */
  @RpcRoles(Role.SOCIAL_WORKER)
  @MessagePattern(REQUEST_PATTERNS.reports.reopen)
  async reopen(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<TriageItemV1> {
    return this.casework.reopen(actor, await parseContract(ReportRefV1, req.payload, 'input'));
  }
}
