/**
 * `npm run bench`: starts its own copy of the system (its own databases, subject root and port on
 * the local PostgreSQL and NATS), measures the walking skeleton's paths over loopback, prints the
 * figures, and removes everything it made. Bounded in count and time. Results: docs/benchmarks.md.
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { Client } from 'pg';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { deleteStreams } from '@prossimo/messaging';
import { loadSettings } from '@prossimo/platform';
import { LauncherSettings } from '../scripts/launcher/launcher.env';
import { seedDemo } from '../scripts/launcher/demo-seed';
import { loadSecrets } from '../scripts/launcher/secrets';
import { RunningService, SERVICES, databaseUrlFor, prepareSystem, serviceEnv, spawnService, stopServices } from '../scripts/launcher/system';

const out = (line: string) => process.stdout.write(`${line}\n`);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

function stats(ms: number[]): string {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))].toFixed(1);
  return `n=${s.length} p50=${q(0.5)} ms p95=${q(0.95)} ms p99=${q(0.99)} ms max=${s[s.length - 1].toFixed(1)} ms`;
}

async function main(): Promise<void> {
  const base = loadSettings(LauncherSettings);
  const stateDir = mkdtempSync(join(tmpdir(), 'prossimo-bench-'));
  const stamp = Date.now().toString(36);
  const s = loadSettings(LauncherSettings, {
    POSTGRES_URL: base.POSTGRES_URL,
    NATS_URL: base.NATS_URL,
    SUBJECT_ROOT: `bench${stamp}`,
    DB_PREFIX: `bench_${stamp}_`,
    PORT: String(await freePort()),
    HOST: '127.0.0.1',
    PROSSIMO_STATE_DIR: stateDir,
    LOG_LEVEL: 'error',
    // One client sends hundreds of requests a minute here: lift the per-address limit for the run.
    RATE_LIMIT_PER_ADDRESS: '100000',
    RATE_LIMIT_PER_ACCOUNT: '100000',
  });
  const secrets = loadSecrets(s);
  await prepareSystem(s);
  await seedDemo(s);
  const sink = new Writable({ write: (_c, _e, cb) => cb() });
  const running: RunningService[] = SERVICES.map((svc) => spawnService(svc, serviceEnv(s, secrets, svc), { format: 'json', out: sink }));
  const url = `http://127.0.0.1:${s.PORT}`;
  try {
    for (let i = 0; i < 600; i++) {
      const ok = await fetch(`${url}/health`, { headers: { 'x-health-token': secrets.healthDetailsToken } }).then(async (r) => r.status === 200 && ((await r.json()) as { services: { reports: { details: { activeAntennas: number } } } }).services.reports.details.activeAntennas > 0).catch(() => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const gql = async (query: string, variables: object, token?: string) => {
      const t0 = performance.now();
      const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
      const body = (await res.json()) as { data?: Record<string, { token?: string }>; errors?: unknown[] };
      return { ms: performance.now() - t0, body };
    };
    const LOGIN = 'mutation($e:String!,$p:String!){ login(email:$e,password:$p){ token } }';
    const SUBMIT = 'mutation($input: SubmitReportInput!) { submitReport(input: $input) { id status } }';
    const input = () => ({ id: randomUUID(), neighbourhoodCode: 'crocetta', needs: ['LONELINESS'], urgency: 'MEDIUM', ageBand: 'AGE_80_PLUS', description: 'benchmark', consentToContact: true });

    out(`Prossimo benchmark — ${new Date().toISOString()} — node ${process.version}, loopback, every process on this machine`);
    const logins: number[] = [];
    let token = '';
    for (let i = 0; i < 20; i++) {
      const r = await gql(LOGIN, { e: 'antenna@prossimo.example', p: 'prossimo-demo' });
      logins.push(r.ms);
      token = r.body.data!.login.token!;
    }
    out(`login (argon2id verify + EdDSA sign):             ${stats(logins)}`);

    // The web app: what a phone downloads on its first visit (fonts apart), as served.
    const home = await fetch(`${url}/`, { headers: { 'accept-encoding': 'gzip' } });
    const html = await home.text();
    let wire = Buffer.byteLength(html);
    for (const [, asset] of html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)) {
      const r = await fetch(`${url}${asset}`, { headers: { 'accept-encoding': 'gzip' } });
      // fetch decompresses: the bytes on the wire are Content-Length when the gateway gzipped them.
      const body = Buffer.from(await r.arrayBuffer());
      wire += r.headers.get('content-encoding') === 'gzip' ? Number(r.headers.get('content-length')) : body.length;
    }
    out(`web app first load (html + js + css, gzip):        ${(wire / 1024).toFixed(0)} kB`);
    const analyst = (await gql(LOGIN, { e: 'analista@prossimo.example', p: 'prossimo-demo' })).body.data!.login.token!;
    const DASHBOARD = '{ dashboard { unownedReports reportsByNeighbourhoodAndNeed { total } reportsByMonthAndNeed { total } referralsByState { total } acceptance { medianMinutes } } }';
    const dash: number[] = [];
    for (let i = 0; i < 30; i++) dash.push((await gql(DASHBOARD, {}, analyst)).ms);
    out(`dashboard query (a year of history):               ${stats(dash.slice(5))}`);

    for (let i = 0; i < 20; i++) await gql(SUBMIT, { input: input() }, token); // warm-up
    const seq: number[] = [];
    for (let i = 0; i < 300; i++) seq.push((await gql(SUBMIT, { input: input() }, token)).ms);
    out(`submitReport, one at a time:                       ${stats(seq)}`);

    const conc: number[] = [];
    const N = 400;
    const C = 8;
    let next = 0;
    const t0 = performance.now();
    await Promise.all(Array.from({ length: C }, async () => {
      while (next < N) {
        next++;
        conc.push((await gql(SUBMIT, { input: input() }, token)).ms);
      }
    }));
    const secs = (performance.now() - t0) / 1000;
    out(`submitReport, ${C} concurrent clients:               ${stats(conc)}; ${(N / secs).toFixed(0)} reports/s`);

    const bad: number[] = [];
    for (let i = 0; i < 100; i++) bad.push((await gql(SUBMIT, { input: { ...input(), description: 'x'.repeat(50_000) } }, token)).ms);
    out(`submitReport refused (50 kB description):          ${stats(bad)}`);

    // Abuse refused before any resolver runs: how long a refusal takes.
    const aliases = `{ ${Array.from({ length: 5000 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    let inner = 'name';
    for (let i = 0; i < 14; i++) inner = `ofType { ${inner} }`;
    const deep = `{ __type(name: "Query") { fields { type { ${inner} } } } }`;
    for (const [label, q] of [['5,000 aliases', aliases], ['nesting 16 deep', deep]] as const) {
      const times: number[] = [];
      for (let i = 0; i < 50; i++) {
        const r = await gql(q, {}, token);
        if (!r.body.errors) throw new Error(`${label} was not refused`);
        times.push(r.ms);
      }
      out(`refused: ${label.padEnd(40)} ${stats(times)}`);
    }

    // Time from a report being recorded to its referral existing (across the outbox, JetStream and matching).
    const total = 20 + 300 + N + 30;
    const referrals = new Client({ connectionString: databaseUrlFor(s, 'referrals') });
    const reports = new Client({ connectionString: databaseUrlFor(s, 'reports') });
    await referrals.connect();
    await reports.connect();
    const waitForBacklog = async (n: number) => {
      for (let i = 0; i < 600; i++) {
        if (Number((await referrals.query('SELECT count(DISTINCT report_id) AS n FROM referrals')).rows[0].n) >= n) return;
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    await waitForBacklog(total - 30);
    // Then 30 reports on a quiet system, one every 300 ms: the latency a shop and an organisation feel.
    const quiet: string[] = [];
    for (let i = 0; i < 30; i++) {
      const inp = input();
      quiet.push(inp.id);
      await gql(SUBMIT, { input: inp }, token);
      await new Promise((r) => setTimeout(r, 300));
    }
    for (let i = 0; i < 600; i++) {
      const n = Number((await referrals.query('SELECT count(DISTINCT report_id) AS n FROM referrals')).rows[0].n);
      if (n >= total) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const submitted = new Map((await reports.query<{ id: string; t: Date }>('SELECT id, submitted_at AS t FROM reports')).rows.map((r) => [r.id, r.t.getTime()]));
    const created = (await referrals.query<{ report_id: string; t: Date }>('SELECT report_id, min(created_at) AS t FROM referrals GROUP BY report_id')).rows;
    const lagOf = (keep: (id: string) => boolean) => created.filter((r) => submitted.has(r.report_id) && keep(r.report_id)).map((r) => r.t.getTime() - submitted.get(r.report_id)!);
    const quietSet = new Set(quiet);
    out(`report recorded → referral created, quiet system:   ${stats(lagOf((id) => quietSet.has(id)))}`);
    out(`report recorded → referral created, under load:     ${stats(lagOf((id) => !quietSet.has(id)))}`);
    await referrals.end();
    await reports.end();
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
