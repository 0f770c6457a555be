import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { createClient, Client } from 'graphql-ws';
import WebSocket from 'ws';
import { Role } from '@prossimo/contracts';
import { TokenSigner } from '@prossimo/platform';
import { DEMO_PASSWORD } from '@prossimo/demo';
import { TEST_KEYS, cloneDatabase, deleteTestStreams, dropDatabase, gql, startTestGateway, tokenFor, uniqueRoot, waitFor } from '@prossimo/testing';
import { runGatewayDemoSeed } from '../src/identity/demo-accounts.seed';

/**
 * The live socket is an edge of its own: the same limits as HTTP, subscriptions only, limits per
 * socket and per account, and a socket that ends with its session or its token.
 */
describe('the graphql-ws edge', () => {
  const root = uniqueRoot('wse');
  let dbUrl: string;
  let one: INestApplication;
  let two: INestApplication;
  const clients: Client[] = [];
  const raw: WebSocket[] = [];

  beforeAll(async () => {
    dbUrl = await cloneDatabase('gateway');
    await runGatewayDemoSeed(dbUrl);
    const env = { WS_SESSION_CHECK_SECONDS: '1', WS_MAX_SOCKETS_PER_ACCOUNT: '3', WS_MAX_SUBSCRIPTIONS_PER_SOCKET: '3', WS_SUBSCRIBE_PER_MINUTE: '6', GRAPHQL_INTROSPECTION: 'false' };
    one = await startTestGateway(dbUrl, root, env);
    two = await startTestGateway(dbUrl, root, env);
  });

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    for (const w of raw) w.terminate();
    await one?.close();
    await two?.close();
    await deleteTestStreams(root);
    await dropDatabase(dbUrl);
  });

  const url = (app: INestApplication) => `ws://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}/graphql`;

  /** A client that does not reconnect, and records how its socket closed. */
  function connect(app: INestApplication, token: string): { client: Client; closed: { code?: number; reason?: string }; opened: { yes: boolean } } {
    const closed: { code?: number; reason?: string } = {};
    const opened = { yes: false };
    const client = createClient({
      url: url(app),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
      lazy: false,
      on: {
        connected: () => (opened.yes = true),
        closed: (e) => Object.assign(closed, { code: (e as { code?: number }).code, reason: (e as { reason?: string }).reason }),
      },
    });
    clients.push(client);
    return { client, closed, opened };
  }

  /** The first result (or error) of one operation on a client. */
  function once(c: Client, query: string): Promise<{ data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] }> {
    return new Promise((resolve) => {
      const stop = c.subscribe({ query }, {
        next: (v) => {
          stop();
          resolve(v as never);
        },
        error: (e) => resolve({ errors: (Array.isArray(e) ? e : [{ message: String((e as { reason?: string }).reason ?? e) }]) as never }),
        complete: () => resolve({}),
      });
    });
  }

  async function login(app: INestApplication, email: string): Promise<string> {
    const res = await gql<{ login: { token: string } }>(app, 'mutation($e:String!,$p:String!){ login(email:$e,password:$p){ token } }', { e: email, p: DEMO_PASSWORD });
    return res.data!.login.token;
  }

  const ALERTS = 'subscription { deskAlertRaised { alertId } }';

  it('carries subscriptions only: queries and mutations (login, changePassword) are refused', async () => {
    const { client } = connect(one, await tokenFor({ role: Role.SOCIAL_WORKER }));
    for (const q of ['{ triage { nodes { id } } }', 'mutation { login(email: "a@b.c", password: "x") { token } }', 'mutation { changePassword(currentPassword: "a", newPassword: "bbbbbbbbbbbb") }', '{ __typename }']) {
      const r = await once(client, q);
      expect(r.data).toBeUndefined();
      expect(r.errors?.[0].message).toMatch(/solo sottoscrizioni|subscriptions only/);
    }
  });

  it('applies the HTTP document limits: aliases, depth, introspection, no field suggestions', async () => {
    const { client } = connect(one, await tokenFor({ role: Role.CITY_ANALYST }));
    const aliases = `subscription { ${Array.from({ length: 60 }, (_, i) => `a${i}: reportsArriving { at }`).join(' ')} }`;
    expect(JSON.stringify(await once(client, aliases))).toMatch(/alias/i);
    expect(JSON.stringify(await once(client, 'subscription { __schema { types { name } } }'))).toMatch(/introspection/i);
    const typo = await once(client, 'subscription { reportsArrivin { at } }');
    expect(typo.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(typo)).not.toMatch(/Did you mean/);
  });

  it('limits subscriptions per socket, new subscriptions per minute, and sockets per account', async () => {
    const token = await tokenFor({ role: Role.SOCIAL_WORKER, accountId: randomUUID() });
    const { client } = connect(one, token);
    const noop = { next: () => undefined, error: () => undefined, complete: () => undefined };
    const active = [0, 1, 2].map(() => client.subscribe({ query: ALERTS }, noop));
    const fourth = await once(client, ALERTS);
    expect(fourth.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(fourth.errors?.[0].message).toMatch(/al massimo 3/);
    // Ended ones make room, but not more than six new subscriptions a minute (three so far: the refused one does not count).
    active.forEach((stop) => stop());
    const again = [0, 1, 2].map(() => client.subscribe({ query: ALERTS }, noop));
    await new Promise((r) => setTimeout(r, 300));
    again.forEach((stop) => stop());
    const seventh = await once(client, ALERTS);
    expect(seventh.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(seventh.errors?.[0].message).toMatch(/riprova tra \d+ secondi/);
    // Three sockets for one account on one instance; the fourth is refused.
    const more = [connect(one, token), connect(one, token)];
    await waitFor(() => more.every((m) => m.opened.yes), 10_000, 'two more sockets open');
    const refused = connect(one, token);
    await waitFor(() => refused.closed.code !== undefined, 10_000, 'the fourth socket refused');
    expect(refused.closed.code).toBe(4403);
    expect(refused.opened.yes).toBe(false);
  });

  it('bounds the size of a message, before anyone is authenticated', async () => {
    const ws = new WebSocket(url(one), 'graphql-transport-ws');
    raw.push(ws);
    const closed = new Promise<number>((r) => ws.on('close', (code) => r(code)));
    await new Promise((r) => ws.on('open', r));
    ws.send(JSON.stringify({ type: 'connection_init', payload: { pad: 'x'.repeat(200 * 1024) } }));
    expect(await closed).toBe(1009);
  });

  it('ends a socket at logout: at once on the same instance, and on another instance within the session check', async () => {
    const token = await login(one, 'sociale@prossimo.example');
    const here = connect(one, token);
    const there = connect(two, token);
    here.client.subscribe({ query: ALERTS }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    there.client.subscribe({ query: ALERTS }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    await new Promise((r) => setTimeout(r, 500));
    expect((await gql(one, 'mutation { logout }', {}, token)).data).toEqual({ logout: true });
    await waitFor(() => here.closed.code !== undefined, 5_000, 'the socket on the same instance to end');
    expect(here.closed.code).toBe(4401);
    await waitFor(() => there.closed.code !== undefined, 15_000, 'the socket on the other instance to end');
    expect(there.closed.code).toBe(4401);
  });

  it("ends a session's sockets when the password is changed from another session", async () => {
    const email = 'analista@prossimo.example';
    const keep = await login(one, email);
    const other = await login(two, email);
    const socket = connect(two, other);
    socket.client.subscribe({ query: 'subscription { reportsArriving { at } }' }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    await new Promise((r) => setTimeout(r, 500));
    const changed = await gql(one, 'mutation($c:String!,$n:String!){ changePassword(currentPassword:$c, newPassword:$n) }', { c: DEMO_PASSWORD, n: 'una-nuova-password-lunga' }, keep);
    expect(changed.data).toEqual({ changePassword: true });
    await waitFor(() => socket.closed.code !== undefined, 15_000, 'the other session’s socket to end');
    expect(socket.closed.code).toBe(4401);
  });

  it('ends a socket when the token it opened with expires', async () => {
    const shortLived = new TokenSigner(TEST_KEYS.privateKey, 2);
    const { token } = await shortLived.sign({ sub: randomUUID(), role: Role.SOCIAL_WORKER, mun: '015077' });
    const socket = connect(one, token);
    socket.client.subscribe({ query: ALERTS }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    await waitFor(() => socket.closed.code !== undefined, 15_000, 'the socket to end with its token');
    expect(socket.closed.code).toBe(4401);
  });
});
