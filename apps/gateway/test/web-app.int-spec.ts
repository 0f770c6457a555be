import { INestApplication } from '@nestjs/common';
import { get as httpGet } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import request from 'supertest';
import { cloneDatabase, dropDatabase, gql, startTestGateway, uniqueRoot } from '@prossimo/testing';

/**
 * The built web app served by the gateway (WEB_DIR): index.html for client routes with the page's
 * security headers, hashed assets gzipped and cached for good, a missing asset is a 404 (never the
 * page), and the API paths are left alone. Without a build, `/` says how to make one and the API
 * still answers. No service runs here: /health reports them unavailable.
 */
describe('gateway web app', () => {
  const root = uniqueRoot('web');
  const INDEX = '<!doctype html><html><head><title>Prossimo</title><script type="module" src="/assets/app-abc123.js"></script></head><body><div id="root">prossimo-web-index-marker</div></body></html>\n';
  const APP_JS = 'export const saluta = (nome) => `ciao ${nome}, benvenuto in Prossimo`;\n'.repeat(60);
  const FONT = Buffer.from([0x77, 0x4f, 0x46, 0x32, 0x00, 0x01, 0x00, 0x00, 0x01, 0x02, 0x03]);
  let webDir: string;
  let emptyDir: string;
  let dbUrl: string;
  let sut: INestApplication;
  let unbuilt: INestApplication;

  /** Reads the response body as raw bytes, whatever its type. */
  const binary = (res: request.Response, done: (err: Error | null, body: Buffer) => void) => {
    // In node, superagent hands a custom parser the response stream.
    const stream = res as unknown as NodeJS.ReadableStream;
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(Buffer.from(c)));
    stream.on('end', () => done(null, Buffer.concat(chunks)));
  };

  /** The bytes on the wire (supertest inflates gzip by itself; this does not). */
  const rawGet = (app: INestApplication, path: string, headers: Record<string, string>) =>
    new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
      const { port } = app.getHttpServer().address() as { port: number };
      httpGet({ host: '127.0.0.1', port, path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      }).on('error', reject);
    });

  const expectWebSecurityHeaders = (headers: Record<string, string>) => {
    expect(headers['content-security-policy']).toContain("default-src 'self'");
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
  };

  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'prossimo-web-'));
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), INDEX);
    writeFileSync(join(webDir, 'assets', 'app-abc123.js'), APP_JS);
    writeFileSync(join(webDir, 'assets', 'font.woff2'), FONT);
    emptyDir = mkdtempSync(join(tmpdir(), 'prossimo-web-empty-'));

    dbUrl = await cloneDatabase('gateway');
    sut = await startTestGateway(dbUrl, root, { WEB_DIR: webDir, HEALTH_DETAILS_TOKEN: 'health-details-for-this-test' });
    unbuilt = await startTestGateway(dbUrl, root, { WEB_DIR: emptyDir });
  });

  afterAll(async () => {
    await sut?.close();
    await unbuilt?.close();
    if (dbUrl) await dropDatabase(dbUrl);
    if (webDir) rmSync(webDir, { recursive: true, force: true });
    if (emptyDir) rmSync(emptyDir, { recursive: true, force: true });
  });

  it.each(['/', '/segnala'])('serves index.html at %s with the security headers, never cached', async (path) => {
    const res = await request(sut.getHttpServer()).get(path).set('Accept', 'text/html');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toBe(INDEX);
    expectWebSecurityHeaders(res.headers);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('serves a hashed script gzipped when the browser accepts it, cached for good', async () => {
    const res = await request(sut.getHttpServer()).get('/assets/app-abc123.js').set('Accept-Encoding', 'gzip');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(res.headers['cache-control']).toContain('immutable');
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    expect(Number(res.headers['content-length'])).toBeLessThan(Buffer.byteLength(APP_JS));
    expect(res.text).toBe(APP_JS); // supertest inflated it
    expectWebSecurityHeaders(res.headers);

    // The bytes on the wire are gzip and inflate to the file exactly.
    const raw = await rawGet(sut, '/assets/app-abc123.js', { 'Accept-Encoding': 'gzip' });
    expect(raw.status).toBe(200);
    expect(raw.headers['content-encoding']).toBe('gzip');
    expect(raw.body.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    expect(raw.body.length).toBe(Number(raw.headers['content-length']));
    expect(gunzipSync(raw.body).toString('utf8')).toBe(APP_JS);
  });

  it('serves the plain script to a client that does not accept gzip', async () => {
    const res = await request(sut.getHttpServer()).get('/assets/app-abc123.js').set('Accept-Encoding', 'identity').buffer(true).parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['cache-control']).toContain('immutable');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect((res.body as Buffer).toString('utf8')).toBe(APP_JS);

    const raw = await rawGet(sut, '/assets/app-abc123.js', {});
    expect(raw.headers['content-encoding']).toBeUndefined();
    expect(raw.body.toString('utf8')).toBe(APP_JS);
  });

  it('answers HEAD for the script, gzipped or not, without a body', async () => {
    const gz = await request(sut.getHttpServer()).head('/assets/app-abc123.js').set('Accept-Encoding', 'gzip');
    expect(gz.status).toBe(200);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(gz.headers['cache-control']).toContain('immutable');
    expect(Number(gz.headers['content-length'])).toBeGreaterThan(0);
    expect(Number(gz.headers['content-length'])).toBeLessThan(Buffer.byteLength(APP_JS));
    expect(gz.text ?? '').toBe('');

    const plain = await request(sut.getHttpServer()).head('/assets/app-abc123.js').set('Accept-Encoding', 'identity');
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(Number(plain.headers['content-length'])).toBe(Buffer.byteLength(APP_JS));
    expect(plain.text ?? '').toBe('');
  });

  it('serves a woff2 font plain, even to a client that accepts gzip', async () => {
    const res = await request(sut.getHttpServer()).get('/assets/font.woff2').set('Accept-Encoding', 'gzip').buffer(true).parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['cache-control']).toContain('immutable');
    expect(Buffer.compare(res.body as Buffer, FONT)).toBe(0);
  });

  it('answers a missing asset with 404, not the page', async () => {
    for (const encoding of ['gzip', 'identity']) {
      const res = await request(sut.getHttpServer()).get('/assets/missing.js').set('Accept', 'text/html,*/*').set('Accept-Encoding', encoding);
      expect(res.status).toBe(404);
      expect(res.text).not.toContain('prossimo-web-index-marker');
      expect(res.headers['content-type'] ?? '').not.toMatch(/text\/html/);
    }
  });

  it('leaves POST /graphql to GraphQL, without the page headers', async () => {
    const res = await request(sut.getHttpServer()).post('/graphql').set('content-type', 'application/json').set('Accept', 'application/json').send({ query: '{ __typename }' });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ __typename: 'Query' });
    expect(res.text).not.toContain('prossimo-web-index-marker');
    expect(res.headers['content-security-policy']).toBeUndefined();
  });

  it('leaves GET /graphql to GraphQL, even when a browser asks for HTML', async () => {
    const res = await request(sut.getHttpServer()).get('/graphql').set('Accept', 'text/html');
    expect(res.text).not.toContain('prossimo-web-index-marker');
    expect(res.headers['content-security-policy']).toBeUndefined();
  });

  it('leaves GET /health to the health check, without the page headers', async () => {
    for (const accept of ['application/json', 'text/html']) {
      const res = await request(sut.getHttpServer()).get('/health').set('Accept', accept).set('X-Health-Token', 'health-details-for-this-test');
      // No service runs in this test: the gateway itself is fine, the services are not there.
      expect([200, 503]).toContain(res.status);
      expect(res.headers['content-type']).toMatch(/application\/json/);
      expect(res.body.gateway).toEqual({ database: 'ok', nats: 'ok', eventLoopLagP99Ms: expect.any(Number), eventLoopLagMaxMs: expect.any(Number) });
      expect(res.text).not.toContain('prossimo-web-index-marker');
      expect(res.headers['content-security-policy']).toBeUndefined();
    }
  });

  describe('without a build (empty WEB_DIR)', () => {
    it.each(['/', '/segnala'])('answers %s with 503 and says to run "npm run build"', async (path) => {
      const res = await request(unbuilt.getHttpServer()).get(path).set('Accept', 'text/html');
      expect(res.status).toBe(503);
      expect(res.headers['content-type']).toMatch(/^text\/plain/);
      expect(res.text).toContain('npm run build');
    });

    it('still answers GraphQL', async () => {
      const res = await gql(unbuilt, '{ __typename }');
      expect(res.status).toBe(200);
      expect(res.data).toEqual({ __typename: 'Query' });
    });
  });
});
