import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ListSchoolProtocolsV1, Page, REQUEST_PATTERNS, Role, SaveSchoolProtocolV1, SchoolProtocolV1, SchoolTotalsV1, parseContract } from '@prossimo/contracts';
import { Caller, CurrentCaller, Roles } from '../graphql/access';
import { RpcClient } from '../rpc/rpc-client.service';
import { SchoolProtocol, SchoolProtocolConnection, SchoolProtocolInput, SchoolYearTotals } from './schools.models';

const given = <T extends object>(o: T): Partial<T> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as Partial<T>;
const toProtocol = (p: SchoolProtocolV1): SchoolProtocol => ({ ...p, updatedAt: new Date(p.updatedAt) });

/** School protocols (issue 17): the ADMIN keeps them; the totals are ready for the dashboard. */
@Resolver()
export class SchoolsResolver {
  constructor(private readonly rpc: RpcClient) {}

  @Roles(Role.ADMIN)
  @Mutation(() => SchoolProtocol, { description: 'Creates or replaces a school protocol of your municipality: class groups as counts only.' })
  async saveSchoolProtocol(@Args('input') input: SchoolProtocolInput, @CurrentCaller() caller: Caller): Promise<SchoolProtocol> {
    const cmd = await parseContract(SaveSchoolProtocolV1, given(input), 'input');
    return toProtocol(await this.rpc.call(REQUEST_PATTERNS.community.saveSchoolProtocol, cmd, caller.actor));
  }

  @Roles(Role.ADMIN)
  @Query(() => SchoolProtocolConnection, { description: "Your municipality's school protocols, newest school year first." })
  async schoolProtocols(
    @CurrentCaller() caller: Caller,
    @Args('schoolYear', { nullable: true }) schoolYear?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<SchoolProtocolConnection> {
    const page = await this.rpc.call(REQUEST_PATTERNS.community.schoolProtocols, await parseContract(ListSchoolProtocolsV1, given({ schoolYear, first, after })), caller.actor);
    return { nodes: page.nodes.map(toProtocol), pageInfo: page.pageInfo };
  }

  @Roles(Role.ADMIN, Role.CITY_ANALYST)
  @Query(() => [SchoolYearTotals], { description: 'Per school year: protocols, class groups, students (a count), planned and done hours.' })
  async schoolTotals(@CurrentCaller() caller: Caller): Promise<SchoolYearTotals[]> {
    return (await this.rpc.call(REQUEST_PATTERNS.community.schoolTotals, {}, caller.actor)).years;
  }
}
