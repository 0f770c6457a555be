import { Controller, Inject } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import type { NatsConnection } from '@nats-io/nats-core';
import { HealthV1, REQUEST_PATTERNS } from '@prossimo/contracts';
import { NATS_CONNECTION, serviceHealth } from '@prossimo/messaging';
import { DataSource } from 'typeorm';
import { RpcPublic } from '@prossimo/platform';
import { DirectoryRepository } from '../directory/directory.repository';

@Controller()
export class HealthHandler {
  constructor(
    private readonly directory: DirectoryRepository,
    private readonly ds: DataSource,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
  ) {}

  /** Public: no personal data, only whether the service can work and how large its directory is. */
  @RpcPublic()
  @MessagePattern(REQUEST_PATTERNS.referrals.health)
  async health(): Promise<HealthV1> {
    return serviceHealth('referrals', this.ds, this.nc, async () => {
      const counts = await this.directory.counts();
      return { organisations: counts.organisations, activeServices: counts.activeServices, openReferrals: counts.openReferrals };
    });
  }
}
