import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { NeighbourhoodV1, Page, ProximityPointV1, ProximityPointsQueryV1, RPC, parseContract } from '@prossimo/contracts';
import { OptionalToken, Public } from '../graphql/access';
import { RpcClient } from '../rpc/rpc-client.service';
import { GeoPointInput, Neighbourhood, ProximityPointConnection } from './antennas.models';

@Resolver()
export class AntennasResolver {
  constructor(private readonly rpc: RpcClient) {}

  @Public()
  @Query(() => [Neighbourhood], { description: 'The neighbourhoods (of your municipality when signed in).' })
  neighbourhoods(@Args('municipality', { type: () => String, nullable: true }) municipality?: string, @OptionalToken() token?: string): Promise<NeighbourhoodV1[]> {
    return this.rpc.call(RPC.antennas.listNeighbourhoods, municipality ? { municipality } : {}, token);
  }

  @Public()
  @Query(() => ProximityPointConnection, { description: 'Where can I go: ACTIVE proximity points, nearest first when `near` is given.' })
  async proximityPoints(
    @Args('near', { type: () => GeoPointInput, nullable: true }) near?: GeoPointInput,
    @Args('neighbourhoodCode', { nullable: true }) neighbourhoodCode?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
    @Args('municipality', { nullable: true }) municipality?: string,
    @OptionalToken() token?: string,
  ): Promise<Page<ProximityPointV1>> {
    const query = await parseContract(ProximityPointsQueryV1, {
      ...(near ? { near: { lat: near.lat, lng: near.lng } } : {}),
      ...(neighbourhoodCode !== undefined ? { neighbourhoodCode } : {}),
      ...(first !== undefined ? { first } : {}),
      ...(after !== undefined ? { after } : {}),
      ...(municipality !== undefined ? { municipality } : {}),
    });
    return this.rpc.call(RPC.antennas.proximityPoints, query, token);
  }
}
