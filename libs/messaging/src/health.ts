import type { NatsConnection } from '@nats-io/nats-core';
import { DataSource } from 'typeorm';
import { HealthV1 } from '@prossimo/contracts';
import { eventLoopLag } from './event-loop-lag';
import { failedOutboxRows, pendingOutbox } from './outbox-relay';

/**
 * A service's health: its database and NATS connection, the counts it wants to show (no personal
 * data), how many outbox rows were set aside (`outboxFailed`, which should be 0), how many events
 * wait to be published and for how long (`outboxPending`, `outboxOldestMs`: they grow while
 * JetStream cannot take events, which a write does not wait for), and how late its event loop ran
 * over the last minute (`eventLoopLagP99Ms`, `eventLoopLagMaxMs`).
 */
export async function serviceHealth(service: string, ds: DataSource, nc: NatsConnection, counts: () => Promise<Record<string, number>> = async () => ({})): Promise<HealthV1> {
  const nats = nc.isClosed() ? 'down' : 'ok';
  try {
    const lag = eventLoopLag();
    const outbox = await pendingOutbox(ds);
    const details = {
      ...(await counts()),
      outboxFailed: await failedOutboxRows(ds),
      outboxPending: outbox.pending,
      outboxOldestMs: outbox.oldestMs,
      eventLoopLagP99Ms: lag.p99Ms,
      eventLoopLagMaxMs: lag.maxMs,
    };
    return { service, database: 'ok', nats, details };
  } catch {
    return { service, database: 'down', nats, details: {} };
  }
}
