import { randomUUID } from 'node:crypto';
import { INestApplication, INestMicroservice } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLObjectType } from 'graphql';
import { AgeBand, Need, Role, REQUEST_PATTERNS, Urgency } from '@prossimo/contracts';
import { DEMO_ANTENNAS, DEMO_BAKERY_ID, DEMO_MUNICIPALITY, DEMO_NEIGHBOURHOODS, DEMO_ORGANISATION, DEMO_SERVICES } from '@prossimo/demo';
import { loadSettings, startService } from '@prossimo/platform';
import {
  TEST_KEYS, TEST_NATS_URL, TestEventBus, TestRpcClient, cloneDatabase, deleteTestStreams, dropDatabase, gql, query, startTestGateway, tokenFor, uniqueRoot, waitFor,
} from '@prossimo/testing';
import { AntennasModule } from '../../antennas/src/antennas.module';
import { AntennasSettings } from '../../antennas/src/config/antennas.env';
import { runAntennasDemoSeed } from '../../antennas/src/demo/demo.seed';
import { ReferralsSettings } from '../../referrals/src/config/referrals.env';
import { runReferralsDemoSeed } from '../../referrals/src/demo/demo.seed';
import { ReferralsModule } from '../../referrals/src/referrals.module';

const OTHER_MUN = '015146';
const OTHER_ORG = '0f000000-0000-4000-8000-0000000000f9';
const OTHER_SVC = '5e000000-0000-4000-8000-0000000000f9';
/** A hash-shaped secret stored with every account: it must never come out of the API. */
const HASH = '$argon2id$v=19$m=65536,t=3,p=4$dGVzdHNhbHQ$dGVzdGhhc2hkb25vdGxlYWs';
const ACCOUNTS = [
  { id: randomUUID(), email: 'zeta-admin@comune.example', displayName: 'Zeta Amministrazione', role: Role.ADMIN, municipality: DEMO_MUNICIPALITY },
  { id: randomUUID(), email: 'antenna@comune.example', displayName: 'Antenna Forno', role: Role.ANTENNA, municipality: DEMO_MUNICIPALITY, antennaId: DEMO_BAKERY_ID },
  { id: randomUUID(), email: 'op@comune.example', displayName: 'Beppe Operatore', role: Role.ORG_OPERATOR, municipality: DEMO_MUNICIPALITY, organisationId: DEMO_ORGANISATION.id },
  { id: randomUUID(), email: 'altrove@altro.example', displayName: 'Altrove Amministrazione', role: Role.ADMIN, municipality: OTHER_MUN },
];

/**
 * The gateway's new GraphQL reads, end to end over real NATS to real referrals and antennas
 * services (in this process), each with its own PostgreSQL database: accounts, myAntenna,
 * organisations, services, neighbourhoods { boundary } and referrals { nodes { dueAt } }.
 */
describe('gateway: directory, account and map views (real services, PostgreSQL and NATS)', () => {
  const root = uniqueRoot('gwdir');
  let referralsDb: string;
  let antennasDb: string;
  let gatewayDb: string;
  let referrals: INestMicroservice;
  let antennas: INestMicroservice;
  let gateway: INestApplication;
  let bus: TestEventBus;
  let now = new Date('2026-03-02T08:00:00Z');
  const clock = () => now;
  let admin: string;
  let operator: string;

  beforeAll(async () => {
    [referralsDb, antennasDb, gatewayDb] = await Promise.all([cloneDatabase('referrals'), cloneDatabase('antennas'), cloneDatabase('gateway')]);
    const common = { NATS_URL: TEST_NATS_URL, SUBJECT_ROOT: root, AUTH_PUBLIC_KEY: TEST_KEYS.publicKey, LOG_LEVEL: 'silent' };
    const rs = loadSettings(ReferralsSettings, { ...common, DATABASE_URL: referralsDb, SLA_SWEEP_INTERVAL_MS: '0', MAIL_SWEEP_INTERVAL_MS: '0' });
    const as = loadSettings(AntennasSettings, { ...common, DATABASE_URL: antennasDb });
    bus = await TestEventBus.connect(TEST_NATS_URL, root);
    referrals = await startService(ReferralsModule.register(rs, { clock }), rs, 'referrals');
    antennas = await startService(AntennasModule.register(as), as, 'antennas');
    await runReferralsDemoSeed(referralsDb, root);
    await runAntennasDemoSeed(antennasDb, root);
    for (const a of ACCOUNTS) {
      await query(
        gatewayDb,
        'INSERT INTO accounts (id, email, display_name, password_hash, role, municipality, antenna_id, organisation_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
        [a.id, a.email, a.displayName, HASH, a.role, a.municipality, a.antennaId ?? null, a.organisationId ?? null],
      );
    }
    gateway = await startTestGateway(gatewayDb, root, { RATE_LIMIT_PER_ADDRESS: '100000', RATE_LIMIT_PER_ACCOUNT: '100000' });
    admin = await tokenFor({ role: Role.ADMIN, municipality: DEMO_MUNICIPALITY, accountId: ACCOUNTS[0].id });
    operator = await tokenFor({ role: Role.ORG_OPERATOR, municipality: DEMO_MUNICIPALITY, organisationId: DEMO_ORGANISATION.id });

    // Another municipality's organisation and service, registered by its own administrator.
    const rpc = await TestRpcClient.connect(TEST_NATS_URL, root);
    try {
      const otherAdmin = await tokenFor({ role: Role.ADMIN, municipality: OTHER_MUN });
      await rpc.call(REQUEST_PATTERNS.referrals.registerOrganisation, { id: OTHER_ORG, name: 'Associazione Altrove', legalForm: 'associazione', taxCode: '91000000999', runtsNumber: 'R-999', runtsSection: 'a' }, otherAdmin);
      await rpc.call(REQUEST_PATTERNS.referrals.registerService, {
        id: OTHER_SVC, organisationId: OTHER_ORG, name: 'Aiuto lontano', status: 'active', needs: [Need.FOOD], neighbourhoodCodes: ['centro'], capacityStatus: 'capacity',
      }, otherAdmin);
    } finally {
      await rpc.close();
    }
  });

  afterAll(async () => {
    await gateway?.close();
    await referrals?.close();
    await antennas?.close();
    await bus?.close();
    await deleteTestStreams(root);
    for (const url of [referralsDb, antennasDb, gatewayDb]) if (url) await dropDatabase(url);
  });

  const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

  describe('accounts', () => {
    const Q = '{ accounts { id email displayName role municipality antennaId organisationId } }';

    it("lists only the ADMIN's municipality's accounts, by name", async () => {
      const r = await gql<{ accounts: { id: string; email: string; displayName: string; municipality: string; antennaId: string | null; organisationId: string | null }[] }>(gateway, Q, {}, admin);
      expect(r.errors).toBeUndefined();
      const mine = ACCOUNTS.filter((a) => a.municipality === DEMO_MUNICIPALITY).sort((a, b) => a.displayName.localeCompare(b.displayName));
      expect(r.data!.accounts.map((a) => a.id)).toEqual(mine.map((a) => a.id));
      expect(r.data!.accounts.find((a) => a.email === 'antenna@comune.example')).toMatchObject({ role: Role.ANTENNA, antennaId: DEMO_BAKERY_ID, organisationId: null, municipality: DEMO_MUNICIPALITY });

      const other = await gql<{ accounts: { id: string }[] }>(gateway, Q, {}, await tokenFor({ role: Role.ADMIN, municipality: OTHER_MUN }));
      expect(other.data!.accounts.map((a) => a.id)).toEqual([ACCOUNTS[3].id]);
    });

    it('has no password or hash field, and never sends the hash', async () => {
      const account = gateway.get(GraphQLSchemaHost).schema.getType('Account') as GraphQLObjectType;
      expect(Object.keys(account.getFields()).filter((f) => /pass|hash|secret/i.test(f))).toEqual([]);
      const asked = await gql(gateway, '{ accounts { id passwordHash } }', {}, admin);
      expect(asked.data).toBeUndefined();
      expect(asked.errors?.length).toBeGreaterThan(0);
      const r = await gql(gateway, Q, {}, admin);
      expect(JSON.stringify(r)).not.toContain('argon2');
    });

    it('is for ADMIN only', async () => {
      for (const token of [operator, await tokenFor({ role: Role.SOCIAL_WORKER }), await tokenFor({ role: Role.CITY_ANALYST }), await tokenFor({ role: Role.ANTENNA, antennaId: DEMO_BAKERY_ID })]) {
        expect(codeOf(await gql(gateway, Q, {}, token))).toBe('FORBIDDEN');
      }
      expect(codeOf(await gql(gateway, Q))).toBe('UNAUTHENTICATED');
    });
  });

  describe('myAntenna', () => {
    const Q = '{ myAntenna { id name neighbourhoodCode status } }';

    it("gives an ANTENNA account its own antenna, through the antennas service", async () => {
      const bakery = DEMO_ANTENNAS.find((a) => a.id === DEMO_BAKERY_ID)!;
      const r = await gql<{ myAntenna: unknown }>(gateway, Q, {}, await tokenFor({ role: Role.ANTENNA, antennaId: DEMO_BAKERY_ID }));
      expect(r.errors).toBeUndefined();
      expect(r.data!.myAntenna).toEqual({ id: DEMO_BAKERY_ID, name: bakery.name, neighbourhoodCode: 'crocetta', status: bakery.status });
      const other = DEMO_ANTENNAS[5];
      const r2 = await gql<{ myAntenna: { id: string; name: string } }>(gateway, Q, {}, await tokenFor({ role: Role.ANTENNA, antennaId: other.id }));
      expect(r2.data!.myAntenna).toMatchObject({ id: other.id, name: other.name });
    });

    it('answers NOT_FOUND for an unlinked or unknown antenna, FORBIDDEN for other roles', async () => {
      expect(codeOf(await gql(gateway, Q, {}, await tokenFor({ role: Role.ANTENNA })))).toBe('NOT_FOUND');
      expect(codeOf(await gql(gateway, Q, {}, await tokenFor({ role: Role.ANTENNA, antennaId: randomUUID() })))).toBe('NOT_FOUND');
      expect(codeOf(await gql(gateway, Q, {}, admin))).toBe('FORBIDDEN');
    });
  });

  describe('organisations and services', () => {
    const SERVICES = 'query($org: ID) { services(organisationId: $org) { id organisationId name needs neighbourhoodCodes capacityStatus capacityAvailable capacityMaximum updatedAt } }';
    type Svc = { id: string; organisationId: string; name: string; needs: Need[]; neighbourhoodCodes: string[] };

    it("lists the ADMIN's municipality's organisations only", async () => {
      const r = await gql<{ organisations: { id: string; name: string; runtsNumber: string | null }[] }>(gateway, '{ organisations { id name legalForm taxCode runtsNumber runtsSection email } }', {}, admin);
      expect(r.errors).toBeUndefined();
      expect(r.data!.organisations).toEqual([{ ...DEMO_ORGANISATION }]);
      expect(codeOf(await gql(gateway, '{ organisations { id } }', {}, operator))).toBe('FORBIDDEN');
    });

    it("lists the municipality's services for an ADMIN, optionally one organisation's", async () => {
      const all = await gql<{ services: Svc[] }>(gateway, SERVICES, {}, admin);
      expect(all.errors).toBeUndefined();
      expect(all.data!.services.map((s) => s.id).sort()).toEqual(DEMO_SERVICES.map((s) => s.id).sort());
      const pantry = all.data!.services.find((s) => s.id === DEMO_SERVICES[1].id)!;
      expect(pantry).toMatchObject({ organisationId: DEMO_ORGANISATION.id, name: DEMO_SERVICES[1].name, needs: DEMO_SERVICES[1].needs, capacityAvailable: 80, capacityMaximum: 120 });
      expect(pantry.neighbourhoodCodes).toEqual(DEMO_NEIGHBOURHOODS.features.map((f) => f.properties.code).sort());
      expect((await gql<{ services: Svc[] }>(gateway, SERVICES, { org: OTHER_ORG }, admin)).data!.services).toEqual([]);
      expect((await gql<{ services: Svc[] }>(gateway, SERVICES, { org: DEMO_ORGANISATION.id }, admin)).data!.services).toHaveLength(DEMO_SERVICES.length);
    });

    it("gives an ORG_OPERATOR its own organisation's services whatever organisationId it asks for", async () => {
      const own = await gql<{ services: Svc[] }>(gateway, SERVICES, { org: OTHER_ORG }, operator);
      expect(own.errors).toBeUndefined();
      expect(own.data!.services.map((s) => s.organisationId)).toEqual(DEMO_SERVICES.map(() => DEMO_ORGANISATION.id));
      const elsewhere = await gql<{ services: Svc[] }>(gateway, SERVICES, {}, await tokenFor({ role: Role.ORG_OPERATOR, municipality: OTHER_MUN, organisationId: OTHER_ORG }));
      expect(elsewhere.data!.services.map((s) => s.id)).toEqual([OTHER_SVC]);
      expect(codeOf(await gql(gateway, SERVICES, {}, await tokenFor({ role: Role.SOCIAL_WORKER })))).toBe('FORBIDDEN');
    });
  });

  describe('neighbourhoods { boundary }', () => {
    it('gives each neighbourhood its area as GeoJSON text (Polygon or MultiPolygon), to anyone', async () => {
      const r = await gql<{ neighbourhoods: { code: string; boundary: string | null }[] }>(gateway, `{ neighbourhoods(municipality: "${DEMO_MUNICIPALITY}") { code name boundary } }`);
      expect(r.errors).toBeUndefined();
      expect(r.data!.neighbourhoods).toHaveLength(DEMO_NEIGHBOURHOODS.features.length);
      for (const n of r.data!.neighbourhoods) {
        expect(typeof n.boundary).toBe('string');
        const geometry = JSON.parse(n.boundary!) as { type: string; coordinates: unknown[] };
        expect(['Polygon', 'MultiPolygon']).toContain(geometry.type);
        expect(geometry).toEqual(DEMO_NEIGHBOURHOODS.features.find((f) => f.properties.code === n.code)!.geometry);
      }
    });

    it('still lists them without the boundary when it is not asked for', async () => {
      const r = await gql<{ neighbourhoods: Record<string, unknown>[] }>(gateway, '{ neighbourhoods { code name population } }', {}, admin);
      expect(r.data!.neighbourhoods).toHaveLength(DEMO_NEIGHBOURHOODS.features.length);
      for (const n of r.data!.neighbourhoods) expect(Object.keys(n).sort()).toEqual(['code', 'name', 'population']);
    });
  });

  describe('referrals { nodes { dueAt } }', () => {
    const LIST = '{ referrals(first: 20) { nodes { id status dueAt } } }';
    type Node = { id: string; status: string; dueAt: string | null };
    const nodeOf = async (id: string): Promise<Node> => {
      const r = await gql<{ referrals: { nodes: Node[] } }>(gateway, LIST, {}, operator);
      expect(r.errors).toBeUndefined();
      return r.data!.referrals.nodes.find((n) => n.id === id)!;
    };
    const move = async (mutation: string, id: string) => {
      const r = await gql(gateway, `mutation($id: ID!) { ${mutation}(id: $id) { id status } }`, { id }, operator);
      expect(r.errors).toBeUndefined();
    };

    it('shows the acceptance deadline, then the first-contact one, then none', async () => {
      const t0 = new Date('2026-03-02T08:00:00Z');
      now = t0;
      const reportId = randomUUID();
      await bus.publish('report.submitted.v1', {
        municipality: DEMO_MUNICIPALITY, reportId, antennaId: DEMO_BAKERY_ID, ownerDeskId: randomUUID(), neighbourhoodCode: 'crocetta', needs: [Need.FOOD],
        urgency: Urgency.HIGH, ageBand: AgeBand.AGE_80_PLUS, submittedAt: t0.toISOString(),
      });
      const [{ id }] = await waitFor(async () => {
        const rows = await query<{ id: string }>(referralsDb, 'SELECT id FROM referrals WHERE report_id = $1', [reportId]);
        return rows.length === 1 ? rows : null;
      }, 20_000, 'the referral');

      expect(await nodeOf(id)).toEqual({ id, status: 'REQUESTED', dueAt: '2026-03-02T12:00:00.000Z' });
      now = new Date('2026-03-02T09:15:00Z');
      await move('acceptReferral', id);
      expect(await nodeOf(id)).toEqual({ id, status: 'ACCEPTED', dueAt: '2026-03-03T09:15:00.000Z' });
      now = new Date('2026-03-02T10:00:00Z');
      await move('startReferral', id);
      expect(await nodeOf(id)).toEqual({ id, status: 'IN_PROGRESS', dueAt: null });
    });
  });
});
