import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  AcknowledgeAlertV1, Actor, AlertV1, GetReferralV1, ListAlertsV1, ListReferralsV1, Page, ReferralRefV1, ReferralStoryV1, ReferralV1, ReportReferralsV1, RerouteOptionsResultV1, RerouteOptionsV1,
  RerouteReferralV1, Role, REQUEST_PATTERNS, RpcRequest, SlaPreviewResultV1, SlaPreviewV1, TransitionReferralV1, parseContract,
} from '@prossimo/contracts';
import { AlertsService } from '../alerts/alerts.service';
import { RequiredActor, RpcRoles } from '@prossimo/platform';
import { ReferralsService } from './referrals.service';

/** Request-reply adapter: authorise (guard), validate the contract, one service call. */
@Controller()
export class ReferralsHandler {
  constructor(
    private readonly referrals: ReferralsService,
    private readonly alerts: AlertsService,
  ) {}

  @RpcRoles(Role.ORG_OPERATOR)
  @MessagePattern(REQUEST_PATTERNS.referrals.list)
  async list(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<Page<ReferralV1>> {
    return this.referrals.list(actor, await parseContract(ListReferralsV1, req.payload ?? {}));
  }

  /** One referral (no personal data): the gateway learns its report before sealing a move's text in the vault. */
  @RpcRoles(Role.ORG_OPERATOR, Role.SOCIAL_WORKER)
  @MessagePattern(REQUEST_PATTERNS.referrals.get)
  async get(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<ReferralV1> {
    return this.referrals.get(actor, await parseContract(GetReferralV1, req.payload));
  }

  @RpcRoles(Role.ORG_OPERATOR)
  @MessagePattern(REQUEST_PATTERNS.referrals.transition)
  async transition(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<ReferralV1> {
    return this.referrals.transition(actor, await parseContract(TransitionReferralV1, req.payload));
  }

  /** Without consent: the organisation asks the desk to make the first contact. */
  @RpcRoles(Role.ORG_OPERATOR)
  @MessagePattern(REQUEST_PATTERNS.referrals.requestFirstContact)
  async requestFirstContact(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<ReferralV1> {
    return this.referrals.requestFirstContact(actor, await parseContract(ReferralRefV1, req.payload));
  }

  /** Without consent: the desk hands the contact over; the first-contact deadline starts. */
  @RpcRoles(Role.SOCIAL_WORKER)
  @MessagePattern(REQUEST_PATTERNS.referrals.handOverContact)
  async handOverContact(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<ReferralV1> {
    return this.referrals.handOverContact(actor, await parseContract(ReferralRefV1, req.payload));
  }

  @RpcRoles(Role.SOCIAL_WORKER)
  @MessagePattern(REQUEST_PATTERNS.referrals.reroute)
  async reroute(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<ReferralV1> {
    return this.referrals.reroute(actor, await parseContract(RerouteReferralV1, req.payload));
  }

  /** A dry run: where a re-route would send the needs, and the services the desk may choose. Writes nothing. */
  @RpcRoles(Role.SOCIAL_WORKER)
  @MessagePattern(REQUEST_PATTERNS.referrals.rerouteOptions)
  async rerouteOptions(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<RerouteOptionsResultV1> {
    return this.referrals.rerouteOptions(actor, await parseContract(RerouteOptionsV1, req.payload));
  }

  /** When a report sent now should be answered (the shop's confirmation says it). */
  @RpcRoles(Role.ANTENNA, Role.SOCIAL_WORKER)
  @MessagePattern(REQUEST_PATTERNS.referrals.slaPreview)
  async slaPreview(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<SlaPreviewResultV1> {
    return this.referrals.slaPreview(actor, await parseContract(SlaPreviewV1, req.payload));
  }

  @RpcRoles(Role.SOCIAL_WORKER)
  @MessagePattern(REQUEST_PATTERNS.referrals.reportReferrals)
  async reportReferrals(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<ReferralStoryV1[]> {
    return this.referrals.reportReferrals(actor, await parseContract(ReportReferralsV1, req.payload));
  }

  @RpcRoles(Role.SOCIAL_WORKER)
  @MessagePattern(REQUEST_PATTERNS.referrals.alerts)
  async listAlerts(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<Page<AlertV1>> {
    return this.alerts.list(actor, await parseContract(ListAlertsV1, req.payload ?? {}));
  }

  @RpcRoles(Role.SOCIAL_WORKER)
  @MessagePattern(REQUEST_PATTERNS.referrals.acknowledgeAlert)
  async acknowledgeAlert(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<AlertV1> {
    return this.alerts.acknowledge(actor, await parseContract(AcknowledgeAlertV1, req.payload));
  }
}
