/**
 * The one command that runs Prossimo on a machine with PostgreSQL and NATS (JetStream):
 *
 *   node dist/scripts/prossimo.js start            checks the engines, creates and migrates the databases,
 *                                                  creates the streams, loads the demo data, starts the four
 *                                                  processes and keeps them running until Ctrl-C
 *   node dist/scripts/prossimo.js setup [--demo]   the same preparation without starting anything
 *   node dist/scripts/prossimo.js dlq list         the dead letters
 *   node dist/scripts/prossimo.js dlq replay <seq> puts one back on its subject
 *   node dist/scripts/prossimo.js serve <service>  runs one service alone (after setup), with the settings start would give it
 *   node dist/scripts/prossimo.js rotate-keys [--new-municipality-keys]  re-wraps the reports service's keys (docs/privacy.md)
 *   node dist/scripts/prossimo.js migrations-check entities and migrations agree (exit 1 if not)
 *   node dist/scripts/prossimo.js invite-admin <istat> <email> [name]   the first ADMIN of a new municipality: prints an invitation link
 *   node dist/scripts/prossimo.js nats-config [--root R] [--store-dir D] [--tls] [--cluster]
 *                                                  prints the nats-server configuration that locks the bus down
 *
 * `npm start`, `npm run setup` and `npm run dlq -- list` wrap these.
 */
import 'reflect-metadata';
import { Client } from 'pg';
import { connect } from '@nats-io/transport-node';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@prossimo/demo';
import { listDeadLetters, natsOptions, renderNatsConfig, replayDeadLetter } from '@prossimo/messaging';
import { SettingsError, dataSourceOptions, loadSettings, migrate, pendingSchemaChanges } from '@prossimo/platform';
import { DURABLE_CONSUMERS, ISTAT_CODE } from '@prossimo/contracts';
import { DataSource } from 'typeorm';
import { inviteFirstAdmin } from '../apps/gateway/src/identity/invitations.service';
import { DATABASES, ServiceKey } from './services';
import { LauncherSettings, assertBusPasswordsComplete, launcherBusCredentials } from './launcher/launcher.env';
import { PreflightError, checkNats, checkPostgres } from './launcher/preflight';
import { loadSecrets, secretsFor } from './launcher/secrets';
import { RunningService, SERVICES, databaseUrlFor, entryPoint, prepareSystem, serviceEnv, spawnService, stopServices } from './launcher/system';
import { seedDemo } from './launcher/demo-seed';
import { natsConfigPreset } from './launcher/nats-presets';
import { rotateKeys } from '../apps/reports/src/cli/rotate-keys';
import { ReportsSettings } from '../apps/reports/src/config/reports.env';

const say = (line: string) => process.stdout.write(`[prossimo] ${line}\n`);

async function preflight(s: LauncherSettings): Promise<void> {
  await checkPostgres(s.POSTGRES_URL);
  const admin = launcherBusCredentials(s, 'admin');
  await checkNats(s.NATS_URL, admin);
  if (!admin.password) {
    say('NATS: no bus passwords set, so every process connects anonymously and any local process could read or write the bus.');
    say('      Fine on a developer machine; production refuses it. To lock the bus down: docs/security.md ("The bus").');
  }
}

async function setup(s: LauncherSettings, demo: boolean): Promise<void> {
  await preflight(s);
  // A developer's machine gets its keys made now; production's come from the secret store, and
  // the setup needs none of them.
  if (s.NODE_ENV !== 'production') loadSecrets(s);
  await prepareSystem(s, say);
  if (demo) await seedDemo(s, say);
}

interface HealthBody {
  status: string;
  services?: { reports?: { details?: { neighbourhoods?: number; activeAntennas?: number } } };
}

/** Polls /health with the run's X-Health-Token (only a caller with it, or an ADMIN, reads the details). */
async function waitUntilReady(url: string, healthToken: string, demo: boolean, children: RunningService[], timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    const dead = children.find((c) => c.proc.exitCode !== null);
    if (dead) throw new Error(`${dead.service} exited during start-up (code ${dead.proc.exitCode}); see its log above`);
    try {
      const res = await fetch(`${url}/health`, { headers: { 'x-health-token': healthToken } });
      const body = (await res.json()) as HealthBody;
      const details = body.services?.reports?.details;
      const projectionsReady = !demo || ((details?.neighbourhoods ?? 0) > 0 && (details?.activeAntennas ?? 0) > 0);
      if (res.status === 200 && projectionsReady) return;
      last = JSON.stringify(body);
    } catch (err) {
      last = (err as Error).message;
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`the system did not become healthy within ${timeoutMs / 1000} s; last health: ${last}`);
}

async function start(s: LauncherSettings): Promise<void> {
  assertBusPasswordsComplete(s);
  const demo = s.PROSSIMO_DEMO && s.NODE_ENV !== 'production';
  if (s.PROSSIMO_DEMO && s.NODE_ENV === 'production') say('demo data is refused when NODE_ENV=production: starting without it');
  await preflight(s);
  const secrets = loadSecrets(s);
  await prepareSystem(s, say);
  if (demo) await seedDemo(s, say);

  const running = new Map<ServiceKey, RunningService>();
  let stopping = false;
  const restarts: number[] = [];
  const launch = (service: ServiceKey) => {
    const r = spawnService(service, serviceEnv(s, secrets, service), { format: s.LOG_FORMAT });
    running.set(service, r);
    void r.exited.then((code) => {
      if (stopping || running.get(service) !== r) return;
      // A crashed service is started again: its durable consumer and outbox pick up where it stopped.
      const now = Date.now();
      restarts.push(now);
      while (restarts.length && now - restarts[0] > 60_000) restarts.shift();
      if (restarts.length > 5) {
        say(`${service} keeps failing (exit ${code}); stopping everything`);
        void shutdown(1);
        return;
      }
      say(`${service} exited (code ${code}); starting it again`);
      setTimeout(() => !stopping && launch(service), 1000);
    });
  };
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say('stopping…');
    await stopServices([...running.values()]);
    say('stopped');
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  for (const service of SERVICES) launch(service);
  const url = `http://localhost:${s.PORT}`;
  try {
    await waitUntilReady(url, secrets.healthDetailsToken, demo, [...running.values()]);
  } catch (err) {
    say((err as Error).message);
    await shutdown(1);
    return;
  }
  const lines = [
    '',
    'Prossimo is running.',
    `  Web app:  ${url}/            (Italiano; English by the switch)`,
    `  GraphQL:  ${url}/graphql`,
    `  Health:   ${url}/health`,
    ...(demo ? ['', `Demo accounts (password "${DEMO_PASSWORD}"):`, ...DEMO_ACCOUNTS.map((a) => `  ${a.email.padEnd(28)} ${a.role}`)] : []),
    '',
    'Press Ctrl-C to stop.',
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
  const pids = Object.fromEntries([...running.entries()].map(([k, v]) => [k, v.proc.pid]));
  say(`ready ${JSON.stringify({ url, pids })}`);
}

/** Outbox rows the relays set aside (JetStream refused them every time): per service database. */
async function failedOutboxRowsOf(s: LauncherSettings): Promise<{ service: string; seq: string; subject: string; event_id: string; attempts: number; last_error: string; failed_at: Date }[]> {
  const out = [];
  for (const service of DURABLE_CONSUMERS) {
    const c = new Client({ connectionString: databaseUrlFor(s, service) });
    await c.connect();
    try {
      const rows = await c.query(`SELECT seq::text, subject, event_id, attempts, last_error, failed_at FROM outbox WHERE failed_at IS NOT NULL ORDER BY seq`);
      out.push(...rows.rows.map((r) => ({ service, ...r })));
    } finally {
      await c.end();
    }
  }
  return out;
}

async function dlq(s: LauncherSettings, args: string[]): Promise<void> {
  const [verb0, service, seqArg0] = args;
  if (verb0 === 'retry-outbox') {
    if (!service || !(DURABLE_CONSUMERS as readonly string[]).includes(service) || !/^\d+$/.test(seqArg0 ?? '')) throw new Error(`usage: dlq retry-outbox <${DURABLE_CONSUMERS.join('|')}> <outbox seq>`);
    const c = new Client({ connectionString: databaseUrlFor(s, service as ServiceKey) });
    await c.connect();
    try {
      const r = await c.query(`UPDATE outbox SET failed_at = NULL, attempts = 0, next_attempt_at = NULL WHERE seq = $1 AND failed_at IS NOT NULL`, [seqArg0]);
      say(r.rowCount ? `outbox row ${seqArg0} of ${service} is queued again` : `no set-aside outbox row ${seqArg0} in ${service}`);
    } finally {
      await c.end();
    }
    return;
  }
  const nc = await connect({ ...natsOptions(s.NATS_URL, launcherBusCredentials(s, 'admin')), timeout: 3000 });
  try {
    const jsm = await jetstreamManager(nc);
    const [verb, seqArg] = args;
    if (verb === 'replay') {
      const seq = Number(seqArg);
      if (!Number.isInteger(seq) || seq < 1) throw new Error('usage: dlq replay <sequence>');
      const dl = await replayDeadLetter(jsm, jetstream(nc), s.SUBJECT_ROOT, seq);
      say(`replayed dead letter ${seq} onto ${dl.originalSubject}`);
      return;
    }
    if (verb && verb !== 'list') throw new Error('usage: dlq list | dlq replay <sequence> | dlq retry-outbox <service> <outbox seq>');
    const letters = await listDeadLetters(jsm, s.SUBJECT_ROOT);
    if (letters.length === 0) say('no dead letters');
    for (const d of letters) process.stdout.write(`${d.seq}\t${d.time}\t${d.consumer}\t${d.reason}\t${d.originalSubject}\t${d.eventId ?? '-'}\t${d.error}\n`);
    const setAside = await failedOutboxRowsOf(s);
    if (setAside.length === 0) say('no outbox rows set aside');
    for (const r of setAside) process.stdout.write(`outbox ${r.service} ${r.seq}\t${r.failed_at.toISOString()}\t${r.attempts} attempts\t${r.subject}\t${r.event_id}\t${r.last_error}\n`);
  } finally {
    await nc.close();
  }
}

/** Migrates a scratch database per service and checks TypeORM finds nothing left to change. */
async function migrationsCheck(s: LauncherSettings): Promise<void> {
  const admin = new Client({ connectionString: s.POSTGRES_URL });
  await admin.connect();
  let failed = false;
  try {
    for (const [service, spec] of Object.entries(DATABASES)) {
      const name = `prossimo_check_${service}_${process.pid}`;
      await admin.query(`CREATE DATABASE "${name}"`);
      try {
        const u = new URL(s.POSTGRES_URL);
        u.pathname = `/${name}`;
        await migrate(u.toString(), spec);
        const pending = await pendingSchemaChanges(u.toString(), spec);
        if (pending.length) {
          failed = true;
          say(`${service}: entities and migrations disagree:\n  ${pending.join('\n  ')}`);
        } else say(`${service}: entities and migrations agree`);
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      }
    }
  } finally {
    await admin.end();
  }
  if (failed) process.exit(1);
}

/** Key rotation without downtime, with the reports service's settings as `start` gives them (docs/privacy.md). */
async function rotate(s: LauncherSettings, newMunicipalityKeys: boolean): Promise<void> {
  const env = { ...serviceEnv(s, loadSecrets(s), 'reports'), ...process.env };
  const result = await rotateKeys(loadSettings(ReportsSettings, env), { newMunicipalityKeys });
  say(`keys rotated: ${JSON.stringify(result)}`);
}

/** Runs one service in this process, with the environment `start` would give it (docker-compose and Kubernetes use this). */
function serve(s: LauncherSettings, service: string | undefined): void {
  if (!service || !(SERVICES as string[]).includes(service)) throw new Error(`usage: serve <${SERVICES.join('|')}>`);
  const env = serviceEnv(s, secretsFor(s, service as ServiceKey), service as ServiceKey);
  for (const [k, v] of Object.entries(env)) if (v !== undefined && process.env[k] === undefined) process.env[k] = v;
  require(entryPoint(service as ServiceKey));
}

/** The first ADMIN of a new municipality: an invitation link (ADMINs write only their own municipality). */
async function inviteAdmin(s: LauncherSettings, args: string[]): Promise<void> {
  const [municipality, email, ...name] = args;
  if (!municipality || !ISTAT_CODE.test(municipality) || !email) throw new Error('usage: invite-admin <istat code, six digits> <email> [display name]');
  const ds = new DataSource(dataSourceOptions(databaseUrlFor(s, 'gateway'), DATABASES.gateway, 2));
  await ds.initialize();
  try {
    const { token, expiresAt } = await inviteFirstAdmin(ds, { municipality, email, displayName: name.join(' ') || 'Amministrazione' }, new Date());
    say(`invitation for the first ADMIN of ${municipality} (${email}), valid until ${expiresAt.toISOString()}:`);
    process.stdout.write(`  http://localhost:${s.PORT}/invito#token=${token}\n  (the address of your installation, /invito#token=…; give it to the person only)\n`);
  } finally {
    await ds.destroy();
  }
}

/** Prints the nats-server configuration for the bus permissions (deploy/nats and deploy/k8s hold its output). */
function natsConfig(args: string[]): void {
  const opt = (name: string, fallback: string) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
  };
  process.stdout.write(renderNatsConfig(natsConfigPreset(opt('--root', 'prossimo'), opt('--store-dir', '/data'), args.includes('--tls'), args.includes('--cluster'))));
}

async function main(): Promise<void> {
  const [command = 'start', ...rest] = process.argv.slice(2);
  const s = loadSettings(LauncherSettings);
  switch (command) {
    case 'start':
      return start(s);
    case 'setup':
      return setup(s, rest.includes('--demo'));
    case 'dlq':
      return dlq(s, rest);
    case 'migrations-check':
      return migrationsCheck(s);
    case 'serve':
      return serve(s, rest[0]);
    case 'invite-admin':
      return inviteAdmin(s, rest);
    case 'nats-config':
      return natsConfig(rest);
    case 'rotate-keys':
      return rotate(s, rest.includes('--new-municipality-keys'));
    default:
      throw new Error(`unknown command ${command}: use start, setup [--demo], serve <service>, dlq list|replay <seq>, rotate-keys [--new-municipality-keys], migrations-check, invite-admin <istat> <email>, nats-config`);
  }
}

main().catch((err: unknown) => {
  if (err instanceof PreflightError || err instanceof SettingsError) {
    process.stderr.write(`\n${err.message}\n\n`);
    process.exit(2);
  }
  process.stderr.write(`${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(1);
});
