import { Controller, Get, Param, Query, Req, UseFilters } from '@nestjs/common';
import type { Request } from 'express';
import { DomainError, OpenDataFeedQueryV1, REQUEST_PATTERNS, RpdePageV1, parseContract } from '@prossimo/contracts';
import { Public } from '../graphql/access';
import { HttpErrorFilter } from '../graphql/http-errors.filter';
import { RpcClient } from '../rpc/rpc-client.service';

const FEEDS = ['session-series', 'scheduled-sessions'] as const;

/**
 * The initiatives as open data (docs/community.md): OpenActive SessionSeries and ScheduledSession
 * in RPDE pages (https://openactive.io/realtime-paged-data-exchange/), for anyone to reuse.
 *   GET /open-data                       what is here
 *   GET /open-data/session-series        ?afterTimestamp=&afterId=&limit=
 *   GET /open-data/scheduled-sessions    the same paging
 * Places and times only: never a person.
 */
@Public()
@UseFilters(HttpErrorFilter)
@Controller('open-data')
export class OpenDataController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  index(@Req() req: Request) {
    const base = `${req.protocol}://${req.get('host') ?? 'localhost'}/open-data`;
    return {
      description: 'Initiatives and sessions of Prossimo (places and times, never people), as OpenActive data in RPDE feeds.',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      feeds: FEEDS.map((f) => ({ name: f, url: `${base}/${f}`, kind: f === 'session-series' ? 'SessionSeries' : 'ScheduledSession' })),
      documentation: 'https://openactive.io/realtime-paged-data-exchange/',
    };
  }

  @Get(':feed')
  async feed(@Param('feed') feed: string, @Query() q: Record<string, unknown>, @Req() req: Request): Promise<{ next: string; items: RpdePageV1['items']; license: string }> {
    if (!(FEEDS as readonly string[]).includes(feed)) throw DomainError.notFound('feed');
    const numeric = (v: unknown) => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v);
    const unknown = Object.keys(q).filter((k) => !['afterTimestamp', 'afterId', 'limit'].includes(k));
    if (unknown.length) throw DomainError.badInput(unknown[0], `${unknown[0]}: parametro sconosciuto / unknown parameter (afterTimestamp, afterId, limit)`);
    const query = await parseContract(OpenDataFeedQueryV1, Object.fromEntries(Object.entries({ feed, afterTimestamp: numeric(q.afterTimestamp), afterId: q.afterId, limit: numeric(q.limit) }).filter(([, v]) => v !== undefined)));
    const page = await this.rpc.call(REQUEST_PATTERNS.community.openData, query);
    const base = `${req.protocol}://${req.get('host') ?? 'localhost'}`;
    // Ids become URLs here, where the address is known: a series is its public page, a session points to it.
    const items = page.items.map((item) => {
      if (!item.data) return item;
      const data = { ...item.data };
      if (item.kind === 'SessionSeries') {
        data['@id'] = `${base}/open-data/session-series/${item.id}`;
        data.url = `${base}/iniziative/${item.id}`;
      } else {
        data['@id'] = `${base}/open-data/scheduled-sessions/${item.id}`;
        data.superEvent = `${base}/open-data/session-series/${String(data.superEvent)}`;
      }
      return { ...item, data };
    });
    const next = page.next ? `${base}/open-data/${feed}?afterTimestamp=${page.next.afterTimestamp}&afterId=${page.next.afterId}` : `${base}/open-data/${feed}`;
    return { next, items, license: page.license };
  }
}
