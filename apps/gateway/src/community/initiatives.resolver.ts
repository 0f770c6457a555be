import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  Actor,
  DayPart,
  DomainError,
  InitiativeKind,
  InitiativeWithSessionsV1,
  MyInitiativesV1,
  Page,
  PublicInitiativeQueryV1,
  PublicInitiativesQueryV1,
  PublishInitiativeV1,
  ReleaseSeatV1,
  ReserveSeatV1,
  Role,
  REQUEST_PATTERNS,
  ScheduleSeriesV1,
  ScheduleSessionV1,
  SeatReservationV1,
  SessionV1,
  UpdateInitiativeV1,
  UpdateSessionV1,
  WithdrawInitiativeV1,
  parseContract,
} from '@prossimo/contracts';
import { Caller, CurrentCaller, OptionalActor, Public, Roles } from '../graphql/access';
import { RpcClient } from '../rpc/rpc-client.service';
import {
  Initiative,
  InitiativeConnection,
  InitiativeInput,
  InitiativeSession,
  ReserveSeatInput,
  ScheduleSessionInput,
  ScheduleSessionSeriesInput,
  SeatReservation,
  UpdateSessionInput,
} from './initiatives.models';

const defined = <T extends object>(o: T): Partial<T> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as Partial<T>;

/** GraphQL inputs are class instances with nested ones: plain objects for the contract. */
function initiativeCommand(input: InitiativeInput): Record<string, unknown> {
  return defined({ ...input, place: input.place ? { ...input.place, position: input.place.position ? { lat: input.place.position.lat, lng: input.place.position.lng } : undefined } : undefined });
}

/**
 * Initiatives, sessions and seats (apps/community, issue 17). The finder and an initiative's page
 * are public (no token); organisers publish: ORG_OPERATOR for their organisation, ADMIN for the
 * municipality. The organiser's name comes from the public directory.
 */
@Resolver()
export class InitiativesResolver {
  constructor(private readonly rpc: RpcClient) {}

  @Public()
  @Query(() => InitiativeConnection, {
    description:
      'The finder (no token): published initiatives of a municipality (`municipality`, else yours when signed in) with a session to come, by neighbourhood, day part, kind, free, step-free and good for people living alone; soonest first.',
  })
  async initiatives(
    @OptionalActor() actor: Actor | undefined,
    @Args('municipality', { nullable: true }) municipality?: string,
    @Args('neighbourhoodCode', { nullable: true }) neighbourhoodCode?: string,
    @Args('dayPart', { type: () => DayPart, nullable: true }) dayPart?: DayPart,
    @Args('kind', { type: () => InitiativeKind, nullable: true }) kind?: InitiativeKind,
    @Args('free', { nullable: true }) free?: boolean,
    @Args('stepFree', { nullable: true }) stepFree?: boolean,
    @Args('goodForLivingAlone', { nullable: true }) goodForLivingAlone?: boolean,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<{ nodes: Initiative[]; pageInfo: Page<unknown>['pageInfo'] }> {
    const m = municipality ?? actor?.municipality;
    if (!m) throw DomainError.badInput('municipality', 'municipality: quale comune? / which municipality?');
    const q = await parseContract(PublicInitiativesQueryV1, defined({ municipality: m, neighbourhoodCode, dayPart, kind, free, stepFree, goodForLivingAlone, first, after }));
    const page = await this.rpc.call(REQUEST_PATTERNS.community.publicInitiatives, q);
    return { nodes: await this.shape(page.nodes), pageInfo: page.pageInfo };
  }

  @Public()
  @Query(() => Initiative, { description: "An initiative's public page (no token): what, where, who runs it, and its next sessions with the seats left. A withdrawn one is NOT_FOUND." })
  async initiative(@Args('id', { type: () => ID }) id: string): Promise<Initiative> {
    const i = await this.rpc.call(REQUEST_PATTERNS.community.publicInitiative, { id });
    return (await this.shape([i]))[0];
  }

  @Roles(Role.ADMIN, Role.ORG_OPERATOR)
  @Query(() => InitiativeConnection, { description: 'The initiatives you publish: ORG_OPERATOR your organisation’s, ADMIN all of your municipality; most recently changed first.' })
  async myInitiatives(
    @CurrentCaller() caller: Caller,
    @Args('includeWithdrawn', { nullable: true }) includeWithdrawn?: boolean,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<{ nodes: Initiative[]; pageInfo: Page<unknown>['pageInfo'] }> {
    const page = await this.rpc.call(REQUEST_PATTERNS.community.myInitiatives, defined({ includeWithdrawn, first, after }), caller.actor);
    return { nodes: await this.shape(page.nodes), pageInfo: page.pageInfo };
  }

  @Roles(Role.ADMIN, Role.ORG_OPERATOR)
  @Query(() => Initiative, { description: 'One of your initiatives with all its sessions to come (to edit it).' })
  async managedInitiative(@Args('id', { type: () => ID }) id: string, @CurrentCaller() caller: Caller): Promise<Initiative> {
    return (await this.shape([await this.rpc.call(REQUEST_PATTERNS.community.getInitiative, { id }, caller.actor)]))[0];
  }

  @Roles(Role.ADMIN, Role.ORG_OPERATOR)
  @Mutation(() => Initiative, { description: 'Publishes an initiative with its place (ORG_OPERATOR for your organisation; ADMIN for the municipality or an organisation).' })
  async publishInitiative(@Args('input') input: InitiativeInput, @CurrentCaller() caller: Caller): Promise<Initiative> {
    const cmd = await parseContract(PublishInitiativeV1, initiativeCommand(input), 'input');
    await this.organiserInDirectory(cmd.organiserOrganisationId, caller);
    return (await this.shape([await this.rpc.call(REQUEST_PATTERNS.community.publishInitiative, cmd, caller.actor)]))[0];
  }

  @Roles(Role.ADMIN, Role.ORG_OPERATOR)
  @Mutation(() => Initiative, { description: "Replaces an initiative's public description and place." })
  async updateInitiative(@Args('input') input: InitiativeInput, @CurrentCaller() caller: Caller): Promise<Initiative> {
    const cmd = await parseContract(UpdateInitiativeV1, initiativeCommand(input), 'input');
    await this.organiserInDirectory(cmd.organiserOrganisationId, caller);
    return (await this.shape([await this.rpc.call(REQUEST_PATTERNS.community.updateInitiative, cmd, caller.actor)]))[0];
  }

  @Roles(Role.ADMIN, Role.ORG_OPERATOR)
  @Mutation(() => Initiative, { description: 'Withdraws an initiative: off the finder and the open data.' })
  async withdrawInitiative(@Args('id', { type: () => ID }) id: string, @CurrentCaller() caller: Caller): Promise<Initiative> {
    const cmd = await parseContract(WithdrawInitiativeV1, { id });
    return (await this.shape([await this.rpc.call(REQUEST_PATTERNS.community.withdrawInitiative, cmd, caller.actor)]))[0];
  }

  @Roles(Role.ADMIN, Role.ORG_OPERATOR)
  @Mutation(() => InitiativeSession, { description: 'Schedules one session of your initiative.' })
  async scheduleSession(@Args('input') input: ScheduleSessionInput, @CurrentCaller() caller: Caller): Promise<SessionV1> {
    return this.rpc.call(REQUEST_PATTERNS.community.scheduleSession, defined({ ...input }), caller.actor, { inputField: 'input' });
  }

  @Roles(Role.ADMIN, Role.ORG_OPERATOR)
  @Mutation(() => [InitiativeSession], { description: 'Schedules a weekly series of sessions (bounded: a year, 60 sessions at most), all or none.' })
  async scheduleSessionSeries(@Args('input') input: ScheduleSessionSeriesInput, @CurrentCaller() caller: Caller): Promise<SessionV1[]> {
    return this.rpc.call(REQUEST_PATTERNS.community.scheduleSeries, defined({ ...input }), caller.actor, { inputField: 'input' });
  }

  @Roles(Role.ADMIN, Role.ORG_OPERATOR)
  @Mutation(() => InitiativeSession, { description: 'Cancels, postpones or reschedules a session, or changes its seats (never under those taken).' })
  async updateSession(@Args('input') input: UpdateSessionInput, @CurrentCaller() caller: Caller): Promise<SessionV1> {
    return this.rpc.call(REQUEST_PATTERNS.community.updateSession, defined({ ...input }), caller.actor, { inputField: 'input' });
  }

  @Roles(Role.ADMIN, Role.ORG_OPERATOR)
  @Mutation(() => SeatReservation, { description: 'Takes one seat of a session (a registration by phone, or a seat held for a referred person); CONFLICT when none is left.' })
  async reserveSeat(@Args('input') input: ReserveSeatInput, @CurrentCaller() caller: Caller): Promise<SeatReservation> {
    return toReservation(await this.rpc.call(REQUEST_PATTERNS.community.reserveSeat, defined({ ...input }), caller.actor, { inputField: 'input' }));
  }

  @Roles(Role.ADMIN, Role.ORG_OPERATOR)
  @Mutation(() => SeatReservation, { description: 'Gives a seat back (releasing twice is releasing once).' })
  async releaseSeat(@Args('id', { type: () => ID }) id: string, @CurrentCaller() caller: Caller): Promise<SeatReservation> {
    return toReservation(await this.rpc.call(REQUEST_PATTERNS.community.releaseSeat, { id }, caller.actor));
  }

  /**
   * An organiser named by an ADMIN must be an organisation of the municipality's directory (an
   * ORG_OPERATOR can only name their own, which community checks): a typo or another city's id is
   * refused with the field, before anything is written.
   */
  private async organiserInDirectory(organiserId: string | undefined, caller: Caller): Promise<void> {
    if (!organiserId || caller.actor.role !== Role.ADMIN) return;
    const organisations = await this.rpc.call(REQUEST_PATTERNS.referrals.listOrganisations, {}, caller.actor);
    if (!organisations.some((o) => o.id === organiserId)) {
      throw DomainError.badInput('input.organiserOrganisationId', "input.organiserOrganisationId: nessun ente con questo id nell'elenco del comune / no organisation with this id in the municipality's directory");
    }
  }

  /** Adds each organiser's public name (from the public directory: one call per organisation on the page). */
  private async shape(nodes: InitiativeWithSessionsV1[]): Promise<Initiative[]> {
    const ids = [...new Set(nodes.map((n) => n.organiserOrganisationId).filter((x): x is string => !!x))];
    const names = new Map(
      await Promise.all(
        ids.map(async (id) => [id, await this.rpc.call(REQUEST_PATTERNS.referrals.hsdsOrganization, { id }).then((o) => (typeof o.name === 'string' ? o.name : null), () => null)] as const),
      ),
    );
    return nodes.map(({ organiserOrganisationId, createdAt: _createdAt, ...rest }) => ({
      ...rest,
      organiser: organiserOrganisationId ? { id: organiserOrganisationId, name: names.get(organiserOrganisationId) ?? null } : null,
    }));
  }
}

function toReservation(r: SeatReservationV1): SeatReservation {
  return { id: r.id, sessionId: r.sessionId, kind: r.kind, status: r.status, reservedAt: r.reservedAt, releasedAt: r.releasedAt, publicLeft: r.seats.publicLeft, referralLeft: r.seats.referralLeft };
}
