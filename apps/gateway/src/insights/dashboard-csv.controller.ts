import { Controller, Get, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, ErrorCode, Role, REQUEST_PATTERNS } from '@prossimo/contracts';
import { AuthedRequest, Roles } from '../graphql/access';
import { HttpErrorFilter } from '../graphql/http-errors.filter';
import { RpcClient } from '../rpc/rpc-client.service';
import { CSV_FORMATS, CSV_TABLES, CsvFormat, CsvTable, NEIGHBOURHOOD_ROWS, csvFileName, tableToCsv, tableToItalianCsv } from './dashboard-csv.format';

/**
 * The dashboard's tables as CSV for the council: by default for Italian Excel (`;`, Italian
 * headers and labels, UTF-8 with BOM); `&format=machine` gives the `,`-separated form with codes.
 * Hidden cells are written "< k" (small) or "nascosto per riservatezza" (hidden to protect another), never a number.
 */
@Controller('insights')
@UseFilters(HttpErrorFilter)
export class DashboardCsvController {
  constructor(private readonly rpc: RpcClient) {}

  @Roles(Role.CITY_ANALYST)
  @Get(':table.csv')
  async csv(@Param('table') table: string, @Query() query: Record<string, string>, @Req() req: AuthedRequest, @Res() res: Response): Promise<void> {
    if (!(CSV_TABLES as readonly string[]).includes(table)) throw DomainError.notFound(`table ${table}`);
    const format = (query.format ?? 'italian') as CsvFormat;
    if (!(CSV_FORMATS as readonly string[]).includes(format)) throw DomainError.badInput('format', 'format: "italian" (predefinito / default) o / or "machine"');
    if (!req.prossimo) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'a token is required');
    const q = Object.fromEntries(Object.entries(query).filter(([k]) => ['municipality', 'from', 'to'].includes(k)));
    const name = table as CsvTable;
    const d = await this.rpc.call(REQUEST_PATTERNS.insights.dashboard, q, req.prossimo.actor);
    // Neighbourhoods by name in the Italian form (the machine form keeps the codes).
    const names =
      format === 'italian' && NEIGHBOURHOOD_ROWS.has(name)
        ? new Map((await this.rpc.call(REQUEST_PATTERNS.antennas.listNeighbourhoods, { municipality: d.municipality }, req.prossimo.actor)).map((n) => [n.code, n.name]))
        : new Map<string, string>();
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="${csvFileName(name, format, d)}"`);
    res.send(format === 'italian' ? tableToItalianCsv(name, d[name], d.k, names) : tableToCsv(d[name], d.k));
  }
}
