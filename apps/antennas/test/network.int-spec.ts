import { randomUUID } from 'node:crypto';
import { INestMicroservice } from '@nestjs/common';
import {
  AgeBand,
  AntennaKind,
  AntennaStatus,
  AntennaV1,
  CoverageV1,
  ErrorCode,
  ImportNeighbourhoodsResultV1,
  Need,
  Page,
  ProximityPointV1,
  REQUEST_PATTERNS,
  Role,
  Urgency,
} from '@prossimo/contracts';
import { loadSettings, startService } from '@prossimo/platform';
import { TEST_KEYS, TEST_NATS_URL, TestEventBus, TestRpcClient, cloneDatabase, craftedCursors, deleteTestStreams, dropDatabase, query, tokenFor, uniqueRoot, waitFor } from '@prossimo/testing';
import { AntennasModule } from '../src/antennas.module';
import { AntennasSettings } from '../src/config/antennas.env';

/** A made-up municipality with three square neighbourhoods side by side (about 780 m × 1.1 km each). */
const MUN = '097001';
const square = (x: number, y: number, size: number) => [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]];
const feature = (code: string, name: string, x: number, props: Record<string, unknown> = {}) => ({
  type: 'Feature',
  properties: { code, name, ...props },
  geometry: { type: 'Polygon', coordinates: square(x, 45.7, 0.01) },
});
const GOOD = {
  type: 'FeatureCollection',
  municipality: MUN,
  features: [
    feature('alto', 'Alto', 9.5, { population: 4000, population75plus: 600 }),
    feature('basso', 'Basso', 9.51, { population: 8000, population75plus: 1000 }),
    feature('centro', 'Centro', 9.52),
  ],
};
const IN = { alto: { lat: 45.705, lng: 9.505 }, basso: { lat: 45.705, lng: 9.515 }, centro: { lat: 45.705, lng: 9.525 } };

describe('antennas: onboarding, lifecycle, import and coverage (real PostgreSQL and NATS)', () => {
  let dbUrl: string;
  let root: string;
  let sut: INestMicroservice;
  let rpc: TestRpcClient;
  let bus: TestEventBus;
  let admin: string;
  let analyst: string;

  beforeAll(async () => {
    dbUrl = await cloneDatabase('antennas');
    root = uniqueRoot();
    const settings = loadSettings(AntennasSettings, { DATABASE_URL: dbUrl, NATS_URL: TEST_NATS_URL, SUBJECT_ROOT: root, AUTH_PUBLIC_KEY: TEST_KEYS.publicKey, LOG_LEVEL: 'silent' });
    bus = await TestEventBus.connect(TEST_NATS_URL, root);
    sut = await startService(AntennasModule.register(settings), settings, 'antennas');
    rpc = await TestRpcClient.connect(TEST_NATS_URL, root);
    admin = await tokenFor({ role: Role.ADMIN, municipality: MUN });
    analyst = await tokenFor({ role: Role.CITY_ANALYST, municipality: MUN });
  });

  afterAll(async () => {
    await rpc?.close();
    await bus?.close();
    await sut?.close();
    await deleteTestStreams(root);
    await dropDatabase(dbUrl);
  });

  const importFile = (doc: unknown, token = admin) => rpc.call<ImportNeighbourhoodsResultV1>(REQUEST_PATTERNS.antennas.importNeighbourhoods, { municipality: MUN, geojson: JSON.stringify(doc) }, token);
  const importError = (doc: unknown) => rpc.callError(REQUEST_PATTERNS.antennas.importNeighbourhoods, { municipality: MUN, geojson: JSON.stringify(doc) }, admin);
  const propose = (over: Record<string, unknown> = {}) =>
    rpc.call<AntennaV1>(REQUEST_PATTERNS.antennas.propose, { id: randomUUID(), name: 'Panetteria Alta', kind: AntennaKind.SHOP, address: 'Via Alta 1', position: IN.alto, openingHours: 'lun-sab 7-13', publicContact: '02 1', needs: [Need.LONELINESS], ...over }, admin);
  const move = (id: string, action: string, extra: Record<string, unknown> = {}) => rpc.call<AntennaV1>(REQUEST_PATTERNS.antennas.transition, { id, action, ...extra }, admin);
  const bringToActive = async (id: string) => {
    await move(id, 'train', { trainedOn: '2026-01-10', codeOfConductAccepted: true });
    return move(id, 'activate');
  };

  describe('neighbourhood import', () => {
    it('refuses a broken file naming the feature and field, and writes nothing', async () => {
      const open = structuredClone(GOOD);
      open.features[1].geometry.coordinates[0].pop();
      expect(await importError(open)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'geojson.features[1].geometry.coordinates[0]' });
      const nameless = structuredClone(GOOD);
      delete (nameless.features[2].properties as Record<string, unknown>).name;
      expect(await importError(nameless)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'geojson.features[2].properties.name' });
      const overlapping = { ...GOOD, features: [...GOOD.features, feature('ovest', 'Ovest', 9.505)] };
      expect(await importError(overlapping)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'geojson.features[3].geometry' });
      expect(await rpc.callError(REQUEST_PATTERNS.antennas.importNeighbourhoods, { municipality: 'Milano', geojson: '{}' }, admin)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'municipality' });
      await expect(query(dbUrl, 'SELECT 1 FROM neighbourhoods')).resolves.toEqual([]);
      await expect(query(dbUrl, 'SELECT 1 FROM outbox')).resolves.toEqual([]);
    });

    it('is for ADMIN only', async () => {
      expect(await rpc.callError(REQUEST_PATTERNS.antennas.importNeighbourhoods, { municipality: MUN, geojson: JSON.stringify(GOOD) }, analyst)).toMatchObject({ code: ErrorCode.FORBIDDEN });
      expect(await rpc.callError(REQUEST_PATTERNS.antennas.importNeighbourhoods, { municipality: MUN, geojson: JSON.stringify(GOOD) })).toMatchObject({ code: ErrorCode.UNAUTHENTICATED });
    });

    it('imports a good file with one neighbourhood.defined.v1 each, then updates on a second import', async () => {
      await expect(importFile(GOOD)).resolves.toEqual({ municipality: MUN, created: ['alto', 'basso', 'centro'], updated: [], untouched: [] });
      const events = await query<{ subject: string; payload: Record<string, unknown> }>(dbUrl, 'SELECT subject, payload FROM outbox ORDER BY seq');
      expect(events.map((e) => e.subject)).toEqual(new Array(3).fill(`${root}.${MUN}.neighbourhood.defined.v1`));
      expect(events[0].payload).toMatchObject({ municipality: MUN, code: 'alto', name: 'Alto', population: 4000, population75Plus: 600, approximate: false });
      const renamed = { ...GOOD, features: [feature('alto', 'Alto Borgo', 9.5, { population: 4000, population75plus: 600 })] };
      await expect(importFile(renamed)).resolves.toEqual({ municipality: MUN, created: [], updated: ['alto'], untouched: ['basso', 'centro'] });
      await expect(query(dbUrl, `SELECT name FROM neighbourhoods WHERE municipality = $1 ORDER BY code`, [MUN])).resolves.toEqual([{ name: 'Alto Borgo' }, { name: 'Basso' }, { name: 'Centro' }]);
    });
  });

  describe('lifecycle', () => {
    it('proposes an antenna in the neighbourhood of its position, once per id, with its event', async () => {
      const id = randomUUID();
      const a = await propose({ id });
      expect(a).toMatchObject({ id, municipality: MUN, neighbourhoodCode: 'alto', status: AntennaStatus.PROPOSED, needs: [Need.LONELINESS], publiclyListed: true, trainedOn: null });
      expect(a.history).toEqual([expect.objectContaining({ from: null, to: AntennaStatus.PROPOSED })]);
      await expect(propose({ id })).resolves.toMatchObject({ id, status: AntennaStatus.PROPOSED });
      expect(await rpc.callError(REQUEST_PATTERNS.antennas.propose, { id, name: 'Altro nome', kind: AntennaKind.SHOP, address: 'Via Alta 1', position: IN.alto }, admin)).toMatchObject({ code: ErrorCode.CONFLICT });
      const events = await query<{ payload: Record<string, unknown> }>(dbUrl, `SELECT payload FROM outbox WHERE payload->>'antennaId' = $1`, [id]);
      expect(events.map((e) => e.payload)).toEqual([expect.objectContaining({ antennaId: id, kind: AntennaKind.SHOP, neighbourhoodCode: 'alto', to: AntennaStatus.PROPOSED, action: 'propose' })]);
    });

    it('refuses a position outside every neighbourhood, a neighbourhood that disagrees, and bad input, naming the field', async () => {
      expect(await rpc.callError(REQUEST_PATTERNS.antennas.propose, { id: randomUUID(), name: 'Lontano', kind: AntennaKind.SHOP, address: 'Via X', position: { lat: 44, lng: 9 } }, admin)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'position' });
      expect(await rpc.callError(REQUEST_PATTERNS.antennas.propose, { id: randomUUID(), name: 'Lontano', kind: AntennaKind.SHOP, address: 'Via X', position: IN.alto, neighbourhoodCode: 'basso' }, admin)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'neighbourhoodCode' });
      expect(await rpc.callError(REQUEST_PATTERNS.antennas.propose, { id: randomUUID(), name: 'Maria', kind: AntennaKind.CITIZEN_VOLUNTEER, address: 'Via X', position: IN.alto }, admin)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'publicMeetingPlace' });
      expect(await rpc.callError(REQUEST_PATTERNS.antennas.propose, { id: 'not-a-uuid', name: 'X', kind: AntennaKind.SHOP, address: 'Via X', position: IN.alto }, admin)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'id' });
      expect(await rpc.callError(REQUEST_PATTERNS.antennas.propose, { id: randomUUID(), name: 'Negozio', kind: 'SPACESHIP', address: 'Via X', position: IN.alto }, admin)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'kind' });
      const other = await tokenFor({ role: Role.ADMIN, municipality: '097002' });
      expect(await rpc.callError(REQUEST_PATTERNS.antennas.propose, { id: randomUUID(), name: 'Negozio', kind: AntennaKind.SHOP, address: 'Via X', position: IN.alto }, other)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'position' });
      expect(await rpc.callError(REQUEST_PATTERNS.antennas.propose, { id: randomUUID(), name: 'Negozio', kind: AntennaKind.SHOP, address: 'Via X', position: IN.alto }, analyst)).toMatchObject({ code: ErrorCode.FORBIDDEN });
    });

    it('moves PROPOSED → TRAINED → ACTIVE → SUSPENDED → ACTIVE → RETIRED with reasons, one event per move, and refuses illegal moves', async () => {
      const { id } = await propose({ name: 'Farmacia Bassa', kind: AntennaKind.PHARMACY, position: IN.basso });
      expect(await rpc.callError(REQUEST_PATTERNS.antennas.transition, { id, action: 'activate' }, admin)).toMatchObject({ code: ErrorCode.CONFLICT });
      expect(await rpc.callError(REQUEST_PATTERNS.antennas.transition, { id, action: 'train', trainedOn: '2026-01-10' }, admin)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'codeOfConductAccepted' });
      expect(await rpc.callError(REQUEST_PATTERNS.antennas.transition, { id, action: 'train', trainedOn: '2999-01-10', codeOfConductAccepted: true }, admin)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'trainedOn' });
      await expect(move(id, 'train', { trainedOn: '2026-01-10', codeOfConductAccepted: true })).resolves.toMatchObject({ status: AntennaStatus.TRAINED, trainedOn: '2026-01-10', codeOfConductAcceptedAt: expect.any(String) });
      await expect(move(id, 'activate')).resolves.toMatchObject({ status: AntennaStatus.ACTIVE });
      expect(await rpc.callError(REQUEST_PATTERNS.antennas.transition, { id, action: 'suspend' }, admin)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'reason' });
      await expect(move(id, 'suspend', { reason: 'verifica in corso' })).resolves.toMatchObject({ status: AntennaStatus.SUSPENDED, statusReason: 'verifica in corso' });
      await expect(move(id, 'reactivate')).resolves.toMatchObject({ status: AntennaStatus.ACTIVE });
      const retired = await move(id, 'retire', { reason: 'chiusura' });
      expect(retired.history.map((h) => h.to)).toEqual([AntennaStatus.RETIRED, AntennaStatus.ACTIVE, AntennaStatus.SUSPENDED, AntennaStatus.ACTIVE, AntennaStatus.TRAINED, AntennaStatus.PROPOSED]);
      expect(retired.history[0]).toMatchObject({ from: AntennaStatus.ACTIVE, reason: 'chiusura', byAccountId: expect.any(String) });
      expect(await rpc.callError(REQUEST_PATTERNS.antennas.transition, { id, action: 'reactivate' }, admin)).toMatchObject({ code: ErrorCode.CONFLICT });

      const events = await query<{ payload: Record<string, unknown> }>(dbUrl, `SELECT payload FROM outbox WHERE payload->>'antennaId' = $1 ORDER BY seq`, [id]);
      expect(events.map((e) => [e.payload.from ?? null, e.payload.to, e.payload.action])).toEqual([
        [null, 'PROPOSED', 'propose'],
        ['PROPOSED', 'TRAINED', 'train'],
        ['TRAINED', 'ACTIVE', 'activate'],
        ['ACTIVE', 'SUSPENDED', 'suspend'],
        ['SUSPENDED', 'ACTIVE', 'reactivate'],
        ['ACTIVE', 'RETIRED', 'retire'],
      ]);
      const times = events.map((e) => Date.parse(String(e.payload.occurredAt)));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(new Set(times).size).toBe(times.length);
      for (const e of events) expect(e.payload).not.toHaveProperty('reason');
    });

    it('keeps another municipality’s antenna out of reach', async () => {
      const { id } = await propose();
      const other = await tokenFor({ role: Role.ADMIN, municipality: '097002' });
      expect(await rpc.callError(REQUEST_PATTERNS.antennas.transition, { id, action: 'retire', reason: 'non mia' }, other)).toMatchObject({ code: ErrorCode.NOT_FOUND });
      expect(await rpc.callError(REQUEST_PATTERNS.antennas.get, { id }, other)).toMatchObject({ code: ErrorCode.NOT_FOUND });
    });

    it('shows an antenna on the public map only while ACTIVE, a volunteer only at a public meeting place', async () => {
      const shop = await propose({ name: 'Latteria Centro', position: IN.centro });
      const home = await propose({ name: 'Anna, volontaria', kind: AntennaKind.CITIZEN_VOLUNTEER, address: 'Via di casa 3', position: { lat: 45.704, lng: 9.524 }, publicMeetingPlace: false });
      const square = await propose({ name: 'Bruno, volontario', kind: AntennaKind.CITIZEN_VOLUNTEER, address: 'Piazza del Centro, panchina del mercato', position: { lat: 45.706, lng: 9.526 }, publicMeetingPlace: true });
      const finder = async () => (await rpc.call<Page<ProximityPointV1>>(REQUEST_PATTERNS.antennas.proximityPoints, { municipality: MUN, neighbourhoodCode: 'centro', near: IN.centro })).nodes.map((p) => p.name);
      await expect(finder()).resolves.toEqual([]);
      for (const a of [shop, home, square]) await bringToActive(a.id);
      await expect(finder()).resolves.toEqual(['Latteria Centro', 'Bruno, volontario']);
      const listedFields = (await rpc.call<Page<ProximityPointV1>>(REQUEST_PATTERNS.antennas.proximityPoints, { municipality: MUN, neighbourhoodCode: 'centro' })).nodes;
      for (const p of listedFields) expect(Object.keys(p).sort()).toEqual(['address', 'distanceMeters', 'id', 'kind', 'lat', 'lng', 'name', 'neighbourhoodCode', 'openingHours', 'publicContact']);
      expect(JSON.stringify(listedFields)).not.toContain('Via di casa');
      await move(shop.id, 'suspend', { reason: 'verifica' });
      await expect(finder()).resolves.toEqual(['Bruno, volontario']);
      for (const a of [shop, home, square]) await move(a.id, 'retire', { reason: 'fine del test' });
    });

    it('lists the municipality’s antennas for the administration, filtered and paged', async () => {
      const all = await rpc.call<Page<AntennaV1>>(REQUEST_PATTERNS.antennas.list, { first: 100 }, admin);
      expect(all.nodes.length).toBeGreaterThanOrEqual(6);
      const names = all.nodes.map((a) => a.name);
      expect(names).toEqual([...names].sort());
      const retired = await rpc.call<Page<AntennaV1>>(REQUEST_PATTERNS.antennas.list, { status: [AntennaStatus.RETIRED], kind: [AntennaKind.CITIZEN_VOLUNTEER] }, admin);
      expect(retired.nodes.map((a) => a.name).sort()).toEqual(['Anna, volontaria', 'Bruno, volontario']);
      await expect(rpc.call<Page<AntennaV1>>(REQUEST_PATTERNS.antennas.list, { search: 'farmacia' }, admin)).resolves.toMatchObject({ nodes: [expect.objectContaining({ name: 'Farmacia Bassa' })] });
      await expect(rpc.call<Page<AntennaV1>>(REQUEST_PATTERNS.antennas.list, { search: '%' }, admin)).resolves.toMatchObject({ nodes: [] });
      const p1 = await rpc.call<Page<AntennaV1>>(REQUEST_PATTERNS.antennas.list, { first: 2 }, admin);
      const p2 = await rpc.call<Page<AntennaV1>>(REQUEST_PATTERNS.antennas.list, { first: 100, after: p1.pageInfo.endCursor }, admin);
      expect([...p1.nodes, ...p2.nodes].map((a) => a.id)).toEqual(all.nodes.map((a) => a.id));
      expect(await rpc.callError(REQUEST_PATTERNS.antennas.list, { first: 101 }, admin)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'first' });
      expect(await rpc.callError(REQUEST_PATTERNS.antennas.list, { after: 'nope' }, admin)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'after' });
      for (const [what, after] of craftedCursors('name')) {
        expect({ what, ...(await rpc.callError(REQUEST_PATTERNS.antennas.list, { after }, admin)) }).toMatchObject({ what, code: ErrorCode.BAD_USER_INPUT, field: 'after' });
      }
    });
  });

  describe('coverage (the hand-computed fixture of coverage.spec.ts, through the real consumer)', () => {
    it('counts reports per antenna neighbourhood × Rome month once each, and shows the figures with small cells suppressed', async () => {
      // Active now: alto 2 (and one suspended), basso 1, centro none. Everything earlier is retired.
      const alto1 = await propose({ name: 'Alto uno' });
      const alto2 = await propose({ name: 'Alto due' });
      const alto3 = await propose({ name: 'Alto tre' });
      const basso = await propose({ name: 'Basso uno', position: IN.basso });
      await propose({ name: 'Centro proposto', position: IN.centro });
      for (const a of [alto1, alto2, alto3, basso]) await bringToActive(a.id);
      await move(alto3.id, 'suspend', { reason: 'verifica' });

      const sent: string[] = [];
      const report = async (antennaId: string, submittedAt: string, neighbourhoodCode = 'alto') => {
        const eventId = await bus.publish('report.submitted.v1', {
          municipality: MUN, reportId: randomUUID(), antennaId, ownerDeskId: randomUUID(), neighbourhoodCode,
          needs: [Need.FOOD], urgency: Urgency.LOW, ageBand: AgeBand.UNKNOWN, submittedAt, occurredAt: submittedAt,
        });
        sent.push(eventId);
        return eventId;
      };
      // alto: 12 in January (one about a person in basso: counted for the antenna's neighbourhood), 3 in February
      for (let i = 0; i < 11; i++) await report(alto1.id, `2026-01-${String(10 + i).padStart(2, '0')}T09:00:00.000Z`);
      await report(alto2.id, '2026-01-22T09:00:00.000Z', 'basso');
      // 23:30 UTC on 31 January is February in Rome.
      await report(alto1.id, '2026-01-31T23:30:00.000Z');
      await report(alto2.id, '2026-02-03T09:00:00.000Z');
      const again = await report(alto2.id, '2026-02-04T09:00:00.000Z');
      // basso: 20 in January, 15 in February
      for (let i = 0; i < 20; i++) await report(basso.id, `2026-01-${String(1 + i).padStart(2, '0')}T12:00:00.000Z`, 'basso');
      for (let i = 0; i < 15; i++) await report(basso.id, `2026-02-${String(1 + i).padStart(2, '0')}T12:00:00.000Z`, 'basso');
      // A redelivery of an event already counted (new message id, same event id) must not count again.
      await bus.publish('report.submitted.v1', {
        eventId: again, municipality: MUN, reportId: randomUUID(), antennaId: alto2.id, ownerDeskId: randomUUID(), neighbourhoodCode: 'alto',
        needs: [Need.FOOD], urgency: Urgency.LOW, ageBand: AgeBand.UNKNOWN, submittedAt: '2026-02-04T09:00:00.000Z',
      }, randomUUID());

      await waitFor(async () => (await query<{ n: number }>(dbUrl, `SELECT count(*)::int AS n FROM inbox WHERE consumer = 'antennas'`))[0].n === sent.length, 20_000, 'every report event to be counted');
      await expect(query(dbUrl, `SELECT neighbourhood_code, month, reports FROM antenna_report_counts ORDER BY 1, 2`)).resolves.toEqual([
        { neighbourhood_code: 'alto', month: '2026-01', reports: 12 },
        { neighbourhood_code: 'alto', month: '2026-02', reports: 3 },
        { neighbourhood_code: 'basso', month: '2026-01', reports: 20 },
        { neighbourhood_code: 'basso', month: '2026-02', reports: 15 },
      ]);

      const c = await rpc.call<CoverageV1>(REQUEST_PATTERNS.antennas.coverage, { from: '2026-01', to: '2026-02' }, analyst);
      expect(c.municipality).toBe(MUN);
      expect(c.desertThresholdPer1000).toBe(0.25);
      expect(c.neighbourhoods.map((n) => [n.code, n.activeAntennas, n.per1000Residents, n.per1000Over75, n.desert])).toEqual([
        ['alto', 2, 0.5, 3.33, false],
        ['basso', 1, 0.13, 1, true],
        ['centro', 0, null, null, true],
      ]);
      expect(c.deserts).toEqual(['centro', 'basso']);
      expect(c.reportsByMonth).toEqual({
        months: ['2026-01', '2026-02'],
        rows: [
          { neighbourhoodCode: 'alto', counts: [null, null], total: 15 },
          { neighbourhoodCode: 'basso', counts: [null, null], total: 35 },
          { neighbourhoodCode: 'centro', counts: [0, 0], total: 0 },
        ],
        monthTotals: [32, 18],
        total: 50,
        k: 10,
        hiddenCells: 4,
      });
    });

    it('is for the city’s analysts, of their own municipality, over at most 36 months', async () => {
      expect(await rpc.callError(REQUEST_PATTERNS.antennas.coverage, {}, admin)).toMatchObject({ code: ErrorCode.FORBIDDEN });
      expect(await rpc.callError(REQUEST_PATTERNS.antennas.coverage, { municipality: '015077' }, analyst)).toMatchObject({ code: ErrorCode.FORBIDDEN });
      expect(await rpc.callError(REQUEST_PATTERNS.antennas.coverage, { from: '2020-01', to: '2026-01' }, analyst)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'from' });
      expect(await rpc.callError(REQUEST_PATTERNS.antennas.coverage, { from: '2026-13' }, analyst)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'from' });
      const current = await rpc.call<CoverageV1>(REQUEST_PATTERNS.antennas.coverage, {}, analyst);
      expect(current.reportsByMonth.months).toHaveLength(12);
    });
  });
});
