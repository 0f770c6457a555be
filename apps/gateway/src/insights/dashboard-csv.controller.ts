import { Controller, Get, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { DashboardQueryV1, DashboardV1, DomainError, ErrorCode, Role, RPC, SuppressedTableV1, parseContract } from '@prossimo/contracts';
import { AuthedRequest, Roles } from '../graphql/access';
import { HttpErrorFilter } from '../graphql/http-errors.filter';
import { RpcClient } from '../rpc/rpc-client.service';

const TABLES = ['reportsByNeighbourhoodAndNeed', 'reportsByMonthAndNeed', 'reportsByNeighbourhoodAndMonth', 'referralsByState', 'unmetNeed', 'slaBreachesByMonth'] as const;
type TableName = (typeof TABLES)[number];

function csvCell(v: string): string {
  return /[",\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** The dashboard's tables as CSV for the council: hidden cells are written "< 10", never a number. */
export function tableToCsv(t: SuppressedTableV1, k: number): string {
  const shown = (v: number | null) => (v === null ? `< ${k}` : String(v));
  const lines = [['', ...t.columns, 'totale'].map(csvCell).join(',')];
  t.rows.forEach((r, i) => lines.push([r, ...t.cells[i].map(shown), shown(t.rowTotals[i])].map(csvCell).join(',')));
  lines.push(['totale', ...t.columnTotals.map(shown), shown(t.total)].map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

@Controller('insights')
@UseFilters(HttpErrorFilter)
export class DashboardCsvController {
  constructor(private readonly rpc: RpcClient) {}

  @Roles(Role.CITY_ANALYST)
  @Get(':table.csv')
  async csv(@Param('table') table: string, @Query() query: Record<string, string>, @Req() req: AuthedRequest, @Res() res: Response): Promise<void> {
    if (!(TABLES as readonly string[]).includes(table)) throw DomainError.notFound(`table ${table}`);
    const q = await parseContract(DashboardQueryV1, Object.fromEntries(Object.entries(query).filter(([k]) => ['municipality', 'from', 'to'].includes(k))));
    if (!req.prossimo) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'a token is required');
    const d = await this.rpc.call<DashboardV1>(RPC.insights.dashboard, q, req.prossimo.actor);
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="${table}-${d.municipality}-${d.from.slice(0, 7)}-${d.to.slice(0, 7)}.csv"`);
    res.send(tableToCsv(d[table as TableName], d.k));
  }
}
