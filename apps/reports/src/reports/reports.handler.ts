import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Actor, MyReportsV1, Page, ReportSummaryV1, Role, REQUEST_PATTERNS, RpcRequest, SubmitReportV1, parseContract } from '@prossimo/contracts';
import { RequiredActor, RpcRoles } from '@prossimo/platform';
import { PersonalDataRead } from '../audit/personal-data';
import { ReportsService } from './reports.service';

/** Request-reply adapter: authorise (guard), validate the contract, one service call. */
@Controller()
export class ReportsHandler {
  constructor(private readonly reports: ReportsService) {}

  @RpcRoles(Role.ANTENNA)
  @MessagePattern(REQUEST_PATTERNS.reports.submit)
  async submit(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<ReportSummaryV1> {
    return this.reports.submit(actor, await parseContract(SubmitReportV1, req.payload, 'input'));
  }

  @PersonalDataRead("the antenna's list: the first words of its own descriptions")
  @RpcRoles(Role.ANTENNA)
  @MessagePattern(REQUEST_PATTERNS.reports.mine)
  async mine(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<Page<ReportSummaryV1>> {
    return this.reports.mine(actor, await parseContract(MyReportsV1, req.payload ?? {}));
  }
}
