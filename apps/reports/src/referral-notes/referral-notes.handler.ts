import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Actor, ReadReferralNotesV1, ReferralNoteSealedV1, ReferralNoteV1, Role, REQUEST_PATTERNS, RpcRequest, SealReferralNoteV1, parseContract } from '@prossimo/contracts';
import { RequiredActor, RpcRoles } from '@prossimo/platform';
import { PersonalDataRead } from '../audit/personal-data';
import { ReferralNotesService } from './referral-notes.service';

/** Request-reply adapter for the reasons and outcomes of referral moves: authorise (guard), validate, one service call. */
@Controller()
export class ReferralNotesHandler {
  constructor(private readonly notes: ReferralNotesService) {}

  /** Replies with the note's id only (the text is the caller's own input). */
  @RpcRoles(Role.ORG_OPERATOR, Role.SOCIAL_WORKER)
  @MessagePattern(REQUEST_PATTERNS.reports.sealReferralNote)
  async seal(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<ReferralNoteSealedV1> {
    return this.notes.seal(actor, await parseContract(SealReferralNoteV1, req.payload, 'input'));
  }

  @PersonalDataRead('reasons and outcomes written on referrals')
  @RpcRoles(Role.ORG_OPERATOR, Role.SOCIAL_WORKER)
  @MessagePattern(REQUEST_PATTERNS.reports.readReferralNotes)
  async read(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<ReferralNoteV1[]> {
    return this.notes.read(actor, await parseContract(ReadReferralNotesV1, req.payload, 'input'));
  }
}
