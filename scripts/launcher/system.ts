import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { DURABLE_CONSUMERS } from '@prossimo/contracts';
import { ensureDurableConsumer, ensureStreams, natsOptions } from '@prossimo/messaging';
import { ensureDatabase, migrate } from '@prossimo/platform';
import { DATABASES, ServiceKey } from '../services';
import { LauncherSettings, busPassword, launcherBusCredentials } from './launcher.env';
import { SystemSecrets } from './secrets';

/** The processes `npm start` runs, in start order (the gateway last, once the services listen). */
export const SERVICES: ServiceKey[] = ['antennas', 'reports', 'referrals', 'insights', 'community', 'gateway'];

export function databaseUrlFor(s: LauncherSettings, service: ServiceKey): string {
  const u = new URL(s.POSTGRES_URL);
  u.pathname = `/${s.DB_PREFIX}${service}`;
  return u.toString();
}

/**
 * Everything a fresh machine needs before the services start: each service's database (created
 * if missing) migrated, and the JetStream streams and durable consumers. Idempotent.
 */
export async function prepareSystem(s: LauncherSettings, log: (line: string) => void = () => undefined): Promise<void> {
  for (const service of Object.keys(DATABASES) as ServiceKey[]) {
    const url = databaseUrlFor(s, service);
    const created = await ensureDatabase(url);
    const ran = await migrate(url, DATABASES[service]);
    log(`${service}: database ${s.DB_PREFIX}${service}${created ? ' created' : ''}${ran.length ? `, migrations run: ${ran.join(', ')}` : ', up to date'}`);
  }
  // As `admin`: on a locked-down bus only admin may create and update streams and consumers.
  const nc = await connect({ ...natsOptions(s.NATS_URL, launcherBusCredentials(s, 'admin')), timeout: 3000 });
  try {
    const jsm = await jetstreamManager(nc);
    const names = await ensureStreams(jsm, s.SUBJECT_ROOT, { update: true, replicas: s.STREAM_REPLICAS });
    for (const c of DURABLE_CONSUMERS) await ensureDurableConsumer(jsm, s.SUBJECT_ROOT, c, { update: true });
    log(`streams ${names.events} and ${names.deadLetters} ready; consumers ${DURABLE_CONSUMERS.join(', ')}`);
  } finally {
    await nc.close();
  }
}

/** The environment of one service process: its own database, the shared broker, the keys it needs. */
export function serviceEnv(s: LauncherSettings, secrets: Partial<SystemSecrets> & Pick<SystemSecrets, 'authPublicKey'>, service: ServiceKey): NodeJS.ProcessEnv {
  const common = {
    NODE_ENV: s.NODE_ENV,
    DATABASE_URL: databaseUrlFor(s, service),
    NATS_URL: s.NATS_URL,
    // Each process its own bus user (named after it) and password: docs/security.md.
    NATS_PASSWORD: busPassword(s, service),
    NATS_TLS_CA_FILE: s.NATS_TLS_CA_FILE,
    SUBJECT_ROOT: s.SUBJECT_ROOT,
    LOG_LEVEL: s.LOG_LEVEL,
  };
  switch (service) {
    case 'gateway':
      return {
        ...common,
        AUTH_PRIVATE_KEY: secrets.authPrivateKey,
        PORT: String(s.PORT),
        HOST: s.HOST,
        RATE_LIMIT_PER_ADDRESS: String(s.RATE_LIMIT_PER_ADDRESS),
        RATE_LIMIT_PER_ACCOUNT: String(s.RATE_LIMIT_PER_ACCOUNT),
        TRUST_PROXY: s.TRUST_PROXY,
        HEALTH_DETAILS_TOKEN: secrets.healthDetailsToken,
        MAP_TILE_URL: s.MAP_TILE_URL,
        MAP_TILE_ATTRIBUTION: s.MAP_TILE_ATTRIBUTION,
      };
    case 'reports':
      return { ...common, AUTH_PUBLIC_KEY: secrets.authPublicKey, REPORTS_MASTER_KEY: secrets.reportsMasterKey };
    case 'antennas':
    case 'referrals':
    case 'insights':
    case 'community':
      return { ...common, AUTH_PUBLIC_KEY: secrets.authPublicKey };
    default: {
      const never: never = service;
      throw new Error(`unknown service ${String(never)}`);
    }
  }
}

/** The compiled entry point of a service (npm run build puts it there). */
export function entryPoint(service: ServiceKey, distRoot = join(__dirname, '..', '..')): string {
  return join(distRoot, 'apps', service, 'src', 'main.js');
}

const LEVELS: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };

/** One short line per pino record, for people; other lines pass through. */
export function prettyLine(service: string, line: string): string {
  try {
    const r = JSON.parse(line) as { time?: number; level?: number; msg?: string; context?: string; err?: { message?: string }; req?: { method?: string; url?: string }; res?: { statusCode?: number }; responseTime?: number };
    const t = r.time ? new Date(r.time).toISOString().slice(11, 19) : '';
    const lvl = LEVELS[r.level ?? 30] ?? String(r.level);
    const http = r.req && r.res ? ` ${r.req.method} ${r.req.url} ${r.res.statusCode} ${r.responseTime ?? ''}ms` : '';
    const err = r.err?.message ? ` (${r.err.message})` : '';
    return `${t} ${service.padEnd(9)} ${lvl.padEnd(5)} ${r.context ? `[${r.context}] ` : ''}${r.msg ?? ''}${http}${err}`;
  } catch {
    return `${service.padEnd(9)} ${line}`;
  }
}

export interface RunningService {
  service: ServiceKey;
  proc: ChildProcess;
  exited: Promise<number | null>;
}

/** Starts one service as its own process, its output prefixed (or passed through as JSON). */
export function spawnService(service: ServiceKey, env: NodeJS.ProcessEnv, opts: { format: 'pretty' | 'json'; out?: NodeJS.WritableStream; distRoot?: string } = { format: 'pretty' }): RunningService {
  const proc = spawn(process.execPath, ['--enable-source-maps', entryPoint(service, opts.distRoot)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = opts.out ?? process.stdout;
  for (const stream of [proc.stdout, proc.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      out.write(`${opts.format === 'json' ? line : prettyLine(service, line)}\n`);
    });
  }
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  return { service, proc, exited };
}

/** Stops services (SIGTERM, then SIGKILL after a grace period): the gateway first so no new work arrives, then the rest together. */
export async function stopServices(running: RunningService[], graceMs = 10_000): Promise<void> {
  const stop = async (r: RunningService) => {
    if (r.proc.exitCode !== null || r.proc.signalCode !== null) return;
    r.proc.kill('SIGTERM');
    const timer = setTimeout(() => r.proc.kill('SIGKILL'), graceMs);
    await r.exited;
    clearTimeout(timer);
  };
  await Promise.all(running.filter((r) => r.service === 'gateway').map(stop));
  await Promise.all(running.filter((r) => r.service !== 'gateway').map(stop));
}
