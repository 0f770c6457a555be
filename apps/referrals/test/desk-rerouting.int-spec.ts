import { randomUUID } from 'node:crypto';
import { INestMicroservice } from '@nestjs/common';
import {
  AgeBand, AlertV1, ClosureReason, ErrorCode, Need, OrganisationV1, Page, ReferralStatus, ReferralStoryV1, RerouteOptionsResultV1, Role, REQUEST_PATTERNS, ServiceV1, SlaPreviewResultV1, Urgency,
} from '@prossimo/contracts';
import { loadSettings, startService } from '@prossimo/platform';
import { TEST_KEYS, TEST_NATS_URL, TestEventBus, TestRpcClient, cloneDatabase, deleteTestStreams, dropDatabase, query, tokenFor, uniqueRoot, waitFor } from '@prossimo/testing';
import { ReferralsSettings } from '../src/config/referrals.env';
import { ReferralsModule } from '../src/referrals.module';

const MUN = '015077';
/** A neighbourhood only this file's services cover. */
const PLACE = 'quartiere-desk';

const ORG_A = '0f000000-0000-4000-8000-0000000000d1';
const ORG_B = '0f000000-0000-4000-8000-0000000000d2';
const ORG_OFF = '0f000000-0000-4000-8000-0000000000d3';
const FOOD_A = '5e000000-0000-4000-8000-0000000000d1';
const FOOD_B = '5e000000-0000-4000-8000-0000000000d2';
const FOOD_FULL = '5e000000-0000-4000-8000-0000000000d3';
const FOOD_CLOSED = '5e000000-0000-4000-8000-0000000000d4';
const DIGITAL_FULL = '5e000000-0000-4000-8000-0000000000d5';
const DIGITAL_AWAY = '5e000000-0000-4000-8000-0000000000d6';
const COMPANY_A = '5e000000-0000-4000-8000-0000000000d7';

interface ReferralRow {
  id: string;
  service_id: string;
  status: string;
  match_explanation: Record<string, unknown>;
}

/**
 * Issue 13 in the referrals service: the desk's dry run of a re-route and its own choice of
 * service (kept in the explanation), why each service was left out of an unmet need, the SLA
 * deadline on every referral event (the desk's triage orders by it), the shop's "by when", and a
 * report reopened by its desk routed again. Real events on a real JetStream, real PostgreSQL.
 */
describe('referrals: the social desk re-routes, reads why, reopens (real PostgreSQL and NATS)', () => {
  let dbUrl: string;
  let root: string;
  let sut: INestMicroservice;
  let rpc: TestRpcClient;
  let bus: TestEventBus;
  let now = new Date('2026-03-02T08:00:00Z'); // Monday 09:00 in Rome
  const clock = () => now;
  let worker: string;
  let shop: string;
  let operatorA: string;

  beforeAll(async () => {
    dbUrl = await cloneDatabase('referrals');
    root = uniqueRoot();
    const settings = loadSettings(ReferralsSettings, {
      DATABASE_URL: dbUrl, NATS_URL: TEST_NATS_URL, SUBJECT_ROOT: root, AUTH_PUBLIC_KEY: TEST_KEYS.publicKey, LOG_LEVEL: 'silent', SLA_SWEEP_INTERVAL_MS: '0', MAIL_SWEEP_INTERVAL_MS: '0',
    });
    bus = await TestEventBus.connect(TEST_NATS_URL, root);
    sut = await startService(ReferralsModule.register(settings, { clock }), settings, 'referrals');
    rpc = await TestRpcClient.connect(TEST_NATS_URL, root);
    const admin = await tokenFor({ role: Role.ADMIN, municipality: MUN });
    worker = await tokenFor({ role: Role.SOCIAL_WORKER, municipality: MUN });
    shop = await tokenFor({ role: Role.ANTENNA, antennaId: randomUUID(), municipality: MUN });
    operatorA = await tokenFor({ role: Role.ORG_OPERATOR, organisationId: ORG_A, municipality: MUN });
    const org = (id: string, name: string, taxCode: string, runts = true) =>
      rpc.call<OrganisationV1>(
        REQUEST_PATTERNS.referrals.registerOrganisation,
        { id, name, legalForm: 'associazione', taxCode, ...(runts ? { runtsNumber: `R-${taxCode}`, runtsSection: 'a' } : {}), email: `${taxCode}@org.example` },
        admin,
      );
    const service = (id: string, organisationId: string, name: string, needs: Need[], over: Record<string, unknown> = {}) =>
      rpc.call<ServiceV1>(
        REQUEST_PATTERNS.referrals.registerService,
        { id, organisationId, name, status: 'active', needs, neighbourhoodCodes: [PLACE], capacityStatus: 'capacity', capacityAvailable: 50, capacityMaximum: 50, capacityUnit: 'posti', ...over },
        admin,
      );
    await org(ORG_A, 'Alfa Sportello', '91000000301');
    await org(ORG_B, 'Beta Sportello', '91000000302');
    await org(ORG_OFF, 'Gamma fuori registro', '91000000303', false);
    await service(FOOD_A, ORG_A, 'Mensa Alfa', [Need.FOOD]);
    await service(FOOD_B, ORG_B, 'Mensa Beta', [Need.FOOD], { capacityStatus: 'waitlist' });
    await service(FOOD_FULL, ORG_B, 'Mensa Beta piena', [Need.FOOD], { capacityStatus: 'no-capacity' });
    await service(FOOD_CLOSED, ORG_B, 'Mensa chiusa', [Need.FOOD], { status: 'inactive' });
    await service(DIGITAL_FULL, ORG_A, 'Sportello digitale pieno', [Need.DIGITAL_DIVIDE], { capacityStatus: 'no-capacity' });
    await service(DIGITAL_AWAY, ORG_OFF, 'Sportello digitale Gamma', [Need.DIGITAL_DIVIDE], { neighbourhoodCodes: ['altrove'] });
    await service(COMPANY_A, ORG_A, 'Compagnia Alfa', [Need.LONELINESS]);
  });

  afterAll(async () => {
    await rpc?.close();
    await bus?.close();
    await sut?.close();
    await deleteTestStreams(root);
    await dropDatabase(dbUrl);
  });

  const referralsOf = (reportId: string) =>
    query<ReferralRow>(dbUrl, 'SELECT id, service_id, status, match_explanation FROM referrals WHERE report_id = $1 ORDER BY created_at, id', [reportId]);
  const waitForReferrals = (reportId: string, n: number) =>
    waitFor(async () => {
      const rows = await referralsOf(reportId);
      return rows.length === n ? rows : null;
    }, 20_000, `${n} referrals of ${reportId}`);
  const outbox = (reportId: string, type: string) =>
    query<{ payload: Record<string, unknown> }>(dbUrl, `SELECT payload FROM outbox WHERE payload->>'reportId' = $1 AND subject = $2 ORDER BY seq`, [reportId, `${root}.${MUN}.${type}`]);

  async function submit(needs: Need[], urgency = Urgency.HIGH): Promise<{ reportId: string; ownerDeskId: string }> {
    const reportId = randomUUID();
    const ownerDeskId = randomUUID();
    await bus.publish('report.submitted.v1', { municipality: MUN, reportId, antennaId: randomUUID(), ownerDeskId, neighbourhoodCode: PLACE, needs, urgency, ageBand: AgeBand.AGE_80_PLUS, submittedAt: now.toISOString() });
    return { reportId, ownerDeskId };
  }
  const reroute = (id: string, serviceId?: string) => {
    now = new Date(now.getTime() + 60_000); // each referral later than the one before
    return rpc.call(REQUEST_PATTERNS.referrals.reroute, { id, reasonNoteId: randomUUID(), ...(serviceId ? { serviceId } : {}) }, worker);
  };
  const options = (id: string) => rpc.call<RerouteOptionsResultV1>(REQUEST_PATTERNS.referrals.rerouteOptions, { id }, worker);

  it('puts the running SLA deadline on every referral event, and tells a shop by when a report is answered', async () => {
    const { reportId } = await submit([Need.LONELINESS]);
    const [r] = await waitForReferrals(reportId, 1);
    const requested = await outbox(reportId, 'referral.requested.v1');
    expect(requested[0].payload.dueAt).toBe('2026-03-02T12:00:00.000Z'); // HIGH: 4 hours to accept
    now = new Date('2026-03-02T09:00:00Z');
    await rpc.call(REQUEST_PATTERNS.referrals.transition, { id: r.id, action: 'accept' }, operatorA);
    expect((await outbox(reportId, 'referral.accepted.v1'))[0].payload.dueAt).toBe('2026-03-03T09:00:00.000Z'); // 24 hours to contact
    await rpc.call(REQUEST_PATTERNS.referrals.transition, { id: r.id, action: 'start' }, operatorA);
    expect((await outbox(reportId, 'referral.in-progress.v1'))[0].payload.dueAt).toBeUndefined();

    now = new Date('2026-03-02T08:00:00Z');
    await expect(rpc.call<SlaPreviewResultV1>(REQUEST_PATTERNS.referrals.slaPreview, { urgency: Urgency.MEDIUM }, shop)).resolves.toEqual({
      urgency: Urgency.MEDIUM, acceptBy: '2026-03-04T08:00:00.000Z', firstContactBy: '2026-03-09T08:00:00.000Z',
    });
    expect(await rpc.callError(REQUEST_PATTERNS.referrals.slaPreview, { urgency: 'SOON' }, shop)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'urgency' });
  });

  it('dry-runs a re-route: where the rule would go, or honestly that no service is left, and every active service the desk may choose', async () => {
    const { reportId } = await submit([Need.FOOD]);
    const [first] = await waitForReferrals(reportId, 1);
    expect(first.service_id).toBe(FOOD_A);
    const before = await options(first.id);
    expect(before).toMatchObject({ referralId: first.id, needs: [Need.FOOD], reroutable: true, byRule: [{ serviceId: FOOD_B, serviceName: 'Mensa Beta', needs: [Need.FOOD] }], unmet: [] });
    expect(before.candidates.map((c) => [c.serviceName, c.eligible, c.reasons])).toEqual([
      ['Mensa Beta', true, []],
      ['Mensa Beta piena', false, ['no-capacity']],
    ]);
    expect(before.candidates[0]).toMatchObject({ organisationName: 'Beta Sportello', capacityStatus: 'waitlist', needsCovered: [Need.FOOD] });
    // A dry run writes nothing.
    expect(await referralsOf(reportId)).toHaveLength(1);

    await reroute(first.id);
    const [, second] = await waitForReferrals(reportId, 2);
    expect(second.service_id).toBe(FOOD_B);
    const after = await options(second.id);
    expect(after).toMatchObject({ reroutable: true, byRule: [], unmet: [Need.FOOD] });
    expect(after.candidates.map((c) => [c.serviceName, c.eligible, c.reasons])).toEqual([
      ['Mensa Alfa', false, ['already-referred']],
      ['Mensa Beta piena', false, ['no-capacity']],
    ]);

    // The desk chooses the full one all the same: the choice and what it overrode are kept.
    expect(await rpc.callError(REQUEST_PATTERNS.referrals.reroute, { id: second.id, reasonNoteId: randomUUID(), serviceId: FOOD_CLOSED }, worker)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'serviceId' });
    expect(await rpc.callError(REQUEST_PATTERNS.referrals.reroute, { id: second.id, reasonNoteId: randomUUID(), serviceId: COMPANY_A }, worker)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'serviceId' });
    await reroute(second.id, FOOD_FULL);
    const [, , third] = await waitForReferrals(reportId, 3);
    expect(third).toMatchObject({ service_id: FOOD_FULL, status: ReferralStatus.REQUESTED });
    expect(third.match_explanation).toMatchObject({ trigger: 'rerouted', cause: 'social-worker', after: second.id, chosenBy: 'social-worker', overridden: ['no-capacity'] });
    const stories = await rpc.call<ReferralStoryV1[]>(REQUEST_PATTERNS.referrals.reportReferrals, { reportId }, worker);
    expect(JSON.parse(stories[2].explanation)).toMatchObject({ chosenBy: 'social-worker' });
    // No alert: the needs have a service.
    expect(await query(dbUrl, 'SELECT 1 FROM alerts WHERE report_id = $1', [reportId])).toEqual([]);
    expect(await rpc.callError(REQUEST_PATTERNS.referrals.rerouteOptions, { id: third.id }, operatorA)).toMatchObject({ code: ErrorCode.FORBIDDEN });
  });

  it('says on an unmet-need alert why each service covering the need was left out', async () => {
    const { reportId } = await submit([Need.DIGITAL_DIVIDE, Need.HOUSING]);
    const alert = await waitFor(async () => (await rpc.call<Page<AlertV1>>(REQUEST_PATTERNS.referrals.alerts, { reportId }, worker)).nodes.find((a) => a.kind === 'unmet'), 20_000, 'the unmet alert');
    expect(alert.needs).toEqual([Need.DIGITAL_DIVIDE, Need.HOUSING]);
    expect(alert.why).toEqual([
      {
        need: Need.DIGITAL_DIVIDE,
        services: [
          { serviceId: DIGITAL_FULL, serviceName: 'Sportello digitale pieno', reasons: ['no-capacity'] },
          { serviceId: DIGITAL_AWAY, serviceName: 'Sportello digitale Gamma', reasons: ['outside-area', 'not-on-runts'] },
        ],
      },
      { need: Need.HOUSING, services: [] },
    ]);
    expect(alert.message).not.toMatch(/Sportello digitale/); // the e-mail's fixed text names no service
  });

  it('routes a reopened report again, to the services its closure had cancelled, and ignores a close older than the reopening', async () => {
    now = new Date('2026-03-05T08:00:00Z');
    const { reportId, ownerDeskId } = await submit([Need.LONELINESS]);
    const [first] = await waitForReferrals(reportId, 1);
    now = new Date('2026-03-05T09:00:00Z');
    await bus.publish('report.closed.v1', { municipality: MUN, reportId, neighbourhoodCode: PLACE, ownerDeskId, reason: ClosureReason.RESOLVED, occurredAt: now.toISOString() });
    await waitFor(async () => (await referralsOf(reportId))[0].status === ReferralStatus.CANCELLED, 20_000, 'the closure');
    expect(await query(dbUrl, 'SELECT 1 FROM ended_reports WHERE report_id = $1', [reportId])).toHaveLength(1);

    now = new Date('2026-03-05T10:00:00Z');
    await bus.publish('report.reopened.v1', { municipality: MUN, reportId, neighbourhoodCode: PLACE, ownerDeskId, closedWith: ClosureReason.RESOLVED, occurredAt: now.toISOString() });
    const [, again] = await waitForReferrals(reportId, 2);
    expect(again).toMatchObject({ service_id: first.service_id, status: ReferralStatus.REQUESTED });
    expect(again.match_explanation).toMatchObject({ trigger: 'report-reopened', chosenBy: 'social-worker', overridden: [] });
    expect(await query(dbUrl, 'SELECT 1 FROM ended_reports WHERE report_id = $1', [reportId])).toEqual([]);

    // A close from before the reopening, delivered late, changes nothing.
    const stale = await bus.publish('report.closed.v1', { municipality: MUN, reportId, neighbourhoodCode: PLACE, ownerDeskId, reason: ClosureReason.RESOLVED, occurredAt: '2026-03-05T09:30:00.000Z' });
    await waitFor(async () => (await query(dbUrl, 'SELECT 1 FROM inbox WHERE event_id = $1', [stale])).length === 1, 20_000, 'the stale close');
    expect((await referralsOf(reportId)).map((r) => r.status)).toEqual([ReferralStatus.CANCELLED, ReferralStatus.REQUESTED]);
    expect(await query(dbUrl, 'SELECT 1 FROM ended_reports WHERE report_id = $1', [reportId])).toEqual([]);
    // A real close after it still ends the report.
    now = new Date('2026-03-05T11:00:00Z');
    await bus.publish('report.closed.v1', { municipality: MUN, reportId, neighbourhoodCode: PLACE, ownerDeskId, reason: ClosureReason.REFUSED, occurredAt: now.toISOString() });
    await waitFor(async () => (await referralsOf(reportId))[1].status === ReferralStatus.CANCELLED, 20_000, 'the second closure');
    await expect(options((await referralsOf(reportId))[1].id)).resolves.toMatchObject({ reroutable: false });
  });
});
