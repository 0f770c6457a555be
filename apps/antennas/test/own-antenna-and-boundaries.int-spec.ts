import { randomUUID } from 'node:crypto';
import { INestMicroservice } from '@nestjs/common';
import { AntennaV1, ErrorCode, NeighbourhoodV1, Role, REQUEST_PATTERNS } from '@prossimo/contracts';
import { DEMO_ANTENNAS, DEMO_BAKERY_ID, DEMO_MUNICIPALITY, DEMO_NEIGHBOURHOODS } from '@prossimo/demo';
import { loadSettings, startService } from '@prossimo/platform';
import { TEST_KEYS, TEST_NATS_URL, TestRpcClient, cloneDatabase, deleteTestStreams, dropDatabase, tokenFor, uniqueRoot } from '@prossimo/testing';
import { AntennasModule } from '../src/antennas.module';
import { AntennasSettings } from '../src/config/antennas.env';
import { runAntennasDemoSeed } from '../src/demo/demo.seed';

const bakery = DEMO_ANTENNAS.find((a) => a.id === DEMO_BAKERY_ID)!;
const pharmacy = DEMO_ANTENNAS.find((a) => a.id !== DEMO_BAKERY_ID)!;
/** A second municipality with one MultiPolygon neighbourhood (two islands), imported by the test. */
const ISLANDS_MUN = '015146';
const square = (x: number, y: number, size: number) => [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]];
const ISLANDS = { type: 'MultiPolygon', coordinates: [square(9.3, 45.5, 0.01), square(9.32, 45.5, 0.01)] };

/** REQUEST_PATTERNS.antennas.get for an antenna's own account, and neighbourhood boundaries on request. */
describe('own antenna and neighbourhood boundaries (real PostgreSQL and NATS)', () => {
  let dbUrl: string;
  let root: string;
  let sut: INestMicroservice;
  let rpc: TestRpcClient;
  let bakeryToken: string;

  beforeAll(async () => {
    dbUrl = await cloneDatabase('antennas');
    root = uniqueRoot();
    const settings = loadSettings(AntennasSettings, {
      DATABASE_URL: dbUrl, NATS_URL: TEST_NATS_URL, SUBJECT_ROOT: root, AUTH_PUBLIC_KEY: TEST_KEYS.publicKey, LOG_LEVEL: 'silent',
    });
    sut = await startService(AntennasModule.register(settings), settings, 'antennas');
    rpc = await TestRpcClient.connect(TEST_NATS_URL, root);
    await runAntennasDemoSeed(dbUrl, root);
    bakeryToken = await tokenFor({ role: Role.ANTENNA, antennaId: DEMO_BAKERY_ID, municipality: DEMO_MUNICIPALITY });
    const geojson = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { code: 'isole', name: 'Isole' }, geometry: ISLANDS }] });
    await rpc.call(REQUEST_PATTERNS.antennas.importNeighbourhoods, { municipality: ISLANDS_MUN, geojson }, await tokenFor({ role: Role.ADMIN, municipality: ISLANDS_MUN }));
  });

  afterAll(async () => {
    await rpc?.close();
    await sut?.close();
    await deleteTestStreams(root);
    await dropDatabase(dbUrl);
  });

  describe('REQUEST_PATTERNS.antennas.get', () => {
    it('gives an ANTENNA account its own antenna, in full', async () => {
      const mine = await rpc.call<AntennaV1>(REQUEST_PATTERNS.antennas.get, { id: DEMO_BAKERY_ID }, bakeryToken);
      expect(mine).toMatchObject({ id: DEMO_BAKERY_ID, municipality: DEMO_MUNICIPALITY, name: bakery.name, kind: bakery.kind, neighbourhoodCode: 'crocetta', status: bakery.status });
      expect(Array.isArray(mine.history)).toBe(true);
    });

    it("refuses an ANTENNA account another antenna (FORBIDDEN, even one that exists), and one that names none", async () => {
      expect(await rpc.callError(REQUEST_PATTERNS.antennas.get, { id: pharmacy.id }, bakeryToken)).toMatchObject({ code: ErrorCode.FORBIDDEN });
      expect(await rpc.callError(REQUEST_PATTERNS.antennas.get, { id: randomUUID() }, bakeryToken)).toMatchObject({ code: ErrorCode.FORBIDDEN });
      const unlinked = await tokenFor({ role: Role.ANTENNA, municipality: DEMO_MUNICIPALITY });
      expect(await rpc.callError(REQUEST_PATTERNS.antennas.get, { id: DEMO_BAKERY_ID }, unlinked)).toMatchObject({ code: ErrorCode.FORBIDDEN });
    });

    it("does not give an antenna account of another municipality this municipality's antenna, even with its id (NOT_FOUND)", async () => {
      const elsewhere = await tokenFor({ role: Role.ANTENNA, antennaId: DEMO_BAKERY_ID, municipality: ISLANDS_MUN });
      expect(await rpc.callError(REQUEST_PATTERNS.antennas.get, { id: DEMO_BAKERY_ID }, elsewhere)).toMatchObject({ code: ErrorCode.NOT_FOUND });
    });

    it('still gives an ADMIN any antenna of its municipality, and other roles none', async () => {
      const admin = await tokenFor({ role: Role.ADMIN, municipality: DEMO_MUNICIPALITY });
      await expect(rpc.call<AntennaV1>(REQUEST_PATTERNS.antennas.get, { id: pharmacy.id }, admin)).resolves.toMatchObject({ id: pharmacy.id, name: pharmacy.name });
      for (const role of [Role.SOCIAL_WORKER, Role.CITY_ANALYST, Role.ORG_OPERATOR]) {
        const token = await tokenFor({ role, organisationId: role === Role.ORG_OPERATOR ? randomUUID() : undefined });
        expect(await rpc.callError(REQUEST_PATTERNS.antennas.get, { id: DEMO_BAKERY_ID }, token)).toMatchObject({ code: ErrorCode.FORBIDDEN });
      }
      expect(await rpc.callError(REQUEST_PATTERNS.antennas.get, { id: DEMO_BAKERY_ID })).toMatchObject({ code: ErrorCode.UNAUTHENTICATED });
    });
  });

  describe('REQUEST_PATTERNS.antennas.listNeighbourhoods withBoundary', () => {
    const list = (payload: Record<string, unknown>) => rpc.call<NeighbourhoodV1[]>(REQUEST_PATTERNS.antennas.listNeighbourhoods, payload);

    it("returns each neighbourhood's stored GeoJSON geometry as its boundary", async () => {
      const withBoundary = await list({ municipality: DEMO_MUNICIPALITY, withBoundary: true });
      expect(withBoundary).toHaveLength(DEMO_NEIGHBOURHOODS.features.length);
      for (const n of withBoundary) {
        const feature = DEMO_NEIGHBOURHOODS.features.find((f) => f.properties.code === n.code)!;
        expect(n.boundary).toEqual(feature.geometry);
        expect(['Polygon', 'MultiPolygon']).toContain(n.boundary!.type);
      }
      const [islands] = await list({ municipality: ISLANDS_MUN, withBoundary: true });
      expect(islands).toEqual({ municipality: ISLANDS_MUN, code: 'isole', name: 'Isole', population: null, approximate: false, boundary: ISLANDS });
    });

    it('leaves the boundary key out unless asked for, with the same neighbourhoods in the same order', async () => {
      const withBoundary = await list({ municipality: DEMO_MUNICIPALITY, withBoundary: true });
      for (const payload of [{ municipality: DEMO_MUNICIPALITY }, { municipality: DEMO_MUNICIPALITY, withBoundary: false }]) {
        const plain = await list(payload);
        expect(plain.map((n) => n.code)).toEqual(withBoundary.map((n) => n.code));
        for (const n of plain) expect(Object.keys(n).sort()).toEqual(['approximate', 'code', 'municipality', 'name', 'population']);
        expect(plain).toEqual(withBoundary.map(({ boundary: _, ...rest }) => rest));
      }
    });

    it("gives boundaries one municipality at a time: the one asked for, or the caller's", async () => {
      // Without a token and without a municipality, every city's areas would come at once.
      expect(await rpc.callError(REQUEST_PATTERNS.antennas.listNeighbourhoods, { withBoundary: true })).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'municipality' });
      const signedIn = await rpc.call<NeighbourhoodV1[]>(REQUEST_PATTERNS.antennas.listNeighbourhoods, { withBoundary: true }, await tokenFor({ role: Role.CITY_ANALYST }));
      expect(signedIn.map((n) => n.municipality)).toEqual(DEMO_NEIGHBOURHOODS.features.map(() => DEMO_MUNICIPALITY));
      expect(signedIn.every((n) => n.boundary)).toBe(true);
    });

    it('refuses a withBoundary that is not a boolean', async () => {
      expect(await rpc.callError(REQUEST_PATTERNS.antennas.listNeighbourhoods, { withBoundary: 'true' })).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'withBoundary' });
    });
  });
});
