import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  Actor, AddVolunteerShiftV1, MyShiftV1, OrganisationRolesV1, Page, PublishVolunteerRoleV1, REQUEST_PATTERNS, RecordVolunteerHoursV1, Role, RpcRequest, SaveVolunteerProfileV1, ShiftIdV1, ShiftRosterEntryV1,
  ShiftSignUpV1, SignUpIdV1, VolunteerHoursV1, VolunteerOpportunitiesV1, VolunteerOpportunityV1, VolunteerProfileV1, VolunteerRegisterQueryV1, VolunteerRegisterV1, VolunteerRoleV1, VolunteerShiftV1,
  parseContract,
} from '@prossimo/contracts';
import { RequiredActor, RpcActor, RpcPublic, RpcRoles } from '@prossimo/platform';
import { VolunteersService } from './volunteers.service';

/** Request-reply adapter for volunteering: validate the contract, one service call. */
@Controller()
export class VolunteersHandler {
  constructor(private readonly volunteers: VolunteersService) {}

  @RpcRoles(Role.CITIZEN)
  @MessagePattern(REQUEST_PATTERNS.community.saveVolunteerProfile)
  async saveProfile(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<VolunteerProfileV1> {
    return this.volunteers.saveProfile(actor, await parseContract(SaveVolunteerProfileV1, req.payload));
  }

  @RpcRoles(Role.CITIZEN)
  @MessagePattern(REQUEST_PATTERNS.community.myVolunteerProfile)
  async myProfile(@RequiredActor() actor: Actor): Promise<VolunteerProfileV1 | null> {
    return this.volunteers.myProfile(actor);
  }

  @RpcRoles(Role.ORG_OPERATOR)
  @MessagePattern(REQUEST_PATTERNS.community.publishVolunteerRole)
  async publishRole(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<VolunteerRoleV1> {
    return this.volunteers.publishRole(actor, await parseContract(PublishVolunteerRoleV1, req.payload));
  }

  @RpcRoles(Role.ORG_OPERATOR)
  @MessagePattern(REQUEST_PATTERNS.community.addVolunteerShift)
  async addShift(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<VolunteerShiftV1> {
    return this.volunteers.addShift(actor, await parseContract(AddVolunteerShiftV1, req.payload));
  }

  /** Open without a token: roles and shifts are about places and times, never people. */
  @RpcPublic()
  @MessagePattern(REQUEST_PATTERNS.community.volunteerOpportunities)
  async opportunities(@Payload() req: RpcRequest, @RpcActor() actor: Actor | undefined): Promise<Page<VolunteerOpportunityV1>> {
    return this.volunteers.opportunities(actor, await parseContract(VolunteerOpportunitiesV1, req.payload ?? {}));
  }

  @RpcRoles(Role.ORG_OPERATOR)
  @MessagePattern(REQUEST_PATTERNS.community.organisationVolunteerRoles)
  async organisationRoles(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<Page<VolunteerOpportunityV1>> {
    return this.volunteers.organisationRoles(actor, await parseContract(OrganisationRolesV1, req.payload ?? {}));
  }

  @RpcRoles(Role.ORG_OPERATOR)
  @MessagePattern(REQUEST_PATTERNS.community.shiftRoster)
  async roster(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<ShiftRosterEntryV1[]> {
    return this.volunteers.roster(actor, (await parseContract(ShiftIdV1, req.payload)).shiftId);
  }

  @RpcRoles(Role.CITIZEN)
  @MessagePattern(REQUEST_PATTERNS.community.signUpForShift)
  async signUp(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<ShiftSignUpV1> {
    return this.volunteers.signUp(actor, (await parseContract(ShiftIdV1, req.payload)).shiftId);
  }

  @RpcRoles(Role.CITIZEN)
  @MessagePattern(REQUEST_PATTERNS.community.cancelShiftSignUp)
  async cancel(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<ShiftSignUpV1> {
    return this.volunteers.cancel(actor, (await parseContract(SignUpIdV1, req.payload)).signUpId);
  }

  @RpcRoles(Role.CITIZEN)
  @MessagePattern(REQUEST_PATTERNS.community.confirmShift)
  async confirm(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<ShiftSignUpV1> {
    return this.volunteers.confirm(actor, (await parseContract(SignUpIdV1, req.payload)).signUpId);
  }

  @RpcRoles(Role.CITIZEN)
  @MessagePattern(REQUEST_PATTERNS.community.myShifts)
  async myShifts(@RequiredActor() actor: Actor): Promise<MyShiftV1[]> {
    return this.volunteers.myShifts(actor);
  }

  @RpcRoles(Role.CITIZEN, Role.ORG_OPERATOR)
  @MessagePattern(REQUEST_PATTERNS.community.checkIn)
  async checkIn(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<ShiftSignUpV1> {
    return this.volunteers.checkIn(actor, (await parseContract(SignUpIdV1, req.payload)).signUpId);
  }

  @RpcRoles(Role.CITIZEN, Role.ORG_OPERATOR)
  @MessagePattern(REQUEST_PATTERNS.community.checkOut)
  async checkOut(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<ShiftSignUpV1> {
    return this.volunteers.checkOut(actor, (await parseContract(SignUpIdV1, req.payload)).signUpId);
  }

  @RpcRoles(Role.ORG_OPERATOR)
  @MessagePattern(REQUEST_PATTERNS.community.recordVolunteerHours)
  async recordHours(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<VolunteerHoursV1> {
    return this.volunteers.recordHours(actor, await parseContract(RecordVolunteerHoursV1, req.payload));
  }

  @RpcRoles(Role.ORG_OPERATOR)
  @MessagePattern(REQUEST_PATTERNS.community.volunteerHours)
  async hours(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<Page<VolunteerHoursV1>> {
    return this.volunteers.hours(actor, await parseContract(OrganisationRolesV1, req.payload ?? {}));
  }

  @RpcRoles(Role.ORG_OPERATOR)
  @MessagePattern(REQUEST_PATTERNS.community.volunteerRegister)
  async register(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<VolunteerRegisterV1> {
    return this.volunteers.register(actor, await parseContract(VolunteerRegisterQueryV1, req.payload ?? {}));
  }
}
