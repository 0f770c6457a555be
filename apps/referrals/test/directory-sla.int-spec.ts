import { randomUUID } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { INestMicroservice } from '@nestjs/common';
import { INestApplication } from '@nestjs/common';
import Ajv, { ValidateFunction } from 'ajv';
import request from 'supertest';
import addFormats from 'ajv-formats';
import { AgeBand, ErrorCode, ImportResultV1, Need, REQUEST_PATTERNS, ReferralStatus, ReferralStoryV1, Role, ServiceV1, Urgency } from '@prossimo/contracts';
import { loadSettings, startService } from '@prossimo/platform';
import {
  TEST_KEYS, TEST_NATS_URL, TestEventBus, TestRpcClient, cloneDatabase, deleteTestStreams, dropDatabase, gql, query, startTestGateway, tokenFor, uniqueRoot, waitFor,
} from '@prossimo/testing';
import { AlertMailer } from '../src/alerts/alert-mailer.service';
import { ReferralsSettings } from '../src/config/referrals.env';
import { runReferralsDemoSeed } from '../src/demo/demo.seed';
import { ReferralsModule } from '../src/referrals.module';
import { SlaSweeper } from '../src/sla/sla-sweeper.service';
import { SmtpSink } from './smtp-sink';

const MUN = '015077';
/** The HSDS schemas live outside the repository (../shared/hsds); HSDS_SCHEMA_DIR points elsewhere. */
const HSDS_DIR = process.env.HSDS_SCHEMA_DIR ?? join(__dirname, '..', '..', '..', '..', 'shared', 'hsds');
const BASE = 'https://hsds.test/schema/';

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

describe('directory (HSDS), SLA timers and desk alerts (real PostgreSQL, NATS and an SMTP sink)', () => {
  let dbUrl: string;
  let root: string;
  let a: INestMicroservice;
  let b: INestMicroservice;
  let rpc: TestRpcClient;
  let bus: TestEventBus;
  let sink: SmtpSink;
  let gateway: INestApplication;
  let gatewayDb: string;
  let now = new Date('2026-03-02T08:00:00Z'); // a Monday, 09:00 in Rome
  const clock = () => now;
  let admin: string;
  let worker: string;
  const ORG = '0f000000-0000-4000-8000-0000000000d1';
  const FOOD_A = '5e000000-0000-4000-8000-0000000000d1';
  const FOOD_B = '5e000000-0000-4000-8000-0000000000d2';
  const LONE = '5e000000-0000-4000-8000-0000000000d3';
  const schema = hsdsValidators();

  beforeAll(async () => {
    dbUrl = await cloneDatabase('referrals');
    root = uniqueRoot();
    sink = await SmtpSink.start();
    const settings = loadSettings(ReferralsSettings, {
      DATABASE_URL: dbUrl, NATS_URL: TEST_NATS_URL, SUBJECT_ROOT: root, AUTH_PUBLIC_KEY: TEST_KEYS.publicKey, LOG_LEVEL: 'silent',
      SLA_SWEEP_INTERVAL_MS: '0', MAIL_SWEEP_INTERVAL_MS: '0', SMTP_HOST: '127.0.0.1', SMTP_PORT: String(sink.port),
    });
    bus = await TestEventBus.connect(TEST_NATS_URL, root);
    a = await startService(ReferralsModule.register(settings, { clock }), settings, 'referrals');
    b = await startService(ReferralsModule.register(settings, { clock }), settings, 'referrals');
    rpc = await TestRpcClient.connect(TEST_NATS_URL, root);
    await runReferralsDemoSeed(dbUrl, root);
    await query(dbUrl, `UPDATE municipality_policies SET desk_email = 'sportello@comune.example' WHERE municipality = $1`, [MUN]);
    gatewayDb = await cloneDatabase('gateway');
    gateway = await startTestGateway(gatewayDb, root);
    admin = await tokenFor({ role: Role.ADMIN });
    worker = await tokenFor({ role: Role.SOCIAL_WORKER });
  });

  afterAll(async () => {
    await rpc?.close();
    await bus?.close();
    await a?.close();
    await b?.close();
    await gateway?.close();
    await sink?.close();
    if (gatewayDb) await dropDatabase(gatewayDb);
    await deleteTestStreams(root);
    await dropDatabase(dbUrl);
  });

  async function submit(needs: Need[], neighbourhoodCode: string, urgency = Urgency.HIGH): Promise<string> {
    const reportId = randomUUID();
    await bus.publish('report.submitted.v1', {
      municipality: MUN, reportId, antennaId: randomUUID(), ownerDeskId: randomUUID(), neighbourhoodCode, needs, urgency, ageBand: AgeBand.AGE_80_PLUS, submittedAt: now.toISOString(),
    });
    return reportId;
  }
  const referralsOf = (reportId: string) =>
    query<{ id: string; service_id: string; status: string; reason_code: string | null; match_explanation: { cause?: string } }>(dbUrl, 'SELECT * FROM referrals WHERE report_id = $1 ORDER BY created_at, id', [reportId]);

  describe('registration, import and the public HSDS directory', () => {
    it('registers an organisation and its services as ADMIN only', async () => {
      const org = { id: ORG, name: 'Associazione Il Pane', legalForm: 'organizzazione di volontariato', taxCode: '91000000001', runtsNumber: '12345', runtsSection: 'a', email: 'info@ilpane.example' };
      expect(await rpc.call(REQUEST_PATTERNS.referrals.registerOrganisation, org, admin)).toMatchObject({ id: ORG, runtsNumber: '12345' });
      expect(await rpc.callError(REQUEST_PATTERNS.referrals.registerOrganisation, org, worker)).toMatchObject({ code: ErrorCode.FORBIDDEN });
      const service = (id: string, name: string, needs: Need[], place: string, extra: Record<string, unknown> = {}) =>
        rpc.call<ServiceV1>(REQUEST_PATTERNS.referrals.registerService, { id, organisationId: ORG, name, status: 'active', needs, neighbourhoodCodes: [place], capacityStatus: 'capacity', capacityAvailable: 3, capacityMaximum: 10, capacityUnit: 'pacchi', ...extra }, admin);
      expect(await service(FOOD_A, 'Pacchi A', [Need.FOOD], 'quartiere-sla', { address: 'Via Roma 1, Cinisello Balsamo' })).toMatchObject({ neighbourhoodCodes: ['quartiere-sla'], capacityMaximum: 10 });
      await service(FOOD_B, 'Pacchi B', [Need.FOOD], 'quartiere-sla');
      await service(LONE, 'Telefonata amica', [Need.LONELINESS], 'quartiere-uno');
      expect(await rpc.callError(REQUEST_PATTERNS.referrals.registerService, { id: randomUUID(), organisationId: ORG, name: 'Servizio', status: 'closed', needs: [Need.FOOD], neighbourhoodCodes: ['a'], capacityStatus: 'capacity' }, admin)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'status' });
    });

    it('imports nothing from a broken CSV and names every bad row by line and field', async () => {
      const header = 'organization_id,organization_name,legal_status,tax_id,runts_number,runts_section,organization_email,service_id,service_name,status,needs,neighbourhoods,capacity_status,capacity_available,capacity_maximum,capacity_unit';
      const org = `${randomUUID()},Coop Uno,cooperativa sociale,91000000002,R-1,a,`;
      const csv = [
        header,
        `${org},${randomUUID()},Doposcuola,active,youth-at-risk,crocetta;bettola,capacity,2,5,posti`,
        `${org},${randomUUID()},Sportello,chiuso,work,crocetta,capacity,,,`,
        `${org},${randomUUID()},"Mensa, serale",active,cibo,crocetta,capacity,,,`,
        `${randomUUID()},Coop Due,cooperativa sociale,123,,,,${randomUUID()},Casa,active,housing,crocetta,waitlist,,,`,
      ].join('\n');
      const before = await query(dbUrl, 'SELECT count(*)::int AS n FROM services');
      const result = await rpc.call<ImportResultV1>(REQUEST_PATTERNS.referrals.importDirectory, { format: 'csv', content: csv }, admin);
      expect(result.imported).toBe(false);
      expect(result.problems.map((p) => [p.line, p.field])).toEqual([[3, 'status'], [4, 'needs'], [5, 'tax_id']]);
      expect(await query(dbUrl, 'SELECT count(*)::int AS n FROM services')).toEqual(before);
      expect(await query(dbUrl, `SELECT 1 FROM organisations WHERE tax_code = '91000000002'`)).toHaveLength(0);

      const good = [header, `${org},${randomUUID()},Doposcuola,active,youth-at-risk,crocetta;bettola,capacity,2,5,posti`].join('\r\n');
      expect(await rpc.call<ImportResultV1>(REQUEST_PATTERNS.referrals.importDirectory, { format: 'csv', content: good }, admin)).toEqual({ imported: true, organisations: 1, services: 1, problems: [] });
    });

    it('imports nothing from a broken HSDS JSON package', async () => {
      const orgId = randomUUID();
      const pkg = {
        organizations: [{ id: orgId, name: 'Banco Amico', description: 'x', legal_status: 'associazione', tax_id: '91000000003', organization_identifiers: [{ identifier_scheme: 'RUNTS', identifier_type: 'sezione b', identifier: 'R-9' }] }],
        services: [
          { id: randomUUID(), organization_id: orgId, name: 'Spesa sospesa', status: 'active', attributes: [{ taxonomy_term: { code: 'food' } }], service_areas: [{ name: 'crocetta' }], capacity_status: 'waitlist', capacities: [{ available: 0, maximum: 4, unit: { name: 'famiglie' } }] },
          { id: randomUUID(), organization_id: randomUUID(), name: 'Orfano', status: 'active', attributes: [{ taxonomy_term: { code: 'food' } }], service_areas: [{ name: 'crocetta' }], capacity_status: 'capacity' },
          { id: 'not-a-uuid', organization_id: orgId, name: 'Rotto', status: 'active', attributes: [], service_areas: [{ name: 'crocetta' }], capacity_status: 'capacity' },
        ],
      };
      const result = await rpc.call<ImportResultV1>(REQUEST_PATTERNS.referrals.importDirectory, { format: 'hsds-json', content: JSON.stringify(pkg) }, admin);
      expect(result).toMatchObject({ imported: false, organisations: 0, services: 0 });
      expect(result.problems.map((p) => [p.line, p.field])).toEqual([[2, 'services[2].organization_id'], [3, 'services[3].id']]);
      expect(await query(dbUrl, 'SELECT 1 FROM organisations WHERE id = $1', [orgId])).toHaveLength(0);
      pkg.services = pkg.services.slice(0, 1);
      expect(await rpc.call(REQUEST_PATTERNS.referrals.importDirectory, { format: 'hsds-json', content: JSON.stringify(pkg) }, admin)).toMatchObject({ imported: true, organisations: 1, services: 1 });
    });

    it('answers every public endpoint in shapes that validate against the HSDS 3.0 schemas (and 3.1 service_capacity)', async () => {
      const list = async (pattern: string, item: string, args: Record<string, unknown> = {}) => {
        const page = await rpc.call<{ contents: unknown[] }>(pattern, args);
        expect(schema('page.json')(page) ? [] : schema('page.json').errors).toEqual([]);
        const v = schema(item);
        for (const c of page.contents) expect(v(c) ? [] : v.errors).toEqual([]);
        return page as { contents: Record<string, unknown>[]; total_items: number; total_pages: number; page_number: number; size: number; empty: boolean; last_page: boolean };
      };
      const services = await list(REQUEST_PATTERNS.referrals.hsdsServices, 'compiled/service_list.json', { per_page: 2 });
      expect(services).toMatchObject({ page_number: 1, size: 2, empty: false });
      expect(services.total_pages).toBe(Math.ceil(services.total_items / 2));
      const orgs = await list(REQUEST_PATTERNS.referrals.hsdsOrganizations, 'compiled/organization_list.json');
      expect(orgs.contents.map((o) => o.id)).toContain(ORG);
      const taxonomies = await list(REQUEST_PATTERNS.referrals.hsdsTaxonomies, 'taxonomy.json');
      const terms = await list(REQUEST_PATTERNS.referrals.hsdsTaxonomyTerms, 'taxonomy_term.json', { per_page: 100 });
      expect(terms.total_items).toBe(Object.values(Need).length);
      const food = terms.contents.find((t) => t.code === 'food')!;
      expect(food.description).toContain('food-insecurity');
      const sals = await list(REQUEST_PATTERNS.referrals.hsdsServiceAtLocations, 'compiled/service_at_location_list.json');
      expect(sals.contents.map((s) => s.service_id)).toContain(FOOD_A);

      const detail = await rpc.call<Record<string, unknown> & { capacities: unknown[] }>(REQUEST_PATTERNS.referrals.hsdsService, { id: FOOD_A });
      const v = schema('compiled/service.json');
      expect(v(detail) ? [] : v.errors).toEqual([]);
      const cap = schema('service_capacity.json');
      expect(detail.capacities).toHaveLength(1);
      for (const c of detail.capacities) expect(cap(c) ? [] : cap.errors).toEqual([]);
      expect(detail).toMatchObject({ capacity_status: 'capacity', capacities: [{ available: 3, maximum: 10, unit: { name: 'pacchi' } }] });

      // Filters: by taxonomy term, neighbourhood, organisation; a foreign taxonomy matches nothing.
      const byTerm = await list(REQUEST_PATTERNS.referrals.hsdsServices, 'compiled/service_list.json', { taxonomy_term_id: food.id, neighbourhood: 'quartiere-sla', per_page: 100 });
      expect(byTerm.contents.map((s) => s.id).sort()).toEqual([FOOD_A, FOOD_B]);
      expect((await list(REQUEST_PATTERNS.referrals.hsdsServices, 'compiled/service_list.json', { organization_id: ORG })).total_items).toBe(3);
      expect((await list(REQUEST_PATTERNS.referrals.hsdsServices, 'compiled/service_list.json', { taxonomy_id: randomUUID() })).empty).toBe(true);
      expect(taxonomies.total_items).toBe(1);
      expect(await rpc.callError(REQUEST_PATTERNS.referrals.hsdsServices, { per_page: 1000 })).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'per_page' });
      expect(await rpc.callError(REQUEST_PATTERNS.referrals.hsdsService, { id: randomUUID() })).toMatchObject({ code: ErrorCode.NOT_FOUND });
      expect(JSON.stringify(services)).not.toMatch(/referral|report/i);
    });
  });

  describe('GET /hsds/ on the gateway (public REST)', () => {
    it('serves the directory without a token, in HSDS shapes, with HTTP errors', async () => {
      const http = () => request(gateway.getHttpServer());
      expect((await http().get('/hsds/').expect(200)).body).toMatchObject({ version: '3.0' });
      const list = (await http().get('/hsds/services?per_page=2&page=1').expect(200)).body as { contents: unknown[]; size: number };
      expect(schema('page.json')(list)).toBe(true);
      expect(list.size).toBe(2);
      for (const c of list.contents) expect(schema('compiled/service_list.json')(c) ? [] : schema('compiled/service_list.json').errors).toEqual([]);
      const one = (await http().get(`/hsds/services/${FOOD_A}`).expect(200)).body as unknown;
      expect(schema('compiled/service.json')(one) ? [] : schema('compiled/service.json').errors).toEqual([]);
      for (const path of ['/hsds/organizations', '/hsds/taxonomies', '/hsds/taxonomy_terms?per_page=5', '/hsds/service_at_locations']) {
        const page = (await http().get(path).expect(200)).body as unknown;
        expect(schema('page.json')(page)).toBe(true);
      }
      expect((await http().get(`/hsds/services/${randomUUID()}`).expect(404)).body).toMatchObject({ code: ErrorCode.NOT_FOUND });
      expect((await http().get('/hsds/services?per_page=1000').expect(400)).body).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'per_page' });
    });

    it('lets the desk read alerts over GraphQL, and only the desk', async () => {
      const q = '{ deskAlerts(first: 5) { nodes { id kind needs message } pageInfo { hasNextPage } } }';
      const ok = await gql(gateway, q, {}, worker);
      expect(ok.errors).toBeUndefined();
      const denied = await gql(gateway, q, {}, admin);
      expect(denied.errors?.[0]).toMatchObject({ extensions: { code: ErrorCode.FORBIDDEN } });
    });
  });

  describe('SLA with an injected clock', () => {
    it('expires an unaccepted referral, re-routes it, then alerts the owner desk in the app and by e-mail when none is left', async () => {
      const reportId = await submit([Need.FOOD], 'quartiere-sla');
      const [first] = await waitFor(async () => ((await referralsOf(reportId)).length === 1 ? referralsOf(reportId) : null), 20_000, 'first referral');
      expect(first).toMatchObject({ service_id: FOOD_A, status: ReferralStatus.REQUESTED });
      const [timer] = await query<{ due_at: Date }>(dbUrl, `SELECT due_at FROM referral_timers WHERE referral_id = $1 AND kind = 'accept'`, [first.id]);
      expect(timer.due_at).toEqual(new Date('2026-03-02T12:00:00Z')); // HIGH: 4 hours

      const sweepA = a.get(SlaSweeper);
      const sweepB = b.get(SlaSweeper);
      expect(await sweepA.sweep()).toMatchObject({ fired: 0 }); // not yet due
      now = new Date('2026-03-02T12:00:01Z');
      const [ra, rb] = await Promise.all([sweepA.sweep(), sweepB.sweep()]);
      expect(ra.expired + rb.expired).toBe(1);
      const afterFirst = await referralsOf(reportId);
      expect(afterFirst).toHaveLength(2);
      expect(afterFirst[0]).toMatchObject({ id: first.id, status: ReferralStatus.CANCELLED, reason_code: 'expired' });
      expect(afterFirst[1]).toMatchObject({ service_id: FOOD_B, status: ReferralStatus.REQUESTED, match_explanation: expect.objectContaining({ cause: 'expired' }) });
      const [cancelled] = await query<{ payload: Record<string, unknown> }>(dbUrl, `SELECT payload FROM outbox WHERE payload->>'referralId' = $1 AND subject LIKE '%.referral.cancelled.v1'`, [first.id]);
      expect(cancelled.payload).toMatchObject({ reasonCode: 'expired', from: ReferralStatus.REQUESTED, to: ReferralStatus.CANCELLED });

      now = new Date('2026-03-02T16:00:02Z');
      await Promise.all([sweepA.sweep(), sweepB.sweep()]);
      expect((await referralsOf(reportId)).map((r) => r.status)).toEqual([ReferralStatus.CANCELLED, ReferralStatus.CANCELLED]);
      const alerts = await rpc.call<{ nodes: { kind: string; needs: Need[]; emailState: string; message: string }[] }>(REQUEST_PATTERNS.referrals.alerts, { reportId }, worker);
      expect(alerts.nodes).toEqual([expect.objectContaining({ kind: 'exhausted', needs: [Need.FOOD], emailState: 'pending' })]);
      expect(alerts.nodes[0].message).toMatch(/sportello/);

      expect(await a.get(AlertMailer).sweep()).toBe(1);
      expect(sink.mails).toHaveLength(1);
      expect(sink.mails[0]).toMatchObject({ to: ['sportello@comune.example'] });
      expect(sink.mails[0].data).toContain(reportId);
      expect(await b.get(AlertMailer).sweep()).toBe(0);

      // Nothing is auto-closed: the report waits with its desk; the history tells the story.
      const stories = await rpc.call<ReferralStoryV1[]>(REQUEST_PATTERNS.referrals.reportReferrals, { reportId }, worker);
      expect(stories.map((s) => s.history.map((h) => h.to))).toEqual([[ReferralStatus.REQUESTED, ReferralStatus.CANCELLED], [ReferralStatus.REQUESTED, ReferralStatus.CANCELLED]]);
      expect(JSON.parse(stories[0].explanation)).toMatchObject({ chosen: { serviceId: FOOD_A } });
    });

    it('with two instances on one database, fires each timer exactly once', async () => {
      const N = 12;
      const reports: string[] = [];
      for (let i = 0; i < N; i++) reports.push(await submit([Need.LONELINESS], 'quartiere-uno'));
      await waitFor(async () => {
        const [{ n }] = await query<{ n: number }>(dbUrl, 'SELECT count(*)::int AS n FROM referrals WHERE report_id = ANY($1::uuid[])', [reports]);
        return n === N;
      }, 30_000, 'referrals of all reports');
      now = new Date(now.getTime() + 5 * 3_600_000);
      const sweeps = await Promise.all([a.get(SlaSweeper).sweep(), b.get(SlaSweeper).sweep()]);
      let total = sweeps.reduce((s, r) => s + r.expired, 0);
      while (total < N) {
        const more = await Promise.all([a.get(SlaSweeper).sweep(), b.get(SlaSweeper).sweep()]);
        const got = more.reduce((s, r) => s + r.expired, 0);
        if (got === 0 && more.every((r) => r.deferred === 0)) break;
        total += got;
      }
      expect(total).toBe(N);
      const cancelled = await query<{ referral_id: string; n: number }>(
        dbUrl,
        `SELECT h.referral_id, count(*)::int AS n FROM referral_history h JOIN referrals r ON r.id = h.referral_id WHERE r.report_id = ANY($1::uuid[]) AND h.to_status = 'CANCELLED' GROUP BY 1`,
        [reports],
      );
      expect(cancelled).toHaveLength(N);
      expect(cancelled.every((c) => c.n === 1)).toBe(true);
      const [{ n: alerts }] = await query<{ n: number }>(dbUrl, `SELECT count(*)::int AS n FROM alerts WHERE report_id = ANY($1::uuid[]) AND kind = 'exhausted'`, [reports]);
      expect(alerts).toBe(N);
      expect(await Promise.all([a.get(SlaSweeper).sweep(), b.get(SlaSweeper).sweep()])).toEqual([expect.objectContaining({ fired: 0 }), expect.objectContaining({ fired: 0 })]);
    });
  });
});
