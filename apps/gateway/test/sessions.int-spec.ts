import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@prossimo/platform';
import { cloneDatabase, dropDatabase, gql, startTestGateway, uniqueRoot } from '@prossimo/testing';
import { GATEWAY_DATABASE } from '../src/database/gateway.database';
import { seedDemoAccounts } from '../src/identity/demo-accounts.seed';

/** Sessions: short-lived access tokens, rotating refresh tokens, logout that bites at once on every instance. */
describe('sessions: login, refresh, logout, password change', () => {
  let dbUrl: string;
  let a: INestApplication;
  let b: INestApplication;

  beforeAll(async () => {
    dbUrl = await cloneDatabase('gateway');
    const ds = new DataSource(dataSourceOptions(dbUrl, GATEWAY_DATABASE, 2));
    await ds.initialize();
    await seedDemoAccounts(ds);
    await ds.destroy();
    const root = uniqueRoot('ses');
    a = await startTestGateway(dbUrl, root, { RPC_TIMEOUT_MS: '200' });
    b = await startTestGateway(dbUrl, root, { RPC_TIMEOUT_MS: '200' });
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await dropDatabase(dbUrl);
  });

  const LOGIN = 'mutation($e:String!,$p:String!){ login(email:$e,password:$p){ token refreshToken expiresAt account { id role } } }';
  const REFRESH = 'mutation($r:String!){ refreshSession(refreshToken:$r){ token refreshToken } }';
  type Auth = { token: string; refreshToken: string; expiresAt: string };
  // A signed-in call that reaches the gate and past it (no service runs: UNAVAILABLE means "let through").
  const probe = async (app: INestApplication, token: string) => (await gql(app, '{ myReports { nodes { id } } }', {}, token)).errors?.[0].extensions?.code;

  it('issues a short-lived access token and a refresh token that rotates', async () => {
    const login = (await gql<{ login: Auth }>(a, LOGIN, { e: 'antenna@prossimo.example', p: 'prossimo-demo' })).data!.login;
    expect(new Date(login.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(15 * 60 * 1000 + 5000);
    expect(await probe(a, login.token)).toBe('UNAVAILABLE');
    const refreshed = (await gql<{ refreshSession: Auth }>(b, REFRESH, { r: login.refreshToken })).data!.refreshSession;
    expect(refreshed.refreshToken).not.toBe(login.refreshToken);
    expect(await probe(b, refreshed.token)).toBe('UNAVAILABLE');
    // The old refresh token was used again: someone copied it. The whole session ends.
    expect((await gql(a, REFRESH, { r: login.refreshToken })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await gql(a, REFRESH, { r: refreshed.refreshToken })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await probe(a, refreshed.token)).toBe('UNAUTHENTICATED');
  });

  it('logout revokes the access and refresh tokens at once, on every instance', async () => {
    const login = (await gql<{ login: Auth }>(a, LOGIN, { e: 'operatore@prossimo.example', p: 'prossimo-demo' })).data!.login;
    expect((await gql(a, 'mutation { logout }', {}, login.token)).data).toEqual({ logout: true });
    expect(await probe(b, login.token)).toBe('UNAUTHENTICATED');
    expect((await gql(b, REFRESH, { r: login.refreshToken })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('changes a password with the current one, ending the other sessions', async () => {
    const first = (await gql<{ login: Auth }>(a, LOGIN, { e: 'sociale@prossimo.example', p: 'prossimo-demo' })).data!.login;
    const second = (await gql<{ login: Auth }>(b, LOGIN, { e: 'sociale@prossimo.example', p: 'prossimo-demo' })).data!.login;
    const CHANGE = 'mutation($c:String!,$n:String!){ changePassword(currentPassword:$c,newPassword:$n) }';
    expect((await gql(a, CHANGE, { c: 'wrong-password', n: 'una-password-nuova' }, first.token)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    expect((await gql(a, CHANGE, { c: 'prossimo-demo', n: 'corta' }, first.token)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    expect((await gql(a, CHANGE, { c: 'prossimo-demo', n: 'una-password-nuova' }, first.token)).data).toEqual({ changePassword: true });
    expect((await gql(a, '{ referrals { nodes { id } } }', {}, second.token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await gql(a, LOGIN, { e: 'sociale@prossimo.example', p: 'prossimo-demo' })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await gql(a, LOGIN, { e: 'sociale@prossimo.example', p: 'una-password-nuova' })).data).toBeTruthy();
  });
});
