import { INestApplication } from '@nestjs/common';
import type { AddressInfo, Server } from 'node:net';
import { createServer as createHttpServer } from 'node:http';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@prossimo/platform';
import { cloneDatabase, dropDatabase, gql, startTestGateway, uniqueRoot } from '@prossimo/testing';
import { GATEWAY_DATABASE } from '../src/database/gateway.database';
import { seedDemoAccounts } from '../src/identity/demo-accounts.seed';

/** The administrator's address lookup: off by default; when GEOCODER_URL is set, the gateway asks it (never the browser). */
describe('address lookup for placing an antenna (GEOCODER_URL)', () => {
  let dbUrl: string;
  let withLookup: INestApplication;
  let without: INestApplication;
  let geocoder: ReturnType<typeof createHttpServer>;
  const asked: string[] = [];

  beforeAll(async () => {
    dbUrl = await cloneDatabase('gateway');
    const ds = new DataSource(dataSourceOptions(dbUrl, GATEWAY_DATABASE, 2));
    await ds.initialize();
    await seedDemoAccounts(ds);
    await ds.destroy();
    geocoder = createHttpServer((req, res) => {
      asked.push(req.url ?? '');
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify([{ lat: '45.5449', lon: '9.2089', display_name: 'Via Crocetta 12, Cinisello Balsamo' }, { lat: 'x', lon: '9', display_name: 'rotto' }]));
    });
    await new Promise<void>((r) => geocoder.listen(0, '127.0.0.1', r));
    const port = (geocoder.address() as AddressInfo).port;
    const root = uniqueRoot('geo');
    withLookup = await startTestGateway(dbUrl, root, { RPC_TIMEOUT_MS: '200', GEOCODER_URL: `http://127.0.0.1:${port}/search` });
    without = await startTestGateway(dbUrl, root, { RPC_TIMEOUT_MS: '200' });
  });

  afterAll(async () => {
    await withLookup?.close();
    await without?.close();
    await new Promise((r) => (geocoder as unknown as Server).close(r));
    await dropDatabase(dbUrl);
  });

  const admin = async (app: INestApplication) => (await gql<{ login: { token: string } }>(app, 'mutation { login(email: "admin@prossimo.example", password: "prossimo-demo") { token } }')).data!.login.token;

  it('is off by default: the form offers only the map', async () => {
    const token = await admin(without);
    expect((await gql(without, '{ addressLookupAvailable }', {}, token)).data).toEqual({ addressLookupAvailable: false });
    expect((await gql(without, '{ geocodeAddress(address: "Via Crocetta 12") { lat } }', {}, token)).data).toEqual({ geocodeAddress: [] });
  });

  it('asks the configured lookup, and keeps only well-formed places', async () => {
    const token = await admin(withLookup);
    expect((await gql(withLookup, '{ addressLookupAvailable }', {}, token)).data).toEqual({ addressLookupAvailable: true });
    const r = await gql<{ geocodeAddress: { label: string; lat: number; lng: number }[] }>(withLookup, '{ geocodeAddress(address: "Via Crocetta 12") { label lat lng } }', {}, token);
    expect(r.data?.geocodeAddress).toEqual([{ label: 'Via Crocetta 12, Cinisello Balsamo', lat: 45.5449, lng: 9.2089 }]);
    expect(asked.at(-1)).toMatch(/^\/search\?q=Via\+Crocetta\+12&format=json&limit=5$/);
    expect((await gql(withLookup, '{ geocodeAddress(address: "V") { lat } }', {}, token)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'address' });
  });
});
