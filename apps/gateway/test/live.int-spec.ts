import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { createClient, Client } from 'graphql-ws';
import WebSocket from 'ws';
import { AgeBand, Need, ReferralStatus, Role, Urgency } from '@prossimo/contracts';
import { TEST_NATS_URL, TestEventBus, cloneDatabase, deleteTestStreams, dropDatabase, startTestGateway, tokenFor, uniqueRoot, waitFor } from '@prossimo/testing';

/**
 * Live updates over graphql-ws, fed from JetStream, with two gateway instances: each follows the
 * events with its own ephemeral consumer, so a subscriber on either sees every event for it.
 */
describe('subscriptions (two gateway instances)', () => {
  const root = uniqueRoot('live');
  let dbUrl: string;
  let bus: TestEventBus;
  let one: INestApplication;
  let two: INestApplication;
  const clients: Client[] = [];
  const orgA = randomUUID();
  const orgB = randomUUID();

  beforeAll(async () => {
    bus = await TestEventBus.connect(TEST_NATS_URL, root);
    dbUrl = await cloneDatabase('gateway');
    one = await startTestGateway(dbUrl, root);
    two = await startTestGateway(dbUrl, root);
  });

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await one?.close();
    await two?.close();
    await bus?.close();
    await deleteTestStreams(root);
    await dropDatabase(dbUrl);
  });

  function connect(app: INestApplication, token?: string): Client {
    const port = (app.getHttpServer().address() as { port: number }).port;
    const c = createClient({ url: `ws://127.0.0.1:${port}/graphql`, webSocketImpl: WebSocket, connectionParams: token ? { authorization: `Bearer ${token}` } : {}, retryAttempts: 0, lazy: true });
    clients.push(c);
    return c;
  }

  function collect<T>(c: Client, query: string): { items: T[]; errors: unknown[]; closed: boolean } {
    const box = { items: [] as T[], errors: [] as unknown[], closed: false };
    c.subscribe<T>({ query }, {
      next: (v) => (v.data ? box.items.push(v.data) : box.errors.push(v.errors)),
      error: (e) => box.errors.push(e),
      complete: () => (box.closed = true),
    });
    return box;
  }

  const referralEvent = (organisationId: string) => ({
    municipality: '015077', referralId: randomUUID(), reportId: randomUUID(), organisationId, serviceId: randomUUID(),
    needs: [Need.FOOD], neighbourhoodCode: 'crocetta', urgency: Urgency.HIGH, to: ReferralStatus.REQUESTED, version: 1,
  });

  const SUB = 'subscription { referralUpdates { referralId reportId needs neighbourhoodCode urgency status at } }';

  it('delivers a new referral to its organisation on both instances, and to nobody else', async () => {
    const a1 = collect<{ referralUpdates: { reportId: string; status: string } }>(connect(one, await tokenFor({ role: Role.ORG_OPERATOR, organisationId: orgA })), SUB);
    const a2 = collect<{ referralUpdates: { reportId: string } }>(connect(two, await tokenFor({ role: Role.ORG_OPERATOR, organisationId: orgA })), SUB);
    const b = collect<{ referralUpdates: { reportId: string } }>(connect(one, await tokenFor({ role: Role.ORG_OPERATOR, organisationId: orgB })), SUB);
    const sent: string[] = [];
    // Subscriptions take a moment to be in place: keep publishing until both instances delivered one.
    await waitFor(async () => {
      const e = referralEvent(orgA);
      sent.push(e.reportId);
      await bus.publish('referral.requested.v1', e);
      await new Promise((r) => setTimeout(r, 200));
      return a1.items.length > 0 && a2.items.length > 0;
    }, 30_000, 'both instances to deliver');
    expect(a1.items[0].referralUpdates).toMatchObject({ status: 'REQUESTED' });
    expect(sent).toContain(a1.items[0].referralUpdates.reportId);
    expect(sent).toContain(a2.items[0].referralUpdates.reportId);
    // Organisation B's operator saw none of A's referrals, though it listens on the same instance.
    await bus.publish('referral.requested.v1', referralEvent(orgB));
    await waitFor(() => b.items.length > 0, 20_000, "B's own referral");
    expect(b.items.every((i) => !sent.includes(i.referralUpdates.reportId))).toBe(true);
  });

  it("tells an operator which moves were their own (the inbox does not echo them), and passes on the first contact's steps", async () => {
    const me = randomUUID();
    const SUB_MINE = 'subscription { referralUpdates { referralId status byYou step } }';
    const mine = collect<{ referralUpdates: { referralId: string; byYou: boolean; step: string | null } }>(connect(one, await tokenFor({ role: Role.ORG_OPERATOR, organisationId: orgA, accountId: me })), SUB_MINE);
    const colleague = collect<{ referralUpdates: { referralId: string; byYou: boolean } }>(connect(two, await tokenFor({ role: Role.ORG_OPERATOR, organisationId: orgA })), SUB_MINE);
    const moved = { ...referralEvent(orgA), from: ReferralStatus.REQUESTED, to: ReferralStatus.ACCEPTED, version: 2, actorAccountId: me };
    await waitFor(async () => {
      await bus.publish('referral.accepted.v1', moved);
      await new Promise((r) => setTimeout(r, 200));
      return mine.items.length > 0 && colleague.items.length > 0;
    }, 30_000, 'the move on both sockets');
    expect(mine.items[0].referralUpdates).toMatchObject({ referralId: moved.referralId, byYou: true, step: null });
    expect(colleague.items[0].referralUpdates).toMatchObject({ referralId: moved.referralId, byYou: false });
    const handed = { ...moved, from: ReferralStatus.ACCEPTED, actorAccountId: randomUUID(), step: 'contact-handed-over' as const };
    await bus.publish('referral.contact-handed-over.v1', handed);
    await waitFor(() => mine.items.some((i) => i.referralUpdates.step === 'contact-handed-over'), 20_000, 'the hand-over');
    expect(mine.items.find((i) => i.referralUpdates.step)?.referralUpdates).toMatchObject({ byYou: false, status: ReferralStatus.ACCEPTED });
  });

  it('gives the city analyst a tick per report, never a person', async () => {
    const t = collect<{ reportsArriving: { municipality: string } }>(connect(two, await tokenFor({ role: Role.CITY_ANALYST })), 'subscription { reportsArriving { municipality at } }');
    await waitFor(async () => {
      await bus.publish('report.submitted.v1', { municipality: '015077', reportId: randomUUID(), antennaId: randomUUID(), ownerDeskId: randomUUID(), neighbourhoodCode: 'crocetta', needs: [Need.LONELINESS], urgency: Urgency.LOW, ageBand: AgeBand.AGE_80_PLUS, submittedAt: new Date().toISOString() });
      await new Promise((r) => setTimeout(r, 200));
      return t.items.length > 0;
    }, 30_000, 'a tick');
    expect(Object.keys(t.items[0].reportsArriving).sort()).toEqual(['at', 'municipality']);
  });

  it("gives the city analyst a tick when a referral of the municipality moves, and none for another city's", async () => {
    const here = collect<{ referralsMoving: { municipality: string } }>(connect(one, await tokenFor({ role: Role.CITY_ANALYST })), 'subscription { referralsMoving { municipality at } }');
    const there = collect<{ referralsMoving: { municipality: string } }>(connect(one, await tokenFor({ role: Role.CITY_ANALYST, municipality: '015146' })), 'subscription { referralsMoving { municipality at } }');
    await waitFor(async () => {
      await bus.publish('referral.accepted.v1', { ...referralEvent(orgA), to: ReferralStatus.ACCEPTED, from: ReferralStatus.REQUESTED, version: 2 });
      await new Promise((r) => setTimeout(r, 200));
      return here.items.length > 0;
    }, 30_000, 'a referral tick');
    expect(here.items[0].referralsMoving).toMatchObject({ municipality: '015077' });
    expect(Object.keys(here.items[0].referralsMoving).sort()).toEqual(['at', 'municipality']);
    expect(there.items).toHaveLength(0);
  });

  it("tells the social desk of its own municipality that an alert was raised, on both instances, and no other desk", async () => {
    const ALERTS = 'subscription { deskAlertRaised { alertId reportId kind needs at } }';
    const d1 = collect<{ deskAlertRaised: { alertId: string; kind: string; needs: string[] } }>(connect(one, await tokenFor({ role: Role.SOCIAL_WORKER })), ALERTS);
    const d2 = collect<{ deskAlertRaised: { alertId: string } }>(connect(two, await tokenFor({ role: Role.SOCIAL_WORKER })), ALERTS);
    const elsewhere = collect<{ deskAlertRaised: { alertId: string } }>(connect(one, await tokenFor({ role: Role.SOCIAL_WORKER, municipality: '015146' })), ALERTS);
    const analyst = collect(connect(one, await tokenFor({ role: Role.CITY_ANALYST })), ALERTS);
    const sent: string[] = [];
    await waitFor(async () => {
      const alertId = randomUUID();
      sent.push(alertId);
      await bus.publish('alert.raised.v1', { municipality: '015077', alertId, reportId: randomUUID(), kind: 'emergency', needs: [Need.MENTAL_HEALTH] });
      await new Promise((r) => setTimeout(r, 200));
      return d1.items.length > 0 && d2.items.length > 0;
    }, 30_000, 'both instances to deliver the alert');
    expect(d1.items[0].deskAlertRaised).toMatchObject({ kind: 'emergency', needs: ['MENTAL_HEALTH'] });
    expect(sent).toContain(d1.items[0].deskAlertRaised.alertId);
    expect(sent).toContain(d2.items[0].deskAlertRaised.alertId);
    await waitFor(() => analyst.errors.length > 0, 10_000, 'the analyst refused');
    expect(JSON.stringify(analyst.errors)).toMatch(/FORBIDDEN/);
    // Milan's desk heard nothing of Cinisello's alerts.
    expect(elsewhere.items).toHaveLength(0);
  });

  it('refuses a connection without a valid token, and a role that may not subscribe', async () => {
    const anon = collect(connect(one), SUB);
    await waitFor(() => anon.errors.length > 0 || anon.closed, 10_000, 'anonymous connection refused');
    expect(anon.items).toHaveLength(0);
    const forged = collect(connect(one, 'not-a-token'), SUB);
    await waitFor(() => forged.errors.length > 0 || forged.closed, 10_000, 'forged token refused');
    const antenna = collect(connect(one, await tokenFor({ role: Role.ANTENNA, antennaId: randomUUID() })), SUB);
    await waitFor(() => antenna.errors.length > 0, 10_000, 'antenna refused');
    expect(JSON.stringify(antenna.errors)).toMatch(/FORBIDDEN/);
  });
});
