import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { Role } from '@prossimo/contracts';
import { dataSourceOptions } from '@prossimo/platform';
import { cloneDatabase, dropDatabase, gql, query, startTestGateway, tokenFor, uniqueRoot } from '@prossimo/testing';
import { GATEWAY_DATABASE } from '../src/database/gateway.database';
import { seedDemoAccounts } from '../src/identity/demo-accounts.seed';

/**
 * The classic abuse queries are refused cleanly, before any resolver works; limits are shared by
 * two gateway instances through the identity database. No service runs here: nothing refused
 * ever reaches one.
 */
describe('gateway hardening', () => {
  let dbUrl: string;
  let sut: INestApplication;
  let second: INestApplication;
  const root = uniqueRoot('gw');

  beforeAll(async () => {
    dbUrl = await cloneDatabase('gateway');
    const ds = new DataSource(dataSourceOptions(dbUrl, GATEWAY_DATABASE, 2));
    await ds.initialize();
    await seedDemoAccounts(ds);
    await ds.destroy();
    const env = { RATE_LIMIT_PER_ADDRESS: '10000', RPC_TIMEOUT_MS: '300' };
    sut = await startTestGateway(dbUrl, root, env);
    second = await startTestGateway(dbUrl, root, env);
  });

  afterAll(async () => {
    await sut?.close();
    await second?.close();
    await dropDatabase(dbUrl);
  });

  it('refuses deep nesting', async () => {
    let inner = 'name';
    for (let i = 0; i < 14; i++) inner = `ofType { ${inner} }`;
    const res = await gql(sut, `{ __type(name: "Query") { fields { type { ${inner} } } } }`);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0].message).toMatch(/depth/i);
  });

  it('refuses 5,000 aliases quickly and without doing the work', async () => {
    const aliases = Array.from({ length: 5000 }, (_, i) => `a${i}: __typename`).join(' ');
    const res = await gql(sut, `{ ${aliases} }`);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0].message).toMatch(/token|alias/i);
    expect(JSON.stringify(res).length).toBeLessThan(2000);
    // The client's fault, so a 400 (it used to be a 500).
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers a malformed document 400 GRAPHQL_PARSE_FAILED, never a 500, without echoing the document', async () => {
    for (const doc of ['mutation {', '{ __typename', 'mutation { logout(x: "\\udfff") }', 'query { a(b: "\\u00") }']) {
      const res = await gql(sut, doc);
      expect({ doc, status: res.status, code: res.errors?.[0].extensions?.code }).toEqual({ doc, status: 400, code: 'GRAPHQL_PARSE_FAILED' });
      expect(res.errors?.[0].message).toMatch(/^Syntax Error: /);
      expect(res.errors?.[0].message).not.toMatch(/GraphQL request|\n/);
    }
  });

  it('refuses batched arrays', async () => {
    const res = await request(sut.getHttpServer()).post('/graphql').set('content-type', 'application/json').send([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(res.status).toBe(400);
  });

  it('refuses a huge body, and a huge string argument with the field named', async () => {
    const big = await request(sut.getHttpServer()).post('/graphql').set('content-type', 'application/json').send({ query: 'mutation($e:String!){ login(email:$e, password:"x"){ token } }', variables: { e: 'x'.repeat(400_000) } });
    expect(big.status).toBe(413);
    const res = await gql(sut, 'mutation($e:String!){ login(email:$e, password:"x"){ token } }', { e: 'x'.repeat(100_000) });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
  });

  it('does not suggest field names to a prober', async () => {
    const res = await gql(sut, '{ referal { nodes { id } } }');
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean/i);
  });

  it('prevents CSRF: a simple cross-site request is refused', async () => {
    const res = await request(sut.getHttpServer()).post('/graphql').set('content-type', 'text/plain').send(JSON.stringify({ query: '{ __typename }' }));
    expect(res.status).toBe(400);
    const get = await request(sut.getHttpServer()).get('/graphql').query({ query: '{ __typename }' });
    expect(get.status).toBe(400);
  });

  it('answers a service that does not respond with UNAVAILABLE, never a 500 or internal text', async () => {
    const res = await gql(sut, '{ neighbourhoods { code } }');
    // 503 with the code, never a 500 (docs/api.md, "Errors": the status follows the code).
    expect(res.status).toBe(503);
    expect(res.errors?.[0].extensions?.code).toBe('UNAVAILABLE');
    expect(JSON.stringify(res)).not.toMatch(/stack|Error:|node_modules|nats/i);
  });

  it('refuses a NUL character in login, in a name, in a reason and in an /hsds/ query, naming the field, and writes nothing', async () => {
    const LOGIN = 'mutation($e:String!,$p:String!){ login(email:$e,password:$p){ token } }';
    expect((await gql(sut, LOGIN, { e: 'antenna@prossimo.example\u0000', p: 'prossimo-demo' })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    expect((await gql(sut, LOGIN, { e: 'antenna@prossimo.example', p: 'prossimo\u0000demo' })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    // An inline literal, too.
    expect((await gql(sut, 'mutation { login(email: "x\\u0000@prossimo.example", password: "y") { token } }')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    // Half of a surrogate pair is no character either (class-validator's IsEmail threw on it: a 500).
    expect((await gql(sut, LOGIN, { e: 'antenna\uDFFF@prossimo.example', p: 'prossimo-demo' })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const member = await gql(sut, 'mutation($i: CreateAntennaMemberInput!) { createAntennaMember(input: $i) { __typename } }', { i: { antennaId: randomUUID(), email: 'a\uD800@prossimo.example', displayName: 'Maria' } }, await tokenFor({ role: Role.ADMIN }));
    expect({ status: member.status, ext: member.errors?.[0].extensions }).toMatchObject({ status: 400, ext: { code: 'BAD_USER_INPUT', field: 'input.email' } });

    const admin = await tokenFor({ role: Role.ADMIN });
    const tokensBefore = await query<{ n: number }>(dbUrl, 'SELECT count(*)::int AS n FROM account_tokens');
    const invite = await gql(sut, 'mutation($i: InviteAccountInput!) { inviteAccount(input: $i) { token } }', { i: { email: 'nul@prossimo.example', displayName: 'Maria\u0000Rossi', role: 'SOCIAL_WORKER' } }, admin);
    expect(invite.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.displayName' });
    // An id the role does not use is still checked (it used to be taken, and ignored, whatever it held).
    const ignoredId = await gql(sut, 'mutation($i: InviteAccountInput!) { inviteAccount(input: $i) { token } }', { i: { email: 'id@prossimo.example', displayName: 'Maria Rossi', role: 'SOCIAL_WORKER', antennaId: 'x'.repeat(20_000) } }, admin);
    expect(ignoredId.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.antennaId' });
    expect(await query<{ n: number }>(dbUrl, 'SELECT count(*)::int AS n FROM account_tokens')).toEqual(tokensBefore);

    const operator = await tokenFor({ role: Role.ORG_OPERATOR, organisationId: randomUUID() });
    const reject = await gql(sut, 'mutation($id: ID!, $r: String!) { rejectReferral(id: $id, reason: $r) { id } }', { id: randomUUID(), r: 'Fuori zona\u0000' }, operator);
    expect(reject.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });

    const hsds = await request(sut.getHttpServer()).get('/hsds/services?search=%00');
    expect(hsds.status).toBe(400);
    expect(hsds.body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
    expect((await request(sut.getHttpServer()).get('/hsds/services/%00')).body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('locks an email out after repeated failures, on every instance, without telling whether it exists', async () => {
    const login = (app: INestApplication, email: string, password: string) => gql(app, 'mutation($e:String!,$p:String!){ login(email:$e,password:$p){ token } }', { e: email, p: password });
    for (let i = 0; i < 5; i++) {
      const r = await login(i % 2 ? sut : second, 'antenna@prossimo.example', 'wrong');
      expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    // Even the right password is refused now, on both instances.
    expect((await login(sut, 'antenna@prossimo.example', 'prossimo-demo')).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect((await login(second, 'antenna@prossimo.example', 'prossimo-demo')).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    // An email with no account behaves the same way.
    for (let i = 0; i < 5; i++) await login(sut, 'nobody@prossimo.example', 'wrong');
    expect((await login(sut, 'nobody@prossimo.example', 'wrong')).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    // Other accounts are not affected.
    expect((await login(second, 'operatore@prossimo.example', 'prossimo-demo')).data).toBeTruthy();
  });

  describe('request limits', () => {
    const graphql = (app: INestApplication, headers: Record<string, string> = {}) =>
      request(app.getHttpServer()).post('/graphql').set('content-type', 'application/json').set(headers).send({ query: '{ __typename }' });
    const started: INestApplication[] = [];
    const start = async (env: Record<string, string>) => {
      const app = await startTestGateway(dbUrl, uniqueRoot('gw'), { RPC_TIMEOUT_MS: '200', ...env });
      started.push(app);
      return app;
    };
    afterAll(async () => {
      for (const app of started) await app.close();
    });

    it('limits requests per address in memory, with a clear 429 and not one row written', async () => {
      await query(dbUrl, 'DELETE FROM rate_limits');
      const app = await start({ RATE_LIMIT_PER_ADDRESS: '20' });
      const statuses: number[] = [];
      for (let i = 0; i < 30; i++) {
        const res = await graphql(app);
        statuses.push(res.status);
        if (res.status === 429) {
          expect(res.headers['retry-after']).toMatch(/^\d+$/);
          expect(res.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
          expect(res.body.errors[0].message).toMatch(/^troppe richieste.* \/ too many requests/);
        }
      }
      expect(statuses.filter((s) => s === 200)).toHaveLength(20);
      expect(statuses.filter((s) => s === 429)).toHaveLength(10);
      expect(await query(dbUrl, 'SELECT key FROM rate_limits')).toEqual([]);
    });

    it('limits /hsds/, /health and the CSV downloads too, from the same budget', async () => {
      const app = await start({ RATE_LIMIT_PER_ADDRESS: '3' });
      const analyst = await tokenFor({ role: Role.CITY_ANALYST });
      const hit = {
        hsds: () => request(app.getHttpServer()).get('/hsds/'),
        health: () => request(app.getHttpServer()).get('/health'),
        csv: () => request(app.getHttpServer()).get('/insights/unmetNeed.csv').set('authorization', `Bearer ${analyst}`),
      };
      expect((await hit.hsds()).status).toBe(200);
      expect((await hit.health()).status).toBe(503); // no service runs here
      expect((await hit.csv()).status).toBe(503);
      for (const [route, call] of Object.entries(hit)) {
        const res = await call();
        expect({ route, status: res.status, body: res.body }).toMatchObject({ route, status: 429, body: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) } });
        expect(res.headers['retry-after']).toMatch(/^\d+$/);
      }
    });

    it('believes X-Forwarded-For only from the proxies TRUST_PROXY names: two residents behind one proxy are counted apart', async () => {
      const behindProxy = await start({ RATE_LIMIT_PER_ADDRESS: '5', TRUST_PROXY: 'loopback' });
      const resident = (ip: string) => graphql(behindProxy, { 'x-forwarded-for': ip });
      for (let i = 0; i < 5; i++) expect((await resident('203.0.113.10')).status).toBe(200);
      expect((await resident('203.0.113.10')).status).toBe(429);
      // The neighbour behind the same proxy still has their whole budget.
      for (let i = 0; i < 5; i++) expect((await resident('203.0.113.11')).status).toBe(200);
      expect((await resident('203.0.113.11')).status).toBe(429);

      // Without TRUST_PROXY a client cannot buy a fresh budget by writing its own X-Forwarded-For.
      const direct = await start({ RATE_LIMIT_PER_ADDRESS: '5' });
      const spoofed = [];
      for (let i = 0; i < 8; i++) spoofed.push((await graphql(direct, { 'x-forwarded-for': `198.51.100.${i}` })).status);
      expect(spoofed).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
      // Nor does the leftmost entry count when only the last hop is a trusted proxy.
      const oneHop = await start({ RATE_LIMIT_PER_ADDRESS: '5', TRUST_PROXY: '1' });
      const chained = [];
      for (let i = 0; i < 6; i++) chained.push((await graphql(oneHop, { 'x-forwarded-for': `198.51.100.${i}, 203.0.113.20` })).status);
      expect(chained).toEqual([200, 200, 200, 200, 200, 429]);
    });

    it('shares one budget per signed-in account across instances, whatever the address', async () => {
      const env = { RATE_LIMIT_PER_ADDRESS: '100000', RATE_LIMIT_PER_ACCOUNT: '20', TRUST_PROXY: 'loopback' };
      const [a, b] = [await start(env), await start(env)];
      const token = await tokenFor({ role: Role.CITY_ANALYST, accountId: randomUUID() });
      const statuses: number[] = [];
      for (let i = 0; i < 40; i++) {
        const res = await graphql(i % 2 ? a : b, { authorization: `Bearer ${token}`, 'x-forwarded-for': `203.0.113.${i}` });
        statuses.push(res.status);
      }
      const allowed = statuses.filter((s) => s === 200).length;
      expect(allowed).toBeGreaterThanOrEqual(20);
      expect(allowed).toBeLessThanOrEqual(24); // a tenth of the budget per instance at most between two flushes
      expect(statuses.slice(-5)).toEqual([429, 429, 429, 429, 429]);
      // Another account is not affected.
      expect((await graphql(a, { authorization: `Bearer ${await tokenFor({ role: Role.CITY_ANALYST })}` })).status).toBe(200);
    });
  });
});
