import { ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from '@nats-io/transport-node';
import { renderNatsConfig } from '@prossimo/messaging';
import { NATS_SERVER_BIN, busPasswords, freePort, waitFor } from '@prossimo/testing';

interface Node {
  name: string;
  port: number;
  monitorPort: number;
  routePort: number;
  dir: string;
  config: string;
  proc: ChildProcess | null;
}

/**
 * The fault suite's own NATS: one server, or a three-node JetStream cluster (routes on free
 * loopback ports), each with the locked-down configuration generated from libs/contracts bus.ts
 * (every process connects as its own user). Nodes can be killed (SIGKILL), stalled
 * (SIGSTOP/SIGCONT) and started again on the same port and store. Only these processes are ever
 * signalled; stop() removes their stores.
 */
export class NatsNodes {
  readonly passwords = busPasswords();

  private constructor(
    private readonly nodes: Node[],
    readonly root: string,
  ) {}

  static async start(count: 1 | 3, root = 'prossimo'): Promise<NatsNodes> {
    const base = mkdtempSync(join(tmpdir(), 'prossimo-faults-nats-'));
    const nodes: Node[] = [];
    for (let i = 0; i < count; i++) {
      nodes.push({ name: `n${i + 1}`, port: await freePort(), monitorPort: await freePort(), routePort: await freePort(), dir: join(base, `n${i + 1}`), config: '', proc: null });
    }
    for (const n of nodes) {
      const text = renderNatsConfig({
        root,
        port: n.port,
        monitorPort: n.monitorPort,
        storeDir: join(n.dir, 'js'),
        ...(count > 1 ? { cluster: { name: 'faults', port: n.routePort, serverName: n.name, routes: nodes.map((o) => `nats-route://127.0.0.1:${o.routePort}`) } } : {}),
      });
      n.config = join(n.dir, 'nats-server.conf');
      mkdirSync(n.dir, { recursive: true });
      // Loopback only: clients, monitoring and routes.
      const loopback = text
        .replace(/^port: (\d+)$/m, 'host: 127.0.0.1\nport: $1')
        .replace(/^http_port: (\d+)$/m, 'http: "127.0.0.1:$1"')
        .replace(/^  port: (\d+)$/m, '  host: 127.0.0.1\n  port: $1');
      writeFileSync(n.config, loopback);
    }
    const sut = new NatsNodes(nodes, root);
    sut.base = base;
    await Promise.all(nodes.map((_, i) => sut.startNode(i)));
    if (count > 1) await sut.waitForMetaLeader();
    return sut;
  }

  private base = '';

  get size(): number {
    return this.nodes.length;
  }

  /** The comma-separated URL list the services and the launcher get. */
  get url(): string {
    return this.nodes.map((n) => `nats://127.0.0.1:${n.port}`).join(',');
  }

  nodeUrl(i: number): string {
    return `nats://127.0.0.1:${this.nodes[i].port}`;
  }

  name(i: number): string {
    return this.nodes[i].name;
  }

  indexOf(name: string): number {
    return this.nodes.findIndex((n) => n.name === name);
  }

  pid(i: number): number | undefined {
    return this.nodes[i].proc?.pid;
  }

  isUp(i: number): boolean {
    const p = this.nodes[i].proc;
    return !!p && p.exitCode === null && p.signalCode === null;
  }

  /** (Re)starts node i on its port and store, and waits until it accepts clients. */
  async startNode(i: number): Promise<void> {
    const n = this.nodes[i];
    const log = openSync(join(n.dir, 'server.log'), 'a');
    n.proc = spawn(NATS_SERVER_BIN, ['-c', n.config], { stdio: ['ignore', log, log], env: { PATH: process.env.PATH, ...this.passwords } });
    closeSync(log);
    await waitFor(async () => {
      if (n.proc?.exitCode !== null) throw new Error(`nats-server ${n.name} exited: ${this.log(i).slice(-1500)}`);
      try {
        const nc = await connect({ servers: this.nodeUrl(i), user: 'admin', pass: this.passwords.NATS_ADMIN_PASSWORD, reconnect: false, timeout: 500 });
        await nc.close();
        return true;
      } catch {
        return false;
      }
    }, 20_000, `nats-server ${n.name} to accept clients`);
  }

  /** SIGKILL: a crash, not a shutdown. */
  async kill(i: number): Promise<void> {
    const p = this.nodes[i].proc;
    if (!p || p.exitCode !== null || p.signalCode !== null) return;
    const exited = new Promise((r) => p.once('exit', r));
    p.kill('SIGKILL');
    await exited;
  }

  /** SIGSTOP: the process stays, holding its sockets, and answers nothing. */
  stall(i: number): void {
    this.nodes[i].proc?.kill('SIGSTOP');
  }

  resume(i: number): void {
    this.nodes[i].proc?.kill('SIGCONT');
  }

  /** JetStream's view of the cluster, from one live node's monitoring port. */
  async jsz(i: number): Promise<{ meta_cluster?: { leader?: string; replicas?: { name: string; current: boolean; offline?: boolean }[] } }> {
    const res = await fetch(`http://127.0.0.1:${this.nodes[i].monitorPort}/jsz`);
    return (await res.json()) as never;
  }

  async waitForMetaLeader(timeoutMs = 30_000): Promise<string> {
    return waitFor(async () => {
      for (let i = 0; i < this.nodes.length; i++) {
        if (!this.isUp(i)) continue;
        const leader = (await this.jsz(i).catch(() => undefined))?.meta_cluster?.leader;
        if (leader) return leader;
      }
      return false;
    }, timeoutMs, 'a JetStream meta leader');
  }

  log(i: number): string {
    const f = join(this.nodes[i].dir, 'server.log');
    return existsSync(f) ? readFileSync(f, 'utf8') : '';
  }

  /** Every node's log lines (the canary check reads them too). */
  logLines(): string[] {
    return this.nodes.flatMap((_, i) => this.log(i).split('\n'));
  }

  async stop(): Promise<void> {
    for (let i = 0; i < this.nodes.length; i++) {
      this.resume(i);
      await this.kill(i);
    }
    rmSync(this.base, { recursive: true, force: true });
  }
}
