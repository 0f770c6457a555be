import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/nats-core';
import { Logger } from '@nestjs/common';

/**
 * Opens a NATS connection that never gives up: it waits for a server that is not up yet and
 * reconnects for ever after an outage (nats.js stops after about 20 s by default).
 */
export async function connectNats(url: string, name: string, logger?: Logger): Promise<NatsConnection> {
  const nc = await connect({
    servers: url.split(',').map((s) => s.trim()),
    name,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 500,
    reconnectJitter: 250,
    waitOnFirstConnect: true,
    pingInterval: 10_000,
  });
  if (logger) {
    void (async () => {
      for await (const s of nc.status()) {
        if (s.type === 'disconnect' || s.type === 'reconnect' || s.type === 'error') {
          logger.warn(`nats ${s.type}`);
        }
      }
    })().catch(() => undefined);
  }
  return nc;
}

/** A short-lived connection that fails fast: for health checks and the launcher's reachability test. */
export async function probeNats(url: string, timeoutMs = 2000): Promise<NatsConnection> {
  return connect({ servers: url.split(',').map((s) => s.trim()), name: 'prossimo-probe', timeout: timeoutMs, maxReconnectAttempts: 0, reconnect: false });
}
