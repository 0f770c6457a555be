import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import request from 'supertest';
import { loadSettings } from '@prossimo/platform';
import { DIST, TEST_NATS_URL, TEST_POSTGRES_URL, deleteTestStreams, dropByName, freePort, listTestDatabases, query, testRunId, uniqueRoot, waitFor } from '@prossimo/testing';
import { LauncherSettings } from '../scripts/launcher/launcher.env';
import { loadSecrets, SystemSecrets } from '../scripts/launcher/secrets';
import { RunningService, SERVICES, databaseUrlFor, serviceEnv, spawnService, stopServices } from '../scripts/launcher/system';
import { ServiceKey } from '../scripts/services';

/**
 * Nothing lost, nothing doubled: the referrals service is killed (SIGKILL) while reports arrive
 * and again while it works through them; every report still gets exactly one referral.
 */
jest.setTimeout(240_000);

describe('crash: referrals killed while reports arrive', () => {
  let settings: LauncherSettings;
  let secrets: SystemSecrets;
  let stateDir: string;
  const running = new Map<ServiceKey, RunningService>();
  const logs: string[] = [];
  const sink = new Writable({ write: (chunk, _enc, cb) => (logs.push(String(chunk)), cb()) });
  let url: string;

  const launch = (service: ServiceKey) => running.set(service, spawnService(service, serviceEnv(settings, secrets, service), { format: 'pretty', out: sink, distRoot: DIST }));
  const kill = async (service: ServiceKey) => {
    const r = running.get(service)!;
    r.proc.kill('SIGKILL');
    await r.exited;
  };

  beforeAll(async () => {
    stateDir = mkdtempSync(join(tmpdir(), 'prossimo-crash-'));
    const port = await freePort();
    const settingsEnv = {
      POSTGRES_URL: TEST_POSTGRES_URL,
      NATS_URL: TEST_NATS_URL,
      SUBJECT_ROOT: uniqueRoot('crash'),
      DB_PREFIX: `pt_${testRunId()}_crash_`,
      PORT: String(port),
      HOST: '127.0.0.1',
      PROSSIMO_STATE_DIR: stateDir,
      LOG_LEVEL: 'warn',
    };
    settings = loadSettings(LauncherSettings, settingsEnv);
    // Prepared the way a user prepares it (`npm run setup -- --demo`), in its own process.
    const setup = spawnSync(process.execPath, [join(DIST, 'scripts', 'prossimo.js'), 'setup', '--demo'], { env: settingsEnv, encoding: 'utf8', timeout: 120_000 });
    if (setup.status !== 0) throw new Error(`setup failed (${setup.status}): ${setup.stdout}\n${setup.stderr}`);
    secrets = loadSecrets(settings);
    for (const s of SERVICES) launch(s);
    url = `http://127.0.0.1:${port}`;
    await waitFor(async () => {
      const res = await request(url).get('/health').set('x-health-token', secrets.healthDetailsToken);
      return res.status === 200 && res.body.services.reports.details.activeAntennas > 0;
    }, 120_000, 'system healthy');
  });

  afterAll(async () => {
    await stopServices([...running.values()], 5000);
    for (const name of await listTestDatabases()) if (name.startsWith(settings.DB_PREFIX)) await dropByName(name);
    await deleteTestStreams(settings.SUBJECT_ROOT);
    rmSync(stateDir, { recursive: true, force: true });
  });

  async function gql<T>(q: string, variables: Record<string, unknown>, token?: string): Promise<T> {
    const req = request(url).post('/graphql').set('content-type', 'application/json');
    if (token) req.set('authorization', `Bearer ${token}`);
    const res = await req.send({ query: q, variables });
    if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
    return res.body.data as T;
  }

  it('every report gets exactly one referral', async () => {
    const { login } = await gql<{ login: { token: string } }>('mutation($e:String!,$p:String!){ login(email:$e,password:$p){ token } }', { e: 'antenna@prossimo.example', p: 'prossimo-demo' });
    await kill('referrals');
    // While referrals is down, its operations answer UNAVAILABLE (retry), not a 500.
    const op = await gql<{ login: { token: string } }>('mutation($e:String!,$p:String!){ login(email:$e,password:$p){ token } }', { e: 'operatore@prossimo.example', p: 'prossimo-demo' });
    const down = await request(url).post('/graphql').set('content-type', 'application/json').set('authorization', `Bearer ${op.login.token}`).send({ query: '{ referrals { nodes { id } } }' });
    expect(down.status).toBe(503); // the status follows the code (docs/api.md, "Errors")
    expect(down.body.errors[0].extensions.code).toBe('UNAVAILABLE');
    const N = 40;
    const ids: string[] = [];
    for (let i = 0; i < N; i++) {
      const id = randomUUID();
      ids.push(id);
      await gql('mutation($input: SubmitReportInput!) { submitReport(input: $input) { id } }', {
        input: { id, neighbourhoodCode: 'crocetta', needs: ['LONELINESS', 'FOOD'], urgency: 'LOW', ageBand: 'AGE_65_79', description: `segnalazione ${i}`, consentToContact: false },
      }, login.token);
    }
    const referralsDb = databaseUrlFor(settings, 'referrals');
    const count = async () => (await query<{ n: number }>(referralsDb, 'SELECT count(*)::int AS n FROM referrals WHERE report_id = ANY($1)', [ids]))[0].n;
    expect(await count()).toBe(0);

    // Start it again, and kill it again as soon as it has begun to work through the backlog.
    launch('referrals');
    await waitFor(async () => (await count()) > 0, 60_000, 'referrals to start arriving', 20);
    await kill('referrals');
    const partial = await count();
    launch('referrals');

    // Two needs, two demo services: two referrals per report, never more.
    await waitFor(async () => (await count()) === 2 * N, 90_000, `${2 * N} referrals`);
    const doubled = await query(referralsDb, 'SELECT report_id, service_id, count(*) FROM referrals WHERE report_id = ANY($1) GROUP BY 1, 2 HAVING count(*) > 1', [ids]);
    expect(doubled).toEqual([]);
    expect(partial).toBeLessThanOrEqual(2 * N);
    // Each report.submitted event was applied once by referrals' inbox.
    const inbox = await query<{ n: number }>(referralsDb, `SELECT count(*)::int AS n FROM inbox WHERE subject LIKE '%.report.submitted.v1'`);
    expect(inbox[0].n).toBeGreaterThanOrEqual(N);
    // Nothing lost on the way back either: the reports service saw every referral.
    await waitFor(async () => (await query<{ n: number }>(databaseUrlFor(settings, 'reports'), 'SELECT count(*)::int AS n FROM report_referrals WHERE report_id = ANY($1)', [ids]))[0].n === 2 * N, 60_000, 'reports to learn every referral');
  });
});
