import { Controller, Inject } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import type { NatsConnection } from '@nats-io/nats-core';
import { HealthV1, REQUEST_PATTERNS } from '@prossimo/contracts';
import { NATS_CONNECTION, serviceHealth } from '@prossimo/messaging';
import { DataSource } from 'typeorm';
import { RpcPublic } from '@prossimo/platform';
import { ReportsRepository } from '../reports/reports.repository';

@Controller()
export class HealthHandler {
  constructor(
    private readonly repo: ReportsRepository,
    private readonly ds: DataSource,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
  ) {}

  /** Public: no personal data, only whether the service can work and what its projections know. */
  @RpcPublic()
  @MessagePattern(REQUEST_PATTERNS.reports.health)
  async health(): Promise<HealthV1> {
    return serviceHealth('reports', this.ds, this.nc, async () => {
      const counts = await this.repo.counts();
      // unownedReports: the dashboard's operational counter, which must stay 0.
      return { neighbourhoods: counts.neighbourhoods, activeAntennas: counts.activeAntennas, unownedReports: counts.unownedReports };
    });
  }
}
