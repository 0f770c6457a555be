import { randomUUID } from 'node:crypto';
import { INestMicroservice } from '@nestjs/common';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { AntennaKind, AntennaStatus, ErrorCode, HealthV1, NeighbourhoodV1, Page, ProximityPointV1, Role, REQUEST_PATTERNS, streamNames } from '@prossimo/contracts';
import { DEMO_ANTENNAS, DEMO_BAKERY_ID, DEMO_MUNICIPALITY } from '@prossimo/demo';
import { loadSettings, startService } from '@prossimo/platform';
import { TEST_KEYS, TEST_NATS_URL, TestRpcClient, cloneDatabase, deleteTestStreams, dropDatabase, query, tokenFor, uniqueRoot, waitFor } from '@prossimo/testing';
import { AntennasModule } from '../src/antennas.module';
import { AntennasSettings } from '../src/config/antennas.env';
import { runAntennasDemoSeed } from '../src/demo/demo.seed';

const bakery = DEMO_ANTENNAS.find((a) => a.id === DEMO_BAKERY_ID)!;
const active = DEMO_ANTENNAS.filter((a) => a.status === AntennaStatus.ACTIVE);
/** What the public map shows: ACTIVE, and a volunteer only at a public meeting place. */
const listed = active.filter((a) => a.kind !== AntennaKind.CITIZEN_VOLUNTEER || a.publicMeetingPlace === true);
const notActive = DEMO_ANTENNAS.filter((a) => a.status !== AntennaStatus.ACTIVE);
const PUBLIC_KEYS = ['address', 'distanceMeters', 'id', 'kind', 'lat', 'lng', 'name', 'neighbourhoodCode', 'openingHours', 'publicContact'];

describe('antennas service (real PostgreSQL and NATS)', () => {
  let dbUrl: string;
  let root: string;
  let sut: INestMicroservice;
  let rpc: TestRpcClient;

  beforeAll(async () => {
    dbUrl = await cloneDatabase('antennas');
    root = uniqueRoot();
    const settings = loadSettings(AntennasSettings, {
      DATABASE_URL: dbUrl,
      NATS_URL: TEST_NATS_URL,
      SUBJECT_ROOT: root,
      AUTH_PUBLIC_KEY: TEST_KEYS.publicKey,
      LOG_LEVEL: 'silent',
    });
    sut = await startService(AntennasModule.register(settings), settings, 'antennas');
    rpc = await TestRpcClient.connect(TEST_NATS_URL, root);
  });

  afterAll(async () => {
    await rpc?.close();
    await sut?.close();
    await deleteTestStreams(root);
    await dropDatabase(dbUrl);
  });

  const points = (payload: Record<string, unknown>, token?: string) => rpc.call<Page<ProximityPointV1>>(REQUEST_PATTERNS.antennas.proximityPoints, payload, token);

  it('starts empty, then seeds the demo network with one event per row', async () => {
    await expect(rpc.call<HealthV1>(REQUEST_PATTERNS.antennas.health, {})).resolves.toMatchObject({ service: 'antennas', database: 'ok', nats: 'ok', details: { neighbourhoods: 0, activeAntennas: 0 } });

    await expect(runAntennasDemoSeed(dbUrl, root)).resolves.toEqual({ neighbourhoods: 12, antennas: DEMO_ANTENNAS.length });

    const outbox = await query<{ subject: string; payload: Record<string, unknown> }>(dbUrl, 'SELECT subject, payload FROM outbox ORDER BY seq');
    expect(outbox).toHaveLength(12 + DEMO_ANTENNAS.length);
    const defined = outbox.filter((r) => r.subject === `${root}.${DEMO_MUNICIPALITY}.neighbourhood.defined.v1`);
    expect(defined).toHaveLength(12);
    expect(defined.find((r) => r.payload.code === 'crocetta')?.payload).toMatchObject({ municipality: DEMO_MUNICIPALITY, name: 'Crocetta', population: 8000, approximate: true });
    const changed = outbox.filter((r) => r.subject === `${root}.${DEMO_MUNICIPALITY}.antenna.status-changed.v1`);
    expect(changed).toHaveLength(DEMO_ANTENNAS.length);
    const bakeryEvent = changed.find((r) => r.payload.antennaId === DEMO_BAKERY_ID)?.payload;
    expect(bakeryEvent).toMatchObject({ municipality: DEMO_MUNICIPALITY, kind: bakery.kind, neighbourhoodCode: 'crocetta', to: AntennaStatus.ACTIVE });
    expect(bakeryEvent).not.toHaveProperty('from');

    const rows = await query<{ id: string; neighbourhood_code: string; status: string; publicly_listed: boolean }>(dbUrl, 'SELECT id, neighbourhood_code, status, publicly_listed FROM antennas');
    expect(rows).toHaveLength(DEMO_ANTENNAS.length);
    expect(rows.find((r) => r.id === DEMO_BAKERY_ID)).toMatchObject({ neighbourhood_code: 'crocetta', status: AntennaStatus.ACTIVE, publicly_listed: true });
    await expect(rpc.call<HealthV1>(REQUEST_PATTERNS.antennas.health, {})).resolves.toMatchObject({ details: { neighbourhoods: 12, activeAntennas: active.length } });
  });

  it('seeds only once: a second run inserts and emits nothing', async () => {
    const before = await query<{ n: number }>(dbUrl, 'SELECT count(*)::int AS n FROM outbox');
    await expect(runAntennasDemoSeed(dbUrl, root)).resolves.toEqual({ neighbourhoods: 0, antennas: 0 });
    await expect(query<{ n: number }>(dbUrl, 'SELECT count(*)::int AS n FROM outbox')).resolves.toEqual(before);
    expect(before[0].n).toBe(12 + DEMO_ANTENNAS.length);
  });

  it('publishes every event through the relay to the stream', async () => {
    await waitFor(async () => (await query(dbUrl, 'SELECT 1 FROM outbox WHERE published_at IS NULL')).length === 0, 20_000, 'relay to publish every outbox row');
    const nc = await connect({ servers: TEST_NATS_URL });
    try {
      const info = await (await jetstreamManager(nc)).streams.info(streamNames(root).events);
      expect(info.state.messages).toBe(12 + DEMO_ANTENNAS.length);
    } finally {
      await nc.close();
    }
  });

  it('lists the twelve neighbourhoods by name, to anyone', async () => {
    const all = await rpc.call<NeighbourhoodV1[]>(REQUEST_PATTERNS.antennas.listNeighbourhoods, {});
    expect(all).toHaveLength(12);
    const names = all.map((n) => n.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'it')));
    expect(all.find((n) => n.code === 'sant-eusebio')).toEqual({ municipality: DEMO_MUNICIPALITY, code: 'sant-eusebio', name: "Sant'Eusebio", population: 9000, approximate: true });
    await expect(rpc.call<NeighbourhoodV1[]>(REQUEST_PATTERNS.antennas.listNeighbourhoods, { municipality: DEMO_MUNICIPALITY })).resolves.toEqual(all);
    await expect(rpc.call<NeighbourhoodV1[]>(REQUEST_PATTERNS.antennas.listNeighbourhoods, { municipality: '015146' })).resolves.toEqual([]);
  });

  it("scopes the neighbourhoods to the caller's municipality when a token comes without one", async () => {
    const elsewhere = await tokenFor({ role: Role.SOCIAL_WORKER, municipality: '015146' });
    await expect(rpc.call<NeighbourhoodV1[]>(REQUEST_PATTERNS.antennas.listNeighbourhoods, {}, elsewhere)).resolves.toEqual([]);
    await expect(rpc.call<NeighbourhoodV1[]>(REQUEST_PATTERNS.antennas.listNeighbourhoods, { municipality: DEMO_MUNICIPALITY }, elsewhere)).resolves.toHaveLength(12);
    await expect(rpc.call<NeighbourhoodV1[]>(REQUEST_PATTERNS.antennas.listNeighbourhoods, {}, await tokenFor({ role: Role.ANTENNA, antennaId: DEMO_BAKERY_ID }))).resolves.toHaveLength(12);
    expect(await rpc.callError(REQUEST_PATTERNS.antennas.listNeighbourhoods, {}, 'not-a-token')).toMatchObject({ code: ErrorCode.UNAUTHENTICATED });
    expect(await rpc.callError(REQUEST_PATTERNS.antennas.listNeighbourhoods, { municipality: 'Cinisello' })).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'municipality' });
  });

  it('lists the active proximity points nearest first, the bakery at 0 m, public fields only', async () => {
    const page = await points({ near: { lat: bakery.lat, lng: bakery.lng }, first: 100 });
    expect(page.pageInfo.hasNextPage).toBe(false);
    expect(page.nodes.map((p) => p.id).sort()).toEqual(listed.map((a) => a.id).sort());
    for (const absent of notActive) expect(page.nodes.map((p) => p.id)).not.toContain(absent.id);
    expect(page.nodes[0]).toEqual({
      id: bakery.id, name: bakery.name, kind: bakery.kind, address: bakery.address, neighbourhoodCode: 'crocetta',
      openingHours: bakery.openingHours, publicContact: bakery.publicContact, lat: bakery.lat, lng: bakery.lng, distanceMeters: 0,
    });
    const distances = page.nodes.map((p) => p.distanceMeters as number);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    for (const d of distances) expect(Number.isInteger(d)).toBe(true);
    expect(distances[1]).toBeGreaterThan(0);
    expect(distances[distances.length - 1]).toBeLessThan(5_000);
    for (const p of page.nodes) expect(Object.keys(p).sort()).toEqual(PUBLIC_KEYS);
  });

  it('lists by name without a point, with no distance', async () => {
    const page = await points({ first: 100 });
    expect(page.nodes.map((p) => p.id).sort()).toEqual(listed.map((a) => a.id).sort());
    const names = page.nodes.map((p) => p.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'it')));
    for (const p of page.nodes) {
      expect(p.distanceMeters).toBeNull();
      expect(Object.keys(p).sort()).toEqual(PUBLIC_KEYS);
    }
  });

  it('filters by neighbourhood, leaving out antennas that are not active', async () => {
    const crocetta = await points({ neighbourhoodCode: 'crocetta', near: { lat: 45.55, lng: 9.22 } });
    // Crocetta: the bakery, a pharmacy and a centre for the elderly; Luigi, a volunteer with no
    // public meeting place, is ACTIVE but never listed.
    expect(crocetta.nodes.map((p) => p.id).sort()).toEqual(listed.filter((a) => ['01', '15', '16'].includes(a.id.slice(-2))).map((a) => a.id).sort());
    expect(crocetta.nodes.map((p) => p.name)).not.toContain('Luigi, volontario');
    // Cinisello holds six active antennas and a library that is only TRAINED.
    const cinisello = await points({ neighbourhoodCode: 'cinisello' });
    expect(cinisello.nodes.map((p) => p.neighbourhoodCode)).toEqual(new Array(6).fill('cinisello'));
    expect(cinisello.nodes.map((p) => p.id)).not.toContain(notActive[0].id);
    await expect(points({ neighbourhoodCode: 'bettola' })).resolves.toEqual({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it.each([
    ['by distance', { near: { lat: bakery.lat, lng: bakery.lng } }],
    ['by name', {}],
  ])('pages %s over two pages without overlap or gap', async (_, args) => {
    const whole = await points({ ...args, first: 100 });
    const page1 = await points({ ...args, first: 2 });
    expect(page1.nodes).toHaveLength(2);
    expect(page1.pageInfo).toMatchObject({ hasNextPage: true, endCursor: expect.any(String) });
    const page2 = await points({ ...args, first: 100, after: page1.pageInfo.endCursor });
    expect(page2.nodes).toHaveLength(listed.length - 2);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect([...page1.nodes, ...page2.nodes]).toEqual(whole.nodes);
  });

  it('refuses a bad cursor, a cursor of the other order, a page too large and an unknown neighbourhood, naming the field', async () => {
    expect(await rpc.callError(REQUEST_PATTERNS.antennas.proximityPoints, { after: 'bogus' })).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'after' });
    const byName = await points({ first: 1 });
    expect(await rpc.callError(REQUEST_PATTERNS.antennas.proximityPoints, { near: { lat: bakery.lat, lng: bakery.lng }, after: byName.pageInfo.endCursor })).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'after' });
    expect(await rpc.callError(REQUEST_PATTERNS.antennas.proximityPoints, { first: 1000 })).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'first' });
    expect(await rpc.callError(REQUEST_PATTERNS.antennas.proximityPoints, { neighbourhoodCode: 'atlantide' })).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'neighbourhoodCode' });
    expect(await rpc.callError(REQUEST_PATTERNS.antennas.proximityPoints, { neighbourhoodCode: 'Not A Slug' })).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'neighbourhoodCode' });
    expect(await rpc.callError(REQUEST_PATTERNS.antennas.proximityPoints, { near: { lat: 95, lng: 9 } })).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'near.lat' });
    expect(await rpc.callError(REQUEST_PATTERNS.antennas.proximityPoints, { members: true })).toMatchObject({ code: ErrorCode.BAD_USER_INPUT });
  });

  it('keeps a neighbourhood of another municipality out of scope', async () => {
    expect(await rpc.callError(REQUEST_PATTERNS.antennas.proximityPoints, { municipality: '015146', neighbourhoodCode: 'crocetta' })).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'neighbourhoodCode' });
    await expect(points({ municipality: '015146' })).resolves.toEqual({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('never lists an antenna that is not publicly listed, even when ACTIVE', async () => {
    const volunteer = randomUUID();
    await query(
      dbUrl,
      `INSERT INTO antennas (id, municipality, name, kind, address, lat, lng, neighbourhood_code, status, publicly_listed)
       VALUES ($1, $2, 'Maria, volontaria', 'CITIZEN_VOLUNTEER', 'Via Privata 1', 45.545, 9.209, 'crocetta', 'ACTIVE', false)`,
      [volunteer, DEMO_MUNICIPALITY],
    );
    const page = await points({ neighbourhoodCode: 'crocetta', near: { lat: 45.545, lng: 9.209 } });
    expect(page.nodes[0].id).toBe(DEMO_BAKERY_ID);
    expect(page.nodes.map((p) => p.id)).not.toContain(volunteer);
  });

  it("names the antennas that flagged a desk's reports, to a social worker of their municipality only, whatever their status", async () => {
    const retired = DEMO_ANTENNAS.find((a) => a.status === AntennaStatus.RETIRED)!;
    const worker = await tokenFor({ role: Role.SOCIAL_WORKER, municipality: DEMO_MUNICIPALITY });
    const names = await rpc.call<{ id: string; name: string; kind: string }[]>(REQUEST_PATTERNS.antennas.names, { ids: [DEMO_BAKERY_ID, retired.id, randomUUID()] }, worker);
    expect(names.sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      [
        { id: DEMO_BAKERY_ID, name: 'Panetteria Il Forno di Crocetta', kind: AntennaKind.SHOP },
        { id: retired.id, name: retired.name, kind: retired.kind },
      ].sort((a, b) => a.name.localeCompare(b.name)),
    );
    await expect(rpc.call(REQUEST_PATTERNS.antennas.names, { ids: [DEMO_BAKERY_ID] }, await tokenFor({ role: Role.SOCIAL_WORKER, municipality: '015146' }))).resolves.toEqual([]);
    expect(await rpc.callError(REQUEST_PATTERNS.antennas.names, { ids: [DEMO_BAKERY_ID] }, await tokenFor({ role: Role.ANTENNA, antennaId: DEMO_BAKERY_ID }))).toMatchObject({ code: ErrorCode.FORBIDDEN });
    expect(await rpc.callError(REQUEST_PATTERNS.antennas.names, { ids: ['nope'] }, worker)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'ids' });
  });
});
