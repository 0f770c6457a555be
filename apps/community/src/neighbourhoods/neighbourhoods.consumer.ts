import { Injectable, OnModuleInit } from '@nestjs/common';
import { EventConsumer } from '@prossimo/messaging';
import { NeighbourhoodsRepository } from './neighbourhoods.repository';

/** What community learns from other services' events: the neighbourhoods (antennas defines them). */
@Injectable()
export class NeighbourhoodsConsumer implements OnModuleInit {
  constructor(
    private readonly consumer: EventConsumer,
    private readonly repo: NeighbourhoodsRepository,
  ) {}

  onModuleInit(): void {
    this.consumer.on('neighbourhood.defined.v1', async (e, { em }) => {
      await this.repo.upsert(em, { municipality: e.municipality, code: e.code, name: e.name, updatedAt: new Date(e.occurredAt) });
    });
  }
}
