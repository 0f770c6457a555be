import { Controller, Get, Inject, Res } from '@nestjs/common';
import { connect } from '@nats-io/transport-node';
import { natsOptions } from '@prossimo/messaging';
import { busCredentials } from '@prossimo/platform';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { HealthV1, RPC, SERVICE_NAMES } from '@prossimo/contracts';
import { GatewaySettings } from '../config/gateway.env';
import { GATEWAY_SETTINGS } from '../config/settings.token';
import { Public } from '../graphql/access';
import { RpcClient } from '../rpc/rpc-client.service';

export interface GatewayHealth {
  status: 'ok' | 'degraded';
  gateway: { database: 'ok' | 'down'; nats: 'ok' | 'down' };
  services: Record<string, HealthV1 | { service: string; status: 'unavailable' }>;
}

/** GET /health: the gateway's database and NATS, and each service (asked over NATS, briefly). 200 when all is well, 503 otherwise. */
@Controller('health')
export class HealthController {
  constructor(
    private readonly ds: DataSource,
    private readonly rpc: RpcClient,
    @Inject(GATEWAY_SETTINGS) private readonly settings: GatewaySettings,
  ) {}

  @Public()
  @Get()
  async health(@Res({ passthrough: true }) res: Response): Promise<GatewayHealth> {
    const database = await this.ds.query('SELECT 1').then(() => 'ok' as const, () => 'down' as const);
    const nats = await connect({ ...natsOptions(this.settings.NATS_URL, busCredentials(this.settings, 'gateway')), timeout: 1000, reconnect: false })
      .then(async (nc) => {
        await nc.close();
        return 'ok' as const;
      })
      .catch(() => 'down' as const);
    const services: GatewayHealth['services'] = {};
    await Promise.all(
      SERVICE_NAMES.map(async (name) => {
        services[name] = await this.rpc.call<HealthV1>(RPC[name].health, {}, undefined, 2000).catch(() => ({ service: name, status: 'unavailable' as const }));
      }),
    );
    const allOk = database === 'ok' && nats === 'ok' && Object.values(services).every((s) => 'database' in s && s.database === 'ok' && s.nats === 'ok');
    res.status(allOk ? 200 : 503);
    return { status: allOk ? 'ok' : 'degraded', gateway: { database, nats }, services };
  }
}
