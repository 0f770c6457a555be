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

  @RpcPublic()
  @MessagePattern(REQUEST_PATTERNS.insights.health)
  async health(): Promise<HealthV1> {
    return serviceHealth('insights', this.ds, this.nc);
  }
}
