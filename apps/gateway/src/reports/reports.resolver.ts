import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { MyReportsV1, Page, RPC, ReportSummaryV1, Role, SubmitReportV1, parseContract } from '@prossimo/contracts';
import { Caller, CurrentCaller, Roles } from '../graphql/access';
import { RpcClient } from '../rpc/rpc-client.service';
import { Report, ReportConnection, SubmitReportInput } from './reports.models';

function toReport(r: ReportSummaryV1): Report {
  return { ...r, submittedAt: new Date(r.submittedAt) };
}

/** Thin: authorise, validate against the contract, one call. */
@Resolver(() => Report)
export class ReportsResolver {
  constructor(private readonly rpc: RpcClient) {}

  @Roles(Role.ANTENNA)
  @Mutation(() => Report, { description: 'Flags a situation. input.id is made by the client: a retry returns the same report.' })
  async submitReport(@Args('input') input: SubmitReportInput, @CurrentCaller() caller: Caller): Promise<Report> {
    const command = await parseContract(SubmitReportV1, { ...input, subject: input.subject ? { ...input.subject } : undefined }, 'input');
    return toReport(await this.rpc.call<ReportSummaryV1>(RPC.reports.submit, command, caller.actor));
  }

  @Roles(Role.ANTENNA)
  @Query(() => ReportConnection, { description: "Your antenna's reports, newest first, with their coarse state." })
  async myReports(
    @CurrentCaller() caller: Caller,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<ReportConnection> {
    const query = await parseContract(MyReportsV1, { ...(first !== undefined ? { first } : {}), ...(after !== undefined ? { after } : {}) });
    const page = await this.rpc.call<Page<ReportSummaryV1>>(RPC.reports.mine, query, caller.actor);
    return { nodes: page.nodes.map(toReport), pageInfo: page.pageInfo };
  }
}
