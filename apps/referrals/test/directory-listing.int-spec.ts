import { randomUUID } from 'node:crypto';
import { INestMicroservice } from '@nestjs/common';
import { AgeBand, ErrorCode, Need, OrganisationV1, Page, ReferralStatus, ReferralV1, Role, REQUEST_PATTERNS, ServiceV1, Urgency } from '@prossimo/contracts';
import { loadSettings, startService } from '@prossimo/platform';
import {
  TEST_KEYS, TEST_NATS_URL, TestEventBus, TestRpcClient, cloneDatabase, deleteTestStreams, dropDatabase, query, tokenFor, uniqueRoot, waitFor,
} from '@prossimo/testing';
import { ReferralsSettings } from '../src/config/referrals.env';
import { ReferralsModule } from '../src/referrals.module';

const MUN = '015077';
const OTHER_MUN = '015146';
/** A neighbourhood only this file's services cover: the referrals made here all go to FOOD_SVC. */
const PLACE = 'quartiere-elenco';

const ORG_Z = '0f000000-0000-4000-8000-0000000000e1'; // "Zeta Solidale" (listed last)
const ORG_A = '0f000000-0000-4000-8000-0000000000e2'; // "Alfa Aiuti" (listed first)
const ORG_ELSEWHERE = '0f000000-0000-4000-8000-0000000000e3'; // another municipality's
const FOOD_SVC = '5e000000-0000-4000-8000-0000000000e1'; // ORG_Z, "Mensa di quartiere"
const HOUSE_SVC = '5e000000-0000-4000-8000-0000000000e2'; // ORG_Z, "Casa ponte"
const CARE_SVC = '5e000000-0000-4000-8000-0000000000e3'; // ORG_A, "Compagnia al telefono"
const FAR_SVC = '5e000000-0000-4000-8000-0000000000e4'; // ORG_ELSEWHERE, "Aiuto lontano"

/**
 * The directory's new listings (organisations and services, by role and municipality) and the
 * referral inbox's dueAt: the deadline of the running SLA timer, read from real timers written by
 * the real state machine under an injected clock.
 */
describe('directory listings and referral deadlines (real PostgreSQL and NATS)', () => {
  let dbUrl: string;
  let root: string;
  let sut: INestMicroservice;
  let rpc: TestRpcClient;
  let bus: TestEventBus;
  let now = new Date('2026-03-02T08:00:00Z'); // Monday 09:00 in Rome
  const clock = () => now;
  let admin: string;
  let otherAdmin: string;
  let operatorZ: string;
  let operatorA: string;

  beforeAll(async () => {
    dbUrl = await cloneDatabase('referrals');
    root = uniqueRoot();
    const settings = loadSettings(ReferralsSettings, {
      DATABASE_URL: dbUrl, NATS_URL: TEST_NATS_URL, SUBJECT_ROOT: root, AUTH_PUBLIC_KEY: TEST_KEYS.publicKey, LOG_LEVEL: 'silent',
      // The tests move the clock; no background sweep may expire a timer behind their back.
      SLA_SWEEP_INTERVAL_MS: '0', MAIL_SWEEP_INTERVAL_MS: '0',
    });
    bus = await TestEventBus.connect(TEST_NATS_URL, root);
    sut = await startService(ReferralsModule.register(settings, { clock }), settings, 'referrals');
    rpc = await TestRpcClient.connect(TEST_NATS_URL, root);
    admin = await tokenFor({ role: Role.ADMIN, municipality: MUN });
    otherAdmin = await tokenFor({ role: Role.ADMIN, municipality: OTHER_MUN });
    operatorZ = await tokenFor({ role: Role.ORG_OPERATOR, organisationId: ORG_Z, municipality: MUN });
    operatorA = await tokenFor({ role: Role.ORG_OPERATOR, organisationId: ORG_A, municipality: MUN });

    const org = (id: string, name: string, taxCode: string, token: string) =>
      rpc.call<OrganisationV1>(REQUEST_PATTERNS.referrals.registerOrganisation, { id, name, legalForm: 'associazione', taxCode, runtsNumber: `R-${taxCode}`, runtsSection: 'a', email: `${taxCode}@org.example` }, token);
    const service = (id: string, organisationId: string, name: string, needs: Need[], places: string[], token = admin) =>
      rpc.call<ServiceV1>(
        REQUEST_PATTERNS.referrals.registerService,
        { id, organisationId, name, status: 'active', needs, neighbourhoodCodes: places, capacityStatus: 'capacity', capacityAvailable: 5, capacityMaximum: 10, capacityUnit: 'posti' },
        token,
      );
    await org(ORG_Z, 'Zeta Solidale', '91000000101', admin);
    await org(ORG_A, 'Alfa Aiuti', '91000000102', admin);
    await org(ORG_ELSEWHERE, 'Associazione Altrove', '91000000103', otherAdmin);
    await service(FOOD_SVC, ORG_Z, 'Mensa di quartiere', [Need.FOOD], [PLACE, 'crocetta']);
    await service(HOUSE_SVC, ORG_Z, 'Casa ponte', [Need.HOUSING], ['balsamo']);
    await service(CARE_SVC, ORG_A, 'Compagnia al telefono', [Need.LONELINESS], ['crocetta']);
    await service(FAR_SVC, ORG_ELSEWHERE, 'Aiuto lontano', [Need.FOOD], ['centro'], otherAdmin);
  });

  afterAll(async () => {
    await rpc?.close();
    await bus?.close();
    await sut?.close();
    await deleteTestStreams(root);
    await dropDatabase(dbUrl);
  });

  const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
  const organisations = (token: string) => rpc.call<OrganisationV1[]>(REQUEST_PATTERNS.referrals.listOrganisations, {}, token);
  const services = (token: string, payload: Record<string, unknown> = {}) => rpc.call<ServiceV1[]>(REQUEST_PATTERNS.referrals.listServices, payload, token);

  describe('REQUEST_PATTERNS.referrals.listOrganisations', () => {
    it("gives an ADMIN its own municipality's organisations, by name, and nothing of another municipality", async () => {
      const mine = await organisations(admin);
      expect(ids(mine)).toEqual([ORG_A, ORG_Z]);
      expect(mine[0]).toEqual({
        id: ORG_A, name: 'Alfa Aiuti', legalForm: 'associazione', taxCode: '91000000102', runtsNumber: 'R-91000000102', runtsSection: 'a', email: '91000000102@org.example', phone: null, website: null, description: null,
      });
      expect(ids(await organisations(otherAdmin))).toEqual([ORG_ELSEWHERE]);
      expect(ids(await organisations(await tokenFor({ role: Role.ADMIN, municipality: '097002' })))).toEqual([]);
    });

    it('is refused to every other role, and to a caller without a token', async () => {
      for (const token of [
        operatorZ,
        await tokenFor({ role: Role.SOCIAL_WORKER }),
        await tokenFor({ role: Role.CITY_ANALYST }),
        await tokenFor({ role: Role.ANTENNA, antennaId: randomUUID() }),
      ]) {
        expect(await rpc.callError(REQUEST_PATTERNS.referrals.listOrganisations, {}, token)).toMatchObject({ code: ErrorCode.FORBIDDEN });
      }
      expect(await rpc.callError(REQUEST_PATTERNS.referrals.listOrganisations, {})).toMatchObject({ code: ErrorCode.UNAUTHENTICATED });
    });
  });

  describe('REQUEST_PATTERNS.referrals.listServices', () => {
    it("gives an ADMIN every service of its municipality's organisations, by name, with their areas sorted", async () => {
      const all = await services(admin);
      expect(ids(all)).toEqual([HOUSE_SVC, CARE_SVC, FOOD_SVC]); // Casa ponte, Compagnia al telefono, Mensa di quartiere
      expect(all.find((s) => s.id === FOOD_SVC)).toMatchObject({
        organisationId: ORG_Z, name: 'Mensa di quartiere', status: 'active', needs: [Need.FOOD], neighbourhoodCodes: ['crocetta', PLACE],
        capacityStatus: 'capacity', capacityAvailable: 5, capacityMaximum: 10, capacityUnit: 'posti',
      });
      expect(new Date(all[0].updatedAt).toISOString()).toBe(all[0].updatedAt);
      expect(ids(await services(otherAdmin))).toEqual([FAR_SVC]);
    });

    it("narrows an ADMIN's list to one organisation, never to another municipality's", async () => {
      expect(ids(await services(admin, { organisationId: ORG_Z }))).toEqual([HOUSE_SVC, FOOD_SVC]);
      expect(ids(await services(admin, { organisationId: ORG_A }))).toEqual([CARE_SVC]);
      expect(await services(admin, { organisationId: ORG_ELSEWHERE })).toEqual([]);
      expect(await services(admin, { organisationId: randomUUID() })).toEqual([]);
    });

    it('gives an ORG_OPERATOR only its own organisation’s services, whatever organisationId it passes', async () => {
      expect(ids(await services(operatorZ))).toEqual([HOUSE_SVC, FOOD_SVC]);
      expect(ids(await services(operatorZ, { organisationId: ORG_A }))).toEqual([HOUSE_SVC, FOOD_SVC]);
      expect(ids(await services(operatorZ, { organisationId: ORG_ELSEWHERE }))).toEqual([HOUSE_SVC, FOOD_SVC]);
      expect(ids(await services(operatorA, { organisationId: ORG_Z }))).toEqual([CARE_SVC]);
      // An operator whose organisation is not in its token's municipality sees none of it.
      expect(await services(await tokenFor({ role: Role.ORG_OPERATOR, organisationId: ORG_ELSEWHERE, municipality: MUN }))).toEqual([]);
    });

    it('refuses other roles, an operator without an organisation and a malformed organisationId', async () => {
      for (const token of [await tokenFor({ role: Role.SOCIAL_WORKER }), await tokenFor({ role: Role.CITY_ANALYST }), await tokenFor({ role: Role.ANTENNA, antennaId: randomUUID() })]) {
        expect(await rpc.callError(REQUEST_PATTERNS.referrals.listServices, {}, token)).toMatchObject({ code: ErrorCode.FORBIDDEN });
      }
      expect(await rpc.callError(REQUEST_PATTERNS.referrals.listServices, {}, await tokenFor({ role: Role.ORG_OPERATOR }))).toMatchObject({ code: ErrorCode.FORBIDDEN });
      expect(await rpc.callError(REQUEST_PATTERNS.referrals.listServices, {})).toMatchObject({ code: ErrorCode.UNAUTHENTICATED });
      expect(await rpc.callError(REQUEST_PATTERNS.referrals.listServices, { organisationId: 'zeta' }, admin)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'organisationId' });
    });
  });

  describe('ReferralV1.dueAt in REQUEST_PATTERNS.referrals.list', () => {
    async function submitFood(): Promise<string> {
      const reportId = randomUUID();
      await bus.publish('report.submitted.v1', {
        municipality: MUN, reportId, antennaId: randomUUID(), ownerDeskId: randomUUID(), neighbourhoodCode: PLACE, needs: [Need.FOOD], urgency: Urgency.HIGH,
        ageBand: AgeBand.AGE_80_PLUS, submittedAt: now.toISOString(),
      });
      const [row] = await waitFor(async () => {
        const rows = await query<{ id: string; service_id: string }>(dbUrl, 'SELECT id, service_id FROM referrals WHERE report_id = $1', [reportId]);
        return rows.length === 1 ? rows : null;
      }, 20_000, `the referral of report ${reportId}`);
      expect(row.service_id).toBe(FOOD_SVC);
      return row.id;
    }
    const inbox = async () => {
      const page = await rpc.call<Page<ReferralV1>>(REQUEST_PATTERNS.referrals.list, { first: 50 }, operatorZ);
      return new Map(page.nodes.map((n) => [n.id, n]));
    };
    const move = (id: string, action: string, extra: Record<string, unknown> = {}) => rpc.call<ReferralV1>(REQUEST_PATTERNS.referrals.transition, { id, action, ...extra }, operatorZ);
    const hours = (from: Date, h: number) => new Date(from.getTime() + h * 3_600_000).toISOString();

    let first: string;
    let second: string;
    const t0 = new Date('2026-03-02T08:00:00Z');
    const t1 = new Date('2026-03-02T08:30:00Z');

    it("shows a REQUESTED referral's acceptance deadline (HIGH: 4 hours), each referral its own", async () => {
      now = t0;
      first = await submitFood();
      now = t1;
      second = await submitFood();
      const nodes = await inbox();
      expect(nodes.get(first)).toMatchObject({ status: ReferralStatus.REQUESTED, dueAt: hours(t0, 4) });
      expect(nodes.get(second)).toMatchObject({ status: ReferralStatus.REQUESTED, dueAt: hours(t1, 4) });
      // The same deadline the sweeper will act on.
      const [timer] = await query<{ due_at: Date }>(dbUrl, `SELECT due_at FROM referral_timers WHERE referral_id = $1 AND kind = 'accept' AND state = 'pending'`, [first]);
      expect(timer.due_at.toISOString()).toBe(nodes.get(first)!.dueAt);
    });

    it('after accept, shows the first-contact deadline (24 hours from acceptance) instead', async () => {
      const t2 = new Date('2026-03-02T10:00:00Z');
      now = t2;
      expect(await move(first, 'accept')).toMatchObject({ status: ReferralStatus.ACCEPTED });
      const nodes = await inbox();
      expect(nodes.get(first)).toMatchObject({ status: ReferralStatus.ACCEPTED, dueAt: hours(t2, 24) });
      expect(nodes.get(second)!.dueAt).toBe(hours(t1, 4)); // untouched
    });

    it('keeps the first-contact deadline while ON_HOLD after acceptance', async () => {
      const t3 = new Date('2026-03-02T11:00:00Z');
      now = t3;
      await move(second, 'accept');
      now = new Date('2026-03-02T12:00:00Z');
      expect(await move(second, 'hold', { reasonNoteId: randomUUID() })).toMatchObject({ status: ReferralStatus.ON_HOLD });
      expect((await inbox()).get(second)).toMatchObject({ status: ReferralStatus.ON_HOLD, dueAt: hours(t3, 24) });
    });

    it('is null once no timer runs: in progress, then completed', async () => {
      now = new Date('2026-03-02T13:00:00Z');
      await move(first, 'start');
      let node = (await inbox()).get(first)!;
      expect(node.status).toBe(ReferralStatus.IN_PROGRESS);
      expect(node).toHaveProperty('dueAt', null);
      now = new Date('2026-03-03T09:00:00Z');
      await move(first, 'complete', { outcomeNoteId: randomUUID() });
      node = (await inbox()).get(first)!;
      expect(node.status).toBe(ReferralStatus.COMPLETED);
      expect(node).toHaveProperty('dueAt', null);
      const pending = await query(dbUrl, `SELECT 1 FROM referral_timers WHERE referral_id = $1 AND state = 'pending'`, [first]);
      expect(pending).toHaveLength(0);
      // The other referral's deadline is still there: nulls are per referral, not per page.
      expect((await inbox()).get(second)!.dueAt).not.toBeNull();
    });

    it("is never shown to another organisation's operator", async () => {
      const page = await rpc.call<Page<ReferralV1>>(REQUEST_PATTERNS.referrals.list, { first: 50 }, operatorA);
      expect(ids(page.nodes)).not.toContain(first);
      expect(ids(page.nodes)).not.toContain(second);
    });
  });

  describe('editing organisations and services', () => {
    const orgInput = (over: Partial<OrganisationV1> = {}) => ({ id: ORG_A, name: 'Alfa Aiuti', legalForm: 'associazione', taxCode: '91000000102', runtsNumber: 'R-91000000102', runtsSection: 'a', email: '91000000102@org.example', ...over });
    const serviceInput = (over: Record<string, unknown> = {}) => ({
      id: CARE_SVC, organisationId: ORG_A, name: 'Compagnia al telefono', status: 'active', needs: [Need.LONELINESS], neighbourhoodCodes: ['crocetta'], capacityStatus: 'capacity', capacityAvailable: 5, capacityMaximum: 10, capacityUnit: 'posti', ...over,
    });

    it('the ADMIN fixes a typo in an organisation and a service; nothing is created by an edit', async () => {
      const org = await rpc.call<OrganisationV1>(REQUEST_PATTERNS.referrals.updateOrganisation, orgInput({ name: 'Alfa Aiuti ODV', phone: '+39 02 1234567', description: 'Compagnia e spesa a domicilio' }), admin);
      expect(org).toMatchObject({ id: ORG_A, name: 'Alfa Aiuti ODV', phone: '+39 02 1234567', description: 'Compagnia e spesa a domicilio', runtsNumber: 'R-91000000102' });
      const svc = await rpc.call<ServiceV1>(REQUEST_PATTERNS.referrals.updateService, serviceInput({ name: 'Compagnia al telefono e a casa', neighbourhoodCodes: ['crocetta', 'balsamo'], description: 'Telefonate e visite' }), admin);
      expect(svc).toMatchObject({ name: 'Compagnia al telefono e a casa', neighbourhoodCodes: ['balsamo', 'crocetta'], description: 'Telefonate e visite' });
      expect(await rpc.callError(REQUEST_PATTERNS.referrals.updateOrganisation, orgInput({ id: randomUUID(), taxCode: '91000000999' }), admin)).toMatchObject({ code: ErrorCode.NOT_FOUND });
      expect(await rpc.callError(REQUEST_PATTERNS.referrals.updateService, serviceInput({ id: randomUUID() }), admin)).toMatchObject({ code: ErrorCode.NOT_FOUND });
      // A service does not move to another organisation by an edit.
      expect(await rpc.callError(REQUEST_PATTERNS.referrals.updateService, serviceInput({ organisationId: ORG_Z }), admin)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'input.organisationId' });
      expect(await rpc.callError(REQUEST_PATTERNS.referrals.updateService, serviceInput({ capacityAvailable: 11 }), admin)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'input.capacityAvailable' });
      expect(await rpc.callError(REQUEST_PATTERNS.referrals.updateOrganisation, orgInput({ name: 'x' }), admin)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT });
    });

    it('an operator edits only their own organisation and services, and never its tax code or RUNTS registration', async () => {
      const own = await rpc.call<OrganisationV1>(REQUEST_PATTERNS.referrals.updateOrganisation, orgInput({ name: 'Alfa Aiuti ODV', email: 'info@alfa.example' }), operatorA);
      expect(own.email).toBe('info@alfa.example');
      expect(await rpc.callError(REQUEST_PATTERNS.referrals.updateOrganisation, orgInput({ name: 'Alfa Aiuti ODV', runtsNumber: undefined, runtsSection: undefined }), operatorA)).toMatchObject({ code: ErrorCode.FORBIDDEN, field: 'input.runtsNumber' });
      expect(await rpc.callError(REQUEST_PATTERNS.referrals.updateOrganisation, orgInput({ name: 'Alfa Aiuti ODV', taxCode: '91000000777' }), operatorA)).toMatchObject({ code: ErrorCode.FORBIDDEN, field: 'input.taxCode' });
      expect(await rpc.callError(REQUEST_PATTERNS.referrals.updateOrganisation, orgInput({ id: ORG_Z, name: 'Zeta', taxCode: '91000000101' }), operatorA)).toMatchObject({ code: ErrorCode.NOT_FOUND });
      expect(await rpc.callError(REQUEST_PATTERNS.referrals.updateService, { ...serviceInput(), id: FOOD_SVC, organisationId: ORG_Z }, operatorA)).toMatchObject({ code: ErrorCode.NOT_FOUND });
      const svc = await rpc.call<ServiceV1>(REQUEST_PATTERNS.referrals.updateService, serviceInput({ name: 'Compagnia al telefono e a casa', neighbourhoodCodes: ['crocetta', 'balsamo'], capacityStatus: 'waitlist' }), operatorA);
      expect(svc.capacityStatus).toBe('waitlist');
    });

    it("another municipality's administrator changes none of this one's", async () => {
      expect(await rpc.callError(REQUEST_PATTERNS.referrals.updateOrganisation, orgInput(), otherAdmin)).toMatchObject({ code: ErrorCode.NOT_FOUND });
      expect(await rpc.callError(REQUEST_PATTERNS.referrals.updateService, serviceInput(), otherAdmin)).toMatchObject({ code: ErrorCode.NOT_FOUND });
      const names = await query<{ name: string }>(dbUrl, `SELECT name FROM organisations WHERE id = $1`, [ORG_A]);
      expect(names[0].name).toBe('Alfa Aiuti ODV');
    });
  });
});
