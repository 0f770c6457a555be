import { Logger } from '@nestjs/common';
import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { REQUEST_PATTERNS, ReportSummaryV1, Role } from '@prossimo/contracts';
import { Caller, CurrentCaller, Roles } from '../graphql/access';
import { RpcClient } from '../rpc/rpc-client.service';
import { NextStep, Report, ReportConnection, SubmitReportInput } from './reports.models';

function toReport(r: ReportSummaryV1): Report {
  return { ...r, submittedAt: new Date(r.submittedAt) };
}

/** Thin: authorise, validate against the contract, one call. */
@Resolver(() => Report)
export class ReportsResolver {
  private readonly logger = new Logger('ReportsResolver');

  constructor(private readonly rpc: RpcClient) {}

  /**
   * By when the report should be answered, by the municipality's SLA policy for its urgency (the
   * shop's confirmation says it). Asked of referrals only when requested; null if it does not
   * answer, so the report itself is never lost to it.
   */
  @Roles(Role.ANTENNA)
  @ResolveField(() => NextStep, { nullable: true, description: "By when it should be answered (the municipality's SLA for its urgency, from now)" })
  nextStep(@Parent() report: Report, @CurrentCaller() caller: Caller, @Context() ctx: { req: { loaders?: Record<string, unknown> } }): Promise<NextStep | null> {
    // One question per urgency and request, however many reports ask.
    const loaders = (ctx.req.loaders ??= {});
    const loader = (loaders.nextStep ??= new DataLoader<string, NextStep | null>((urgencies) => Promise.all(urgencies.map((u) => this.preview(caller, u))))) as DataLoader<string, NextStep | null>;
    return loader.load(report.urgency);
  }

  private async preview(caller: Caller, urgency: string): Promise<NextStep | null> {
    try {
      const preview = await this.rpc.call(REQUEST_PATTERNS.referrals.slaPreview, { urgency }, caller.actor);
      return { acceptBy: new Date(preview.acceptBy), firstContactBy: new Date(preview.firstContactBy) };
    } catch (err) {
      this.logger.warn({ err: err instanceof Error ? err.message : String(err) }, 'SLA preview unavailable');
      return null;
    }
  }

  @Roles(Role.ANTENNA)
  @Mutation(() => Report, { description: 'Flags a situation. input.id is made by the client: a retry returns the same report.' })
  async submitReport(@Args('input') input: SubmitReportInput, @CurrentCaller() caller: Caller): Promise<Report> {
    const command = { ...input, subject: input.subject ? { ...input.subject } : undefined };
    return toReport(await this.rpc.call(REQUEST_PATTERNS.reports.submit, command, caller.actor, { inputField: 'input' }));
  }

  @Roles(Role.ANTENNA)
  @Query(() => ReportConnection, { description: "Your antenna's reports, newest first, with their coarse state." })
  async myReports(
    @CurrentCaller() caller: Caller,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<ReportConnection> {
    const page = await this.rpc.call(REQUEST_PATTERNS.reports.mine, { ...(first !== undefined ? { first } : {}), ...(after !== undefined ? { after } : {}) }, caller.actor);
    return { nodes: page.nodes.map(toReport), pageInfo: page.pageInfo };
  }
}
