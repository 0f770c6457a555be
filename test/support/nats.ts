import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { deleteStreams } from '@prossimo/messaging';
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

/**
 * A nats-server of the test's own (for fault tests that stop and restart the broker): on a free
 * port, with JetStream in a temporary directory. stop() kills only this one.
 */
export class OwnNatsServer {
  private proc: ChildProcess | null = null;
  readonly storeDir = mkdtempSync(join(tmpdir(), 'prossimo-nats-'));

  private constructor(
    readonly port: number,
    /** The HTTP monitoring port (varz, connz), when asked for. */
    readonly monitorPort: number | null = null,
  ) {}

  static async start(opts: { monitoring?: boolean } = {}): Promise<OwnNatsServer> {
    const s = new OwnNatsServer(await freePort(), opts.monitoring ? await freePort() : null);
    await s.resume();
    return s;
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
    const monitor = this.monitorPort === null ? [] : ['-m', String(this.monitorPort)];
    this.proc = spawn(NATS_SERVER_BIN, ['-a', '127.0.0.1', '-p', String(this.port), '-js', '-sd', this.storeDir, ...monitor], { stdio: 'ignore' });
    await waitFor(async () => {
      try {
        const nc = await connect({ servers: this.url, reconnect: false, timeout: 500 });
        await nc.close();
        return true;
      } catch {
        return false;
      }
    }, 15_000, 'own nats-server to accept connections');
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
