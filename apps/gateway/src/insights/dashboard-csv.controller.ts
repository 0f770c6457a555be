import { Controller, Get, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { DashboardQueryV1, DashboardV1, DomainError, ErrorCode, Role, RPC, SuppressedTableV1, SuppressionReasonV1, parseContract } from '@prossimo/contracts';
import { AuthedRequest, Roles } from '../graphql/access';
import { HttpErrorFilter } from '../graphql/http-errors.filter';
import { RpcClient } from '../rpc/rpc-client.service';

const TABLES = ['reportsByNeighbourhoodAndNeed', 'reportsByMonthAndNeed', 'reportsByNeighbourhoodAndMonth', 'referralsByState', 'unmetNeed', 'slaBreachesByMonth'] as const;
type TableName = (typeof TABLES)[number];

function csvCell(v: string): string {
  return /[",\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** What the CSV says of a count hidden to protect another (it may be 10 or more). */
export const HIDDEN_FOR_PRIVACY = 'nascosto per riservatezza';

/**
 * The dashboard's tables as CSV for the council, never a hidden number: a count hidden because it
 * is small is written "< 10" (true of it); one hidden to protect another (complementary
 * suppression: it may be 173) "nascosto per riservatezza".
 */
export function tableToCsv(t: SuppressedTableV1, k: number): string {
  const shown = (v: number | null, why: SuppressionReasonV1 | null | undefined) => (v !== null ? String(v) : why === 'small' ? `< ${k}` : HIDDEN_FOR_PRIVACY);
  const lines = [['', ...t.columns, 'totale'].map(csvCell).join(',')];
  t.rows.forEach((r, i) =>
    lines.push([r, ...t.cells[i].map((v, j) => shown(v, t.reasons.cells[i]?.[j])), shown(t.rowTotals[i], t.reasons.rowTotals[i])].map(csvCell).join(',')),
  );
  lines.push(['totale', ...t.columnTotals.map((v, j) => shown(v, t.reasons.columnTotals[j])), shown(t.total, t.reasons.total)].map(csvCell).join(','));
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
