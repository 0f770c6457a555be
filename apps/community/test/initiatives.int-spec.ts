import { randomUUID } from 'node:crypto';
import { INestMicroservice } from '@nestjs/common';
import {
  DayPart,
  ErrorCode,
  InitiativeKind,
  InitiativeWithSessionsV1,
  Page,
  PublishInitiativeV1,
  Role,
  RPC,
  RpdePageV1,
  SeatKind,
  SeatReservationV1,
  SessionStatus,
  SessionV1,
  Weekday,
} from '@prossimo/contracts';
import { loadSettings, startService } from '@prossimo/platform';
import { TEST_KEYS, TEST_NATS_URL, TestEventBus, TestRpcClient, cloneDatabase, deleteTestStreams, dropDatabase, query, tokenFor, uniqueRoot, waitFor } from '@prossimo/testing';
import { CommunityModule } from '../src/community.module';
import { CommunitySettings } from '../src/config/community.env';

const MUN = '015077';
const OTHER_MUN = '015146';
const ORG = randomUUID();
const OTHER_ORG = randomUUID();
const DAY = 24 * 3600_000;

/** A Rome wall-clock date `days` from today (YYYY-MM-DD). */
const romeDate = (days: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date(Date.now() + days * DAY));

function memoryCafe(over: Partial<PublishInitiativeV1> = {}): PublishInitiativeV1 {
  return {
    id: randomUUID(),
    kind: InitiativeKind.ELDERLY_PLACE,
    titleIt: 'Caffè della memoria',
    titleEn: 'Memory café',
    descriptionIt: 'Un pomeriggio insieme, con tè e musica, per chi vive con la demenza e chi lo accompagna.',
    neighbourhoodCode: 'crocetta',
    place: { name: 'Biblioteca Il Pertini', address: 'Piazza Confalonieri 3', position: { lat: 45.558, lng: 9.216 }, stepFree: true },
    ageMin: 65,
    free: true,
    goodForLivingAlone: true,
    ...over,
  };
}

describe('community: initiatives, sessions, the finder and open data (real PostgreSQL and NATS)', () => {
  let dbUrl: string;
  let root: string;
  let sut: INestMicroservice;
  let rpc: TestRpcClient;
  let bus: TestEventBus;
  let operator: string;
  let otherOperator: string;
  let admin: string;
  let otherAdmin: string;
  let socialWorker: string;

  beforeAll(async () => {
    dbUrl = await cloneDatabase('community');
    root = uniqueRoot();
    const settings = loadSettings(CommunitySettings, { DATABASE_URL: dbUrl, NATS_URL: TEST_NATS_URL, SUBJECT_ROOT: root, AUTH_PUBLIC_KEY: TEST_KEYS.publicKey, LOG_LEVEL: 'silent' });
    sut = await startService(CommunityModule.register(settings), settings, 'community');
    rpc = await TestRpcClient.connect(TEST_NATS_URL, root);
    bus = await TestEventBus.connect(TEST_NATS_URL, root);
    for (const [m, code] of [[MUN, 'crocetta'], [MUN, 'bettola'], [OTHER_MUN, 'centro']]) await bus.publish('neighbourhood.defined.v1', { municipality: m, code, name: code, approximate: true });
    await waitFor(async () => (await query(dbUrl, 'SELECT 1 FROM neighbourhoods')).length === 3, 20_000, 'the neighbourhoods');
    operator = await tokenFor({ role: Role.ORG_OPERATOR, organisationId: ORG });
    otherOperator = await tokenFor({ role: Role.ORG_OPERATOR, organisationId: OTHER_ORG });
    admin = await tokenFor({ role: Role.ADMIN });
    otherAdmin = await tokenFor({ role: Role.ADMIN, municipality: OTHER_MUN });
    socialWorker = await tokenFor({ role: Role.SOCIAL_WORKER });
  });

  afterAll(async () => {
    await bus?.close();
    await rpc?.close();
    await sut?.close();
    await deleteTestStreams(root);
    await dropDatabase(dbUrl);
  });

  const publish = (input: PublishInitiativeV1, token = operator) => rpc.call<InitiativeWithSessionsV1>(RPC.community.publishInitiative, input, token);
  const series = (payload: Record<string, unknown>, token = operator) => rpc.call<SessionV1[]>(RPC.community.scheduleSeries, payload, token);
  const find = (payload: Record<string, unknown>) => rpc.call<Page<InitiativeWithSessionsV1>>(RPC.community.publicInitiatives, { municipality: MUN, ...payload });

  it('an operator publishes for their own organisation, with its place, once however often retried', async () => {
    const input = memoryCafe();
    const got = await publish(input);
    expect(got).toMatchObject({ id: input.id, municipality: MUN, organiserOrganisationId: ORG, status: 'PUBLISHED', neighbourhoodCode: 'crocetta', place: { name: 'Biblioteca Il Pertini', stepFree: true }, sessions: [], nextSession: null });
    await expect(publish(input)).resolves.toMatchObject({ id: input.id });
    const outbox = await query<{ subject: string; payload: Record<string, unknown> }>(dbUrl, `SELECT subject, payload FROM outbox WHERE payload->>'initiativeId' = $1`, [input.id]);
    expect(outbox).toHaveLength(1);
    expect(outbox[0].subject).toBe(`${root}.${MUN}.initiative.published.v1`);
    expect(outbox[0].payload).toMatchObject({ kind: 'ELDERLY_PLACE', organiserOrganisationId: ORG, stepFree: true, goodForLivingAlone: true, free: true });
    expect(JSON.stringify(outbox[0].payload)).not.toContain('Caffè');
  });

  it('refuses bad input naming the field, and publishing for another organisation', async () => {
    const cases: [Partial<PublishInitiativeV1> | Record<string, unknown>, string][] = [
      [{ kind: 'BINGO' }, 'kind'],
      [{ titleIt: 'x' }, 'titleIt'],
      [{ free: false }, 'costText'],
      [{ neighbourhoodCode: 'atlantide' }, 'neighbourhoodCode'],
      [{ neighbourhoodCode: 'centro' }, 'neighbourhoodCode'],
      [{ ageMin: 70, ageMax: 60 }, 'ageMax'],
      [{ place: { name: 'Sala', address: 'Via Roma 1', position: { lat: 95, lng: 9 }, stepFree: true } }, 'place.position.lat'],
      [{ organiserOrganisationId: OTHER_ORG }, 'organiserOrganisationId'],
    ];
    for (const [change, field] of cases) {
      const err = await rpc.callError(RPC.community.publishInitiative, { ...memoryCafe(), ...change }, operator);
      expect({ change, code: err.code, field: err.field }).toEqual({ change, code: ErrorCode.BAD_USER_INPUT, field });
    }
    await expect(rpc.callError(RPC.community.publishInitiative, memoryCafe(), socialWorker)).resolves.toMatchObject({ code: ErrorCode.FORBIDDEN });
    await expect(rpc.callError(RPC.community.publishInitiative, memoryCafe(), undefined)).resolves.toMatchObject({ code: ErrorCode.UNAUTHENTICATED });
  });

  it('schedules a weekly series in Rome time; another organisation or municipality cannot touch it', async () => {
    const cafe = await publish(memoryCafe({ titleIt: 'Caffè della memoria del martedì' }));
    const rule = { id: randomUUID(), initiativeId: cafe.id, weekdays: [Weekday.TUESDAY, Weekday.THURSDAY], startTime: '15:00', endTime: '17:00', firstDate: romeDate(1), untilDate: romeDate(60), maxOccurrences: 6, publicSeats: 12, referralSeats: 3 };
    const made = await series(rule);
    expect(made).toHaveLength(6);
    for (const s of made) {
      expect(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Rome', hour: '2-digit', minute: '2-digit', weekday: 'long' }).format(new Date(s.startsAt))).toMatch(/^(Tuesday|Thursday) 15:00$/);
      expect(s).toMatchObject({ status: 'SCHEDULED', publicSeats: 12, referralSeats: 3, publicLeft: 12, referralLeft: 3, seriesId: rule.id });
    }
    // A retry makes nothing new.
    await expect(series(rule)).resolves.toEqual(made);
    await expect(query(dbUrl, 'SELECT count(*)::int AS n FROM sessions WHERE series_id = $1', [rule.id])).resolves.toEqual([{ n: 6 }]);
    await expect(query(dbUrl, `SELECT count(*)::int AS n FROM outbox WHERE subject LIKE '%session-scheduled.v1' AND payload->>'initiativeId' = $1`, [cafe.id])).resolves.toEqual([{ n: 6 }]);

    for (const token of [otherOperator, otherAdmin]) {
      await expect(rpc.callError(RPC.community.scheduleSeries, { ...rule, id: randomUUID() }, token)).resolves.toMatchObject({ code: ErrorCode.NOT_FOUND });
      await expect(rpc.callError(RPC.community.getInitiative, { id: cafe.id }, token)).resolves.toMatchObject({ code: ErrorCode.NOT_FOUND });
      await expect(rpc.callError(RPC.community.updateSession, { id: made[0].id, status: 'CANCELLED' }, token)).resolves.toMatchObject({ code: ErrorCode.NOT_FOUND });
    }
    // The municipality's ADMIN manages every initiative of it.
    await expect(rpc.call<InitiativeWithSessionsV1>(RPC.community.getInitiative, { id: cafe.id }, admin)).resolves.toMatchObject({ id: cafe.id, sessions: expect.any(Array) });

    const bad = await rpc.callError(RPC.community.scheduleSeries, { ...rule, id: randomUUID(), maxOccurrences: undefined, untilDate: romeDate(400) }, operator);
    expect(bad).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'untilDate' });
    await expect(rpc.callError(RPC.community.scheduleSeries, { ...rule, id: randomUUID(), startTime: '25:00' }, operator)).resolves.toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'startTime' });
    await expect(rpc.callError(RPC.community.scheduleSession, { id: randomUUID(), initiativeId: cafe.id, startsAt: new Date(Date.now() - 7200_000).toISOString(), endsAt: new Date(Date.now() - 3600_000).toISOString(), publicSeats: 5, referralSeats: 0 }, operator)).resolves.toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'startsAt',
    });
  });

  it('cancels and postpones sessions; seats never go under those taken; cancelled is final', async () => {
    const theatre = await publish(memoryCafe({ kind: InitiativeKind.SOCIAL_THEATRE, titleIt: 'Laboratorio di teatro sociale' }));
    const start = new Date(Date.now() + 3 * DAY);
    const s = await rpc.call<SessionV1>(RPC.community.scheduleSession, { id: randomUUID(), initiativeId: theatre.id, startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 7200_000).toISOString(), publicSeats: 2, referralSeats: 1 }, operator);
    await rpc.call<SeatReservationV1>(RPC.community.reserveSeat, { id: randomUUID(), sessionId: s.id, kind: SeatKind.PUBLIC }, operator);
    await expect(rpc.callError(RPC.community.updateSession, { id: s.id, publicSeats: 0 }, operator)).resolves.toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'publicSeats' });
    await expect(rpc.call<SessionV1>(RPC.community.updateSession, { id: s.id, status: SessionStatus.POSTPONED, note: 'Rinviato per maltempo' }, operator)).resolves.toMatchObject({ status: 'POSTPONED', note: 'Rinviato per maltempo' });
    await expect(rpc.callError(RPC.community.reserveSeat, { id: randomUUID(), sessionId: s.id, kind: SeatKind.PUBLIC }, operator)).resolves.toMatchObject({ code: ErrorCode.CONFLICT });
    await expect(rpc.call<SessionV1>(RPC.community.updateSession, { id: s.id, status: SessionStatus.CANCELLED }, operator)).resolves.toMatchObject({ status: 'CANCELLED' });
    await expect(rpc.callError(RPC.community.updateSession, { id: s.id, status: SessionStatus.SCHEDULED }, operator)).resolves.toMatchObject({ code: ErrorCode.CONFLICT });
    await expect(query(dbUrl, `SELECT subject FROM outbox WHERE payload->>'sessionId' = $1 ORDER BY seq`, [s.id])).resolves.toEqual([
      { subject: `${root}.${MUN}.initiative.session-scheduled.v1` },
      { subject: `${root}.${MUN}.initiative.seat-reserved.v1` },
      { subject: `${root}.${MUN}.initiative.session-changed.v1` },
      { subject: `${root}.${MUN}.initiative.session-changed.v1` },
    ]);
  });

  it('the finder filters by neighbourhood, day part, kind, free, step-free and living alone, and pages', async () => {
    const t = (days: number, hour: number) => {
      const d = new Date(Date.now() + days * DAY);
      d.setUTCHours(hour - 1, 0, 0, 0); // 1 h behind Rome in winter, 2 in summer: keep hours well inside a part
      return d;
    };
    const mk = async (over: Partial<PublishInitiativeV1>, startHourRome: number) => {
      const i = await publish(memoryCafe(over), admin);
      const start = t(2, startHourRome);
      await rpc.call(RPC.community.scheduleSession, { id: randomUUID(), initiativeId: i.id, startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 3600_000).toISOString(), publicSeats: 10, referralSeats: 0 }, admin);
      return i;
    };
    const walk = await mk({ kind: InitiativeKind.LIFESTYLE_EXPERIMENT, titleIt: 'Gruppo di cammino', neighbourhoodCode: 'bettola', goodForLivingAlone: false }, 9);
    const repair = await mk({ kind: InitiativeKind.LIFESTYLE_EXPERIMENT, titleIt: 'Repair café', free: false, costText: 'Offerta libera', place: { name: 'Scuola', address: 'Via Verdi 4', position: { lat: 45.55, lng: 9.21 }, stepFree: false } }, 20);
    const ids = (p: Page<InitiativeWithSessionsV1>) => p.nodes.map((n) => n.id);

    expect(ids(await find({ neighbourhoodCode: 'bettola' }))).toEqual([walk.id]);
    expect(ids(await find({ dayPart: DayPart.MORNING }))).toContain(walk.id);
    expect(ids(await find({ dayPart: DayPart.MORNING }))).not.toContain(repair.id);
    expect(ids(await find({ dayPart: DayPart.EVENING }))).toEqual([repair.id]);
    expect(ids(await find({ free: false }))).toEqual([repair.id]);
    expect(ids(await find({ stepFree: false }))).toEqual([repair.id]);
    expect(ids(await find({ goodForLivingAlone: false }))).toEqual([walk.id]);
    expect(ids(await find({ kind: InitiativeKind.SOCIAL_THEATRE }))).toEqual([]); // its only session was cancelled
    const all = await find({});
    expect(all.nodes.length).toBeGreaterThanOrEqual(3);
    expect(all.nodes.every((n) => n.nextSession !== null && n.nextSession.status === 'SCHEDULED')).toBe(true);
    const starts = all.nodes.map((n) => n.nextSession!.startsAt);
    expect([...starts].sort()).toEqual(starts);
    // Pages: one at a time, the same items in the same order, none twice.
    const paged: string[] = [];
    let after: string | undefined;
    do {
      const p = await find({ first: 1, ...(after ? { after } : {}) });
      paged.push(...ids(p));
      after = p.pageInfo.hasNextPage ? p.pageInfo.endCursor! : undefined;
    } while (after);
    expect(paged).toEqual(ids(all));
    // Another municipality's finder does not list these.
    await expect(rpc.call<Page<InitiativeWithSessionsV1>>(RPC.community.publicInitiatives, { municipality: OTHER_MUN })).resolves.toMatchObject({ nodes: [] });
    await expect(rpc.callError(RPC.community.publicInitiatives, { municipality: MUN, dayPart: 'NIGHT' })).resolves.toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'dayPart' });
    await expect(rpc.callError(RPC.community.publicInitiatives, { municipality: MUN, after: 'garbage' })).resolves.toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'after' });
  });

  it('an initiative’s public page lists its sessions to come with seats left; a withdrawn one is gone', async () => {
    const i = await publish(memoryCafe({ titleIt: 'Caffè della memoria di Crocetta' }));
    const [first] = await series({ id: randomUUID(), initiativeId: i.id, weekdays: [Weekday.WEDNESDAY], startTime: '15:00', endTime: '17:00', firstDate: romeDate(1), untilDate: romeDate(30), publicSeats: 3, referralSeats: 2 });
    await rpc.call(RPC.community.reserveSeat, { id: randomUUID(), sessionId: first.id, kind: SeatKind.PUBLIC }, operator);
    const page = await rpc.call<InitiativeWithSessionsV1>(RPC.community.publicInitiative, { id: i.id });
    expect(page.sessions.length).toBeGreaterThanOrEqual(4);
    expect(page.nextSession).toMatchObject({ id: first.id, publicLeft: 2, referralLeft: 2 });
    await rpc.call(RPC.community.withdrawInitiative, { id: i.id }, operator);
    await expect(rpc.callError(RPC.community.publicInitiative, { id: i.id })).resolves.toMatchObject({ code: ErrorCode.NOT_FOUND });
    expect((await find({})).nodes.map((n) => n.id)).not.toContain(i.id);
    // The operator still sees it among their withdrawn ones.
    const mine = await rpc.call<Page<InitiativeWithSessionsV1>>(RPC.community.myInitiatives, { includeWithdrawn: true }, operator);
    expect(mine.nodes.find((n) => n.id === i.id)).toMatchObject({ status: 'WITHDRAWN' });
    const theirs = await rpc.call<Page<InitiativeWithSessionsV1>>(RPC.community.myInitiatives, { includeWithdrawn: true }, otherOperator);
    expect(theirs.nodes).toEqual([]);
  });

  it('serves the open data as RPDE pages of OpenActive SessionSeries and ScheduledSession, withdrawn ones as deleted', async () => {
    const walk = async (feed: string) => {
      const items: RpdePageV1['items'] = [];
      let q: Record<string, unknown> = { feed, limit: 3 };
      for (;;) {
        const p = await rpc.call<RpdePageV1>(RPC.community.openData, q);
        expect(p.license).toMatch(/creativecommons/);
        if (p.items.length === 0) return items;
        items.push(...p.items);
        q = { feed, limit: 3, afterTimestamp: p.next!.afterTimestamp, afterId: p.next!.afterId };
      }
    };
    const seriesItems = await walk('session-series');
    const modified = seriesItems.map((i) => i.modified);
    expect([...modified].sort((a, b) => a - b)).toEqual(modified);
    const updated = seriesItems.filter((i) => i.state === 'updated');
    expect(updated.length).toBeGreaterThan(0);
    expect(updated[0].data).toMatchObject({ '@type': 'SessionSeries', '@context': expect.arrayContaining(['https://openactive.io/']), location: { '@type': 'Place', geo: { '@type': 'GeoCoordinates' } }, isAccessibleForFree: expect.any(Boolean) });
    const deleted = seriesItems.filter((i) => i.state === 'deleted');
    expect(deleted.length).toBe(1);
    expect(deleted[0]).not.toHaveProperty('data');

    const sessions = await walk('scheduled-sessions');
    const cancelled = sessions.find((s) => s.data?.eventStatus === 'https://schema.org/EventCancelled');
    expect(cancelled?.data).toMatchObject({ '@type': 'ScheduledSession', superEvent: expect.any(String), duration: 'PT2H', maximumAttendeeCapacity: 2 });
    expect(sessions.filter((s) => s.state === 'deleted').length).toBeGreaterThanOrEqual(4);
    // No person anywhere in the feed.
    expect(JSON.stringify(sessions)).not.toMatch(/holder|reservedBy|accountId/);
    await expect(rpc.callError(RPC.community.openData, { feed: 'people' })).resolves.toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'feed' });
  });
});
