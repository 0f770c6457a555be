import { randomUUID } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { INestApplication, INestMicroservice } from '@nestjs/common';
import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { strToU8, unzipSync, zipSync } from 'fflate';
import request from 'supertest';
import { HsdsExportFilesV1, ImportResultV1, Need, REQUEST_PATTERNS, Role } from '@prossimo/contracts';
import { DEMO_MUNICIPALITY, DEMO_NEIGHBOURHOODS, DEMO_ORGANISATION } from '@prossimo/demo';
import { loadSettings, startService } from '@prossimo/platform';
import {
  TEST_KEYS, TEST_NATS_URL, TestRpcClient, cloneDatabase, deleteTestStreams, dropDatabase, gql, query, startTestGateway, tokenFor, uniqueRoot,
} from '@prossimo/testing';
import { AntennasModule } from '../../antennas/src/antennas.module';
import { AntennasSettings } from '../../antennas/src/config/antennas.env';
import { runAntennasDemoSeed } from '../../antennas/src/demo/demo.seed';
import { ReferralsSettings } from '../../referrals/src/config/referrals.env';
import { runReferralsDemoSeed } from '../../referrals/src/demo/demo.seed';
import { ReferralsModule } from '../../referrals/src/referrals.module';
import { nameUuid } from '../../referrals/src/directory/hsds';

/** The HSDS schemas live outside the repository (../shared/hsds); HSDS_SCHEMA_DIR points elsewhere. */
const HSDS_DIR = process.env.HSDS_SCHEMA_DIR ?? join(__dirname, '..', '..', '..', '..', 'shared', 'hsds');
const BASE = 'https://hsds.test/schema/';
const FIXTURES = join(__dirname, 'fixtures');

function hsdsValidators(): (name: string) => ValidateFunction {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('datetime', true);
  const add = (dir: string, prefix = '') => {
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json') && x !== 'openapi.json')) {
      ajv.addSchema({ ...JSON.parse(readFileSync(join(dir, f), 'utf8')), $id: `${BASE}${prefix}${f}` });
    }
  };
  add(join(HSDS_DIR, '3.0'));
  add(join(HSDS_DIR, '3.0', 'compiled'), 'compiled/');
  add(join(HSDS_DIR, '3.1-dev'));
  const openapi = JSON.parse(readFileSync(join(HSDS_DIR, '3.0', 'openapi.json'), 'utf8')) as { components: { schemas: { Page: object } } };
  ajv.addSchema({ ...openapi.components.schemas.Page, $id: `${BASE}page.json` });
  return (name) => ajv.getSchema(`${BASE}${name}`)!;
}

/** The schema file of each table of the tabular form, by the schemas' own `path`. */
function schemaByPath(): Map<string, { file: string; schema: { properties: Record<string, { type?: string }> } }> {
  const out = new Map<string, { file: string; schema: { properties: Record<string, { type?: string }> } }>();
  for (const [dir, prefix] of [[join(HSDS_DIR, '3.0'), ''], [join(HSDS_DIR, '3.1-dev'), '']] as const) {
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json') && x !== 'openapi.json')) {
      const schema = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { path?: string; properties: Record<string, { type?: string }> };
      if (schema.path) out.set(schema.path, { file: `${prefix}${f}`, schema });
    }
  }
  return out;
}

/** RFC 4180 rows as objects (the test's own reader, so the export is not checked by the code that wrote it). */
function readCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

const fixtureFiles = () => Object.fromEntries(readdirSync(join(FIXTURES, 'hsds-tabular')).map((f) => [f, readFileSync(join(FIXTURES, 'hsds-tabular', f), 'utf8')]));
const derived = (table: string, pid: string, source = 'ambito-nord-milano') => nameUuid(`import:${DEMO_MUNICIPALITY}:${source}:${table}:${pid}`);

interface Report {
  tables: { table: string; created: number; updated: number; unchanged: number; refused: number; warnings: number }[];
  rows: { table: string; ref: string; id: string | null; status: string; fields: { field: string; status: string; message: string | null }[] }[];
  unrouted: number;
  unmappedTerms: number;
  ignored: string[];
  source: string;
}
const REPORT = 'imported organisations services problems { line field message } report { source unrouted unmappedTerms ignored tables { table created updated unchanged refused warnings } rows { table ref id status fields { field status message } } }';

/**
 * Issue 15, directory interoperability end to end (real referrals, antennas and gateway over NATS,
 * each with its own PostgreSQL): an HSDS tabular data package (a zip through the ADMIN upload route,
 * then the same package as JSON through GraphQL) and HSDS JSON objects land every valid row and say
 * what happened to each, field by field; the ADMIN's mapping of a foreign term re-routes its
 * services' needs; /hsds/services, /hsds/service_at_locations and the export validate against the
 * HSDS 3.0 schemas; and the export re-imported into an empty directory gives the same directory.
 */
describe('HSDS interoperability: import a data package and JSON objects, map taxonomies, export (real services, PostgreSQL and NATS)', () => {
  const root = uniqueRoot('hsdsio');
  const emptyRoot = uniqueRoot('hsdsempty');
  let referralsDb: string;
  let emptyDb: string;
  let antennasDb: string;
  let gatewayDb: string;
  let referrals: INestMicroservice;
  let emptyReferrals: INestMicroservice;
  let antennas: INestMicroservice;
  let gateway: INestApplication;
  let admin: string;
  const validator = hsdsValidators();
  const http = () => request(gateway.getHttpServer());

  beforeAll(async () => {
    [referralsDb, emptyDb, antennasDb, gatewayDb] = await Promise.all([cloneDatabase('referrals'), cloneDatabase('referrals'), cloneDatabase('antennas'), cloneDatabase('gateway')]);
    const common = { NATS_URL: TEST_NATS_URL, AUTH_PUBLIC_KEY: TEST_KEYS.publicKey, LOG_LEVEL: 'silent', SLA_SWEEP_INTERVAL_MS: '0', MAIL_SWEEP_INTERVAL_MS: '0' };
    const rs = loadSettings(ReferralsSettings, { ...common, SUBJECT_ROOT: root, DATABASE_URL: referralsDb });
    const es = loadSettings(ReferralsSettings, { ...common, SUBJECT_ROOT: emptyRoot, DATABASE_URL: emptyDb });
    const as = loadSettings(AntennasSettings, { NATS_URL: TEST_NATS_URL, AUTH_PUBLIC_KEY: TEST_KEYS.publicKey, LOG_LEVEL: 'silent', SUBJECT_ROOT: root, DATABASE_URL: antennasDb });
    referrals = await startService(ReferralsModule.register(rs), rs, 'referrals');
    emptyReferrals = await startService(ReferralsModule.register(es), es, 'referrals');
    antennas = await startService(AntennasModule.register(as), as, 'antennas');
    await runReferralsDemoSeed(referralsDb, root);
    await runAntennasDemoSeed(antennasDb, root);
    gateway = await startTestGateway(gatewayDb, root, { RATE_LIMIT_PER_ADDRESS: '100000', RATE_LIMIT_PER_ACCOUNT: '100000' });
    admin = await tokenFor({ role: Role.ADMIN, municipality: DEMO_MUNICIPALITY, accountId: randomUUID() });
  });

  afterAll(async () => {
    await gateway?.close();
    await referrals?.close();
    await emptyReferrals?.close();
    await antennas?.close();
    await deleteTestStreams(root);
    await deleteTestStreams(emptyRoot);
    for (const url of [referralsDb, emptyDb, antennasDb, gatewayDb]) if (url) await dropDatabase(url);
  });

  const rowOf = (report: Report, ref: string) => report.rows.find((r) => r.ref === ref)!;
  const fieldOf = (report: Report, ref: string, field: string) => rowOf(report, ref)?.fields.find((f) => f.field === field);

  it('a tabular data package as a zip, through the ADMIN upload route, lands every valid row and reports each, field by field', async () => {
    const zip = zipSync(Object.fromEntries(Object.entries(fixtureFiles()).map(([name, text]) => [`ambito/${name}`, strToU8(text)])));
    const res = await http().post('/admin/directory-import?format=hsds-tabular').set('authorization', `Bearer ${admin}`).set('content-type', 'application/zip').send(Buffer.from(zip));
    expect(res.status).toBe(200);
    const result = res.body as ImportResultV1 & { report: Report };
    expect(result).toMatchObject({ imported: true, organisations: 3, services: 4 });
    const counts = Object.fromEntries(result.report.tables.map((t) => [t.table, t]));
    expect(counts.organizations).toMatchObject({ created: 3, refused: 1 });
    expect(counts.services).toMatchObject({ created: 4, refused: 2 });
    expect(counts.locations).toMatchObject({ created: 4, refused: 0 });
    expect(counts.service_at_locations).toMatchObject({ created: 5, refused: 1 });
    expect(counts.phones).toMatchObject({ created: 4, refused: 1 });
    expect(counts.schedules).toMatchObject({ created: 5, refused: 0 });
    expect(result.report.source).toBe('ambito-nord-milano');
    expect(result.report.ignored).toEqual(expect.arrayContaining(['language', 'funding']));

    // Refusals name the row and the field; an Italian profile's fields are warnings, never refusals.
    const r = result.report;
    expect(rowOf(r, 'organizations.csv:5')).toMatchObject({ status: 'refused', id: 'ORG-D', fields: [expect.objectContaining({ field: 'name', status: 'refused' })] });
    expect(rowOf(r, 'services.csv:6')).toMatchObject({ status: 'refused', fields: [expect.objectContaining({ field: 'organization_id' })] });
    expect(rowOf(r, 'services.csv:7')).toMatchObject({ status: 'refused', fields: [expect.objectContaining({ field: 'status' })] });
    expect(rowOf(r, 'service_at_location.csv:7')).toMatchObject({ status: 'refused', fields: [expect.objectContaining({ field: 'service_id' })] });
    expect(rowOf(r, 'phones.csv:6')).toMatchObject({ status: 'refused', fields: [expect.objectContaining({ field: 'number' })] });
    expect(rowOf(r, 'organizations.csv:3')).toMatchObject({ status: 'created', id: 'ORG-B' });
    expect(fieldOf(r, 'organizations.csv:3', 'tax_id')).toMatchObject({ status: 'warning' });
    expect(fieldOf(r, 'organizations.csv:3', 'organization_identifiers')).toMatchObject({ status: 'warning' });
    expect(fieldOf(r, 'organizations.csv:3', 'website')).toMatchObject({ status: 'warning' });
    expect(fieldOf(r, 'organizations.csv:4', 'tax_id')?.message).toMatch(/manca il codice fiscale/);
    expect(fieldOf(r, 'organizations.csv:4', 'email')).toMatchObject({ status: 'warning' });
    expect(fieldOf(r, 'organizations.csv:2', 'name')).toMatchObject({ status: 'created' });
    expect(fieldOf(r, 'schedules.csv:6', 'opens_at')).toMatchObject({ status: 'warning' });
    expect(fieldOf(r, 'service_areas.csv:5', 'service_areas')).toMatchObject({ status: 'warning' });
    expect(fieldOf(r, 'services.csv:2', 'attributes')).toMatchObject({ status: 'created' });
    // Services whose terms map to no need are public but not routed, and the import says how many.
    expect(r.unrouted).toBe(2);
    expect(r.unmappedTerms).toBe(2);

    // What landed: any HSDS id becomes a stable UUID, the publisher's id kept beside it.
    const s1 = derived('services', 'S-1');
    const [svc] = await query<{ needs: string[]; external_id: string; source: string; fees_description: string; minimum_age: number }>(referralsDb, 'SELECT needs, external_id, source, fees_description, minimum_age FROM services WHERE id = $1', [s1]);
    expect(svc).toEqual({ needs: [Need.LONELINESS], external_id: 'S-1', source: 'ambito-nord-milano', fees_description: '3,50 euro a pasto; gratuito sotto i 9.000 euro di ISEE', minimum_age: 65 });
    const areas = await query<{ neighbourhood_code: string }>(referralsDb, 'SELECT neighbourhood_code FROM service_areas WHERE service_id = $1 ORDER BY 1', [s1]);
    expect(areas.map((a) => a.neighbourhood_code)).toEqual(['balsamo', 'crocetta']);
    const whole = await query(referralsDb, 'SELECT 1 FROM service_areas WHERE service_id = $1', [derived('services', 'S-2')]);
    expect(whole).toHaveLength(DEMO_NEIGHBOURHOODS.features.length);
    const [located] = await query<{ organisation_id: string }>(referralsDb, 'SELECT organisation_id FROM locations WHERE id = $1', [derived('locations', 'L-4')]);
    expect(located.organisation_id).toBe(derived('organizations', 'ORG-C'));
    const [hours] = await query(referralsDb, 'SELECT byday, opens_at, closes_at, valid_from::text FROM schedules WHERE id = $1', [derived('schedules', 'SC-4')]);
    expect(hours).toEqual({ byday: 'TU', opens_at: '09:00', closes_at: '11:30', valid_from: '2026-01-01' });
    const [org] = await query(referralsDb, 'SELECT tax_code, runts_number, runts_section, legal_form FROM organisations WHERE id = $1', [derived('organizations', 'ORG-A')]);
    expect(org).toEqual({ tax_code: '09876543210', runts_number: 'RUNTS-4410', runts_section: 'c', legal_form: 'cooperativa sociale di tipo A' });
  });

  it('the same package again, as JSON through GraphQL, changes nothing and says so', async () => {
    const res = await gql<{ importDirectory: ImportResultV1 & { report: Report } }>(
      gateway,
      `mutation($c: String!) { importDirectory(format: "hsds-tabular", content: $c) { ${REPORT} } }`,
      { c: JSON.stringify(fixtureFiles()) },
      admin,
    );
    expect(res.errors).toBeUndefined();
    const t = Object.fromEntries(res.data!.importDirectory.report.tables.map((x) => [x.table, x]));
    for (const table of ['organizations', 'services', 'locations', 'service_at_locations', 'phones', 'schedules', 'taxonomy_terms']) {
      expect({ table, created: t[table].created, updated: t[table].updated }).toEqual({ table, created: 0, updated: 0 });
    }
    expect(t.services.unchanged).toBe(4);
  });

  it('HSDS JSON objects (services with their nested organisation, places, hours and phones) land every valid row', async () => {
    const res = await gql<{ importDirectory: ImportResultV1 & { report: Report } }>(
      gateway,
      `mutation($c: String!) { importDirectory(format: "hsds-objects", content: $c, source: "solidarieta") { ${REPORT} } }`,
      { c: readFileSync(join(FIXTURES, 'hsds-objects.json'), 'utf8') },
      admin,
    );
    expect(res.errors).toBeUndefined();
    const out = res.data!.importDirectory;
    expect(out).toMatchObject({ imported: true, organisations: 1, services: 2 });
    expect(rowOf(out.report, '[2]')).toMatchObject({ status: 'refused', id: 'not-a-uuid-service', fields: [expect.objectContaining({ field: 'organization_id' })] });
    const counts = Object.fromEntries(out.report.tables.map((x) => [x.table, x]));
    expect(counts.locations).toMatchObject({ created: 2 });
    expect(counts.service_at_locations).toMatchObject({ created: 3 });
    expect(counts.phones).toMatchObject({ created: 4 });
    expect(counts.schedules).toMatchObject({ created: 3 });
    // UUIDs are kept as they are; a contact's phone is kept, the contact's name (a person) is not.
    const caregiver = '7d1b9f6a-5c61-4c9e-9a53-0b0a2b7f1002';
    const [svc] = await query<{ needs: string[]; capacity_available: number; capacity_maximum: number; capacity_unit: string; capacity_status: string }>(
      referralsDb, 'SELECT needs, capacity_available, capacity_maximum, capacity_unit, capacity_status FROM services WHERE id = $1', ['7d1b9f6a-5c61-4c9e-9a53-0b0a2b7f1001'],
    );
    expect(svc).toEqual({ needs: [], capacity_available: 4, capacity_maximum: 12, capacity_unit: 'colloqui', capacity_status: 'capacity' });
    expect((await query<{ needs: string[] }>(referralsDb, 'SELECT needs FROM services WHERE id = $1', [caregiver]))[0].needs).toEqual([Need.ELDERLY_CARE]);
    expect(await query(referralsDb, `SELECT 1 FROM phones WHERE number = '333 123 4567' AND service_id = $1`, ['7d1b9f6a-5c61-4c9e-9a53-0b0a2b7f1001'])).toHaveLength(1);
    const tables = ['organisations', 'services', 'locations', 'service_at_locations', 'phones', 'schedules', 'taxonomy_terms'];
    const everything = JSON.stringify(await Promise.all(tables.map((t) => query(referralsDb, `SELECT * FROM ${t}`))));
    expect(everything).not.toContain('Mario Bianchi');
  });

  it("the ADMIN maps a foreign term to a need: every service carrying it gets the need at once, and a re-import keeps the mapping", async () => {
    const terms = await gql<{ taxonomyTerms: { nodes: { id: string; code: string; need: string | null; services: number }[] } }>(gateway, '{ taxonomyTerms(mapped: false, first: 100) { nodes { id code need services } } }', {}, admin);
    expect(terms.errors).toBeUndefined();
    const pasti = terms.data!.taxonomyTerms.nodes.find((n) => n.code === 'PASTI')!;
    expect(pasti).toMatchObject({ need: null, services: 2 });
    const mapped = await gql<{ mapTaxonomyTerm: { servicesUpdated: number; term: { need: string } } }>(
      gateway, 'mutation($t: ID!) { mapTaxonomyTerm(termId: $t, need: FOOD) { servicesUpdated unrouted term { need } } }', { t: pasti.id }, admin,
    );
    expect(mapped.errors).toBeUndefined();
    expect(mapped.data!.mapTaxonomyTerm).toMatchObject({ servicesUpdated: 2, term: { need: 'FOOD' } });
    const needs = await query<{ id: string; needs: string[] }>(referralsDb, 'SELECT id, needs FROM services WHERE id = ANY($1::uuid[]) ORDER BY id', [[derived('services', 'S-1'), derived('services', 'S-3')]]);
    expect(Object.fromEntries(needs.map((n) => [n.id, n.needs]))).toEqual({ [derived('services', 'S-1')]: [Need.LONELINESS, Need.FOOD], [derived('services', 'S-3')]: [Need.FOOD] });
    // Another municipality's ADMIN cannot touch this mapping.
    const foreign = await gql(gateway, 'mutation($t: ID!) { mapTaxonomyTerm(termId: $t, need: HOUSING) { servicesUpdated } }', { t: pasti.id }, await tokenFor({ role: Role.ADMIN, municipality: '015093' }));
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // A re-import keeps the ADMIN's mapping.
    await gql(gateway, `mutation($c: String!) { importDirectory(format: "hsds-tabular", content: $c) { imported } }`, { c: JSON.stringify(fixtureFiles()) }, admin);
    expect((await query<{ need: string }>(referralsDb, 'SELECT need FROM taxonomy_terms WHERE id = $1', [pasti.id]))[0].need).toBe('FOOD');
  });

  it('/hsds/services/{id} and /hsds/service_at_locations carry places, hours and phones, and validate against the HSDS 3.0 schemas', async () => {
    const one = await http().get(`/hsds/services/${derived('services', 'S-1')}`);
    expect(one.status).toBe(200);
    const validate = validator('compiled/service.json');
    expect({ ok: validate(one.body), errors: validate.errors }).toEqual({ ok: true, errors: null });
    expect(one.body.phones.map((p: { number: string }) => p.number)).toEqual(['02 6600 1001']);
    expect(one.body.schedules[0]).toMatchObject({ byday: 'MO,WE,FR', opens_at: '09:00', closes_at: '12:00' });
    expect(one.body.organization.phones.map((p: { number: string }) => p.number)).toEqual(['02 6600 1000']);
    const crocetta = one.body.service_at_locations.find((s: { location: { name: string } }) => s.location.name === 'Punto pasti Crocetta');
    expect(crocetta.phones[0].number).toBe('333 000 1111');
    expect(crocetta.schedules[0]).toMatchObject({ byday: 'TU,TH', opens_at: '14:30' });
    expect(crocetta.location.addresses[0]).toMatchObject({ address_1: 'Via Crocetta 30', city: 'Cinisello Balsamo', postal_code: '20092', state_province: 'MI' });
    expect(crocetta.location).toMatchObject({ latitude: 45.5446, longitude: 9.2091 });
    expect(one.body.eligibility_description).toMatch(/sopra i 65 anni/);

    // Lists: an HSDS page (openapi.json Page) whose contents are each valid against the list's item schema.
    const page = validator('page.json');
    for (const [path, item] of [['/hsds/service_at_locations?per_page=100', 'compiled/service_at_location_list.json'], ['/hsds/services?per_page=100', 'compiled/service_list.json']] as const) {
      const list = await http().get(path);
      expect(list.status).toBe(200);
      expect({ path, ok: page(list.body), errors: page.errors }).toEqual({ path, ok: true, errors: null });
      const validate = validator(item);
      for (const c of list.body.contents) expect({ path, id: c.id, ok: validate(c), errors: validate.errors }).toEqual({ path, id: c.id, ok: true, errors: null });
      expect(list.body.total_items).toBeGreaterThanOrEqual(8);
    }
    // Other publishers' terms are kept as they are: on the service, in the lists, as a filter.
    const pasti = derived('taxonomy_terms', 'TT-1');
    expect(one.body.attributes.map((a: { taxonomy_term_id: string }) => a.taxonomy_term_id)).toContain(pasti);
    const byTerm = (await http().get(`/hsds/services?taxonomy_term_id=${pasti}&per_page=100`)).body as { contents: { id: string }[] };
    expect(byTerm.contents.map((c) => c.id).sort()).toEqual([derived('services', 'S-1'), derived('services', 'S-3')].sort());
    const terms = (await http().get('/hsds/taxonomy_terms?per_page=100')).body as { contents: { id: string; name: string }[] };
    expect(terms.contents.find((c) => c.id === pasti)?.name).toBe('Pasti e alimentazione');
    const termSchema = validator('taxonomy_term.json');
    for (const c of terms.contents) expect({ id: c.id, ok: termSchema(c), errors: termSchema.errors }).toEqual({ id: c.id, ok: true, errors: null });
    const taxonomies = (await http().get('/hsds/taxonomies')).body as { contents: { name: string }[] };
    expect(taxonomies.contents.map((c) => c.name)).toEqual(expect.arrayContaining(['prossimo-needs', 'Catalogo ambito Nord Milano']));
    const places = (await http().get('/hsds/service_at_locations?per_page=100')).body.contents as { location: { phones: unknown[]; schedules: unknown[] }; phones: unknown[]; schedules: unknown[] }[];
    expect(places.filter((p) => p.phones.length + p.schedules.length + p.location.phones.length + p.location.schedules.length > 0).length).toBeGreaterThanOrEqual(4);
  });

  let exported: Record<string, string>;

  it('the export is an HSDS 3.0 tabular data package: every file a table of the specification, every row valid against its schema', async () => {
    const res = await http().get(`/hsds/export.zip?municipality=${DEMO_MUNICIPALITY}`).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const files = unzipSync(new Uint8Array(res.body as Buffer));
    exported = Object.fromEntries(Object.entries(files).map(([k, v]) => [k, new TextDecoder().decode(v)]));
    const pkg = JSON.parse(exported['datapackage.json']) as { resources: { name: string; path: string; schema: { fields: { name: string }[] } }[] };
    const schemas = schemaByPath();
    expect(Object.keys(exported).sort()).toEqual(['datapackage.json', ...pkg.resources.map((r) => r.path)].sort());
    const units = new Map(readCsv(exported['units.csv']).map((u) => [u.id, u]));
    let checked = 0;
    for (const resource of pkg.resources) {
      const spec = schemas.get(resource.path);
      expect({ path: resource.path, known: !!spec, name: resource.name }).toEqual({ path: resource.path, known: true, name: resource.path === 'units.csv' ? 'unit' : resource.name });
      const validate = validator(spec!.file);
      const columns = resource.schema.fields.map((f) => f.name);
      // Every column is a field of the specification (services.csv adds Prossimo's capacity_status).
      expect(columns.filter((c) => !(c in spec!.schema.properties) && !(resource.path === 'services.csv' && c === 'capacity_status'))).toEqual([]);
      for (const row of readCsv(exported[resource.path])) {
        const obj: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(row)) {
          if (v === '') continue;
          obj[k] = spec!.schema.properties[k]?.type === 'number' ? Number(v) : v;
        }
        // service_capacity's unit is a table of its own in the tabular form.
        if (resource.path === 'service_capacity.csv') obj.unit = { id: row.unit_id, name: units.get(row.unit_id)?.name };
        expect({ path: resource.path, id: row.id, ok: validate(obj), errors: validate.errors }).toEqual({ path: resource.path, id: row.id, ok: true, errors: null });
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(exported['services.csv']).toContain('Pasti a domicilio');
    expect(exported['services.csv']).toContain(DEMO_ORGANISATION.id);
  });

  it('an export re-imported into an empty directory gives the same directory', async () => {
    const rpc = await TestRpcClient.connect(TEST_NATS_URL, emptyRoot);
    try {
      const emptyAdmin = await tokenFor({ role: Role.ADMIN, municipality: DEMO_MUNICIPALITY });
      const before = await rpc.call<HsdsExportFilesV1>(REQUEST_PATTERNS.referrals.hsdsExport, { municipality: DEMO_MUNICIPALITY });
      expect(readCsv(before.files['services.csv'])).toEqual([]);
      const neighbourhoods = DEMO_NEIGHBOURHOODS.features.map((f) => ({ code: f.properties.code, name: f.properties.name }));
      const result = await rpc.call<ImportResultV1>(REQUEST_PATTERNS.referrals.importHsds, { format: 'hsds-tabular', content: JSON.stringify(exported), neighbourhoods }, emptyAdmin);
      expect(result.problems).toEqual([]);
      const after = await rpc.call<HsdsExportFilesV1>(REQUEST_PATTERNS.referrals.hsdsExport, { municipality: DEMO_MUNICIPALITY });
      for (const path of Object.keys(exported).filter((p) => p.endsWith('.csv'))) {
        expect({ path, csv: after.files[path] }).toEqual({ path, csv: exported[path] });
      }
    } finally {
      await rpc.close();
    }
  });

  it('refuses what is not an HSDS file, naming the field, and is for ADMIN only', async () => {
    const bad = await http().post('/admin/directory-import?format=hsds-tabular').set('authorization', `Bearer ${admin}`).set('content-type', 'application/zip').send(Buffer.from('PK\u0003\u0004 broken'));
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'content' });
    const noFormat = await http().post('/admin/directory-import').set('authorization', `Bearer ${admin}`).send('x');
    expect(noFormat.body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'format' });
    const operator = await tokenFor({ role: Role.ORG_OPERATOR, municipality: DEMO_MUNICIPALITY, organisationId: DEMO_ORGANISATION.id });
    expect((await http().post('/admin/directory-import?format=hsds-objects').set('authorization', `Bearer ${operator}`).send('[]')).status).toBe(403);
    expect((await http().post('/admin/directory-import?format=hsds-objects').send('[]')).status).toBe(401);
    const notJson = await gql(gateway, 'mutation { importDirectory(format: "hsds-objects", content: "{nope") { imported problems { field } } }', {}, admin);
    expect(notJson.data?.importDirectory).toMatchObject({ imported: false, problems: [{ field: 'content' }] });
  });
});
