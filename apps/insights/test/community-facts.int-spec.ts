import { randomUUID } from 'node:crypto';
import { INestMicroservice } from '@nestjs/common';
import { jetstream } from '@nats-io/jetstream';
import { DashboardV1, EventType, InitiativeKind, InitiativeStatus, REQUEST_PATTERNS, Role, SeatKind, SessionStatus, eventSubject } from '@prossimo/contracts';
import { loadSettings, startService } from '@prossimo/platform';
import { TEST_KEYS, TEST_NATS_URL, TestEventBus, TestRpcClient, cloneDatabase, deleteTestStreams, dropDatabase, query, tokenFor, uniqueRoot, waitFor } from '@prossimo/testing';
import { InsightsSettings } from '../src/config/insights.env';
import { InsightsModule } from '../src/insights.module';
import { expectOnlyLargeTrueFigures } from './support/small-cells';

const MUN = '015077';
const MARCH = '2025-03';

/**
 * apps/community's initiative.* events on the city's dashboard: initiatives by kind, sessions and
 * seats offered and taken per neighbourhood and month, each event applied once (inbox) whatever
 * the order, every table through the small-cell rule. Real PostgreSQL and NATS.
 */
describe('insights: the community figures (real PostgreSQL and NATS)', () => {
  let dbUrl: string;
  const root = uniqueRoot('insc');
  let sut: INestMicroservice;
  let bus: TestEventBus;
  let rpc: TestRpcClient;
  let analyst: string;
  const sent = new Set<string>();

  const at = (day: number, hour = 10) => `${MARCH}-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000Z`;
  const initiative = (n: string, kind: InitiativeKind, status = InitiativeStatus.PUBLISHED) => ({
    municipality: MUN, initiativeId: randomUUID(), kind, status, neighbourhoodCode: n, free: true, stepFree: true, goodForLivingAlone: true,
  });
  const session = (i: { initiativeId: string; neighbourhoodCode: string }, day: number, publicSeats: number, referralSeats: number, status = SessionStatus.SCHEDULED) => ({
    municipality: MUN, initiativeId: i.initiativeId, sessionId: randomUUID(), neighbourhoodCode: i.neighbourhoodCode, startsAt: at(day, 14), endsAt: at(day, 16), status, publicSeats, referralSeats,
  });
  const seat = (s: { initiativeId: string; sessionId: string; neighbourhoodCode: string }, kind: SeatKind, change: 'reserved' | 'released', reservationId = randomUUID()) => ({
    municipality: MUN, reservationId, initiativeId: s.initiativeId, sessionId: s.sessionId, neighbourhoodCode: s.neighbourhoodCode, kind, change, publicTaken: 0, referralTaken: 0,
  });
  async function publish<T extends EventType>(type: T, payload: Parameters<typeof bus.publish<T>>[1]): Promise<void> {
    sent.add(await bus.publish(type, payload));
  }
  const dashboard = () => rpc.call<DashboardV1>(REQUEST_PATTERNS.insights.dashboard, { from: MARCH, to: MARCH }, analyst);

  // The fixture: Crocetta 12 memory cafés and 3 culture initiatives, Balsamo 11 and 15; 20 sessions in
  // Crocetta (10 public seats and 2 held for referrals each), 12 in Balsamo (8 and 1) and 2 in Bettola
  // (3 public); 22 public and 12 referral seats taken in Crocetta, 14 public in Balsamo, 1 in Bettola.
  const crocettaCafe = Array.from({ length: 12 }, () => initiative('crocetta', InitiativeKind.ELDERLY_PLACE));
  const crocettaCulture = Array.from({ length: 3 }, () => initiative('crocetta', InitiativeKind.CULTURE));
  const balsamoCafe = Array.from({ length: 11 }, () => initiative('balsamo', InitiativeKind.ELDERLY_PLACE));
  const balsamoCulture = Array.from({ length: 15 }, () => initiative('balsamo', InitiativeKind.CULTURE));
  const crocettaSessions = Array.from({ length: 20 }, (_, i) => session(crocettaCafe[i % 12], 3 + (i % 20), 10, 2));
  const balsamoSessions = Array.from({ length: 12 }, (_, i) => session(balsamoCafe[i % 11], 5 + i, 8, 1));
  const bettolaWalk = initiative('bettola', InitiativeKind.LIFESTYLE_EXPERIMENT);
  const bettolaSessions = Array.from({ length: 2 }, (_, i) => session(bettolaWalk, 7 + i, 3, 0));
  let repeated: { eventId: string; occurredAt: string } & ReturnType<typeof seat>;

  beforeAll(async () => {
    dbUrl = await cloneDatabase('insights');
    const settings = loadSettings(InsightsSettings, { DATABASE_URL: dbUrl, NATS_URL: TEST_NATS_URL, SUBJECT_ROOT: root, AUTH_PUBLIC_KEY: TEST_KEYS.publicKey, LOG_LEVEL: 'silent' });
    bus = await TestEventBus.connect(TEST_NATS_URL, root);
    sut = await startService(InsightsModule.register(settings), settings, 'insights');
    rpc = await TestRpcClient.connect(TEST_NATS_URL, root);
    analyst = await tokenFor({ role: Role.CITY_ANALYST });

    // A seat taken before its session's own event arrives (another order than the one it was written in).
    const early = crocettaSessions[0];
    await publish('initiative.seat-reserved.v1', { ...seat(early, SeatKind.REFERRAL, 'reserved'), occurredAt: at(2, 9) });
    for (const i of [...crocettaCafe, ...crocettaCulture, ...balsamoCafe, ...balsamoCulture, bettolaWalk]) await publish('initiative.published.v1', { ...i, occurredAt: at(1) });
    // A stale change (older than the session's newest) arriving last must not win: see below.
    for (const s of [...crocettaSessions, ...balsamoSessions, ...bettolaSessions]) await publish('initiative.session-scheduled.v1', { ...s, occurredAt: at(2) });
    // Not offered: a cancelled session, and two of an initiative withdrawn before they began.
    const cancelled = session(crocettaCafe[0], 20, 30, 5);
    await publish('initiative.session-scheduled.v1', { ...cancelled, occurredAt: at(2) });
    await publish('initiative.session-changed.v1', { ...cancelled, status: SessionStatus.CANCELLED, occurredAt: at(3) });
    const withdrawn = initiative('crocetta', InitiativeKind.VOLUNTEERING);
    await publish('initiative.published.v1', { ...withdrawn, occurredAt: at(1) });
    for (const day of [15, 22]) await publish('initiative.session-scheduled.v1', { ...session(withdrawn, day, 40, 4), occurredAt: at(2) });
    await publish('initiative.withdrawn.v1', { ...withdrawn, status: InitiativeStatus.WITHDRAWN, occurredAt: at(10) });
    // A session whose seats were raised then (late, older) "lowered": the newest wins (10 public stays 10).
    const changed = crocettaSessions[1];
    await publish('initiative.session-changed.v1', { ...changed, publicSeats: 10, occurredAt: at(4) });
    await publish('initiative.session-changed.v1', { ...changed, publicSeats: 99, occurredAt: at(3) });

    // Seats: Crocetta 25 public taken and 3 given back (22), 12 referral (one above, eleven here); Balsamo 14 public; Bettola 1.
    for (let i = 0; i < 25; i++) {
      const s = crocettaSessions[i % 20];
      const reservationId = randomUUID();
      await publish('initiative.seat-reserved.v1', { ...seat(s, SeatKind.PUBLIC, 'reserved', reservationId), occurredAt: at(5) });
      if (i < 3) await publish('initiative.seat-released.v1', { ...seat(s, SeatKind.PUBLIC, 'released', reservationId), occurredAt: at(6) });
    }
    for (let i = 0; i < 11; i++) await publish('initiative.seat-reserved.v1', { ...seat(crocettaSessions[i], SeatKind.REFERRAL, 'reserved'), occurredAt: at(5) });
    for (let i = 0; i < 13; i++) await publish('initiative.seat-reserved.v1', { ...seat(balsamoSessions[i % 12], SeatKind.PUBLIC, 'reserved'), occurredAt: at(5) });
    await publish('initiative.seat-reserved.v1', { ...seat(bettolaSessions[0], SeatKind.PUBLIC, 'reserved'), occurredAt: at(5) });
    // The fourteenth Balsamo seat: its event is kept to be delivered again in the redelivery test.
    repeated = { ...seat(balsamoSessions[0], SeatKind.PUBLIC, 'reserved'), eventId: randomUUID(), occurredAt: at(5) };
    await publish('initiative.seat-reserved.v1', repeated);
    await waitFor(async () => (await query<{ n: number }>(dbUrl, `SELECT count(*)::int AS n FROM inbox`))[0].n === sent.size, 30_000, 'every event applied');
  });

  afterAll(async () => {
    await rpc?.close();
    await bus?.close();
    await sut?.close();
    await deleteTestStreams(root);
    await dropDatabase(dbUrl);
  });

  it('counts initiatives published per neighbourhood and kind (a withdrawn one was published too), small cells hidden', async () => {
    const t = (await dashboard()).initiativesByNeighbourhoodAndKind;
    expect(t.rows).toEqual(['balsamo', 'bettola', 'crocetta']);
    expect(t.columns).toEqual(Object.values(InitiativeKind));
    const raw: Record<string, Partial<Record<InitiativeKind, number>>> = {
      balsamo: { ELDERLY_PLACE: 11, CULTURE: 15 },
      bettola: { LIFESTYLE_EXPERIMENT: 1 },
      crocetta: { ELDERLY_PLACE: 12, CULTURE: 3, VOLUNTEERING: 1 },
    };
    expectOnlyLargeTrueFigures(t, (r, c) => raw[r][c as InitiativeKind] ?? 0);
    expect(t.cells[2][t.columns.indexOf(InitiativeKind.CULTURE)]).toBeNull();
    expect(t.reasons.cells[2][t.columns.indexOf(InitiativeKind.CULTURE)]).toBe('small');
  });

  it('counts sessions and seats offered, leaving out cancelled sessions and those of an initiative withdrawn before they began; the newest change wins', async () => {
    const d = await dashboard();
    expect(d.sessionsByNeighbourhoodAndMonth.columns).toEqual([`${MARCH}-01`]);
    expectOnlyLargeTrueFigures(d.sessionsByNeighbourhoodAndMonth, (r) => ({ balsamo: 12, bettola: 2, crocetta: 20 })[r] ?? 0);
    const offered: Record<string, Record<string, number>> = { balsamo: { PUBLIC: 96, REFERRAL: 12 }, bettola: { PUBLIC: 6, REFERRAL: 0 }, crocetta: { PUBLIC: 200, REFERRAL: 40 } };
    expect(d.seatsOfferedByNeighbourhood.columns).toEqual([SeatKind.PUBLIC, SeatKind.REFERRAL]);
    expectOnlyLargeTrueFigures(d.seatsOfferedByNeighbourhood, (r, c) => offered[r][c]);
    // Crocetta's 200 public seats are shown exactly: the stale 99 did not win, and the 30 of the cancelled session are not there.
    expect(d.seatsOfferedByNeighbourhood.cells[2]).toEqual([200, 40]);
    expect(d.seatsOfferedByNeighbourhood.reasons.cells[1]).toEqual(['small', null]);
  });

  it('counts seats taken by kind (given back ones subtracted; one taken before its session was known), per neighbourhood and per month', async () => {
    const d = await dashboard();
    const taken: Record<string, Record<string, number>> = { balsamo: { PUBLIC: 14, REFERRAL: 0 }, bettola: { PUBLIC: 1, REFERRAL: 0 }, crocetta: { PUBLIC: 22, REFERRAL: 12 } };
    expectOnlyLargeTrueFigures(d.seatsTakenByNeighbourhood, (r, c) => taken[r][c]);
    expect(d.seatsTakenByNeighbourhood.cells[2]).toEqual([22, 12]);
    expect(d.seatsTakenByMonth.rows).toEqual([`${MARCH}-01`]);
    expectOnlyLargeTrueFigures(d.seatsTakenByMonth, (_, c) => ({ PUBLIC: 37, REFERRAL: 12 })[c] ?? 0);
  });

  it('applies a seat event once however often it is delivered', async () => {
    const before = await query<{ n: number }>(dbUrl, `SELECT public_taken AS n FROM session_facts WHERE session_id = $1`, [repeated.sessionId]);
    const js = jetstream(bus.nc);
    const subject = eventSubject(root, MUN, 'initiative.seat-reserved.v1');
    // Sent again after the broker's duplicate window (another message id): the stream holds it twice, the consumer sees it twice.
    expect((await js.publish(subject, JSON.stringify(repeated), { msgID: `${repeated.eventId}:again` })).duplicate).toBe(false);
    const sentinel = await bus.publish('initiative.seat-released.v1', { ...seat(crocettaSessions[19], SeatKind.PUBLIC, 'released'), occurredAt: at(7) });
    await bus.publish('initiative.seat-reserved.v1', { ...seat(crocettaSessions[19], SeatKind.PUBLIC, 'reserved'), occurredAt: at(7) });
    await waitFor(async () => (await query(dbUrl, `SELECT 1 FROM inbox WHERE event_id = $1`, [sentinel])).length === 1, 30_000, 'the sentinel applied');
    expect(await query(dbUrl, `SELECT count(*)::int AS n FROM inbox WHERE event_id = $1`, [repeated.eventId])).toEqual([{ n: 1 }]);
    expect(await query<{ n: number }>(dbUrl, `SELECT public_taken AS n FROM session_facts WHERE session_id = $1`, [repeated.sessionId])).toEqual(before);
    expect((await dashboard()).seatsTakenByNeighbourhood.cells[2]).toEqual([22, 12]);
  });

  it('keeps no text of an initiative and no person: ids, places, kinds, times and counts only', async () => {
    const columns = await query<{ table_name: string; column_name: string }>(
      dbUrl,
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_name IN ('initiative_facts', 'session_facts') ORDER BY 1, 2`,
    );
    expect(columns.map((c) => c.column_name).filter((c) => /title|description|name|holder|phone|address|note/.test(c))).toEqual([]);
  });
});
