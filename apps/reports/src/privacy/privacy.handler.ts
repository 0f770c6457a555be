import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  Actor, AuditEntryV1, AuditLogV1, BreakGlassGrantV1, BreakGlassReviewV1, BreakGlassV1, OkV1, Page, REQUEST_PATTERNS, RecordObjectionV1, RectifySubjectV1,
  BuddyRequestRefV1, BuddyRevealV1, ReportRefV1, RetentionV1, RevealedContactV1, Role, RpcRequest, SetRetentionV1, SubjectExportV1, SubjectRefV1, parseContract,
} from '@prossimo/contracts';
import { RequiredActor, RpcRoles } from '@prossimo/platform';
import { PersonalDataRead } from '../audit/personal-data';
import { PrivacyService } from './privacy.service';

/** Request-reply adapter for disclosure, the person's rights, retention and the audit log. */
@Controller()
export class PrivacyHandler {
  constructor(private readonly privacy: PrivacyService) {}

  @PersonalDataRead('contact details for the organisation or under break-the-glass')
  @RpcRoles(Role.ORG_OPERATOR, Role.SOCIAL_WORKER)
  @MessagePattern(REQUEST_PATTERNS.reports.reveal)
  async reveal(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<RevealedContactV1> {
    return this.privacy.reveal(actor, await parseContract(ReportRefV1, req.payload, 'input'));
  }

  @PersonalDataRead("the person's name and phone for the prescription's matched volunteer buddy")
  @RpcRoles(Role.CITIZEN)
  @MessagePattern(REQUEST_PATTERNS.reports.revealToBuddy)
  async revealToBuddy(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<BuddyRevealV1> {
    return this.privacy.revealToBuddy(actor, await parseContract(BuddyRequestRefV1, req.payload, 'input'));
  }

  /** Replies with the grant (the reason is the caller's own input). */
  @RpcRoles(Role.ORG_OPERATOR, Role.SOCIAL_WORKER)
  @MessagePattern(REQUEST_PATTERNS.reports.breakGlass)
  async breakGlass(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<BreakGlassGrantV1> {
    return this.privacy.breakGlass(actor, await parseContract(BreakGlassV1, req.payload, 'input'));
  }

  @PersonalDataRead('break-the-glass reasons')
  @RpcRoles(Role.ADMIN, Role.SOCIAL_WORKER)
  @MessagePattern(REQUEST_PATTERNS.reports.breakGlassReview)
  async breakGlassReview(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<Page<BreakGlassGrantV1>> {
    return this.privacy.breakGlassReview(actor, await parseContract(BreakGlassReviewV1, req.payload ?? {}));
  }

  @PersonalDataRead('everything held on a subject')
  @RpcRoles(Role.SOCIAL_WORKER)
  @MessagePattern(REQUEST_PATTERNS.reports.exportSubject)
  async exportSubject(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<SubjectExportV1> {
    return this.privacy.exportSubject(actor, await parseContract(SubjectRefV1, req.payload, 'input'));
  }

  @RpcRoles(Role.SOCIAL_WORKER)
  @MessagePattern(REQUEST_PATTERNS.reports.rectifySubject)
  async rectifySubject(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<OkV1> {
    return this.privacy.rectifySubject(actor, await parseContract(RectifySubjectV1, req.payload, 'input'));
  }

  @RpcRoles(Role.SOCIAL_WORKER)
  @MessagePattern(REQUEST_PATTERNS.reports.recordObjection)
  async recordObjection(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<OkV1> {
    return this.privacy.recordObjection(actor, await parseContract(RecordObjectionV1, req.payload, 'input'));
  }

  @RpcRoles(Role.SOCIAL_WORKER)
  @MessagePattern(REQUEST_PATTERNS.reports.eraseSubject)
  async eraseSubject(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<OkV1> {
    return this.privacy.eraseSubject(actor, await parseContract(SubjectRefV1, req.payload, 'input'));
  }

  @RpcRoles(Role.ADMIN)
  @MessagePattern(REQUEST_PATTERNS.reports.retention)
  async retention(@RequiredActor() actor: Actor): Promise<RetentionV1> {
    return this.privacy.retention(actor);
  }

  @RpcRoles(Role.ADMIN)
  @MessagePattern(REQUEST_PATTERNS.reports.setRetention)
  async setRetention(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<RetentionV1> {
    return this.privacy.setRetention(actor, await parseContract(SetRetentionV1, req.payload, 'input'));
  }

  @PersonalDataRead('the audit log (who read whose record)')
  @RpcRoles(Role.ADMIN)
  @MessagePattern(REQUEST_PATTERNS.reports.auditLog)
  async auditLog(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<Page<AuditEntryV1>> {
    return this.privacy.auditLog(actor, await parseContract(AuditLogV1, req.payload ?? {}));
  }
}
