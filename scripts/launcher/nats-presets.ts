import { NatsConfigOptions } from '@prossimo/messaging';

/**
 * The two shapes of nats-server configuration Prossimo ships: one server (docker-compose: the
 * traffic stays in the compose network on one host) and a three-node cluster with TLS for clients
 * and routes (Kubernetes: traffic leaves the host). deploy/ holds their output for root "prossimo".
 */
export function natsConfigPreset(root: string, storeDir: string, tls: boolean, cluster: boolean): NatsConfigOptions {
  return {
    root,
    storeDir,
    monitorPort: 8222,
    ...(tls ? { tls: { certFile: '/etc/nats-tls/tls.crt', keyFile: '/etc/nats-tls/tls.key', caFile: '/etc/nats-tls/ca.crt' } } : {}),
    ...(cluster
      ? { cluster: { name: 'prossimo', port: 6222, serverName: '$POD_NAME', routes: ['nats-route://nats-0.nats:6222', 'nats-route://nats-1.nats:6222', 'nats-route://nats-2.nats:6222'] } }
      : {}),
  };
}

/** Where each shipped configuration lives, and how it is made. */
export const SHIPPED_NATS_CONFIGS = [
  { file: 'deploy/nats/nats-server.conf', preset: () => natsConfigPreset('prossimo', '/data', false, false) },
  { file: 'deploy/k8s/base/nats/nats-server.conf', preset: () => natsConfigPreset('prossimo', '/data', true, true) },
] as const;
