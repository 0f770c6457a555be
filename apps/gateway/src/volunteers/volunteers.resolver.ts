import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  Actor, AddVolunteerShiftV1, MyShiftV1, OrganisationRolesV1, Page, PublishVolunteerRoleV1, REQUEST_PATTERNS, RecordVolunteerHoursV1, Role, SaveVolunteerProfileV1, ShiftIdV1, ShiftRosterEntryV1, ShiftSignUpV1,
  SignUpIdV1, VolunteerHoursV1, VolunteerOpportunitiesV1, VolunteerOpportunityV1, VolunteerProfileV1, VolunteerRoleV1, VolunteerShiftV1, parseContract,
} from '@prossimo/contracts';
import { AuthPayload } from '../auth/auth.models';
import { AuthedRequest, Caller, CurrentCaller, OptionalActor, Public, Roles } from '../graphql/access';
import { CitizenSignUpService } from '../identity/citizen-sign-up.service';
import { RpcClient } from '../rpc/rpc-client.service';
import {
  AddVolunteerShiftInput, MyShift, PublishVolunteerRoleInput, RecordVolunteerHoursInput, ShiftRosterEntry, ShiftSignUp, SignUpAsVolunteerInput, VolunteerHours, VolunteerHoursConnection,
  VolunteerOpportunity, VolunteerOpportunityConnection, VolunteerProfile, VolunteerProfileInput, VolunteerRole, VolunteerShift,
} from './volunteers.models';

/** Only the fields that were given (GraphQL passes absent ones as undefined or null). */
const given = <T extends object>(o: T): Partial<T> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as Partial<T>;

/**
 * The organisations' names, from the directory (apps/referrals, its public HSDS organization):
 * community keeps organisation ids only. A name that cannot be read stays empty, never an error.
 */
async function withOrganisationNames<T extends { role: VolunteerRoleV1 }>(rpc: RpcClient, rows: T[]): Promise<T[]> {
  const ids = [...new Set(rows.map((r) => r.role.organisationId))].slice(0, 50);
  const names = new Map(
    await Promise.all(ids.map(async (id) => [id, await rpc.call(REQUEST_PATTERNS.referrals.hsdsOrganization, { id }).then((o) => o.name ?? null, () => null)] as const)),
  );
  return rows.map((r) => ({ ...r, role: { ...r.role, organisationName: names.get(r.role.organisationId) ?? null } }));
}

const toShift = (s: VolunteerShiftV1): VolunteerShift => ({ ...s, startsAt: new Date(s.startsAt), endsAt: new Date(s.endsAt), placesLeft: Math.max(0, s.capacity - s.taken) });
const toRole = (r: VolunteerRoleV1): VolunteerRole => r;
const date = (iso: string | null) => (iso ? new Date(iso) : null);
const toSignUp = (s: ShiftSignUpV1): ShiftSignUp => ({
  ...s, confirmationRequestedAt: date(s.confirmationRequestedAt), confirmedAt: date(s.confirmedAt), checkedInAt: date(s.checkedInAt), checkedOutAt: date(s.checkedOutAt),
});
const toOpportunity = (o: VolunteerOpportunityV1): VolunteerOpportunity => ({ role: toRole(o.role), shifts: o.shifts.map(toShift) });

/**
 * Volunteers and active ageing (issue 17), in front of apps/community: a resident signs up
 * (CITIZEN), keeps a profile, finds shifts, takes or gives back a place, confirms, checks in and
 * out; an organisation (ORG_OPERATOR) publishes roles and shifts, sees who is coming, records
 * hours by hand. Thin: authorise, validate against the contract, one call.
 */
@Resolver()
export class VolunteersResolver {
  constructor(
    private readonly rpc: RpcClient,
    private readonly signUps: CitizenSignUpService,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'A resident signs up as a volunteer with a local account (name, e-mail, password) and is signed in as CITIZEN; then saveVolunteerProfile. Needs a solved applicationChallenge; limited per address. Local accounts only (with the city\'s identity provider, residents sign in there).',
  })
  async signUpAsVolunteer(@Args('input') input: SignUpAsVolunteerInput, @Context('req') req: AuthedRequest): Promise<AuthPayload> {
    return this.signUps.signUp(input, String(req.ip ?? req.socket?.remoteAddress ?? 'unknown'));
  }

  @Roles(Role.CITIZEN)
  @Mutation(() => VolunteerProfile, { description: 'Saves your volunteer profile: what you offer, when, where, and the requirements you hold.' })
  async saveVolunteerProfile(@Args('input') input: VolunteerProfileInput, @CurrentCaller() caller: Caller): Promise<VolunteerProfileV1> {
    const cmd = await parseContract(SaveVolunteerProfileV1, { ...given(input), requirements: input.requirements.map((r) => given(r)) }, 'input');
    return this.rpc.call(REQUEST_PATTERNS.community.saveVolunteerProfile, cmd, caller.actor);
  }

  @Roles(Role.CITIZEN)
  @Query(() => VolunteerProfile, { nullable: true, description: 'Your volunteer profile (null until saved).' })
  myVolunteerProfile(@CurrentCaller() caller: Caller): Promise<VolunteerProfileV1 | null> {
    return this.rpc.call(REQUEST_PATTERNS.community.myVolunteerProfile, {}, caller.actor);
  }

  @Public()
  @Query(() => VolunteerOpportunityConnection, { description: 'Open volunteer roles and their next shifts with places left (no login needed).' })
  async volunteerOpportunities(
    @OptionalActor() actor: Actor | undefined,
    @Args('municipality', { nullable: true }) municipality?: string,
    @Args('neighbourhoodCode', { nullable: true }) neighbourhoodCode?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<VolunteerOpportunityConnection> {
    const q = await parseContract(VolunteerOpportunitiesV1, given({ municipality, neighbourhoodCode, first, after }));
    const page = await this.rpc.call(REQUEST_PATTERNS.community.volunteerOpportunities, q, actor);
    return { nodes: (await withOrganisationNames(this.rpc, page.nodes)).map(toOpportunity), pageInfo: page.pageInfo };
  }

  @Roles(Role.CITIZEN)
  @Mutation(() => ShiftSignUp, {
    description: 'Takes a place on a shift. Refused (CONFLICT, extensions.reason a SignUpRefusal) when the shift is full, you are under the minimum age, a requirement is missing or expired, or the organisation declared no insurance. A second call returns the same place.',
  })
  async signUpForShift(@Args('shiftId', { type: () => ID }) shiftId: string, @CurrentCaller() caller: Caller): Promise<ShiftSignUp> {
    return toSignUp(await this.rpc.call(REQUEST_PATTERNS.community.signUpForShift, await parseContract(ShiftIdV1, { shiftId }), caller.actor));
  }

  @Roles(Role.CITIZEN)
  @Mutation(() => ShiftSignUp, { description: 'Gives your place back (before the shift starts).' })
  async cancelShiftSignUp(@Args('signUpId', { type: () => ID }) signUpId: string, @CurrentCaller() caller: Caller): Promise<ShiftSignUp> {
    return toSignUp(await this.rpc.call(REQUEST_PATTERNS.community.cancelShiftSignUp, await parseContract(SignUpIdV1, { signUpId }), caller.actor));
  }

  @Roles(Role.CITIZEN)
  @Mutation(() => ShiftSignUp, { description: '«Conferma la tua presenza».' })
  async confirmShift(@Args('signUpId', { type: () => ID }) signUpId: string, @CurrentCaller() caller: Caller): Promise<ShiftSignUp> {
    return toSignUp(await this.rpc.call(REQUEST_PATTERNS.community.confirmShift, await parseContract(SignUpIdV1, { signUpId }), caller.actor));
  }

  @Roles(Role.CITIZEN)
  @Query(() => [MyShift], { description: 'Your shifts still to come or under way, soonest first.' })
  async myShifts(@CurrentCaller() caller: Caller): Promise<MyShift[]> {
    const rows = await withOrganisationNames(this.rpc, await this.rpc.call(REQUEST_PATTERNS.community.myShifts, {}, caller.actor));
    return rows.map((r) => ({ signUp: toSignUp(r.signUp), shift: toShift(r.shift), role: toRole(r.role), confirmationDue: r.confirmationDue }));
  }

  @Roles(Role.CITIZEN, Role.ORG_OPERATOR)
  @Mutation(() => ShiftSignUp, { description: 'Arrived at the shift: by the volunteer, or by the organisation.' })
  async checkInShift(@Args('signUpId', { type: () => ID }) signUpId: string, @CurrentCaller() caller: Caller): Promise<ShiftSignUp> {
    return toSignUp(await this.rpc.call(REQUEST_PATTERNS.community.checkIn, await parseContract(SignUpIdV1, { signUpId }), caller.actor));
  }

  @Roles(Role.CITIZEN, Role.ORG_OPERATOR)
  @Mutation(() => ShiftSignUp, { description: 'Left the shift: the time since check-in is recorded as hours (source CHECK_IN).' })
  async checkOutShift(@Args('signUpId', { type: () => ID }) signUpId: string, @CurrentCaller() caller: Caller): Promise<ShiftSignUp> {
    return toSignUp(await this.rpc.call(REQUEST_PATTERNS.community.checkOut, await parseContract(SignUpIdV1, { signUpId }), caller.actor));
  }

  @Roles(Role.ORG_OPERATOR)
  @Mutation(() => VolunteerRole, { description: "Publishes a volunteer role of your organisation: minimum age, requirements, insurance (Third Sector Code art. 18)." })
  async publishVolunteerRole(@Args('input') input: PublishVolunteerRoleInput, @CurrentCaller() caller: Caller): Promise<VolunteerRole> {
    const cmd = await parseContract(PublishVolunteerRoleV1, given(input), 'input');
    return toRole(await this.rpc.call(REQUEST_PATTERNS.community.publishVolunteerRole, cmd, caller.actor));
  }

  @Roles(Role.ORG_OPERATOR)
  @Mutation(() => VolunteerShift, { description: 'Adds a shift to a role of your organisation: a session of its initiative, or a time slot of its own.' })
  async addVolunteerShift(@Args('input') input: AddVolunteerShiftInput, @CurrentCaller() caller: Caller): Promise<VolunteerShift> {
    const cmd = await parseContract(AddVolunteerShiftV1, given(input), 'input');
    return toShift(await this.rpc.call(REQUEST_PATTERNS.community.addVolunteerShift, cmd, caller.actor));
  }

  @Roles(Role.ORG_OPERATOR)
  @Query(() => VolunteerOpportunityConnection, { description: "Your organisation's volunteer roles with their shifts (coming ones and the last month's)." })
  async organisationVolunteerRoles(
    @CurrentCaller() caller: Caller,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<VolunteerOpportunityConnection> {
    const page = await this.rpc.call(REQUEST_PATTERNS.community.organisationVolunteerRoles, await parseContract(OrganisationRolesV1, given({ first, after })), caller.actor);
    return { nodes: page.nodes.map(toOpportunity), pageInfo: page.pageInfo };
  }

  @Roles(Role.ORG_OPERATOR)
  @Query(() => [ShiftRosterEntry], { description: 'Who is on a shift of your organisation, with the contact they gave.' })
  async shiftRoster(@Args('shiftId', { type: () => ID }) shiftId: string, @CurrentCaller() caller: Caller): Promise<ShiftRosterEntry[]> {
    const rows = await this.rpc.call(REQUEST_PATTERNS.community.shiftRoster, await parseContract(ShiftIdV1, { shiftId }), caller.actor);
    return rows.map((r) => ({ ...r, volunteerId: r.signUp.volunteerId, signUp: toSignUp(r.signUp) }));
  }

  @Roles(Role.ORG_OPERATOR)
  @Mutation(() => VolunteerHours, { description: 'Records hours by hand (source MANUAL; who entered them is kept).' })
  async recordVolunteerHours(@Args('input') input: RecordVolunteerHoursInput, @CurrentCaller() caller: Caller): Promise<VolunteerHours> {
    const cmd = await parseContract(RecordVolunteerHoursV1, given(input), 'input');
    return this.rpc.call(REQUEST_PATTERNS.community.recordVolunteerHours, cmd, caller.actor);
  }

  @Roles(Role.ORG_OPERATOR)
  @Query(() => VolunteerHoursConnection, { description: "Your organisation's hours register, newest day first." })
  async volunteerHours(
    @CurrentCaller() caller: Caller,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<VolunteerHoursConnection> {
    return this.rpc.call(REQUEST_PATTERNS.community.volunteerHours, await parseContract(OrganisationRolesV1, given({ first, after })), caller.actor);
  }
}
