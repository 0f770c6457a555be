import { Controller, Get, Inject, Req, Res, UseFilters } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { HealthV1, Role, REQUEST_PATTERNS, SERVICE_NAMES } from '@prossimo/contracts';
import { eventLoopLag } from '@prossimo/messaging';
import { GatewaySettings } from '../config/gateway.env';
import { GATEWAY_SETTINGS } from '../config/settings.token';
import { AuthedRequest, Public } from '../graphql/access';
import { HttpErrorFilter } from '../graphql/http-errors.filter';
import { RpcClient } from '../rpc/rpc-client.service';

export interface GatewayHealth {
  status: 'ok' | 'degraded';
  /** The gateway's own parts, and how late its event loop ran over the last minute. */
  gateway: { database: 'ok' | 'down'; nats: 'ok' | 'down'; eventLoopLagP99Ms: number; eventLoopLagMaxMs: number };
  services: Record<string, HealthV1 | { service: string; status: 'unavailable' }>;
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * GET /health: 200 when the gateway's database, its NATS connection and every service answer, 503
 * otherwise. Cheap to call: one check (each service asked over the gateway's existing NATS
 * connection, briefly) answers every caller for HEALTH_CACHE_MS, and concurrent callers share the
 * check in flight; nothing connects anew. Anyone gets `{ status }`; each part's state and the
 * services' counts only a caller with the X-Health-Token (HEALTH_DETAILS_TOKEN) or a signed-in ADMIN.
 */
@Controller('health')
@UseFilters(HttpErrorFilter)
export class HealthController {
  private cached: { at: number; health: GatewayHealth } | null = null;
  private inFlight: Promise<GatewayHealth> | null = null;
  private readonly detailsToken: Buffer | null;

  constructor(
    private readonly ds: DataSource,
    private readonly rpc: RpcClient,
    @Inject(GATEWAY_SETTINGS) private readonly settings: GatewaySettings,
  ) {
    this.detailsToken = settings.HEALTH_DETAILS_TOKEN ? digest(settings.HEALTH_DETAILS_TOKEN) : null;
    eventLoopLag(); // starts measuring now
  }

  @Public()
  @Get()
  async health(@Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response): Promise<GatewayHealth | Pick<GatewayHealth, 'status'>> {
    const health = await this.current();
    res.status(health.status === 'ok' ? 200 : 503);
    res.setHeader('Cache-Control', 'no-store');
    return this.mayReadDetails(req) ? health : { status: health.status };
  }

  private current(): Promise<GatewayHealth> {
    if (this.cached && Date.now() - this.cached.at < this.settings.HEALTH_CACHE_MS) return Promise.resolve(this.cached.health);
    this.inFlight ??= this.check()
      .then((health) => {
        this.cached = { at: Date.now(), health };
        return health;
      })
      .finally(() => (this.inFlight = null));
    return this.inFlight;
  }

  private async check(): Promise<GatewayHealth> {
    const services: GatewayHealth['services'] = {};
    const [database] = await Promise.all([
      this.ds.query('SELECT 1').then(() => 'ok' as const, () => 'down' as const),
      ...SERVICE_NAMES.map(async (name) => {
        services[name] = await this.rpc.call(REQUEST_PATTERNS[name].health, {}, undefined, { timeoutMs: 2000 }).catch(() => ({ service: name, status: 'unavailable' as const }));
      }),
    ]);
    // Read after the services were asked: the first call is what connects the client.
    const nats = this.rpc.connectionStatus() === 'connected' ? ('ok' as const) : ('down' as const);
    const allOk = database === 'ok' && nats === 'ok' && Object.values(services).every((s) => 'database' in s && s.database === 'ok' && s.nats === 'ok');
    const lag = eventLoopLag();
    return { status: allOk ? 'ok' : 'degraded', gateway: { database, nats, eventLoopLagP99Ms: lag.p99Ms, eventLoopLagMaxMs: lag.maxMs }, services };
  }

  private mayReadDetails(req: AuthedRequest): boolean {
    if (req.prossimo?.actor.role === Role.ADMIN) return true;
    const given = req.headers['x-health-token'];
    return this.detailsToken !== null && typeof given === 'string' && timingSafeEqual(digest(given), this.detailsToken);
  }
}
