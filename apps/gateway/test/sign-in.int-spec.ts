import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@prossimo/platform';
import { SmtpSink, cloneDatabase, dropDatabase, gql, query, startTestGateway, uniqueRoot, waitFor } from '@prossimo/testing';
import { GATEWAY_DATABASE } from '../src/database/gateway.database';
import { seedDemoAccounts } from '../src/identity/demo-accounts.seed';
import { CODE_ALPHABET } from '../src/identity/invitations.service';

/**
 * Signing in for a 65-year-old (issue 13): a short code beside every invitation and reset link,
 * «Ho un codice» with a lock-out, «password dimenticata» by e-mail where SMTP is configured, a
 * trusted device's longer session that logout and a password change still end at once, and the
 * administrator's «esci da tutti i dispositivi».
 */
describe('signing in: codes, forgotten passwords, trusted devices', () => {
  let dbUrl: string;
  let sut: INestApplication;
  let other: INestApplication;
  let smtp: SmtpSink;
  let admin: string;

  const LOGIN = 'mutation($e:String!,$p:String!,$t:Boolean){ login(email:$e,password:$p,trustDevice:$t){ token refreshToken expiresAt trustedDevice account { id } } }';
  const REFRESH = 'mutation($r:String!){ refreshSession(refreshToken:$r){ token refreshToken trustedDevice } }';
  const REDEEM = 'mutation($e:String!,$c:String!,$p:String!,$t:Boolean){ redeemAccountCode(email:$e,code:$c,password:$p,trustDevice:$t){ token trustedDevice account { email role antennaId } } }';
  const INVITE = 'mutation($i: InviteAccountInput!) { inviteAccount(input: $i) { token code email expiresAt } }';
  type Auth = { token: string; refreshToken: string; expiresAt: string; trustedDevice: boolean; account: { id: string } };
  const probe = async (app: INestApplication, token: string) => (await gql(app, '{ myReports { nodes { id } } }', {}, token)).errors?.[0].extensions?.code;
  const login = async (app: INestApplication, email: string, password = 'prossimo-demo', trust = false) => {
    const r = await gql<{ login: Auth }>(app, LOGIN, { e: email, p: password, t: trust });
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.login;
  };

  beforeAll(async () => {
    dbUrl = await cloneDatabase('gateway');
    const ds = new DataSource(dataSourceOptions(dbUrl, GATEWAY_DATABASE, 2));
    await ds.initialize();
    await seedDemoAccounts(ds);
    await ds.destroy();
    smtp = await SmtpSink.start();
    const root = uniqueRoot('sig');
    sut = await startTestGateway(dbUrl, root, { RPC_TIMEOUT_MS: '200', SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_FROM: 'prossimo@comune.example', PUBLIC_WEB_URL: 'https://prossimo.comune.example' });
    // Another instance, without e-mail.
    other = await startTestGateway(dbUrl, root, { RPC_TIMEOUT_MS: '200' });
    admin = (await login(sut, 'admin@prossimo.example')).token;
  });

  afterAll(async () => {
    await sut?.close();
    await other?.close();
    await smtp?.close();
    await dropDatabase(dbUrl);
  });

  it('an invitation comes with a short code: the e-mail and the code sign the person in, once; the link is used with it', async () => {
    const issued = (await gql<{ inviteAccount: { token: string; code: string; email: string } }>(sut, INVITE, { i: { email: 'Nuovo.Analista@prossimo.example', displayName: 'Nuovo analista', role: 'CITY_ANALYST' } }, admin)).data!.inviteAccount;
    expect(issued.email).toBe('nuovo.analista@prossimo.example');
    expect(issued.code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{4}-[${CODE_ALPHABET}]{4}$`));
    // Stored as keyed hashes only.
    const stored = await query<{ token_hash: string; code_hash: string }>(dbUrl, `SELECT token_hash, code_hash FROM account_tokens WHERE email = 'nuovo.analista@prossimo.example'`);
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(issued.code.replace('-', ''));
    expect(stored[0].code_hash).toMatch(/^[0-9a-f]{64}$/);

    // A wrong code, then the right one typed as people type it (lower case, a space).
    expect((await gql(sut, REDEEM, { e: issued.email, c: 'AAAA-AAAA', p: 'una-password-lunga' })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    const typed = issued.code.toLowerCase().replace('-', ' ');
    const redeemed = await gql<{ redeemAccountCode: { token: string; account: { email: string; role: string } } }>(other, REDEEM, { e: 'NUOVO.ANALISTA@prossimo.example', c: typed, p: 'una-password-lunga' });
    expect(redeemed.data?.redeemAccountCode.account).toMatchObject({ email: 'nuovo.analista@prossimo.example', role: 'CITY_ANALYST' });
    expect(await probe(sut, redeemed.data!.redeemAccountCode.token)).not.toBe('UNAUTHENTICATED');
    // Once: the code again, and the link that came with it, are refused.
    expect((await gql(sut, REDEEM, { e: issued.email, c: issued.code, p: 'una-password-lunga' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await gql(sut, 'mutation($t:String!,$p:String!){ acceptInvitation(token:$t,password:$p){ token } }', { t: issued.token, p: 'una-password-lunga' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('locks an e-mail out after five wrong codes, on every instance, even for the right code', async () => {
    const issued = (await gql<{ inviteAccount: { code: string; email: string } }>(sut, INVITE, { i: { email: 'bersaglio@prossimo.example', displayName: 'Bersaglio', role: 'SOCIAL_WORKER' } }, admin)).data!.inviteAccount;
    for (let i = 0; i < 5; i++) {
      const r = await gql(i % 2 ? sut : other, REDEEM, { e: issued.email, c: `${CODE_ALPHABET.slice(i, i + 4)}-AAAA`, p: 'una-password-lunga' });
      expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect((await gql(other, REDEEM, { e: issued.email, c: issued.code, p: 'una-password-lunga' })).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(await query(dbUrl, `SELECT 1 FROM accounts WHERE email = 'bersaglio@prossimo.example'`)).toHaveLength(0);
    // The login of that address is a counter of its own: not locked by the codes.
    expect((await gql(sut, LOGIN, { e: 'bersaglio@prossimo.example', p: 'x' })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a reset issued by the administrator has a code too: it sets the password, ends every session and signs in', async () => {
    const before = await login(sut, 'operatore@prossimo.example');
    const reset = (await gql<{ issuePasswordReset: { code: string } }>(sut, 'mutation { issuePasswordReset(email: "operatore@prossimo.example") { code } }', {}, admin)).data!.issuePasswordReset;
    const r = await gql<{ redeemAccountCode: { token: string } }>(sut, REDEEM, { e: 'operatore@prossimo.example', c: reset.code, p: 'password-nuova-123' });
    expect(r.data?.redeemAccountCode.token).toBeTruthy();
    expect(await probe(other, before.token)).toBe('UNAUTHENTICATED');
    expect((await gql(sut, LOGIN, { e: 'operatore@prossimo.example', p: 'prossimo-demo' })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    await login(sut, 'operatore@prossimo.example', 'password-nuova-123');
  });

  it('«password dimenticata»: one answer whoever asks; a reset link by e-mail to a real account only, and not without end', async () => {
    expect((await gql(other, '{ signInOptions { passwordResetByEmail localAccounts } }')).data).toEqual({ signInOptions: { passwordResetByEmail: false, localAccounts: true } });
    expect((await gql(sut, '{ signInOptions { passwordResetByEmail } }')).data).toEqual({ signInOptions: { passwordResetByEmail: true } });
    // Without e-mail nothing is made: the page says to ask the administrator.
    expect((await gql(other, 'mutation { requestPasswordReset(email: "sociale@prossimo.example") }')).data).toEqual({ requestPasswordReset: false });
    expect(await query(dbUrl, `SELECT 1 FROM account_tokens WHERE email = 'sociale@prossimo.example'`)).toHaveLength(0);

    const REQUEST = 'mutation($e:String!){ requestPasswordReset(email:$e) }';
    expect((await gql(sut, REQUEST, { e: 'nessuno@prossimo.example' })).data).toEqual({ requestPasswordReset: true });
    expect((await gql(sut, REQUEST, { e: 'Sociale@prossimo.example' })).data).toEqual({ requestPasswordReset: true });
    const mail = await waitFor(() => smtp.mails.find((m) => m.to.includes('sociale@prossimo.example')), 10_000, 'the reset e-mail');
    expect(mail.data).toContain('https://prossimo.comune.example/reimposta#token=');
    expect(mail.data).toMatch(/codice [A-Z0-9]{4}-[A-Z0-9]{4}/);
    expect(smtp.mails.some((m) => m.to.includes('nessuno@prossimo.example'))).toBe(false);
    // The link in the e-mail works.
    const token = decodeURIComponent(/reimposta#token=([^\s]+)/.exec(mail.data)![1]);
    expect((await gql(sut, 'mutation($t:String!){ completePasswordReset(token:$t,password:"dimenticata-123") }', { t: token })).data).toEqual({ completePasswordReset: true });
    await login(sut, 'sociale@prossimo.example', 'dimenticata-123');
    // At most three e-mails per address per window: the answer stays the same, no more mail.
    for (let i = 0; i < 4; i++) expect((await gql(sut, REQUEST, { e: 'analista@prossimo.example' })).data).toEqual({ requestPasswordReset: true });
    await waitFor(() => smtp.mails.filter((m) => m.to.includes('analista@prossimo.example')).length >= 3, 10_000, 'three e-mails');
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.mails.filter((m) => m.to.includes('analista@prossimo.example'))).toHaveLength(3);
  });

  it('a trusted device keeps its session for 30 days, renewed as trusted; logout and a password change still end it at once', async () => {
    const plain = await login(sut, 'antenna@prossimo.example');
    const trusted = await login(sut, 'antenna@prossimo.example', 'prossimo-demo', true);
    expect(plain.trustedDevice).toBe(false);
    expect(trusted.trustedDevice).toBe(true);
    const rows = await query<{ trusted: boolean; hours: number }>(dbUrl, `SELECT trusted, extract(epoch FROM expires_at - created_at) / 3600 AS hours FROM sessions WHERE account_id = $1 ORDER BY created_at DESC LIMIT 2`, [trusted.account.id]);
    expect(rows.map((r) => [r.trusted, Math.round(Number(r.hours))])).toEqual([[true, 30 * 24], [false, 12]]);
    const renewed = (await gql<{ refreshSession: Auth }>(other, REFRESH, { r: trusted.refreshToken })).data!.refreshSession;
    expect(renewed.trustedDevice).toBe(true);
    const [after] = await query<{ hours: number; last_used_at: Date | null }>(dbUrl, `SELECT extract(epoch FROM expires_at - now()) / 3600 AS hours, last_used_at FROM sessions WHERE account_id = $1 AND trusted`, [trusted.account.id]);
    expect(Math.round(Number(after.hours))).toBe(30 * 24);
    expect(after.last_used_at).not.toBeNull();

    // Logout ends the trusted session at once, everywhere.
    expect((await gql(sut, 'mutation { logout }', {}, renewed.token)).data).toEqual({ logout: true });
    expect(await probe(other, renewed.token)).toBe('UNAUTHENTICATED');
    expect((await gql(other, REFRESH, { r: renewed.refreshToken })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    // A password change from another session ends a trusted one too.
    const kept = await login(sut, 'antenna@prossimo.example', 'prossimo-demo', true);
    expect((await gql(sut, 'mutation { changePassword(currentPassword: "prossimo-demo", newPassword: "forno-crocetta-1") }', {}, plain.token)).data).toEqual({ changePassword: true });
    expect(await probe(other, kept.token)).toBe('UNAUTHENTICATED');
    expect((await gql(other, REFRESH, { r: kept.refreshToken })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('the administrator sees a person\'s sessions and ends them all («esci da tutti i dispositivi»); the person can too', async () => {
    const a = await login(sut, 'analista@prossimo.example', 'prossimo-demo', true);
    const b = await login(other, 'analista@prossimo.example');
    const SESSIONS = 'query($a: ID!) { accountSessions(accountId: $a) { id trusted createdAt expiresAt lastUsedAt } }';
    const listed = (await gql<{ accountSessions: { trusted: boolean }[] }>(sut, SESSIONS, { a: a.account.id }, admin)).data!.accountSessions;
    expect(listed.map((s) => s.trusted).sort()).toEqual([false, true]);
    expect((await gql(sut, SESSIONS, { a: 'not-an-id' }, admin)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'accountId' });
    expect((await gql(sut, SESSIONS, { a: '00000000-0000-4000-8000-000000000099' }, admin)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await gql(sut, 'mutation($a: ID!) { endAccountSessions(accountId: $a) }', { a: a.account.id }, admin)).data).toEqual({ endAccountSessions: 2 });
    expect(await probe(other, a.token)).toBe('UNAUTHENTICATED');
    expect(await probe(sut, b.token)).toBe('UNAUTHENTICATED');
    expect((await gql<{ accountSessions: unknown[] }>(sut, SESSIONS, { a: a.account.id }, admin)).data!.accountSessions).toEqual([]);

    // The person, from one device, signs out of every device (this one included).
    const c = await login(sut, 'analista@prossimo.example', 'prossimo-demo', true);
    const d = await login(other, 'analista@prossimo.example');
    expect((await gql(other, 'mutation { logoutEverywhere }', {}, d.token)).data).toEqual({ logoutEverywhere: true });
    expect(await probe(sut, c.token)).toBe('UNAUTHENTICATED');
    expect(await probe(sut, d.token)).toBe('UNAUTHENTICATED');
  });
});
