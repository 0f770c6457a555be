import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@prossimo/platform';
import { cloneDatabase, dropDatabase, gql, query, startTestGateway, uniqueRoot } from '@prossimo/testing';
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

  it('counts wrong current passwords toward the login lock-out: a token holder cannot guess without limit', async () => {
    const CHANGE = 'mutation($c:String!,$n:String!){ changePassword(currentPassword:$c,newPassword:$n) }';
    const held = (await gql<{ login: Auth }>(a, LOGIN, { e: 'analista@prossimo.example', p: 'prossimo-demo' })).data!.login;
    const hash = () => query<{ password_hash: string }>(dbUrl, `SELECT password_hash FROM accounts WHERE email = 'analista@prossimo.example'`);
    const before = await hash();
    // Five wrong guesses, spread over both instances.
    for (let i = 0; i < 5; i++) {
      const r = await gql(i % 2 ? a : b, CHANGE, { c: `guess-${i}-wrong`, n: 'una-password-nuova' }, held.token);
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    }
    // Locked now: even the right current password is refused, and so is a login, on both instances.
    expect((await gql(a, CHANGE, { c: 'prossimo-demo', n: 'una-password-nuova' }, held.token)).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect((await gql(b, LOGIN, { e: 'analista@prossimo.example', p: 'prossimo-demo' })).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect((await gql(a, LOGIN, { e: 'analista@prossimo.example', p: 'prossimo-demo' })).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    // The password did not change.
    expect(await hash()).toEqual(before);
  });
});

describe('ADMIN-managed accounts: invitations and password resets', () => {
  let dbUrl: string;
  let sut: INestApplication;
  let admin: string;

  beforeAll(async () => {
    dbUrl = await cloneDatabase('gateway');
    const ds = new DataSource(dataSourceOptions(dbUrl, GATEWAY_DATABASE, 2));
    await ds.initialize();
    await seedDemoAccounts(ds);
    await ds.destroy();
    sut = await startTestGateway(dbUrl, uniqueRoot('inv'), { RPC_TIMEOUT_MS: '200' });
    admin = (await gql<{ login: { token: string } }>(sut, 'mutation { login(email: "admin@prossimo.example", password: "prossimo-demo") { token } }')).data!.login.token;
  });

  afterAll(async () => {
    await sut?.close();
    await dropDatabase(dbUrl);
  });

  const INVITE = 'mutation($i: InviteAccountInput!) { inviteAccount(input: $i) { token expiresAt } }';
  const ACCEPT = 'mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { token account { email role municipality } } }';

  it('invites a social worker who chooses a password, once', async () => {
    const invite = await gql<{ inviteAccount: { token: string } }>(sut, INVITE, { i: { email: 'Nuova.Assistente@prossimo.example', displayName: 'Nuova assistente', role: 'SOCIAL_WORKER' } }, admin);
    const token = invite.data!.inviteAccount.token;
    expect((await gql(sut, ACCEPT, { t: token, p: 'corta' })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    const accepted = await gql<{ acceptInvitation: { account: { email: string; role: string; municipality: string } } }>(sut, ACCEPT, { t: token, p: 'una-password-lunga' });
    expect(accepted.data?.acceptInvitation.account).toEqual({ email: 'nuova.assistente@prossimo.example', role: 'SOCIAL_WORKER', municipality: '015077' });
    expect((await gql(sut, ACCEPT, { t: token, p: 'una-password-lunga' })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
  });

  it('refuses invitations that cannot become an account, and non-admins', async () => {
    expect((await gql(sut, INVITE, { i: { email: 'antenna@prossimo.example', displayName: 'x', role: 'CITY_ANALYST' } }, admin)).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.email' });
    expect((await gql(sut, INVITE, { i: { email: 'not-an-email', displayName: 'x', role: 'CITY_ANALYST' } }, admin)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email' });
    expect((await gql(sut, INVITE, { i: { email: 'a@prossimo.example', displayName: 'x', role: 'ANTENNA' } }, admin)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.antennaId' });
    const analyst = (await gql<{ login: { token: string } }>(sut, 'mutation { login(email: "analista@prossimo.example", password: "prossimo-demo") { token } }')).data!.login.token;
    expect((await gql(sut, INVITE, { i: { email: 'b@prossimo.example', displayName: 'x', role: 'CITY_ANALYST' } }, analyst)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('resets a password with a one-time token and ends every session', async () => {
    const operator = (await gql<{ login: { token: string } }>(sut, 'mutation { login(email: "operatore@prossimo.example", password: "prossimo-demo") { token } }')).data!.login.token;
    const reset = (await gql<{ issuePasswordReset: { token: string } }>(sut, 'mutation { issuePasswordReset(email: "operatore@prossimo.example") { token } }', {}, admin)).data!.issuePasswordReset.token;
    const COMPLETE = 'mutation($t: String!, $p: String!) { completePasswordReset(token: $t, password: $p) }';
    expect((await gql(sut, COMPLETE, { t: reset, p: 'password-rinnovata' })).data).toEqual({ completePasswordReset: true });
    expect((await gql(sut, COMPLETE, { t: reset, p: 'password-rinnovata' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await gql(sut, '{ referrals { nodes { id } } }', {}, operator)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await gql(sut, 'mutation { login(email: "operatore@prossimo.example", password: "password-rinnovata") { token } }')).data).toBeTruthy();
    expect((await gql(sut, 'mutation { issuePasswordReset(email: "nobody@prossimo.example") { token } }', {}, admin)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
