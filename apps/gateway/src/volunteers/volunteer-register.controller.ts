import { Controller, Get, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, REQUEST_PATTERNS, Role, VolunteerRegisterQueryV1, VolunteerRegisterV1, parseContract } from '@prossimo/contracts';
import { AuthedRequest, Roles } from '../graphql/access';
import { HttpErrorFilter } from '../graphql/http-errors.filter';
import { RpcClient } from '../rpc/rpc-client.service';
import { volunteerRegisterCsv, volunteerRegisterFileName } from './volunteer-register.csv';

/**
 * GET /community/volunteer-register.csv?from=yyyy-mm-dd&to=yyyy-mm-dd — an organisation's register
 * of non-occasional volunteers (Third Sector Code art. 17) as CSV for Italian Excel (ORG_OPERATOR,
 * their own organisation only). By default the current calendar year.
 */
@Controller('community')
@UseFilters(HttpErrorFilter)
export class VolunteerRegisterController {
  constructor(private readonly rpc: RpcClient) {}

  @Roles(Role.ORG_OPERATOR)
  @Get('volunteer-register.csv')
  async csv(@Query() query: Record<string, string>, @Req() req: AuthedRequest, @Res() res: Response): Promise<void> {
    if (!req.prossimo) throw DomainError.unauthenticated('a token is required');
    const q = await parseContract(VolunteerRegisterQueryV1, Object.fromEntries(Object.entries(query).filter(([k]) => k === 'from' || k === 'to')));
    const register = await this.rpc.call(REQUEST_PATTERNS.community.volunteerRegister, q, req.prossimo.actor);
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="${volunteerRegisterFileName(register)}"`);
    res.send(volunteerRegisterCsv(register));
  }
}
