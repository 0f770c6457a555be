import { Args, Info, Int, Query, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { Actor, DomainError, ErrorCode, Page, Role, ProximityPointV1, REQUEST_PATTERNS } from '@prossimo/contracts';
import { Caller, CurrentCaller, OptionalActor, Public, Roles } from '../graphql/access';
import { RpcClient } from '../rpc/rpc-client.service';
import { GeoPointInput, MyAntenna, Neighbourhood, ProximityPointConnection } from './antennas.models';

/** Whether the query selects `field` directly under this one (fragments included). */
function selects(info: GraphQLResolveInfo, field: string): boolean {
  const visit = (selections: readonly import('graphql').SelectionNode[]): boolean =>
    selections.some((s) => {
      if (s.kind === 'Field') return s.name.value === field;
      if (s.kind === 'InlineFragment') return visit(s.selectionSet.selections);
      const fragment = info.fragments[s.name.value];
      return fragment ? visit(fragment.selectionSet.selections) : false;
    });
  return info.fieldNodes.some((node) => (node.selectionSet ? visit(node.selectionSet.selections) : false));
}

@Resolver()
export class AntennasResolver {
  constructor(private readonly rpc: RpcClient) {}

  @Public()
  @Query(() => [Neighbourhood], { description: 'The neighbourhoods (of your municipality when signed in).' })
  async neighbourhoods(
    @Info() info: GraphQLResolveInfo,
    @Args('municipality', { type: () => String, nullable: true }) municipality?: string,
    @OptionalActor() actor?: Actor,
  ): Promise<Neighbourhood[]> {
    // The geometry is fetched only when the query asks for it (the dashboard's map).
    const withBoundary = selects(info, 'boundary');
    const rows = await this.rpc.call(REQUEST_PATTERNS.antennas.listNeighbourhoods, { ...(municipality ? { municipality } : {}), ...(withBoundary ? { withBoundary } : {}) }, actor);
    return rows.map(({ boundary, ...n }) => ({ ...n, boundary: boundary ? JSON.stringify(boundary) : null }));
  }

  @Roles(Role.ANTENNA)
  @Query(() => MyAntenna, { description: "Your antenna (ANTENNA): its name, neighbourhood and status." })
  async myAntenna(@CurrentCaller() caller: Caller): Promise<MyAntenna> {
    if (!caller.actor.antennaId) throw new DomainError(ErrorCode.NOT_FOUND, 'nessuna antenna collegata / no antenna linked to this account');
    const a = await this.rpc.call(REQUEST_PATTERNS.antennas.get, { id: caller.actor.antennaId }, caller.actor);
    return { id: a.id, name: a.name, neighbourhoodCode: a.neighbourhoodCode, status: a.status };
  }

  @Public()
  @Query(() => ProximityPointConnection, { description: 'Where can I go: ACTIVE proximity points, nearest first when `near` is given.' })
  async proximityPoints(
    @Args('near', { type: () => GeoPointInput, nullable: true }) near?: GeoPointInput,
    @Args('neighbourhoodCode', { nullable: true }) neighbourhoodCode?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
    @Args('municipality', { nullable: true }) municipality?: string,
    @OptionalActor() actor?: Actor,
  ): Promise<Page<ProximityPointV1>> {
    const query = {
      ...(near ? { near: { lat: near.lat, lng: near.lng } } : {}),
      ...(neighbourhoodCode !== undefined ? { neighbourhoodCode } : {}),
      ...(first !== undefined ? { first } : {}),
      ...(after !== undefined ? { after } : {}),
      ...(municipality !== undefined ? { municipality } : {}),
    };
    return this.rpc.call(REQUEST_PATTERNS.antennas.proximityPoints, query, actor);
  }
}
