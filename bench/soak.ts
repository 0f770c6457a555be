/**
 * `npm run soak`: the system under a steady load for ten minutes. It starts its own copy of the
 * system (its own databases, subject root and port on the local PostgreSQL and NATS, as `npm run
 * bench` does), measures the most submits a second it takes (eight clients at once, as the
 * benchmark), then submits at half that rate for SOAK_MINUTES and reports each process's resident
 * memory growth (from /proc/<pid>/status, < 10 %), its event-loop lag p99 (from /health's
 * details, < 100 ms) and the errors (0). Exit code 1 when a figure is over its limit. Removes
 * everything it made. Results: docs/reliability.md.
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { IsInt, Max, Min } from 'class-validator';
import { Client } from 'pg';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { deleteStreams } from '@prossimo/messaging';
import { loadSettings } from '@prossimo/platform';
import { LauncherSettings } from '../scripts/launcher/launcher.env';
import { seedDemo } from '../scripts/launcher/demo-seed';
import { loadSecrets } from '../scripts/launcher/secrets';
import { RunningService, SERVICES, databaseUrlFor, prepareSystem, serviceEnv, spawnService, stopServices } from '../scripts/launcher/system';
import { ServiceKey } from '../scripts/services';

/** What the soak reads from the environment (all optional). */
class SoakSettings {
  /** How long the steady load lasts. */
  @IsInt()
  @Min(1)
  @Max(240)
  SOAK_MINUTES = 10;

  /** Submits a second; 0: half of what the system is measured to take first. */
  @IsInt()
  @Min(0)
  @Max(1000)
  SOAK_RATE = 0;

  /** The first part of the run, before memory is taken as the baseline (caches fill, JIT warms). */
  @IsInt()
  @Min(0)
  @Max(600)
  SOAK_WARMUP_SECONDS = 60;
}

const LIMITS = { rssGrowthPct: 10, lagP99Ms: 100, errors: 0 };
const out = (line: string) => process.stdout.write(`${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

/** Resident memory of a process in MiB (VmRSS), or null once it is gone. */
function rssMiB(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : NaN;
};

async function main(): Promise<void> {
  const soak = loadSettings(SoakSettings);
  const base = loadSettings(LauncherSettings);
  const stateDir = mkdtempSync(join(tmpdir(), 'prossimo-soak-'));
  const stamp = Date.now().toString(36);
  const s = loadSettings(LauncherSettings, {
    POSTGRES_URL: base.POSTGRES_URL,
    NATS_URL: base.NATS_URL,
    SUBJECT_ROOT: `soak${stamp}`,
    DB_PREFIX: `soak_${stamp}_`,
    PORT: String(await freePort()),
    HOST: '127.0.0.1',
    PROSSIMO_STATE_DIR: stateDir,
    LOG_LEVEL: 'warn',
    LOG_FORMAT: 'json',
    RATE_LIMIT_PER_ADDRESS: '1000000',
    RATE_LIMIT_PER_ACCOUNT: '1000000',
  });
  const secrets = loadSecrets(s);
  await prepareSystem(s);
  await seedDemo(s);
  // Every ERROR or FATAL line a process writes counts as an error of the run.
  const errorLines: string[] = [];
  const sinkFor = (service: ServiceKey) =>
    new Writable({
      write: (chunk, _e, cb) => {
        for (const line of String(chunk).split('\n')) if (/"level":(50|60)/.test(line)) errorLines.push(`${service}: ${line.slice(0, 300)}`);
        cb();
      },
    });
  const running: RunningService[] = SERVICES.map((svc) => spawnService(svc, serviceEnv(s, secrets, svc), { format: 'json', out: sinkFor(svc) }));
  const url = `http://127.0.0.1:${s.PORT}`;
  const health = async () => (await (await fetch(`${url}/health`, { headers: { 'x-health-token': secrets.healthDetailsToken } })).json()) as {
    status: string;
    gateway: { eventLoopLagP99Ms: number };
    services: Record<string, { details?: { eventLoopLagP99Ms?: number; activeAntennas?: number } }>;
  };
  try {
    for (let i = 0; ; i++) {
      const ok = await health().then((h) => h.status === 'ok' && (h.services.reports?.details?.activeAntennas ?? 0) > 0).catch(() => false);
      if (ok) break;
      if (i > 600) throw new Error('the system did not become healthy');
      await sleep(200);
    }
    const gql = async (query: string, variables: object, token?: string) => {
      const t0 = performance.now();
      const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
      const body = (await res.json()) as { data?: Record<string, { token?: string; id?: string }>; errors?: { extensions?: { code?: string } }[] };
      return { ms: performance.now() - t0, status: res.status, body };
    };
    const LOGIN = 'mutation($e:String!,$p:String!){ login(email:$e,password:$p){ token } }';
    const SUBMIT = 'mutation($input: SubmitReportInput!) { submitReport(input: $input) { id status } }';
    const input = () => ({ id: randomUUID(), neighbourhoodCode: 'crocetta', needs: ['LONELINESS', 'FOOD'], urgency: 'MEDIUM', ageBand: 'AGE_80_PLUS', description: 'soak', consentToContact: true });
    const login = async () => (await gql(LOGIN, { e: 'antenna@prossimo.example', p: 'prossimo-demo' })).body.data!.login.token!;
    let token = await login();
    const pids = Object.fromEntries(running.map((r) => [r.service, r.proc.pid!])) as Record<ServiceKey, number>;

    out(`Prossimo soak — ${new Date().toISOString()} — node ${process.version}, loopback, every process on this machine`);
    // The most it takes: eight clients at once, as `npm run bench` measures it.
    for (let i = 0; i < 20; i++) await gql(SUBMIT, { input: input() }, token);
    const N = 300;
    let next = 0;
    const t0 = performance.now();
    await Promise.all(Array.from({ length: 8 }, async () => {
      while (next < N) {
        next++;
        await gql(SUBMIT, { input: input() }, token);
      }
    }));
    const measured = N / ((performance.now() - t0) / 1000);
    const rate = soak.SOAK_RATE || Math.max(1, Math.round(measured / 2));
    out(`measured: ${measured.toFixed(1)} submits/s with 8 clients; soaking at ${rate}/s for ${soak.SOAK_MINUTES} min (warm-up ${soak.SOAK_WARMUP_SECONDS} s)`);

    const rss: { t: number; service: ServiceKey; mib: number }[] = [];
    const lags: { t: number; process: string; p99: number }[] = [];
    const latencies: number[] = [];
    const errors: Record<string, number> = {};
    const acked: string[] = [];
    let inFlight = 0;
    let skipped = 0;
    const start = Date.now();
    const end = start + soak.SOAK_MINUTES * 60_000;
    const warmEnd = start + soak.SOAK_WARMUP_SECONDS * 1000;
    const sampler = (async () => {
      let lastLag = 0;
      while (Date.now() < end) {
        for (const svc of SERVICES) {
          const mib = rssMiB(pids[svc]);
          if (mib === null) errors[`${svc} exited`] = 1;
          else rss.push({ t: Date.now(), service: svc, mib });
        }
        if (Date.now() - lastLag >= 30_000) {
          lastLag = Date.now();
          const h = await health().catch(() => null);
          if (!h) errors['health unreadable'] = (errors['health unreadable'] ?? 0) + 1;
          else {
            lags.push({ t: Date.now(), process: 'gateway', p99: h.gateway.eventLoopLagP99Ms });
            for (const [name, v] of Object.entries(h.services)) if (typeof v.details?.eventLoopLagP99Ms === 'number') lags.push({ t: Date.now(), process: name, p99: v.details.eventLoopLagP99Ms });
          }
        }
        await sleep(10_000);
      }
    })();
    const interval = 1000 / rate;
    let due = performance.now();
    while (Date.now() < end) {
      if (inFlight >= 32) {
        skipped++;
      } else {
        inFlight++;
        const body = input();
        void gql(SUBMIT, { input: body }, token)
          .then(async (r) => {
            if (r.body.data?.submitReport?.id === body.id) {
              acked.push(body.id);
              if (Date.now() > warmEnd) latencies.push(r.ms);
            } else {
              const code = r.body.errors?.[0]?.extensions?.code ?? `HTTP_${r.status}`;
              errors[code] = (errors[code] ?? 0) + 1;
              if (code === 'UNAUTHENTICATED') token = await login();
            }
          })
          .catch(() => (errors.NETWORK = (errors.NETWORK ?? 0) + 1))
          .finally(() => inFlight--);
      }
      due += interval;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
    }
    while (inFlight > 0) await sleep(50);
    await sampler;
    const elapsed = (Date.now() - start) / 1000;

    // Everything reached the referrals service (the whole path, not only the write).
    const referrals = new Client({ connectionString: databaseUrlFor(s, 'referrals') });
    await referrals.connect();
    const drainStart = Date.now();
    let routed = 0;
    for (let i = 0; i < 1200; i++) {
      routed = Number((await referrals.query('SELECT count(*) AS n FROM routed_reports WHERE report_id = ANY($1::uuid[])', [acked])).rows[0].n);
      if (routed === acked.length) break;
      await sleep(100);
    }
    await referrals.end();
    if (routed !== acked.length) errors['reports never routed'] = acked.length - routed;

    out(`submitted ${acked.length} acknowledged in ${elapsed.toFixed(0)} s (${(acked.length / elapsed).toFixed(1)}/s; ${skipped} ticks skipped at 32 in flight); latency p50 ${pct(latencies, 0.5).toFixed(1)} ms, p99 ${pct(latencies, 0.99).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms`);
    out(`every acknowledged report routed by referrals ${((Date.now() - drainStart) / 1000).toFixed(1)} s after the load stopped`);
    const failures: string[] = [];
    out('process     RSS after warm-up   RSS at the end   growth   event-loop lag p99 (max of the minutes)');
    for (const svc of SERVICES) {
      const samples = rss.filter((x) => x.service === svc);
      const first = median(samples.filter((x) => x.t >= warmEnd && x.t < warmEnd + 60_000).map((x) => x.mib));
      const last = median(samples.filter((x) => x.t >= end - 60_000).map((x) => x.mib));
      const growth = ((last - first) / first) * 100;
      // Each reading covers the minute before it: only minutes wholly inside the steady load count.
      const lag = Math.max(...lags.filter((l) => l.process === svc && l.t >= warmEnd + 60_000).map((l) => l.p99));
      out(`${svc.padEnd(10)}  ${first.toFixed(1).padStart(10)} MiB   ${last.toFixed(1).padStart(10)} MiB   ${growth.toFixed(1).padStart(5)} %   ${lag.toFixed(1)} ms`);
      if (!(growth < LIMITS.rssGrowthPct)) failures.push(`${svc}: RSS grew ${growth.toFixed(1)} % (limit ${LIMITS.rssGrowthPct} %)`);
      if (!(lag < LIMITS.lagP99Ms)) failures.push(`${svc}: event-loop lag p99 ${lag} ms (limit ${LIMITS.lagP99Ms} ms)`);
    }
    const errorCount = Object.values(errors).reduce((a, b) => a + b, 0) + errorLines.length;
    out(`errors: ${errorCount} ${JSON.stringify(errors)}${errorLines.length ? `; ${errorLines.length} ERROR log lines, first: ${errorLines[0]}` : ''}`);
    if (errorCount > LIMITS.errors) failures.push(`${errorCount} errors (limit ${LIMITS.errors})`);
    out(`result: ${failures.length ? `FAILED\n  ${failures.join('\n  ')}` : `passed (RSS growth < ${LIMITS.rssGrowthPct} %, event-loop lag p99 < ${LIMITS.lagP99Ms} ms, ${LIMITS.errors} errors)`}`);
    process.exitCode = failures.length ? 1 : 0;
  } finally {
    await stopServices(running, 5000);
    const admin = new Client({ connectionString: s.POSTGRES_URL });
    await admin.connect();
    for (const svc of SERVICES) await admin.query(`DROP DATABASE IF EXISTS "${s.DB_PREFIX}${svc}" WITH (FORCE)`);
    await admin.end();
    const nc = await connect({ servers: s.NATS_URL });
    await deleteStreams(await jetstreamManager(nc), s.SUBJECT_ROOT);
    await nc.close();
    rmSync(stateDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
