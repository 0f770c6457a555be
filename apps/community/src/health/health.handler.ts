import { Controller, Inject } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import type { NatsConnection } from '@nats-io/nats-core';
import { DataSource } from 'typeorm';
import { HealthV1, REQUEST_PATTERNS } from '@prossimo/contracts';
import { NATS_CONNECTION, serviceHealth } from '@prossimo/messaging';
import { RpcPublic } from '@prossimo/platform';

@Controller()
export class HealthHandler {
  constructor(
    private readonly ds: DataSource,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
  ) {}

  /** Public: no personal data, only whether the service can work and how much it holds. */
  @RpcPublic()
  @MessagePattern(REQUEST_PATTERNS.community.health)
  async health(): Promise<HealthV1> {
    return serviceHealth('community', this.ds, this.nc, async () => {
      const [row] = await this.ds.query<{ neighbourhoods: number; initiatives: number }[]>(
        `SELECT (SELECT count(*) FROM neighbourhoods)::int AS neighbourhoods, (SELECT count(*) FROM initiatives WHERE status = 'PUBLISHED')::int AS initiatives`,
      );
      return { neighbourhoods: row.neighbourhoods, publishedInitiatives: row.initiatives };
    });
  }
}
