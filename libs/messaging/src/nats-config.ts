import { BUS_USERS, BusUser, SubjectPermissions, busPasswordVariable, busPermissions } from '@prossimo/contracts';

export interface NatsConfigOptions {
  /** The subject root the permissions are written for ("prossimo"). */
  root: string;
  port?: number;
  storeDir: string;
  /** HTTP monitoring port (0: off). */
  monitorPort?: number;
  /** Client TLS (for traffic that leaves the host): certificate, key and CA files on the server. */
  tls?: { certFile: string; keyFile: string; caFile: string };
  /** A cluster of several servers with their routes (mutual TLS between them when `tls` is set). */
  cluster?: { name: string; port: number; routes: string[]; serverName: string };
}

const q = (s: string) => JSON.stringify(s);
const list = (items: string[]) => `[${items.map(q).join(', ')}]`;

function permissions(p: SubjectPermissions, indent: string): string {
  const part = (name: 'publish' | 'subscribe') => {
    const rule = p[name];
    return `${indent}  ${name}: { allow: ${list(rule.allow)}${rule.deny?.length ? `, deny: ${list(rule.deny)}` : ''} }`;
  };
  return [`${indent}permissions: {`, part('publish'), part('subscribe'), ...(p.allowResponses ? [`${indent}  allow_responses: true`] : []), `${indent}}`].join('\n');
}

function user(name: BusUser, p: SubjectPermissions): string {
  return [`    {`, `      user: ${q(name)}`, `      password: $${busPasswordVariable(name)}`, permissions(p, '      '), `    }`].join('\n');
}

/**
 * The nats-server configuration that enforces the bus permissions (libs/contracts bus.ts): one
 * user per process, passwords read from the server's environment (NATS_<USER>_PASSWORD), no
 * anonymous access. `node dist/scripts/prossimo.js nats-config` prints it; the files shipped in
 * deploy/ are its output, checked by a test.
 */
export function renderNatsConfig(o: NatsConfigOptions): string {
  const perms = busPermissions(o.root);
  const tls = o.tls ? `  cert_file: ${q(o.tls.certFile)}\n  key_file: ${q(o.tls.keyFile)}\n  ca_file: ${q(o.tls.caFile)}\n` : '';
  const lines = [
    '# Prossimo: nats-server configuration. Generated from libs/contracts/src/bus.ts by',
    `#   node dist/scripts/prossimo.js nats-config --root ${o.root}${o.tls ? ' --tls' : ''}${o.cluster ? ' --cluster' : ''}`,
    '# Do not edit by hand: a test compares this file with what the code generates.',
    '# Each user\'s password comes from the server\'s environment (NATS_<USER>_PASSWORD); the server',
    '# refuses to start when one is missing. Anonymous clients are refused.',
    '',
    `port: ${o.port ?? 4222}`,
    ...(o.monitorPort ? [`http_port: ${o.monitorPort}`] : []),
    ...(o.cluster ? [`server_name: ${o.cluster.serverName}`] : []),
    `jetstream {\n  store_dir: ${q(o.storeDir)}\n}`,
    ...(o.tls ? [`tls {\n${tls}  timeout: 5\n}`] : []),
    ...(o.cluster
      ? [
          [
            'cluster {',
            `  name: ${q(o.cluster.name)}`,
            `  port: ${o.cluster.port}`,
            `  routes: ${list(o.cluster.routes)}`,
            ...(o.tls ? [`  tls {\n  ${tls.replace(/\n(?=.)/g, '\n  ')}    verify: true\n  }`] : []),
            '}',
          ].join('\n'),
        ]
      : []),
    'authorization {',
    '  users: [',
    BUS_USERS.map((u) => user(u, perms[u])).join('\n'),
    '  ]',
    '}',
    '',
  ];
  return lines.join('\n');
}
