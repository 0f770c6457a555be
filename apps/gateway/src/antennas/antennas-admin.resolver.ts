import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import {
  AntennaAction,
  AntennaStatus,
  AntennaV1,
  CoverageV1,
  CreateAntennaMemberV1,
  ImportNeighbourhoodsResultV1,
  REQUEST_PATTERNS,
  RemoveAntennaMemberV1,
  Role,
  parseContract,
} from '@prossimo/contracts';
import { AntennaKind } from '../graphql/enums';
import { Caller, CurrentCaller, Roles } from '../graphql/access';
import { AntennaMember as Member, MembersService } from '../identity/members.service';
import { RpcClient } from '../rpc/rpc-client.service';
import { GeocodedPlace, Geocoder } from './geocoder';
import {
  Antenna,
  AntennaConnection,
  AntennaMember,
  Coverage,
  CreateAntennaMemberInput,
  CreatedAntennaMember,
  ImportNeighbourhoodsResult,
  ProposeAntennaInput,
} from './antennas-admin.models';

function toAntenna(a: AntennaV1): Antenna {
  return {
    ...a,
    codeOfConductAcceptedAt: a.codeOfConductAcceptedAt ? new Date(a.codeOfConductAcceptedAt) : null,
    createdAt: new Date(a.createdAt),
    updatedAt: new Date(a.updatedAt),
    history: a.history.map((h) => ({ ...h, at: new Date(h.at) })),
  };
}

/** Only the arguments that were given (GraphQL passes absent ones as undefined). */
function given<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as Partial<T>;
}

/**
 * The administration's side of the network (ADMIN) and the city's coverage (CITY_ANALYST).
 * Thin: authorise, validate against the contract, one call.
 */
@Resolver(() => Antenna)
export class AntennasAdminResolver {
  constructor(
    private readonly rpc: RpcClient,
    private readonly memberAccounts: MembersService,
    private readonly geocoder: Geocoder,
  ) {}

  private async move(caller: Caller, fields: { id: string; action: AntennaAction; reason?: string; trainedOn?: string; codeOfConductAccepted?: boolean }): Promise<Antenna> {
    return toAntenna(await this.rpc.call(REQUEST_PATTERNS.antennas.transition, given(fields), caller.actor));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Antenna, { description: 'Proposes an antenna (PROPOSED); its neighbourhood comes from its position.' })
  async proposeAntenna(@Args('input') input: ProposeAntennaInput, @CurrentCaller() caller: Caller): Promise<Antenna> {
    const cmd = given({ ...input, position: input.position ? { lat: input.position.lat, lng: input.position.lng } : undefined });
    return toAntenna(await this.rpc.call(REQUEST_PATTERNS.antennas.propose, cmd, caller.actor, { inputField: 'input' }));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Antenna, { description: 'PROPOSED → TRAINED: the training date and the code of conduct accepted.' })
  trainAntenna(
    @Args('id', { type: () => ID }) id: string,
    @Args('trainedOn', { description: 'YYYY-MM-DD' }) trainedOn: string,
    @Args('codeOfConductAccepted') codeOfConductAccepted: boolean,
    @CurrentCaller() caller: Caller,
    @Args('reason', { nullable: true }) reason?: string,
  ): Promise<Antenna> {
    return this.move(caller, { id, action: 'train', trainedOn, codeOfConductAccepted, reason });
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Antenna, { description: 'TRAINED → ACTIVE: it may report and appears among the proximity points.' })
  activateAntenna(@Args('id', { type: () => ID }) id: string, @CurrentCaller() caller: Caller, @Args('reason', { nullable: true }) reason?: string): Promise<Antenna> {
    return this.move(caller, { id, action: 'activate', reason });
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Antenna, { description: 'ACTIVE → SUSPENDED (reason required): its members’ new reports are refused within seconds.' })
  suspendAntenna(@Args('id', { type: () => ID }) id: string, @Args('reason') reason: string, @CurrentCaller() caller: Caller): Promise<Antenna> {
    return this.move(caller, { id, action: 'suspend', reason });
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Antenna, { description: 'SUSPENDED → ACTIVE.' })
  reactivateAntenna(@Args('id', { type: () => ID }) id: string, @CurrentCaller() caller: Caller, @Args('reason', { nullable: true }) reason?: string): Promise<Antenna> {
    return this.move(caller, { id, action: 'reactivate', reason });
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Antenna, { description: 'Any status → RETIRED (reason required); final.' })
  retireAntenna(@Args('id', { type: () => ID }) id: string, @Args('reason') reason: string, @CurrentCaller() caller: Caller): Promise<Antenna> {
    return this.move(caller, { id, action: 'retire', reason });
  }

  @Roles(Role.ADMIN)
  @Query(() => AntennaConnection, { description: 'The antennas of your municipality, any status, by name.' })
  async antennas(
    @CurrentCaller() caller: Caller,
    @Args('status', { type: () => [AntennaStatus], nullable: true }) status?: AntennaStatus[],
    @Args('kind', { type: () => [AntennaKind], nullable: true }) kind?: AntennaKind[],
    @Args('neighbourhoodCode', { nullable: true }) neighbourhoodCode?: string,
    @Args('search', { nullable: true, description: 'Part of the name' }) search?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<AntennaConnection> {
    const page = await this.rpc.call(REQUEST_PATTERNS.antennas.list, given({ status, kind, neighbourhoodCode, search, first, after }), caller.actor);
    return { nodes: page.nodes.map(toAntenna), pageInfo: page.pageInfo };
  }

  @Roles(Role.ADMIN)
  @Query(() => Antenna, { description: 'One antenna with its history and members.' })
  async antenna(@Args('id', { type: () => ID }) id: string, @CurrentCaller() caller: Caller): Promise<Antenna> {
    return toAntenna(await this.rpc.call(REQUEST_PATTERNS.antennas.get, { id }, caller.actor));
  }

  @Roles(Role.ADMIN)
  @ResolveField(() => [AntennaMember], { description: 'Its named logins (at most 100)' })
  members(@Parent() antenna: Antenna, @Context() ctx: { req: { loaders?: Record<string, unknown> } }): Promise<Member[]> {
    // One query for all the antennas of a list, not one per antenna: a DataLoader per request.
    const loaders = (ctx.req.loaders ??= {});
    const loader = (loaders.antennaMembers ??= new DataLoader<string, Member[]>((ids) => this.memberAccounts.ofAntennas(ids), { maxBatchSize: 100 })) as DataLoader<string, Member[]>;
    return loader.load(antenna.id);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => CreatedAntennaMember, { description: 'A named login with a password you set (scripts). For a person, use inviteAccount with role ANTENNA: they choose their own password.' })
  async createAntennaMember(@Args('input') input: CreateAntennaMemberInput, @CurrentCaller() caller: Caller): Promise<CreatedAntennaMember> {
    const cmd = await parseContract(CreateAntennaMemberV1, given({ ...input }), 'input');
    return this.memberAccounts.create(caller, cmd);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => AntennaMember, { description: 'Removes a member’s login; their reports stay with the antenna.' })
  async removeAntennaMember(@Args('id', { type: () => ID }) id: string, @CurrentCaller() caller: Caller): Promise<Member> {
    const cmd = await parseContract(RemoveAntennaMemberV1, { id });
    return this.memberAccounts.remove(caller, cmd.id);
  }

  @Roles(Role.ADMIN)
  @Query(() => Boolean, { description: 'Whether an address lookup is configured (GEOCODER_URL): the antenna form offers «Cerca l’indirizzo» only then.' })
  addressLookupAvailable(): boolean {
    return this.geocoder.available;
  }

  @Roles(Role.ADMIN)
  @Query(() => [GeocodedPlace], { description: 'Up to 5 places for an address, from the configured lookup (none when no lookup is configured; UNAVAILABLE when it does not answer).' })
  geocodeAddress(@Args('address') address: string): Promise<GeocodedPlace[]> {
    return this.geocoder.search(address);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => ImportNeighbourhoodsResult, { description: 'Imports a municipality’s neighbourhoods from a GeoJSON FeatureCollection (as text), all or nothing.' })
  async importNeighbourhoods(
    @Args('geojson') geojson: string,
    @CurrentCaller() caller: Caller,
    @Args('approximate', { nullable: true }) approximate?: boolean,
    @Args('municipality', { nullable: true, description: 'ISTAT code: your own (the default); another is refused' }) municipality?: string,
  ): Promise<ImportNeighbourhoodsResultV1> {
    return this.rpc.call(REQUEST_PATTERNS.antennas.importNeighbourhoods, given({ municipality, geojson, approximate }), caller.actor);
  }

  @Roles(Role.CITY_ANALYST)
  @Query(() => Coverage, { description: 'Antennas per neighbourhood and per resident, the antenna deserts, and reports per month (small cells hidden).' })
  async coverage(
    @CurrentCaller() caller: Caller,
    @Args('municipality', { nullable: true }) municipality?: string,
    @Args('from', { nullable: true, description: 'YYYY-MM' }) from?: string,
    @Args('to', { nullable: true, description: 'YYYY-MM' }) to?: string,
  ): Promise<CoverageV1> {
    return this.rpc.call(REQUEST_PATTERNS.antennas.coverage, given({ municipality, from, to }), caller.actor);
  }
}
