import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/nats-core';
import { BusUser } from '@prossimo/contracts';
import { natsOptions } from '@prossimo/messaging';
import { loadSettings } from '@prossimo/platform';
import { DIST, TEST_POSTGRES_URL, TcpProxy, databaseUrl, dropByName, freePort, listTestDatabases, testRunId, waitFor } from '@prossimo/testing';
import { LauncherSettings, busPassword } from '../../../scripts/launcher/launcher.env';
import { loadSecrets, SystemSecrets } from '../../../scripts/launcher/secrets';
import { RunningService, SERVICES, serviceEnv, spawnService, stopServices } from '../../../scripts/launcher/system';
import { ServiceKey } from '../../../scripts/services';
import { NatsNodes } from './nats-nodes';

export interface FaultSystemOptions {
  /** A name for the run's databases and its log file (test-artifacts/faults/<name>.log). */
  name: string;
  /** One nats-server, or a three-node cluster with the streams at three replicas. */
  natsNodes?: 1 | 3;
  /** Extra settings per service, for every start of it. */
  env?: Partial<Record<ServiceKey, Record<string, string>>>;
  /** Every process's log level (info by default). */
  logLevel?: 'info' | 'debug';
}

export interface LogLine {
  source: string;
  text: string;
}

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  retryAfter: number | null;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string; [k: string]: unknown } }[];
  text: string;
  ms: number;
}

/** What the fault suite's services get besides the launcher's environment. */
const FAULT_DEFAULTS: Record<string, string> = {
  // Leave connections for the other work on the shared PostgreSQL.
  DB_POOL_SIZE: '4',
};

/**
 * The whole system for the fault suite, started the way the crash test does (`prossimo.js setup
 * --demo` in a child process, then each service spawned with the launcher's environment), with:
 * its own nats-server(s) on free loopback ports (the locked-down bus configuration), its own TCP
 * proxy in front of PostgreSQL (every service's connections pass through it; the checker reads
 * the databases directly), its own databases (`pt_<run>_f<name>_…`), the gateway's rate limits
 * raised for the load, and every log line of every process kept (for the canary check, and
 * written to test-artifacts/faults/<name>.log at the end).
 */
export class FaultSystem {
  readonly running = new Map<ServiceKey, RunningService>();
  readonly logs: LogLine[] = [];
  /** Every exit of a service process: which, its code or signal, and when. */
  readonly exits: { service: ServiceKey; code: number | null; signal: NodeJS.Signals | null; at: number }[] = [];
  url = '';

  private constructor(
    readonly opts: FaultSystemOptions,
    readonly nats: NatsNodes,
    readonly proxy: TcpProxy,
    readonly settings: LauncherSettings,
    readonly secrets: SystemSecrets,
    private readonly stateDir: string,
  ) {}

  static async start(opts: FaultSystemOptions): Promise<FaultSystem> {
    const pg = new URL(TEST_POSTGRES_URL);
    const [nats, proxy] = await Promise.all([NatsNodes.start(opts.natsNodes ?? 1), TcpProxy.start(pg.hostname, Number(pg.port || 5432))]);
    const stateDir = mkdtempSync(join(tmpdir(), 'prossimo-faults-'));
    const launcherEnv = {
      POSTGRES_URL: TEST_POSTGRES_URL,
      NATS_URL: nats.url,
      ...nats.passwords,
      SUBJECT_ROOT: nats.root,
      STREAM_REPLICAS: String(nats.size),
      DB_PREFIX: `pt_${testRunId()}_f${opts.name.replace(/[^a-z0-9]/g, '').slice(0, 10)}_`,
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
      PROSSIMO_STATE_DIR: stateDir,
      LOG_LEVEL: opts.logLevel ?? 'info',
      LOG_FORMAT: 'json',
      RATE_LIMIT_PER_ADDRESS: '1000000',
      RATE_LIMIT_PER_ACCOUNT: '1000000',
    };
    // Prepared the way a user prepares it (`npm run setup -- --demo`), in its own process, directly on PostgreSQL.
    const setup = spawnSync(process.execPath, [join(DIST, 'scripts', 'prossimo.js'), 'setup', '--demo'], { env: { PATH: process.env.PATH, ...launcherEnv }, encoding: 'utf8', timeout: 180_000 });
    if (setup.status !== 0) {
      await nats.stop();
      await proxy.stop();
      throw new Error(`setup failed (${setup.status}): ${setup.stdout}\n${setup.stderr}`);
    }
    // The services reach PostgreSQL through the proxy.
    const settings = loadSettings(LauncherSettings, { ...launcherEnv, POSTGRES_URL: proxy.urlFor(TEST_POSTGRES_URL) });
    const sys = new FaultSystem(opts, nats, proxy, settings, loadSecrets(settings), stateDir);
    sys.url = `http://127.0.0.1:${settings.PORT}`;
    for (const s of SERVICES) sys.launch(s);
    await sys.waitHealthy(180_000);
    return sys;
  }

  /** Starts a service (with the fault suite's settings, its own from the options, and `extraEnv`). */
  launch(service: ServiceKey, extraEnv: Record<string, string> = {}): RunningService {
    const out = new Writable({
      write: (chunk, _enc, cb) => {
        for (const text of String(chunk).split('\n')) if (text) this.logs.push({ source: service, text });
        cb();
      },
    });
    const env = { ...serviceEnv(this.settings, this.secrets, service), ...FAULT_DEFAULTS, ...(this.opts.env?.[service] ?? {}), ...extraEnv };
    const r = spawnService(service, env, { format: 'json', out, distRoot: DIST });
    r.proc.once('exit', (code, signal) => this.exits.push({ service, code, signal, at: Date.now() }));
    this.running.set(service, r);
    return r;
  }

  pid(service: ServiceKey): number | undefined {
    return this.running.get(service)?.proc.pid;
  }

  isRunning(service: ServiceKey): boolean {
    const p = this.running.get(service)?.proc;
    return !!p && p.exitCode === null && p.signalCode === null;
  }

  /** Kills a service (SIGKILL by default: a crash) and waits for it to be gone. */
  async kill(service: ServiceKey, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const r = this.running.get(service);
    if (!r || r.proc.exitCode !== null || r.proc.signalCode !== null) return;
    r.proc.kill(signal);
    await r.exited;
  }

  /** Waits for a service to exit on its own (a crash point); resolves with its exit code. */
  async waitForExit(service: ServiceKey, timeoutMs: number): Promise<number | null> {
    const r = this.running.get(service)!;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${service} did not exit within ${timeoutMs} ms`)), timeoutMs)));
    try {
      return await Promise.race([r.exited, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** GET /health with the run's token. */
  async health(): Promise<{ status: number; body: { status: string; gateway?: Record<string, number | string>; services?: Record<string, { database?: string; nats?: string; details?: Record<string, number> }> } }> {
    const res = await fetch(`${this.url}/health`, { headers: { 'x-health-token': this.secrets.healthDetailsToken } });
    return { status: res.status, body: (await res.json()) as never };
  }

  /** Until every process answers healthy and the reports service knows the demo's antennas. */
  async waitHealthy(timeoutMs = 120_000): Promise<void> {
    await waitFor(async () => {
      const dead = SERVICES.find((s) => !this.isRunning(s));
      if (dead) throw new Error(`${dead} is not running`);
      const h = await this.health();
      return h.status === 200 && (h.body.services?.reports?.details?.activeAntennas ?? 0) > 0;
    }, timeoutMs, 'the fault system to be healthy', 250).catch((err: Error) => {
      throw new Error(`${err.message}\n--- last log lines ---\n${this.logs.slice(-40).map((l) => `${l.source}: ${l.text}`).join('\n')}`);
    });
  }

  /** Sends a GraphQL operation; never throws for an HTTP status (a refused connection does throw). */
  async gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token?: string, timeoutMs = 30_000): Promise<GqlResponse<T>> {
    const t0 = performance.now();
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    let body: { data?: T | null; errors?: GqlResponse['errors'] } = {};
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      // not JSON: the caller looks at text and status
    }
    const ra = res.headers.get('retry-after');
    return { status: res.status, retryAfter: ra ? Number(ra) : null, data: body.data, errors: body.errors, text, ms: performance.now() - t0 };
  }

  async login(email: string, password = 'prossimo-demo'): Promise<string> {
    const res = await this.gql<{ login: { token: string } }>('mutation($e:String!,$p:String!){ login(email:$e,password:$p){ token } }', { e: email, p: password });
    if (!res.data?.login) throw new Error(`login of ${email} failed: ${res.status} ${res.text.slice(0, 300)}`);
    return res.data.login.token;
  }

  /** A service's database, directly (not through the proxy). */
  dbUrl(service: ServiceKey): string {
    return databaseUrl(`${this.settings.DB_PREFIX}${service}`);
  }

  /** A connection to the bus as one of its users (admin reads streams and consumers). */
  async connectBus(user: BusUser, server?: number): Promise<NatsConnection> {
    const url = server === undefined ? this.nats.url : this.nats.nodeUrl(server);
    return connect({ ...natsOptions(url, { user, password: busPassword(this.settings, user) }), name: `faults-${user}`, maxReconnectAttempts: -1, reconnectTimeWait: 250 });
  }

  /** Every log line of every process so far: the services', and the nats-servers'. */
  allLogLines(): LogLine[] {
    return [...this.logs, ...this.nats.logLines().map((text) => ({ source: 'nats-server', text }))];
  }

  /** Stops everything it started, drops its databases, and keeps its log in test-artifacts/faults. */
  async destroy(): Promise<void> {
    await stopServices([...this.running.values()], 5000);
    const dir = join(__dirname, '..', '..', '..', 'test-artifacts', 'faults');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${this.opts.name}.log`), this.allLogLines().map((l) => `${l.source}\t${l.text}`).join('\n'));
    await this.proxy.stop();
    await this.nats.stop();
    for (const name of await listTestDatabases()) if (name.startsWith(this.settings.DB_PREFIX)) await dropByName(name);
    rmSync(this.stateDir, { recursive: true, force: true });
  }
}
