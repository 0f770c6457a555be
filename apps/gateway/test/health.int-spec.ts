import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { Role } from '@prossimo/contracts';
import { OwnNatsServer, cloneDatabase, dropDatabase, startTestGateway, tokenFor, uniqueRoot, waitFor } from '@prossimo/testing';
import { RpcClient } from '../src/rpc/rpc-client.service';

const TOKEN = 'health-details-token-for-this-test';

/**
 * /health is cheap and says little to strangers: the gateway's own NATS connection is judged by
 * its state (no connection opened per call, counted by a nats-server of the test's own with
 * monitoring), one check answers concurrent callers, and only X-Health-Token or an ADMIN reads
 * the details. No service runs here: the system is "degraded" (503) throughout.
 */
describe('GET /health', () => {
  let server: OwnNatsServer;
  let dbUrl: string;
  let sut: INestApplication;
  let cached: INestApplication;

  beforeAll(async () => {
    server = await OwnNatsServer.start({ monitoring: true });
    dbUrl = await cloneDatabase('gateway');
    const env = { NATS_URL: server.url, HEALTH_DETAILS_TOKEN: TOKEN, RATE_LIMIT_PER_ADDRESS: '100000' };
    sut = await startTestGateway(dbUrl, uniqueRoot('hl'), { ...env, HEALTH_CACHE_MS: '0' });
    cached = await startTestGateway(dbUrl, uniqueRoot('hl'), { ...env, HEALTH_CACHE_MS: '60000' });
  });

  afterAll(async () => {
    await sut?.close();
    await cached?.close();
    await server?.stop();
    await dropDatabase(dbUrl);
  });

  const health = (app: INestApplication, headers: Record<string, string> = {}) => request(app.getHttpServer()).get('/health').set(headers);

  it('tells a stranger only whether it is up; the details need the health token or an ADMIN', async () => {
    const anonymous = await health(sut);
    expect(anonymous.status).toBe(503);
    expect(anonymous.body).toEqual({ status: 'degraded' });
    expect(anonymous.headers['cache-control']).toBe('no-store');

    const withToken = await health(sut, { 'x-health-token': TOKEN });
    expect(withToken.status).toBe(503);
    expect(withToken.body).toMatchObject({ status: 'degraded', gateway: { database: 'ok', nats: 'ok' } });
    expect(Object.keys(withToken.body.services).sort()).toEqual(['antennas', 'community', 'insights', 'referrals', 'reports']);

    const admin = await health(sut, { authorization: `Bearer ${await tokenFor({ role: Role.ADMIN })}` });
    expect(admin.body.gateway).toEqual({ database: 'ok', nats: 'ok', eventLoopLagP99Ms: expect.any(Number), eventLoopLagMaxMs: expect.any(Number) });

    const others: Record<string, string>[] = [{ 'x-health-token': `${TOKEN}x` }, { 'x-health-token': '' }, { authorization: `Bearer ${await tokenFor({ role: Role.SOCIAL_WORKER })}` }, { authorization: 'Bearer not-a-token' }];
    for (const headers of others) {
      expect((await health(sut, headers)).body).toEqual({ status: 'degraded' });
    }
  });

  it('opens no NATS connection to answer, however often it is asked', async () => {
    await health(sut);
    const before = await server.totalConnections();
    for (let i = 0; i < 15; i++) await health(sut);
    await Promise.all(Array.from({ length: 15 }, () => health(sut)));
    expect(await server.totalConnections()).toBe(before);
  });

  it('runs one check for concurrent callers, and answers from it for HEALTH_CACHE_MS', async () => {
    // Each service takes half a second to answer here, so the ten callers all arrive during one check.
    const rpc = sut.get(RpcClient);
    const original = rpc.call.bind(rpc);
    const calls = jest.spyOn(rpc, 'call').mockImplementation(async (...args: Parameters<RpcClient['call']>) => {
      await new Promise((r) => setTimeout(r, 500));
      return original(...args);
    });
    await Promise.all(Array.from({ length: 10 }, () => health(sut)));
    expect(calls).toHaveBeenCalledTimes(5); // one health call per service, for ten callers
    calls.mockRestore();

    await health(cached);
    const cachedCalls = jest.spyOn(cached.get(RpcClient), 'call');
    for (let i = 0; i < 5; i++) expect((await health(cached, { 'x-health-token': TOKEN })).body.gateway).toEqual({ database: 'ok', nats: 'ok', eventLoopLagP99Ms: expect.any(Number), eventLoopLagMaxMs: expect.any(Number) });
    expect(cachedCalls).not.toHaveBeenCalled();
    cachedCalls.mockRestore();
  });

  it("reports the gateway's NATS connection down while the broker is, and up again after", async () => {
    const natsState = async () => (await health(sut, { 'x-health-token': TOKEN })).body.gateway?.nats as string | undefined;
    await server.kill();
    try {
      await waitFor(async () => (await natsState()) === 'down', 15_000, 'health to see NATS down');
    } finally {
      await server.resume();
    }
    await waitFor(async () => (await natsState()) === 'ok', 30_000, 'health to see NATS back');
  });
});
