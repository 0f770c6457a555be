import type { NatsConnection } from '@nats-io/nats-core';
import { DataSource } from 'typeorm';
import { HealthV1 } from '@prossimo/contracts';
import { failedOutboxRows } from './outbox-relay';

/**
 * A service's health: its database and NATS connection, the counts it wants to show (no personal
 * data), and how many outbox rows were set aside (`outboxFailed`, which should be 0).
 */
export async function serviceHealth(service: string, ds: DataSource, nc: NatsConnection, counts: () => Promise<Record<string, number>> = async () => ({})): Promise<HealthV1> {
  const nats = nc.isClosed() ? 'down' : 'ok';
  try {
    const details = { ...(await counts()), outboxFailed: await failedOutboxRows(ds) };
    return { service, database: 'ok', nats, details };
  } catch {
    return { service, database: 'down', nats, details: {} };
  }
}
