import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/nats-core';
import { Logger } from '@nestjs/common';
import { BusUser, inboxPrefix } from '@prossimo/contracts';

/**
 * Who a process is on the bus: its user (the service's name), the password of that user when the
 * bus is locked down (deploy/nats), and the CA that signs the servers' TLS certificates.
 */
export interface BusCredentials {
  user: BusUser;
  password?: string;
  tlsCaFile?: string;
}

/** Connection options (for both nats.js generations) for a bus user: credentials, a private reply inbox, TLS. */
export function natsOptions(url: string, creds: BusCredentials): { servers: string[]; user?: string; pass?: string; inboxPrefix: string; tls?: { caFile: string } } {
  return {
    servers: url.split(',').map((s) => s.trim()),
    ...(creds.password ? { user: creds.user, pass: creds.password } : {}),
    inboxPrefix: inboxPrefix(creds.user),
    ...(creds.tlsCaFile ? { tls: { caFile: creds.tlsCaFile } } : {}),
  };
}

const warned = new Set<string>();

/** Says once per process and user that the bus is open (fine on a developer's machine, never in production). */
export function warnIfOpenBus(creds: BusCredentials, logger: Logger): void {
  if (creds.password || warned.has(creds.user)) return;
  warned.add(creds.user);
  logger.warn(`NATS: connecting as "${creds.user}" without a password: the bus is open to any local process. Fine on a developer's machine; production requires NATS_PASSWORD (docs/security.md)`);
}

/**
 * Opens a NATS connection that never gives up: it waits for a server that is not up yet and
 * reconnects for ever after an outage (nats.js stops after about 20 s by default).
 */
export async function connectNats(url: string, name: string, creds: BusCredentials, logger?: Logger): Promise<NatsConnection> {
  if (logger) warnIfOpenBus(creds, logger);
  const nc = await connect({
    ...natsOptions(url, creds),
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
        if (s.type === 'disconnect' || s.type === 'reconnect') logger.warn(`nats ${s.type}`);
        // A refused publish or subscription (a permission violation) is reported here: say which.
        else if (s.type === 'error') logger.error(`nats error: ${s.error?.message ?? 'unknown'}`);
      }
    })().catch(() => undefined);
  }
  return nc;
}

/** A short-lived connection that fails fast: for the launcher's reachability test. */
export async function probeNats(url: string, creds: BusCredentials, timeoutMs = 2000): Promise<NatsConnection> {
  return connect({ ...natsOptions(url, creds), name: 'prossimo-probe', timeout: timeoutMs, maxReconnectAttempts: 0, reconnect: false });
}
