import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import request from 'supertest';
import { databaseUrl, dropByName, listTestDatabases } from './databases';
import { TEST_NATS_URL, TEST_POSTGRES_URL, testRunId } from './env';
import { deleteTestStreams, freePort, uniqueRoot } from './nats';
import { GiveUp, waitFor } from './wait';

export const DIST = join(__dirname, '..', '..', 'dist');

/**
 * The whole system started the way a user starts it (`node dist/scripts/prossimo.js start`, what
 * `npm start` runs after building), with this test's own databases, subject root, port and state
 * directory. `npm test` builds first.
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
  ) {}

  static async start(extraEnv: NodeJS.ProcessEnv = {}): Promise<RunningSystem> {
    const port = await freePort();
    const root = uniqueRoot('e2e');
    const dbPrefix = `pt_${testRunId()}_e2e${Math.random().toString(36).slice(2, 6)}_`;
    const stateDir = mkdtempSync(join(tmpdir(), 'prossimo-state-'));
    const proc = spawn(process.execPath, [join(DIST, 'scripts', 'prossimo.js'), 'start'], {
      env: {
        PATH: process.env.PATH,
        POSTGRES_URL: TEST_POSTGRES_URL,
        NATS_URL: TEST_NATS_URL,
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
    const sys = new RunningSystem(proc, root, dbPrefix, stateDir);
    for (const s of [proc.stdout!, proc.stderr!]) createInterface({ input: s }).on('line', (l) => sys.output.push(l));
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
    await deleteTestStreams(this.root);
    rmSync(this.stateDir, { recursive: true, force: true });
  }
}
