import { Controller, Inject } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import type { NatsConnection } from '@nats-io/nats-core';
import { HealthV1, REQUEST_PATTERNS } from '@prossimo/contracts';
import { NATS_CONNECTION, serviceHealth } from '@prossimo/messaging';
import { DataSource } from 'typeorm';
import { RpcPublic } from '@prossimo/platform';
import { AntennasRepository } from '../antennas/antennas.repository';

@Controller()
export class HealthHandler {
  constructor(
    private readonly repo: AntennasRepository,
    private readonly ds: DataSource,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
  ) {}

  /** Public: no personal data, only whether the service can work and how much of the network it knows. */
  @RpcPublic()
  @MessagePattern(REQUEST_PATTERNS.antennas.health)
  async health(): Promise<HealthV1> {
    return serviceHealth('antennas', this.ds, this.nc, async () => {
      const counts = await this.repo.counts();
      return { neighbourhoods: counts.neighbourhoods, activeAntennas: counts.activeAntennas };
    });
  }
}
