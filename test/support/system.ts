import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import request from 'supertest';
import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/nats-core';
import { BusUser } from '@prossimo/contracts';
import { natsOptions } from '@prossimo/messaging';
import { databaseUrl, dropByName, listTestDatabases } from './databases';
import { TEST_POSTGRES_URL, testRunId } from './env';
import { OwnNatsServer, SHIPPED_NATS_CONFIG, busPasswords, freePort } from './nats';
import { GiveUp, waitFor } from './wait';

export const DIST = join(__dirname, '..', '..', 'dist');

/**
 * The whole system started the way a user starts it (`node dist/scripts/prossimo.js start`, what
 * `npm start` runs after building), with this test's own databases, port and state directory, on
 * a locked-down bus of its own: a private nats-server with the configuration shipped in
 * deploy/nats, every process connecting as its own user. Everything the system does must work
 * within the bus permissions. `npm test` builds first.
 */
export class RunningSystem {
  private output: string[] = [];
  url = '';
  pids: Record<string, number> = {};

  private constructor(
    readonly proc: ChildProcess,
    readonly root: string,
    readonly dbPrefix: string,
    readonly stateDir: string,
    readonly bus: OwnNatsServer,
  ) {}

  static async start(extraEnv: NodeJS.ProcessEnv = {}): Promise<RunningSystem> {
    const port = await freePort();
    // The shipped configuration is written for the root "prossimo"; the server is this system's own.
    const root = 'prossimo';
    const passwords = busPasswords();
    const bus = await OwnNatsServer.start({ configFile: SHIPPED_NATS_CONFIG, env: passwords });
    const dbPrefix = `pt_${testRunId()}_e2e${Math.random().toString(36).slice(2, 6)}_`;
    const stateDir = mkdtempSync(join(tmpdir(), 'prossimo-state-'));
    const proc = spawn(process.execPath, [join(DIST, 'scripts', 'prossimo.js'), 'start'], {
      env: {
        PATH: process.env.PATH,
        POSTGRES_URL: TEST_POSTGRES_URL,
        NATS_URL: bus.url,
        ...passwords,
        SUBJECT_ROOT: root,
        DB_PREFIX: dbPrefix,
        PORT: String(port),
        HOST: '127.0.0.1',
        PROSSIMO_STATE_DIR: stateDir,
        // Every log record, in full: the canary test reads them.
        LOG_LEVEL: 'info',
        LOG_FORMAT: 'json',
        ...extraEnv,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const sys = new RunningSystem(proc, root, dbPrefix, stateDir, bus);
    for (const s of [proc.stdout, proc.stderr]) createInterface({ input: s }).on('line', (l) => sys.output.push(l));
    await waitFor(() => {
      if (proc.exitCode !== null) throw new GiveUp(`launcher exited with ${proc.exitCode}`);
      const ready = sys.output.find((l) => l.startsWith('[prossimo] ready '));
      if (!ready) return false;
      const info = JSON.parse(ready.slice('[prossimo] ready '.length)) as { url: string; pids: Record<string, number> };
      sys.url = `http://127.0.0.1:${new URL(info.url).port}`;
      sys.pids = info.pids;
      return true;
    }, 180_000, 'the system to be ready', 250).catch((err: Error) => {
      proc.kill('SIGKILL');
      void bus.stop();
      throw new Error(`${err.message}\n--- launcher output ---\n${sys.log()}`);
    });
    return sys;
  }

  log(): string {
    return this.output.join('\n');
  }

  lines(): string[] {
    return [...this.output];
  }

  /** A connection to this system's bus as one of its users (admin reads streams; a service its own). */
  async connectBus(user: BusUser): Promise<NatsConnection> {
    return connect({ ...natsOptions(this.bus.url, this.bus.credentials(user)), name: `test-${user}` });
  }

  dbUrl(service: string): string {
    return databaseUrl(`${this.dbPrefix}${service}`);
  }

  /** Sends a GraphQL operation; returns the parsed body. */
  async gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<{ data?: T; errors?: { message: string; extensions?: { code?: string; field?: string } }[] }> {
    const req = request(this.url).post('/graphql').set('content-type', 'application/json');
    if (token) req.set('authorization', `Bearer ${token}`);
    const res = await req.send({ query, variables });
    return res.body as { data?: T; errors?: { message: string; extensions?: { code?: string; field?: string } }[] };
  }

  async login(email: string, password = 'prossimo-demo'): Promise<string> {
    const res = await this.gql<{ login: { token: string } }>('mutation($e:String!,$p:String!){ login(email:$e,password:$p){ token } }', { e: email, p: password });
    if (!res.data) throw new Error(`login failed: ${JSON.stringify(res.errors)}`);
    return res.data.login.token;
  }

  /** Ctrl-C: returns the launcher's exit code. */
  async interrupt(timeoutMs = 60_000): Promise<number | null> {
    if (this.proc.exitCode !== null) return this.proc.exitCode;
    const exited = new Promise<number | null>((r) => this.proc.once('exit', (code) => r(code)));
    this.proc.kill('SIGINT');
    const timer = setTimeout(() => this.proc.kill('SIGKILL'), timeoutMs);
    const code = await exited;
    clearTimeout(timer);
    return code;
  }

  /** Stops everything this system started and removes its databases, streams and state. */
  async destroy(): Promise<void> {
    await this.interrupt();
    for (const pid of Object.values(this.pids)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    for (const name of await listTestDatabases()) if (name.startsWith(this.dbPrefix)) await dropByName(name);
    await this.bus.stop();
    rmSync(this.stateDir, { recursive: true, force: true });
  }
}
