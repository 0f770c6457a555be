import { randomUUID } from 'node:crypto';
import { INestApplication, INestMicroservice } from '@nestjs/common';
import request from 'supertest';
import { Role } from '@prossimo/contracts';
import { DEMO_ANTENNAS, DEMO_DIRECTORY_SERVICES, DEMO_MUNICIPALITY, DEMO_ORGANISATION, DEMO_ORGANISATIONS, DEMO_SERVICES } from '@prossimo/demo';
import { loadSettings, startService } from '@prossimo/platform';
import { TEST_KEYS, TEST_NATS_URL, cloneDatabase, deleteTestStreams, dropDatabase, gql, query, startTestGateway, tokenFor, uniqueRoot } from '@prossimo/testing';
import { AntennasModule } from '../../antennas/src/antennas.module';
import { AntennasSettings } from '../../antennas/src/config/antennas.env';
import { runAntennasDemoSeed } from '../../antennas/src/demo/demo.seed';
import { ReferralsSettings } from '../../referrals/src/config/referrals.env';
import { runReferralsDemoSeed } from '../../referrals/src/demo/demo.seed';
import { ReferralsModule } from '../../referrals/src/referrals.module';
import { solveProofOfWork } from '../../../test/support/proof-of-work';

const APPLY = 'mutation($i: ApplyAsProximityPointInput!) { applyAsProximityPoint(input: $i) { id name neighbourhoodCode receivedAt } }';

/**
 * Issue 15, what a resident reaches with no login, end to end over real NATS to real antennas and
 * referrals services (with the demo's whole directory): the catalogue and a service's page, a
 * proximity point's page, the street gazetteer, and the offer to become a proximity point with
 * its anti-abuse checks (the proof of work, the honeypot, the limit per address); the
 * administration then sees the application, with the applicant's contact, among the PROPOSED
 * antennas — and nobody else ever does.
 */
describe('the public pages: catalogue, proximity points, gazetteer, applications (real services, PostgreSQL and NATS)', () => {
  const root = uniqueRoot('public');
  let referralsDb: string;
  let antennasDb: string;
  let gatewayDb: string;
  let referrals: INestMicroservice;
  let antennas: INestMicroservice;
  let gateway: INestApplication;
  let admin: string;

  beforeAll(async () => {
    [referralsDb, antennasDb, gatewayDb] = await Promise.all([cloneDatabase('referrals'), cloneDatabase('antennas'), cloneDatabase('gateway')]);
    const common = { NATS_URL: TEST_NATS_URL, SUBJECT_ROOT: root, AUTH_PUBLIC_KEY: TEST_KEYS.publicKey, LOG_LEVEL: 'silent' };
    const rs = loadSettings(ReferralsSettings, { ...common, DATABASE_URL: referralsDb, SLA_SWEEP_INTERVAL_MS: '0', MAIL_SWEEP_INTERVAL_MS: '0' });
    const as = loadSettings(AntennasSettings, { ...common, DATABASE_URL: antennasDb });
    referrals = await startService(ReferralsModule.register(rs), rs, 'referrals');
    antennas = await startService(AntennasModule.register(as), as, 'antennas');
    await runReferralsDemoSeed(referralsDb, root, { network: true });
    await runAntennasDemoSeed(antennasDb, root);
    gateway = await startTestGateway(gatewayDb, root, { RATE_LIMIT_PER_ADDRESS: '100000', APPLICATION_POW_BITS: '8', APPLICATIONS_PER_ADDRESS_PER_HOUR: '6' });
    admin = await tokenFor({ role: Role.ADMIN, municipality: DEMO_MUNICIPALITY });
  });

  afterAll(async () => {
    await gateway?.close();
    await referrals?.close();
    await antennas?.close();
    await deleteTestStreams(root);
    for (const url of [referralsDb, antennasDb, gatewayDb]) if (url) await dropDatabase(url);
  });

  it('the demo directory: fifteen organisations and thirty services, seeded once', async () => {
    const [{ orgs, services, places, phones, schedules }] = await query<{ orgs: number; services: number; places: number; phones: number; schedules: number }>(
      referralsDb,
      `SELECT (SELECT count(*)::int FROM organisations) AS orgs, (SELECT count(*)::int FROM services) AS services, (SELECT count(*)::int FROM service_at_locations) AS places,
              (SELECT count(*)::int FROM phones) AS phones, (SELECT count(*)::int FROM schedules) AS schedules`,
    );
    expect({ orgs, services }).toEqual({ orgs: 1 + DEMO_ORGANISATIONS.length, services: DEMO_SERVICES.length + DEMO_DIRECTORY_SERVICES.length });
    expect(orgs).toBeGreaterThanOrEqual(15);
    expect(services).toBeGreaterThanOrEqual(30);
    expect(places).toBeGreaterThanOrEqual(25);
    expect(phones).toBeGreaterThanOrEqual(15);
    expect(schedules).toBeGreaterThanOrEqual(20);
    expect((await runReferralsDemoSeed(referralsDb, root, { network: true })).network).toEqual({ organisations: 0, services: 0, places: 0 });
    // In Crocetta only Il Ponte takes referrals among the RUNTS organisations (the demo's walkthroughs stay predictable).
    const crocetta = await query<{ name: string }>(
      referralsDb,
      `SELECT DISTINCT o.name FROM services s JOIN organisations o ON o.id = s.organisation_id JOIN service_areas a ON a.service_id = s.id
        WHERE a.neighbourhood_code = 'crocetta' AND o.runts_number IS NOT NULL AND cardinality(s.needs) > 0`,
    );
    expect(crocetta.map((c) => c.name)).toEqual(['Cooperativa Sociale Il Ponte']);
  });

  it('the catalogue: by need, neighbourhood, words and "available now", paginated, with no token', async () => {
    const Q = `query($m: String, $n: Need, $h: String, $s: String, $a: Boolean, $f: Int, $after: String) {
      catalogue(municipality: $m, need: $n, neighbourhoodCode: $h, search: $s, availableNow: $a, first: $f, after: $after) {
        nodes { id name organisationName needs neighbourhoodCodes availableNow routable capacityStatus places { name address } } pageInfo { hasNextPage endCursor } } }`;
    type Page = { catalogue: { nodes: { id: string; name: string; organisationName: string; needs: string[]; neighbourhoodCodes: string[]; availableNow: boolean; routable: boolean; capacityStatus: string; places: { name: string }[] }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
    const all: Page['catalogue']['nodes'] = [];
    let after: string | null = null;
    do {
      const r: Awaited<ReturnType<typeof gql<Page>>> = await gql<Page>(gateway, Q, { m: DEMO_MUNICIPALITY, f: 10, after });
      expect(r.errors).toBeUndefined();
      all.push(...r.data!.catalogue.nodes);
      after = r.data!.catalogue.pageInfo.hasNextPage ? r.data!.catalogue.pageInfo.endCursor : null;
    } while (after);
    expect(all.length).toBe(DEMO_SERVICES.length + DEMO_DIRECTORY_SERVICES.length);
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
    const food = await gql<Page>(gateway, Q, { m: DEMO_MUNICIPALITY, n: 'FOOD', h: 'bettola', f: 100 });
    expect(food.data!.catalogue.nodes.every((s) => s.needs.includes('FOOD') && s.neighbourhoodCodes.includes('bettola'))).toBe(true);
    expect(food.data!.catalogue.nodes.map((s) => s.name)).toEqual(expect.arrayContaining(['Pacco alimentare mensile', 'Frutta e verdura del mercoledì']));
    const now = await gql<Page>(gateway, Q, { m: DEMO_MUNICIPALITY, n: 'FOOD', h: 'bettola', a: true, f: 100 });
    expect(now.data!.catalogue.nodes.map((s) => s.name)).not.toContain('Frutta e verdura del mercoledì');
    expect(now.data!.catalogue.nodes.every((s) => s.availableNow)).toBe(true);
    const words = await gql<Page>(gateway, Q, { m: DEMO_MUNICIPALITY, s: 'spid', f: 100 });
    expect(words.data!.catalogue.nodes.map((s) => s.name)).toEqual(['Punto digitale: SPID, smartphone e prenotazioni']);
    // A service whose terms map to no need: public, not routed.
    const consultorio = all.find((s) => s.name.startsWith('Consultorio'))!;
    expect(consultorio).toMatchObject({ needs: [], routable: false });
    expect((await gql(gateway, Q, { after: 'not-a-cursor' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it("a service's page says where, when, how, for whom, for how much and whom to call", async () => {
    const id = DEMO_DIRECTORY_SERVICES.find((s) => s.name === 'Pacco alimentare mensile')!.id;
    const r = await gql<{ catalogueService: Record<string, unknown> & { places: { address: string; schedules: { byday: string; opensAt: string }[] }[]; organisation: { name: string; phones: { number: string }[] } } }>(
      gateway,
      `query($id: ID!) { catalogueService(id: $id) { name description applicationProcess eligibilityDescription feesDescription capacityStatus capacityAvailable capacityUnit
         organisation { name phones { number } } places { name address city postalCode latitude longitude schedules { byday opensAt closesAt description } phones { number } } } }`,
      { id },
    );
    expect(r.errors).toBeUndefined();
    const s = r.data!.catalogueService;
    expect(s).toMatchObject({ name: 'Pacco alimentare mensile', eligibilityDescription: expect.stringContaining('ISEE'), feesDescription: 'Gratuito.', capacityUnit: 'famiglie' });
    expect(s.organisation).toMatchObject({ name: 'Banco di Solidarietà Cinisello ODV', phones: [{ number: '02 6606 0600' }] });
    expect(s.places.map((p) => p.address).sort()).toEqual(['Via Nigozza 44', 'Via XXV Aprile 120']);
    expect(s.places.find((p) => p.address === 'Via Nigozza 44')!.schedules).toEqual([{ byday: 'SA', opensAt: '09:00', closesAt: '12:00', description: null }]);
    expect((await gql(gateway, 'query($id: ID!) { catalogueService(id: $id) { id } }', { id: randomUUID() })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('a proximity point page shows only ACTIVE listed points; the gazetteer finds streets as people type them', async () => {
    const bakery = DEMO_ANTENNAS[0];
    const r = await gql<{ proximityPoint: Record<string, unknown> }>(gateway, 'query($id: ID!) { proximityPoint(id: $id) { id name kind address openingHours publicContact neighbourhoodCode } }', { id: bakery.id });
    expect(r.data!.proximityPoint).toMatchObject({ name: bakery.name, kind: 'SHOP', address: bakery.address, neighbourhoodCode: 'crocetta' });
    for (const hidden of DEMO_ANTENNAS.filter((a) => a.status !== 'ACTIVE' || a.publicMeetingPlace === false)) {
      expect({ id: hidden.id, code: (await gql(gateway, 'query($id: ID!) { proximityPoint(id: $id) { id } }', { id: hidden.id })).errors?.[0]?.extensions?.code }).toEqual({ id: hidden.id, code: 'NOT_FOUND' });
    }
    const streets = await gql<{ streets: { name: string; neighbourhoodCode: string; lat: number }[] }>(gateway, '{ streets(municipality: "015077", search: "v. liberta 40") { name neighbourhoodCode lat lng } }');
    expect(streets.data!.streets[0]).toMatchObject({ name: 'Via Libertà', neighbourhoodCode: 'cinisello' });
    const partial = await gql<{ streets: { name: string }[] }>(gateway, '{ streets(municipality: "015077", search: "sant") { name } }');
    expect(partial.data!.streets.map((s) => s.name)).toEqual(expect.arrayContaining(["Via Sant'Eusebio", "Via Sant'Ambrogio"]));
    const info = await gql<{ publicInfo: { municipalities: string[]; mapTileUrl: string | null } }>(gateway, '{ publicInfo { municipalities mapTileUrl } }');
    expect(info.data!.publicInfo).toEqual({ municipalities: [DEMO_MUNICIPALITY], mapTileUrl: null });
  });

  describe("an organisation's operator keeps its public details current; ADMIN any", () => {
    const SERVICE_Q = `query($id: ID!) { catalogueService(id: $id) { applicationProcess eligibilityDescription feesDescription minimumAge maximumAge email url
      phones { number description } schedules { byday opensAt closesAt description } organisation { description website phones { number } }
      places { id name address city postalCode transportation schedules { byday opensAt closesAt description } } } }`;
    const UPDATE = 'mutation($i: UpdateServiceInput!) { updateService(input: $i) { id applicationProcess eligibilityDescription minimumAge } }';
    const il = DEMO_SERVICES[0];
    const base = () => ({
      id: il.id, organisationId: DEMO_ORGANISATION.id, name: il.name, status: il.status, needs: il.needs, neighbourhoodCodes: ['crocetta', 'balsamo'],
      capacityStatus: il.capacityStatus, capacityAvailable: il.capacityAvailable, capacityMaximum: il.capacityMaximum, capacityUnit: il.capacityUnit,
    });
    let operator: string;

    beforeAll(async () => {
      operator = await tokenFor({ role: Role.ORG_OPERATOR, municipality: DEMO_MUNICIPALITY, organisationId: DEMO_ORGANISATION.id });
    });

    it('the operator edits their organisation (its tax code and RUNTS kept without sending them) and a service: how, who, cost, contacts, hours, places', async () => {
      const mine = await gql<{ myOrganisation: Record<string, string | null> }>(gateway, '{ myOrganisation { id name legalForm taxCode runtsNumber runtsSection email phone website description } }', {}, operator);
      expect(mine.data!.myOrganisation).toMatchObject({ id: DEMO_ORGANISATION.id, taxCode: DEMO_ORGANISATION.taxCode });
      const org = mine.data!.myOrganisation;
      const orgUpdate = await gql(
        gateway,
        'mutation($i: UpdateOrganisationInput!) { updateOrganisation(input: $i) { id description phone } }',
        { i: { id: org.id, name: org.name, keepRegistration: true, email: org.email, phone: '02 6601 9999', website: 'https://ilponte.example/nuovo', description: 'Cooperativa di Crocetta: compagnia, emporio, ascolto.' } },
        operator,
      );
      expect(orgUpdate.errors).toBeUndefined();
      const before = await gql<{ serviceDetails: { places: { id: string; name: string }[] } }>(gateway, 'query($id: ID!) { serviceDetails(id: $id) { places { id name } } }', { id: il.id }, operator);
      expect(before.errors).toBeUndefined();
      const keptPlace = before.data!.serviceDetails.places[0];
      const r = await gql(gateway, UPDATE, {
        i: {
          ...base(),
          applicationProcess: 'Chiama il lunedì mattina', eligibilityDescription: 'Anziani soli di Crocetta e Balsamo', feesDescription: 'Gratuito', minimumAge: 70, email: 'custodi@ilponte.example', url: 'https://ilponte.example/custodi',
          phones: [{ number: '02 6601 1002', description: 'Custodi' }],
          hours: [{ days: 'MO,WE', opensAt: '09:00', closesAt: '12:00' }],
          places: [
            { id: keptPlace.id, name: keptPlace.name, address: 'Via Monte Ortigara 14', city: 'Cinisello Balsamo', postalCode: '20092', hours: [{ days: 'TU', opensAt: '15:00', closesAt: '18:00' }] },
            { name: 'Punto Custodi Balsamo', address: 'Via Marconi 20', city: 'Cinisello Balsamo', hours: [{ description: 'su appuntamento' }] },
          ],
        },
      }, operator);
      expect(r.errors).toBeUndefined();
      const page = await gql<{ catalogueService: Record<string, unknown> & { places: { id: string; address: string; schedules: unknown[] }[]; organisation: { phones: { number: string }[] } } }>(gateway, SERVICE_Q, { id: il.id });
      const svc = page.data!.catalogueService;
      expect(svc).toMatchObject({
        applicationProcess: 'Chiama il lunedì mattina', eligibilityDescription: 'Anziani soli di Crocetta e Balsamo', feesDescription: 'Gratuito', minimumAge: 70, maximumAge: null,
        email: 'custodi@ilponte.example', url: 'https://ilponte.example/custodi', phones: [{ number: '02 6601 1002', description: 'Custodi' }],
        schedules: [{ byday: 'MO,WE', opensAt: '09:00', closesAt: '12:00', description: null }],
        organisation: { description: 'Cooperativa di Crocetta: compagnia, emporio, ascolto.', website: 'https://ilponte.example/nuovo' },
      });
      expect(svc.organisation.phones[0].number).toBe('02 6601 9999');
      expect(svc.places.map((p) => p.address).sort()).toEqual(['Via Marconi 20', 'Via Monte Ortigara 14']);
      expect(svc.places.find((p) => p.id === keptPlace.id)!.schedules).toEqual([{ byday: 'TU', opensAt: '15:00', closesAt: '18:00', description: null }]);
      const [{ tax_code, runts_number }] = await query<{ tax_code: string; runts_number: string }>(referralsDb, 'SELECT tax_code, runts_number FROM organisations WHERE id = $1', [DEMO_ORGANISATION.id]);
      expect({ tax_code, runts_number }).toEqual({ tax_code: DEMO_ORGANISATION.taxCode, runts_number: DEMO_ORGANISATION.runtsNumber });
    });

    it('an update that leaves the public details out keeps them; an empty text clears one, a null age lifts the limit', async () => {
      expect((await gql(gateway, UPDATE, { i: base() }, operator)).errors).toBeUndefined();
      let svc = (await gql<{ catalogueService: Record<string, unknown> }>(gateway, SERVICE_Q, { id: il.id })).data!.catalogueService;
      expect(svc).toMatchObject({ applicationProcess: 'Chiama il lunedì mattina', minimumAge: 70 });
      expect((await gql(gateway, UPDATE, { i: { ...base(), applicationProcess: '', minimumAge: null } }, operator)).errors).toBeUndefined();
      svc = (await gql<{ catalogueService: Record<string, unknown> }>(gateway, SERVICE_Q, { id: il.id })).data!.catalogueService;
      expect(svc).toMatchObject({ applicationProcess: null, minimumAge: null, eligibilityDescription: 'Anziani soli di Crocetta e Balsamo' });
      const bad = await gql(gateway, UPDATE, { i: { ...base(), hours: [{ days: 'lunedì', opensAt: '9' }] } }, operator);
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(String(bad.errors?.[0]?.extensions?.field)).toMatch(/^input\.hours/);
    });

    it('detailsOnly changes the public details alone: what was sent for capacity, needs or areas is not applied (a place a referral took meanwhile is not undone)', async () => {
      const [before] = await query<{ capacity_available: number; needs: string[] }>(referralsDb, 'SELECT capacity_available, needs FROM services WHERE id = $1', [il.id]);
      const r = await gql(gateway, UPDATE, { i: { ...base(), detailsOnly: true, capacityAvailable: 1, needs: ['FOOD'], neighbourhoodCodes: ['bettola'], feesDescription: 'Gratuito per tutti' } }, operator);
      expect(r.errors).toBeUndefined();
      const [after] = await query<{ capacity_available: number; needs: string[]; fees_description: string }>(referralsDb, 'SELECT capacity_available, needs, fees_description FROM services WHERE id = $1', [il.id]);
      expect(after).toEqual({ capacity_available: before.capacity_available, needs: before.needs, fees_description: 'Gratuito per tutti' });
      const areas = await query(referralsDb, `SELECT 1 FROM service_areas WHERE service_id = $1 AND neighbourhood_code = 'bettola'`, [il.id]);
      expect(areas).toEqual([]);
      // A service no need maps to (the consultorio) takes its details too.
      const cons = DEMO_DIRECTORY_SERVICES.find((s) => s.name.startsWith('Consultorio'))!;
      const byAdmin = await gql(gateway, UPDATE, { i: { id: cons.id, organisationId: cons.organisationId, name: cons.name, status: cons.status, needs: [], neighbourhoodCodes: [], capacityStatus: cons.capacityStatus, detailsOnly: true, eligibilityDescription: 'Famiglie del distretto' } }, admin);
      expect(byAdmin.errors).toBeUndefined();
    });

    it("another organisation's service is not the operator's to read or change; the ADMIN changes any of the municipality's", async () => {
      const caritas = DEMO_DIRECTORY_SERVICES.find((s) => s.name === 'Mensa del giovedì')!;
      expect((await gql(gateway, 'query($id: ID!) { serviceDetails(id: $id) { id } }', { id: caritas.id }, operator)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const input = {
        id: caritas.id, organisationId: caritas.organisationId, name: caritas.name, status: caritas.status, needs: caritas.needs, neighbourhoodCodes: ['crocetta'],
        capacityStatus: caritas.capacityStatus, eligibilityDescription: 'Chiunque, senza prenotare',
      };
      expect((await gql(gateway, UPDATE, { i: input }, operator)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const byAdmin = await gql(gateway, UPDATE, { i: input }, admin);
      expect(byAdmin.errors).toBeUndefined();
      expect((await gql<{ catalogueService: { eligibilityDescription: string } }>(gateway, SERVICE_Q, { id: caritas.id })).data!.catalogueService.eligibilityDescription).toBe('Chiunque, senza prenotare');
      const details = await gql<{ serviceDetails: { name: string } }>(gateway, 'query($id: ID!) { serviceDetails(id: $id) { name } }', { id: caritas.id }, admin);
      expect(details.data!.serviceDetails.name).toBe(caritas.name);
    });
  });

  describe('offering to become a proximity point', () => {
    const base = () => ({
      id: randomUUID(), municipality: DEMO_MUNICIPALITY, name: 'Cartoleria La Matita', kind: 'SHOP', address: 'Via Garibaldi 30', neighbourhoodCode: 'cinisello',
      applicantName: 'Sara Brambilla', applicantPhone: '333 765 4321', message: 'Conosciamo tutti nel quartiere', consent: true,
    });
    const solved = async () => {
      const c = await gql<{ applicationChallenge: { id: string; bits: number } }>(gateway, '{ applicationChallenge { id bits expiresAt } }');
      return { challenge: c.data!.applicationChallenge.id, proof: solveProofOfWork(c.data!.applicationChallenge.id, c.data!.applicationChallenge.bits) };
    };
    let applied: string;

    it('with a solved check, becomes a PROPOSED antenna; the administration sees who applied, nobody else does', async () => {
      const input = { ...base(), ...(await solved()), position: { lat: 45.5525, lng: 9.2120 } };
      const r = await gql<{ applyAsProximityPoint: { id: string; name: string } }>(gateway, APPLY, { i: input });
      expect(r.errors).toBeUndefined();
      expect(r.data!.applyAsProximityPoint).toMatchObject({ id: input.id, name: 'Cartoleria La Matita', neighbourhoodCode: 'cinisello' });
      expect(JSON.stringify(r.data)).not.toContain('333 765 4321');
      applied = input.id;
      // A retry with the same content answers the same receipt.
      expect((await gql(gateway, APPLY, { i: input })).errors).toBeUndefined();
      const list = await gql<{ antennas: { nodes: { id: string; status: string; application: { applicantName: string; applicantPhone: string; message: string; positionApproximate: boolean } | null }[] } }>(
        gateway, '{ antennas(status: [PROPOSED], first: 100) { nodes { id status application { applicantName applicantPhone applicantEmail message positionApproximate appliedAt } } } }', {}, admin,
      );
      expect(list.errors).toBeUndefined();
      expect(list.data!.antennas.nodes.find((a) => a.id === applied)).toMatchObject({
        status: 'PROPOSED', application: { applicantName: 'Sara Brambilla', applicantPhone: '333 765 4321', message: 'Conosciamo tutti nel quartiere', positionApproximate: true },
      });
      // Not on the public map, and its contact in no event.
      expect((await gql(gateway, 'query($id: ID!) { proximityPoint(id: $id) { id } }', { id: applied })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const [outbox] = await query<{ payload: string }>(antennasDb, `SELECT payload::text AS payload FROM outbox WHERE payload->>'antennaId' = $1`, [applied]);
      expect(outbox.payload).not.toMatch(/Sara|333|Conosciamo/);
    });

    it('refuses a missing or wrong proof of work and a reused check, naming the field; a filled honeypot stores nothing', async () => {
      const noProof = await gql(gateway, APPLY, { i: { ...base(), challenge: 'x.y.8.z', proof: '1' } });
      expect(noProof.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.proof' });
      const check = await solved();
      const first = await gql(gateway, APPLY, { i: { ...base(), ...check, neighbourhoodCode: 'nowhere' } });
      expect(first.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'neighbourhoodCode' });
      const bot = { ...base(), ...(await solved()), website: 'http://spam.example' };
      const botAnswer = await gql<{ applyAsProximityPoint: { id: string } }>(gateway, APPLY, { i: bot });
      expect(botAnswer.data!.applyAsProximityPoint.id).toBe(bot.id);
      expect(await query(antennasDb, 'SELECT 1 FROM antennas WHERE id = $1', [bot.id])).toEqual([]);
      const noContact = await gql(gateway, APPLY, { i: { ...base(), ...(await solved()), applicantPhone: undefined } });
      expect(noContact.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    });

    it('limits applications per address (a stricter limit than the requests)', async () => {
      const over = await gql(gateway, APPLY, { i: { ...base(), ...(await solved()) } });
      expect(over.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      const res = await request(gateway.getHttpServer()).post('/graphql').set('content-type', 'application/json').send({ query: APPLY, variables: { i: { ...base(), ...(await solved()) } } });
      expect(res.status).toBe(429);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    });
  });
});
