import { randomUUID } from 'node:crypto';
import { connect } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { EventMap, EventType, eventSubject } from '@prossimo/contracts';
import { ensureStreams } from '@prossimo/messaging';

/** Publishes domain events straight to JetStream, as another service's relay would. */
export class TestEventBus {
  private constructor(
    readonly nc: NatsConnection,
    private readonly root: string,
  ) {}

  static async connect(url: string, root: string): Promise<TestEventBus> {
    const nc = await connect({ servers: url });
    const { jetstreamManager } = await import('@nats-io/jetstream');
    await ensureStreams(await jetstreamManager(nc), root);
    return new TestEventBus(nc, root);
  }

  async publish<K extends EventType>(type: K, payload: Omit<EventMap[K], 'eventId' | 'occurredAt'> & { eventId?: string; occurredAt?: string }, msgId?: string): Promise<string> {
    const eventId = payload.eventId ?? randomUUID();
    const body = { ...payload, eventId, occurredAt: payload.occurredAt ?? new Date().toISOString() };
    await jetstream(this.nc).publish(eventSubject(this.root, payload.municipality, type), JSON.stringify(body), { msgID: msgId ?? eventId });
    return eventId;
  }

  /** Publishes raw bytes on a subject (for poison-message tests). */
  async publishRaw(subject: string, data: string, msgId?: string): Promise<void> {
    await jetstream(this.nc).publish(subject, data, msgId ? { msgID: msgId } : undefined);
  }

  async close(): Promise<void> {
    await this.nc.close();
  }
}
