import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { BUS_USERS, BusUser, busPasswordVariable } from '@prossimo/contracts';
import { BusCredentials, deleteStreams } from '@prossimo/messaging';
import { NATS_SERVER_BIN, TEST_NATS_URL } from './env';
import { waitFor } from './wait';

/** A subject root of its own for one test file: its streams never meet another file's. */
export function uniqueRoot(prefix = 't'): string {
  return `${prefix}${randomBytes(5).toString('hex')}`;
}

/** Deletes the streams a test file's root created on the shared NATS. */
export async function deleteTestStreams(root: string, url = TEST_NATS_URL): Promise<void> {
  const nc = await connect({ servers: url });
  try {
    await deleteStreams(await jetstreamManager(nc), root);
  } finally {
    await nc.close();
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** The shipped configuration of a locked-down bus (deploy/nats), for root "prossimo". */
export const SHIPPED_NATS_CONFIG = join(__dirname, '..', '..', 'deploy', 'nats', 'nats-server.conf');

/** A random password for every bus user, as the NATS_<USER>_PASSWORD variables the server and the launcher read. */
export function busPasswords(): Record<string, string> {
  return Object.fromEntries(BUS_USERS.map((u) => [busPasswordVariable(u), `p${randomBytes(24).toString('hex')}`]));
}

export interface OwnNatsOptions {
  /** Serve HTTP monitoring (varz, connz) on a free port of its own. */
  monitoring?: boolean;
  /** A nats-server configuration file (its store_dir is replaced by the server's own temporary one). */
  configFile?: string;
  /** The server's environment (the passwords the configuration reads). */
  env?: Record<string, string>;
}

/**
 * A nats-server of the test's own (fault tests that stop and restart the broker; tests of the
 * locked-down bus): on a free port, with JetStream in a temporary directory. stop() kills only this one.
 */
export class OwnNatsServer {
  private proc: ChildProcess | null = null;
  readonly storeDir = mkdtempSync(join(tmpdir(), 'prossimo-nats-'));
  private configCopy: string | null = null;

  private constructor(
    readonly port: number,
    private readonly options: OwnNatsOptions,
    /** The HTTP monitoring port (varz, connz), when asked for. */
    readonly monitorPort: number | null = null,
  ) {}

  static async start(options: OwnNatsOptions = {}): Promise<OwnNatsServer> {
    const s = new OwnNatsServer(await freePort(), options, options.monitoring ? await freePort() : null);
    if (options.configFile) {
      const text = readFileSync(options.configFile, 'utf8');
      if (!/store_dir: "[^"]*"/.test(text)) throw new Error(`${options.configFile} has no store_dir to replace`);
      s.configCopy = join(s.storeDir, 'nats-server.conf');
      writeFileSync(s.configCopy, text.replace(/store_dir: "[^"]*"/, `store_dir: ${JSON.stringify(join(s.storeDir, 'js'))}`));
    }
    await s.resume();
    return s;
  }

  /** Credentials of a bus user on this server (its password from the server's environment, if any). */
  credentials(user: BusUser): BusCredentials {
    const password = this.options.env?.[busPasswordVariable(user)];
    return { user, ...(password ? { password } : {}) };
  }

  /** How many client connections the server has accepted since it started (monitoring only). */
  async totalConnections(): Promise<number> {
    if (this.monitorPort === null) throw new Error('start the server with { monitoring: true }');
    const res = await fetch(`http://127.0.0.1:${this.monitorPort}/varz`);
    return ((await res.json()) as { total_connections: number }).total_connections;
  }

  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }

  /** (Re)starts the server on the same port and store. */
  async resume(): Promise<void> {
    const monitor = ['-m', String(this.monitorPort ?? 0)];
    const args = this.configCopy ? ['-c', this.configCopy, '-a', '127.0.0.1', '-p', String(this.port), ...monitor] : ['-a', '127.0.0.1', '-p', String(this.port), '-js', '-sd', this.storeDir, ...monitor];
    const log = openSync(join(this.storeDir, 'server.log'), 'a');
    this.proc = spawn(NATS_SERVER_BIN, args, { stdio: ['ignore', log, log], env: { PATH: process.env.PATH, ...this.options.env } });
    closeSync(log);
    await waitFor(async () => {
      try {
        const nc = await connect({ servers: this.url, reconnect: false, timeout: 500 });
        await nc.close();
        return true;
      } catch (err) {
        // A locked-down server is up when it refuses an anonymous client.
        return /authorization/i.test((err as Error).message);
      }
    }, 15_000, 'own nats-server to accept connections').catch((err: Error) => {
      throw new Error(`${err.message}\n--- nats-server log ---\n${readFileSync(join(this.storeDir, 'server.log'), 'utf8').slice(-2000)}`);
    });
  }

  /** Kills the server (SIGKILL: a crash, not a clean shutdown). */
  async kill(): Promise<void> {
    const p = this.proc;
    if (!p || p.exitCode !== null) return;
    const exited = new Promise((r) => p.once('exit', r));
    p.kill('SIGKILL');
    await exited;
    this.proc = null;
  }

  async stop(): Promise<void> {
    await this.kill();
    rmSync(this.storeDir, { recursive: true, force: true });
  }
}
