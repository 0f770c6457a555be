import { randomUUID } from 'node:crypto';
import { INestMicroservice } from '@nestjs/common';
import {
  AgeBand, BuddyAskStatus, BuddyProposalsV1, BuddyRequestStatus, BuddyRequestV1, MyBuddyRequestV1, Need, REQUEST_PATTERNS, ReferralStatus, ReferralTargetKind, Role, Urgency, VolunteerSkill,
} from '@prossimo/contracts';
import { DEMO_MEMORY_CAFE_ID } from '@prossimo/demo';
import { loadSettings, startService } from '@prossimo/platform';
import { TEST_KEYS, TEST_NATS_URL, TestEventBus, TestRpcClient, cloneDatabase, deleteTestStreams, dropDatabase, query, tokenFor, uniqueRoot, waitFor } from '@prossimo/testing';
import { romeSlot } from '../src/buddies/matching';
import { CommunityModule } from '../src/community.module';
import { CommunitySettings } from '../src/config/community.env';
import { runCommunityDemoSeed } from '../src/demo/demo.seed';

const MUN = '015077';
const OTHER = '015093';

/**
 * Buddies for prescriptions on real PostgreSQL and NATS (issue 17): a buddy request from the
 * prescription's event (once, whatever the redeliveries), the organiser's proposals ranked by
 * matching, asking one volunteer, their answer on their phone, and the end with the prescription;
 * `volunteer.buddy-changed.v1` in the outbox for the reports vault.
 */
describe('community: buddies for prescriptions', () => {
  let dbUrl: string;
  let root: string;
  let sut: INestMicroservice;
  let rpc: TestRpcClient;
  let bus: TestEventBus;
  let organiser: string;
  let otherOrganiser: string;
  let session: { id: string; starts_at: Date };
  let organisationId: string;

  const citizen = async (municipality = MUN) => {
    const accountId = randomUUID();
    return { accountId, token: await tokenFor({ role: Role.CITIZEN, accountId, municipality }) };
  };
  async function volunteer(displayName: string, over: Record<string, unknown> = {}, municipality = MUN) {
    const c = await citizen(municipality);
    await rpc.call(REQUEST_PATTERNS.community.saveVolunteerProfile, {
      displayName, email: `${randomUUID().slice(0, 8)}@example.org`, birthYear: 1958, neighbourhoodCode: municipality === MUN ? 'crocetta' : 'centro', travelKm: 2,
      skills: [], languages: ['it'], availability: [romeSlot(session.starts_at)], requirements: [], ...over,
    }, c.token);
    return c;
  }
  const prescription = (referralId: string, over: Record<string, unknown> = {}) => ({
    municipality: MUN, referralId, reportId: randomUUID(), organisationId, targetKind: ReferralTargetKind.INITIATIVE, initiativeId: DEMO_MEMORY_CAFE_ID, sessionId: session.id,
    buddyRequested: true, ageBand: AgeBand.AGE_80_PLUS, needs: [Need.LONELINESS], neighbourhoodCode: 'crocetta', urgency: Urgency.LOW, to: ReferralStatus.REQUESTED, version: 1, ...over,
  });
  const buddyRequest = async (referralId: string) => (await query<{ status: string; referral_status: string; referral_version: number }>(dbUrl, 'SELECT status, referral_status, referral_version FROM buddy_requests WHERE referral_id = $1', [referralId]))[0];
  const buddyEvents = (referralId: string) => query<{ payload: { volunteerAccountId?: string; buddyVersion: number; reportId: string } }>(dbUrl, `SELECT payload FROM outbox WHERE subject LIKE '%.volunteer.buddy-changed.v1' AND payload->>'referralId' = $1 ORDER BY (payload->>'buddyVersion')::int`, [referralId]);

  beforeAll(async () => {
    dbUrl = await cloneDatabase('community');
    root = uniqueRoot();
    const settings = loadSettings(CommunitySettings, { DATABASE_URL: dbUrl, NATS_URL: TEST_NATS_URL, SUBJECT_ROOT: root, AUTH_PUBLIC_KEY: TEST_KEYS.publicKey, LOG_LEVEL: 'silent', CONFIRMATION_SWEEP_INTERVAL_MS: '0' });
    sut = await startService(CommunityModule.register(settings), settings, 'community');
    rpc = await TestRpcClient.connect(TEST_NATS_URL, root);
    bus = await TestEventBus.connect(TEST_NATS_URL, root);
    for (const [m, code, name] of [[MUN, 'crocetta', 'Crocetta'], [MUN, 'balsamo', 'Balsamo'], [OTHER, 'centro', 'Centro']]) {
      await query(dbUrl, `INSERT INTO neighbourhoods (municipality, code, name, updated_at) VALUES ($1, $2, $3, now()) ON CONFLICT DO NOTHING`, [m, code, name]);
    }
    await runCommunityDemoSeed(dbUrl, root);
    [session] = await query<{ id: string; starts_at: Date }>(dbUrl, `SELECT id, starts_at FROM sessions WHERE initiative_id = $1 AND status = 'SCHEDULED' AND starts_at > now() ORDER BY starts_at LIMIT 1`, [DEMO_MEMORY_CAFE_ID]);
    [{ organisationId }] = await query<{ organisationId: string }>(dbUrl, `SELECT organiser_organisation_id AS "organisationId" FROM initiatives WHERE id = $1`, [DEMO_MEMORY_CAFE_ID]);
    organiser = await tokenFor({ role: Role.ORG_OPERATOR, organisationId, municipality: MUN });
    otherOrganiser = await tokenFor({ role: Role.ORG_OPERATOR, organisationId: randomUUID(), municipality: MUN });
  });

  afterAll(async () => {
    await bus?.close();
    await rpc?.close();
    await sut?.close();
    await deleteTestStreams(root);
    await dropDatabase(dbUrl);
  });

  it('records a buddy request from the prescription\'s event once, whatever the redeliveries; none without a buddy asked', async () => {
    const referralId = randomUUID();
    const without = randomUUID();
    const e = prescription(referralId);
    const eventId = await bus.publish('referral.requested.v1', e);
    await bus.publish('referral.requested.v1', { ...e, eventId }, randomUUID()); // the same event again (a redelivery)
    await bus.publish('referral.requested.v1', e); // the same move under another event id
    await bus.publish('referral.requested.v1', prescription(without, { buddyRequested: false }));
    await waitFor(async () => (await query(dbUrl, `SELECT 1 FROM seat_reservations WHERE holder_ref = $1`, [without])).length > 0 || (await query(dbUrl, `SELECT 1 FROM outbox WHERE payload->>'referralId' = $1`, [without])).length > 0, 20_000, 'the events to be applied (in order: the last one too)');
    await expect(query(dbUrl, 'SELECT referral_id, status, age_band FROM buddy_requests')).resolves.toEqual([{ referral_id: referralId, status: BuddyRequestStatus.OPEN, age_band: AgeBand.AGE_80_PLUS }]);
    const mine = await rpc.call<BuddyRequestV1[]>(REQUEST_PATTERNS.community.organisationBuddyRequests, {}, organiser);
    expect(mine).toEqual([expect.objectContaining({ referralId, initiativeTitleIt: 'Caffè della memoria di Crocetta', sessionId: session.id, sessionStartsAt: session.starts_at.toISOString(), ageBand: AgeBand.AGE_80_PLUS, status: BuddyRequestStatus.OPEN, volunteerId: null })]);
    await expect(rpc.call<BuddyRequestV1[]>(REQUEST_PATTERNS.community.organisationBuddyRequests, {}, otherOrganiser)).resolves.toEqual([]);
  });

  it('proposes volunteers ranked by matching, asks one, the volunteer accepts on their phone, the request ends with the prescription', async () => {
    const referralId = randomUUID();
    const e = prescription(referralId);
    await bus.publish('referral.requested.v1', e);
    await waitFor(async () => !!(await buddyRequest(referralId)), 20_000, 'the buddy request');

    const anna = await volunteer('Anna', { skills: [VolunteerSkill.ACCOMPANYING] });
    const bruno = await volunteer('Bruno');
    const busy = await volunteer('Carla, occupata', { availability: [] });
    await volunteer('Dario, altro Comune', {}, OTHER);
    const arabic = await volunteer('Elena', { languages: ['it', 'ar'] });

    const found = await rpc.call<BuddyProposalsV1>(REQUEST_PATTERNS.community.buddyProposals, { referralId }, organiser);
    expect(found.proposals.map((p) => p.displayName)).toEqual(['Anna', 'Bruno', 'Elena']);
    expect(found.proposals[0]).toMatchObject({ volunteerId: anna.accountId, sameNeighbourhood: true, reasons: ['same-neighbourhood', 'available', 'skill:ACCOMPANYING'], asked: null });
    const inArabic = await rpc.call<BuddyProposalsV1>(REQUEST_PATTERNS.community.buddyProposals, { referralId, language: 'ar' }, organiser);
    expect(inArabic.proposals[0].volunteerId).toBe(arabic.accountId);
    await expect(rpc.callError(REQUEST_PATTERNS.community.buddyProposals, { referralId, language: 'arabic' }, organiser)).resolves.toMatchObject({ code: 'BAD_USER_INPUT', field: 'language' });
    await expect(rpc.callError(REQUEST_PATTERNS.community.buddyProposals, { referralId }, otherOrganiser)).resolves.toMatchObject({ code: 'NOT_FOUND' });
    await expect(rpc.callError(REQUEST_PATTERNS.community.buddyProposals, { referralId }, anna.token)).resolves.toMatchObject({ code: 'FORBIDDEN' });

    // Only a volunteer matching would propose; asking another before an answer withdraws the first ask.
    await expect(rpc.callError(REQUEST_PATTERNS.community.askBuddy, { referralId, volunteerId: busy.accountId }, organiser)).resolves.toMatchObject({ code: 'BAD_USER_INPUT', field: 'volunteerId' });
    await expect(rpc.callError(REQUEST_PATTERNS.community.askBuddy, { referralId, volunteerId: anna.accountId }, otherOrganiser)).resolves.toMatchObject({ code: 'NOT_FOUND' });
    await expect(rpc.call(REQUEST_PATTERNS.community.askBuddy, { referralId, volunteerId: bruno.accountId }, organiser)).resolves.toMatchObject({ status: BuddyRequestStatus.ASKED, volunteerName: 'Bruno' });
    await expect(rpc.call(REQUEST_PATTERNS.community.askBuddy, { referralId, volunteerId: anna.accountId }, organiser)).resolves.toMatchObject({ status: BuddyRequestStatus.ASKED, volunteerId: anna.accountId, volunteerName: 'Anna' });
    await expect(rpc.call<MyBuddyRequestV1[]>(REQUEST_PATTERNS.community.myBuddyRequests, {}, bruno.token)).resolves.toEqual([expect.objectContaining({ referralId, ask: BuddyAskStatus.WITHDRAWN, ended: true, meetingPoint: null })]);
    await expect(rpc.callError(REQUEST_PATTERNS.community.answerBuddyRequest, { referralId, accept: true }, bruno.token)).resolves.toMatchObject({ code: 'CONFLICT' });

    // What Anna reads before accepting: the age band, the initiative, the day and the neighbourhood — no meeting point, no person.
    const [asked] = await rpc.call<MyBuddyRequestV1[]>(REQUEST_PATTERNS.community.myBuddyRequests, {}, anna.token);
    expect(asked).toEqual({
      referralId, ask: BuddyAskStatus.ASKED, initiativeTitleIt: 'Caffè della memoria di Crocetta', initiativeTitleEn: expect.any(String), sessionStartsAt: session.starts_at.toISOString(),
      neighbourhoodCode: 'crocetta', neighbourhoodName: 'Crocetta', ageBand: AgeBand.AGE_80_PLUS, ended: false, meetingPoint: null, prescriptionAccepted: false,
    });
    await expect(rpc.callError(REQUEST_PATTERNS.community.answerBuddyRequest, { referralId, accept: true }, (await citizen()).token)).resolves.toMatchObject({ code: 'NOT_FOUND' });
    const accepted = await rpc.call<MyBuddyRequestV1>(REQUEST_PATTERNS.community.answerBuddyRequest, { referralId, accept: true }, anna.token);
    expect(accepted).toMatchObject({ ask: BuddyAskStatus.ACCEPTED, meetingPoint: { name: expect.any(String), address: expect.any(String) } });
    await expect(rpc.call(REQUEST_PATTERNS.community.answerBuddyRequest, { referralId, accept: true }, anna.token)).resolves.toMatchObject({ ask: BuddyAskStatus.ACCEPTED });
    await expect(rpc.callError(REQUEST_PATTERNS.community.askBuddy, { referralId, volunteerId: bruno.accountId }, organiser)).resolves.toMatchObject({ code: 'CONFLICT' });
    expect((await buddyEvents(referralId)).map((x) => x.payload)).toEqual([expect.objectContaining({ reportId: e.reportId, volunteerAccountId: anna.accountId, buddyVersion: 1 })]);

    // The organiser accepts the prescription; an older move arriving late changes nothing.
    await bus.publish('referral.accepted.v1', { ...e, from: ReferralStatus.REQUESTED, to: ReferralStatus.ACCEPTED, version: 2 });
    await waitFor(async () => (await buddyRequest(referralId)).referral_status === ReferralStatus.ACCEPTED, 20_000, 'the acceptance');
    await bus.publish('referral.requested.v1', e);
    await expect(rpc.call<MyBuddyRequestV1[]>(REQUEST_PATTERNS.community.myBuddyRequests, {}, anna.token)).resolves.toEqual([expect.objectContaining({ prescriptionAccepted: true, ask: BuddyAskStatus.ACCEPTED })]);

    // The prescription is cancelled: the request ends, the match is undone for the vault.
    await bus.publish('referral.cancelled.v1', { ...e, from: ReferralStatus.ACCEPTED, to: ReferralStatus.CANCELLED, version: 3 });
    await waitFor(async () => (await buddyRequest(referralId)).status === BuddyRequestStatus.ENDED, 20_000, 'the end of the request');
    expect(await buddyRequest(referralId)).toEqual({ status: BuddyRequestStatus.ENDED, referral_status: ReferralStatus.CANCELLED, referral_version: 3 });
    expect((await buddyEvents(referralId)).map((x) => x.payload)).toEqual([expect.objectContaining({ volunteerAccountId: anna.accountId, buddyVersion: 1 }), expect.not.objectContaining({ volunteerAccountId: expect.anything() })]);
    expect((await buddyEvents(referralId))[1].payload.buddyVersion).toBe(2);
    await expect(rpc.call<MyBuddyRequestV1[]>(REQUEST_PATTERNS.community.myBuddyRequests, {}, anna.token)).resolves.toEqual([expect.objectContaining({ ask: BuddyAskStatus.WITHDRAWN, ended: true, meetingPoint: null })]);
    expect((await rpc.call<BuddyRequestV1[]>(REQUEST_PATTERNS.community.organisationBuddyRequests, {}, organiser)).map((r) => r.referralId)).not.toContain(referralId);
    await expect(rpc.call<BuddyProposalsV1>(REQUEST_PATTERNS.community.buddyProposals, { referralId }, organiser)).resolves.toMatchObject({ request: { status: BuddyRequestStatus.ENDED }, proposals: [] });
    await expect(rpc.callError(REQUEST_PATTERNS.community.askBuddy, { referralId, volunteerId: bruno.accountId }, organiser)).resolves.toMatchObject({ code: 'CONFLICT' });
  });

  it('a volunteer who declines is not proposed again, and the request opens again', async () => {
    const referralId = randomUUID();
    await bus.publish('referral.requested.v1', prescription(referralId));
    await waitFor(async () => !!(await buddyRequest(referralId)), 20_000, 'the buddy request');
    const fabio = await volunteer('Fabio');
    await rpc.call(REQUEST_PATTERNS.community.askBuddy, { referralId, volunteerId: fabio.accountId }, organiser);
    await expect(rpc.call(REQUEST_PATTERNS.community.answerBuddyRequest, { referralId, accept: false }, fabio.token)).resolves.toMatchObject({ ask: BuddyAskStatus.DECLINED });
    const after = await rpc.call<BuddyProposalsV1>(REQUEST_PATTERNS.community.buddyProposals, { referralId }, organiser);
    expect(after.request).toMatchObject({ status: BuddyRequestStatus.OPEN, volunteerId: null });
    expect(after.proposals.map((p) => p.volunteerId)).not.toContain(fabio.accountId);
    await expect(rpc.callError(REQUEST_PATTERNS.community.askBuddy, { referralId, volunteerId: fabio.accountId }, organiser)).resolves.toMatchObject({ code: 'BAD_USER_INPUT', field: 'volunteerId' });
    await expect(rpc.call(REQUEST_PATTERNS.community.myBuddyRequests, {}, fabio.token)).resolves.toEqual([]);
    expect(await buddyEvents(referralId)).toEqual([]);
  });
});
