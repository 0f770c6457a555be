import { randomUUID } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { INestApplication } from '@nestjs/common';
import { exportJWK, generateKeyPair, SignJWT, JWK } from 'jose';
import { Role } from '@prossimo/contracts';
import { TokenSigner, TokenVerifier, loadSettings } from '@prossimo/platform';
import { TEST_KEYS, cloneDatabase, dropDatabase, gql, startTestGateway, uniqueRoot } from '@prossimo/testing';
import { OidcAuthenticator } from '../src/auth/authenticator';
import { GatewaySettings } from '../src/config/gateway.env';

/**
 * Sign-in through the city's OpenID Connect issuer: a local issuer made by this test serves its
 * JWKS; tokens from it pass, tokens from the wrong issuer, audience or algorithm do not.
 */
describe('OIDC sign-in (a local issuer)', () => {
  let issuerServer: Server;
  let issuer: string;
  let rsa: Awaited<ReturnType<typeof generateKeyPair>>;
  let ec: Awaited<ReturnType<typeof generateKeyPair>>;
  let dbUrl: string;
  let sut: INestApplication;
  let env: Record<string, string>;

  beforeAll(async () => {
    rsa = await generateKeyPair('RS256');
    ec = await generateKeyPair('ES256');
    const keys: JWK[] = [
      { ...(await exportJWK(rsa.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
      { ...(await exportJWK(ec.publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' },
    ];
    issuerServer = createServer((req, res) => {
      if (req.url === '/jwks.json') {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ keys }));
      } else {
        res.statusCode = 404;
        res.end();
      }
    });
    await new Promise<void>((r) => issuerServer.listen(0, '127.0.0.1', r));
    issuer = `http://127.0.0.1:${(issuerServer.address() as AddressInfo).port}`;
    env = { AUTH_MODE: 'oidc', OIDC_ISSUER: issuer, OIDC_AUDIENCE: 'prossimo-gateway', OIDC_JWKS_URL: `${issuer}/jwks.json`, OIDC_ALGORITHMS: 'RS256', RPC_TIMEOUT_MS: '200' };
    dbUrl = await cloneDatabase('gateway');
    sut = await startTestGateway(dbUrl, uniqueRoot('oidc'), env);
  });

  afterAll(async () => {
    await sut?.close();
    await new Promise((r) => issuerServer?.close(r));
    await dropDatabase(dbUrl);
  });

  const claims = { prossimo_role: 'ORG_OPERATOR', prossimo_municipality: '015077', prossimo_organisation: '0f000000-0000-4000-8000-000000000001' };
  const sign = (over: { iss?: string; aud?: string; exp?: string | number; key?: 'rsa' | 'ec'; extra?: Record<string, unknown> } = {}) =>
    new SignJWT({ ...claims, ...over.extra })
      .setProtectedHeader(over.key === 'ec' ? { alg: 'ES256', kid: 'ec-1' } : { alg: 'RS256', kid: 'rsa-1' })
      .setSubject('RSSMRA80A01F205X')
      .setIssuer(over.iss ?? issuer)
      .setAudience(over.aud ?? 'prossimo-gateway')
      .setIssuedAt()
      .setExpirationTime(over.exp ?? '5m')
      .sign(over.key === 'ec' ? ec.privateKey : rsa.privateKey);
  const gate = async (token: string) => (await gql(sut, '{ referrals { nodes { id } } }', {}, token)).errors?.[0].extensions?.code;

  it('lets a token from the city issuer through, mapped to its role', async () => {
    expect(await gate(await sign())).toBe('UNAVAILABLE'); // past the gate; no referrals service runs here
    expect((await gql(sut, '{ myReports { nodes { id } } }', {}, await sign())).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it.each([
    ['the wrong issuer', { iss: 'https://evil.example' }],
    ['the wrong audience', { aud: 'someone-else' }],
    ['an algorithm that is not pinned (ES256)', { key: 'ec' as const }],
    ['an expired token', { exp: Math.floor(Date.now() / 1000) - 3600 }],
    ['no role claim', { extra: { prossimo_role: undefined } }],
    ['a role that does not exist', { extra: { prossimo_role: 'SUPERUSER' } }],
  ])('refuses %s', async (_, over) => {
    expect(await gate(await sign(over))).toBe('UNAUTHENTICATED');
  });

  it('refuses an unsigned token and one signed with our own key as a shared secret', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const body = Buffer.from(JSON.stringify({ ...claims, sub: 'x', iss: issuer, aud: 'prossimo-gateway', exp: Math.floor(Date.now() / 1000) + 300 })).toString('base64url');
    expect(await gate(`${header}.${body}.`)).toBe('UNAUTHENTICATED');
    const hs = await new SignJWT({ ...claims }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setIssuer(issuer).setAudience('prossimo-gateway').setExpirationTime('5m').sign(new TextEncoder().encode(JSON.stringify(await exportJWK(rsa.publicKey))));
    expect(await gate(hs)).toBe('UNAUTHENTICATED');
  });

  it('refuses local passwords when the city issuer is in charge', async () => {
    const res = await gql(sut, 'mutation { login(email: "a@b.c", password: "x") { token } }');
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('gives the services only internal tokens of its own, bound to one service and call, never the external one', async () => {
    const settings = loadSettings(GatewaySettings, { ...env, AUTH_PRIVATE_KEY: TEST_KEYS.privateKey });
    const who = await new OidcAuthenticator(settings).authenticate(await sign());
    expect(JSON.stringify(who)).not.toContain('RSSMRA'); // the fiscal code stays with the gateway
    const binding = { service: 'referrals', pattern: 'referrals.list.v1', correlationId: randomUUID() };
    const internal = await new TokenSigner(TEST_KEYS.privateKey, 900).signInternal(who.actor, binding);
    expect(Buffer.from(internal.split('.')[1], 'base64url').toString()).not.toContain('RSSMRA');
    const verifier = new TokenVerifier(TEST_KEYS.publicKey);
    const actor = await verifier.verifyInternal(internal, binding);
    expect(actor).toMatchObject({ role: Role.ORG_OPERATOR, municipality: '015077', organisationId: claims.prossimo_organisation });
    expect(actor.accountId).toMatch(/^[0-9a-f-]{36}$/);
    await expect(verifier.verifyInternal(internal, { ...binding, service: 'reports' })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(verifier.verifyClaims(internal)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
