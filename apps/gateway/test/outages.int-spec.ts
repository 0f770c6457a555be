import { INestApplication, INestMicroservice } from '@nestjs/common';
import request from 'supertest';
import { connect } from '@nats-io/transport-node';
import { Role, rpcSubject } from '@prossimo/contracts';
import { DEMO_ORGANISATION } from '@prossimo/demo';
import { loadSettings, startService } from '@prossimo/platform';
import { TEST_KEYS, TEST_NATS_URL, TcpProxy, cloneDatabase, deleteTestStreams, dropDatabase, gql, startTestGateway, tokenFor, uniqueRoot } from '@prossimo/testing';
import { ReferralsSettings } from '../../referrals/src/config/referrals.env';
import { ReferralsModule } from '../../referrals/src/referrals.module';

/**
 * When an engine or a service fails, the client is told to retry (UNAVAILABLE, HTTP 503,
 * Retry-After), quickly, and never INTERNAL; and every answer, refused before GraphQL or after,
 * carries a code with the one documented HTTP status.
 */
describe('outages and the error shape (real referrals, PostgreSQL behind a proxy, NATS)', () => {
  const root = uniqueRoot('outg');
  let referralsDb: string;
  let gatewayDb: string;
  let referralsProxy: TcpProxy;
  let gatewayProxy: TcpProxy;
  let referrals: INestMicroservice;
  let gateway: INestApplication;
  let admin: string;

  beforeAll(async () => {
    [referralsDb, gatewayDb] = await Promise.all([cloneDatabase('referrals'), cloneDatabase('gateway')]);
    const pg = new URL(referralsDb);
    referralsProxy = await TcpProxy.start(pg.hostname, Number(pg.port || 5432));
    gatewayProxy = await TcpProxy.start(pg.hostname, Number(pg.port || 5432));
    const rs = loadSettings(ReferralsSettings, {
      NATS_URL: TEST_NATS_URL, SUBJECT_ROOT: root, AUTH_PUBLIC_KEY: TEST_KEYS.publicKey, LOG_LEVEL: 'silent', DATABASE_URL: referralsProxy.urlFor(referralsDb),
      SLA_SWEEP_INTERVAL_MS: '0', MAIL_SWEEP_INTERVAL_MS: '0', DB_POOL_SIZE: '2',
    });
    referrals = await startService(ReferralsModule.register(rs), rs, 'referrals');
    gateway = await startTestGateway(gatewayProxy.urlFor(gatewayDb), root, {
      RATE_LIMIT_PER_ADDRESS: '100000', RATE_LIMIT_PER_ACCOUNT: '100000', RPC_TIMEOUT_MS: '400', RPC_BREAKER_TIMEOUTS: '3', RPC_BREAKER_OPEN_MS: '1500',
    });
    admin = await tokenFor({ role: Role.ADMIN });
  });

  afterAll(async () => {
    await gateway?.close();
    await referrals?.close();
    await referralsProxy?.stop();
    await gatewayProxy?.stop();
    await deleteTestStreams(root);
    await dropDatabase(referralsDb);
    await dropDatabase(gatewayDb);
  });

  const post = (body: unknown, token?: string) => {
    const req = request(gateway.getHttpServer()).post('/graphql').set('content-type', 'application/json');
    if (token) req.set('authorization', `Bearer ${token}`);
    return req.send(body as object);
  };
  const ORGANISATIONS = '{ organisations { id } }';

  it("answers a service's database outage with UNAVAILABLE, 503 and Retry-After, then works again", async () => {
    expect((await post({ query: ORGANISATIONS }, admin)).status).toBe(200);
    referralsProxy.cut();
    const during = await post({ query: ORGANISATIONS }, admin);
    expect({ status: during.status, code: during.body.errors?.[0]?.extensions?.code }).toEqual({ status: 503, code: 'UNAVAILABLE' });
    expect(during.body.errors[0].extensions.retryAfterSeconds).toBeGreaterThan(0);
    expect(during.headers['retry-after']).toMatch(/^\d+$/);
    expect(JSON.stringify(during.body)).not.toMatch(/ECONN|terminated|stack|INTERNAL/);
    referralsProxy.heal();
    let after = await post({ query: ORGANISATIONS }, admin);
    for (let i = 0; i < 20 && after.status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 250));
      after = await post({ query: ORGANISATIONS }, admin);
    }
    expect(after.status).toBe(200);
  });

  it("answers the gateway's own database outage (a sign-in) with UNAVAILABLE, not INTERNAL", async () => {
    gatewayProxy.cut();
    const res = await post({ query: 'mutation { login(email: "a@b.example", password: "una password") { token } }' });
    gatewayProxy.heal();
    expect({ status: res.status, code: res.body.errors?.[0]?.extensions?.code }).toEqual({ status: 503, code: 'UNAVAILABLE' });
    expect(res.headers['retry-after']).toMatch(/^\d+$/);
  });

  it('answers at once when no service listens at all (NATS says no responders)', async () => {
    const t0 = performance.now();
    const res = await post({ query: '{ coverage { deserts } }' }, await tokenFor({ role: Role.CITY_ANALYST })); // antennas does not run here
    expect({ status: res.status, code: res.body.errors?.[0]?.extensions?.code }).toEqual({ status: 503, code: 'UNAVAILABLE' });
    expect(performance.now() - t0).toBeLessThan(300);
  });

  it('fails fast, with Retry-After, while a service is not answering, and tries it again after a while', async () => {
    // A stalled antennas service: it holds its subscription but answers nothing.
    const stalled = await connect({ servers: TEST_NATS_URL });
    stalled.subscribe(rpcSubject(root, 'antennas.>'), { callback: () => undefined });
    await stalled.flush();
    const analyst = await tokenFor({ role: Role.CITY_ANALYST });
    const DASHBOARD = '{ coverage { deserts } }';
    const timed = async () => {
      const t0 = performance.now();
      const res = await post({ query: DASHBOARD }, analyst);
      return { ms: performance.now() - t0, code: res.body.errors?.[0]?.extensions?.code as string, retryAfter: res.headers['retry-after'] as string | undefined, status: res.status };
    };
    const first = [await timed(), await timed(), await timed()];
    expect(first.map((r) => r.code)).toEqual(['UNAVAILABLE', 'UNAVAILABLE', 'UNAVAILABLE']);
    expect(first.every((r) => r.ms >= 350)).toBe(true); // each waited for the timeout
    const fast = await timed();
    expect(fast).toMatchObject({ code: 'UNAVAILABLE', status: 503 });
    expect(fast.ms).toBeLessThan(300); // the breaker is open: no waiting
    expect(Number(fast.retryAfter)).toBeGreaterThanOrEqual(1);
    // Other services are not affected.
    expect((await post({ query: ORGANISATIONS }, admin)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1600));
    const probe = await timed();
    expect(probe.ms).toBeGreaterThanOrEqual(350); // one call let through to try
    expect((await timed()).ms).toBeLessThan(300); // and open again
    await stalled.close();
  });

  it('gives every refusal a code, and one HTTP status per code wherever it was refused', async () => {
    const tooBig = await post({ query: 'mutation($e:String!){ login(email:$e, password:"x"){ token } }', variables: { e: 'x'.repeat(400_000) } });
    expect({ status: tooBig.status, code: tooBig.body.errors?.[0]?.extensions?.code }).toEqual({ status: 413, code: 'BAD_USER_INPUT' });
    const broken = await request(gateway.getHttpServer()).post('/graphql').set('content-type', 'application/json').send('{"query": "{ __typename ');
    expect({ status: broken.status, code: broken.body.errors?.[0]?.extensions?.code }).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
    // A refused input is 400 whether GraphQL refused it (a wrong enum) or the service did (an unknown organisation).
    const byGraphql = await post({ query: 'mutation { registerService(input: { id: "x", organisationId: "y", name: "n", needs: [PANIC], neighbourhoodCodes: [], status: "active", capacityStatus: "capacity" }) { id } }' }, admin);
    const byService = await post(
      { query: 'mutation($i: RegisterServiceInput!) { registerService(input: $i) { id } }', variables: { i: { id: '5e000000-0000-4000-8000-0000000000ff', organisationId: DEMO_ORGANISATION.id.replace('0001', '0999'), name: 'Servizio', needs: ['FOOD'], neighbourhoodCodes: ['crocetta'], status: 'active', capacityStatus: 'capacity' } } },
      admin,
    );
    expect([byGraphql.status, byService.status]).toEqual([400, 400]);
    expect(byService.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'organisationId' });
    const refusedRole = await post({ query: ORGANISATIONS }, await tokenFor({ role: Role.ANTENNA }));
    expect({ status: refusedRole.status, code: refusedRole.body.errors[0].extensions.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
    const anonymous = await post({ query: ORGANISATIONS });
    expect({ status: anonymous.status, code: anonymous.body.errors[0].extensions.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
  });
});
