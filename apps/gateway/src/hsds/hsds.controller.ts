import { Controller, Get, Param, Query, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { strToU8, zipSync } from 'fflate';
import { REQUEST_PATTERNS } from '@prossimo/contracts';
import { Public } from '../graphql/access';
import { HttpErrorFilter } from '../graphql/http-errors.filter';
import { RpcClient } from '../rpc/rpc-client.service';

/** Query strings are text: numbers become numbers before validation, unknown parameters are refused. */
function listQuery(q: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...q };
  for (const k of ['page', 'per_page']) if (typeof out[k] === 'string' && /^\d+$/.test(out[k])) out[k] = Number(out[k]);
  for (const k of ['format', 'full', 'minimal', 'top_only']) delete out[k];
  return out;
}

/**
 * The public directory in Open Referral HSDS 3.0 (GET /hsds/...): organisations, services,
 * taxonomy and service_at_locations, paginated. Never a referral, a report or a person.
 */
@Public()
@UseFilters(HttpErrorFilter)
@Controller('hsds')
export class HsdsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  async meta() {
    return { version: '3.0', profile: 'https://prossimo.example/hsds/profile/it-terzo-settore', openapi_url: 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json' };
  }

  /**
   * The public directory as an HSDS 3.0 tabular data package (datapackage.json and the CSVs), for
   * another system to take: open data, organisations, services and places only.
   */
  @Get('export.zip')
  async exportZip(@Query() q: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const { files } = await this.rpc.call(REQUEST_PATTERNS.referrals.hsdsExport, q, undefined, { timeoutMs: 30_000 });
    const zip = zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])), { level: 6, mtime: new Date('2026-01-01T00:00:00Z') });
    res.setHeader('content-type', 'application/zip');
    res.setHeader('content-disposition', `attachment; filename="prossimo-hsds${typeof q.municipality === 'string' ? `-${q.municipality}` : ''}.zip"`);
    res.setHeader('cache-control', 'no-cache');
    res.send(Buffer.from(zip));
  }

  @Get('services')
  async services(@Query() q: Record<string, unknown>) {
    return this.rpc.call(REQUEST_PATTERNS.referrals.hsdsServices, listQuery(q));
  }

  @Get('services/:id')
  async service(@Param('id') id: string) {
    return this.rpc.call(REQUEST_PATTERNS.referrals.hsdsService, { id });
  }

  @Get('organizations')
  async organizations(@Query() q: Record<string, unknown>) {
    return this.rpc.call(REQUEST_PATTERNS.referrals.hsdsOrganizations, listQuery(q));
  }

  @Get('organizations/:id')
  async organization(@Param('id') id: string) {
    return this.rpc.call(REQUEST_PATTERNS.referrals.hsdsOrganization, { id });
  }

  @Get('taxonomies')
  async taxonomies(@Query() q: Record<string, unknown>) {
    return this.rpc.call(REQUEST_PATTERNS.referrals.hsdsTaxonomies, listQuery(q));
  }

  @Get('taxonomy_terms')
  async taxonomyTerms(@Query() q: Record<string, unknown>) {
    return this.rpc.call(REQUEST_PATTERNS.referrals.hsdsTaxonomyTerms, listQuery(q));
  }

  @Get('service_at_locations')
  async serviceAtLocations(@Query() q: Record<string, unknown>) {
    return this.rpc.call(REQUEST_PATTERNS.referrals.hsdsServiceAtLocations, listQuery(q));
  }
}
