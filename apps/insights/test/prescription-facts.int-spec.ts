import { randomUUID } from 'node:crypto';
import { INestMicroservice } from '@nestjs/common';
import {
  AgeBand,
  DashboardV1,
  EventType,
  FIRST_ATTENDANCE_COLUMNS,
  HoursSource,
  Need,
  REFERRAL_EVENT_BY_STATUS,
  REQUEST_PATTERNS,
  ReferralStatus,
  ReferralTargetKind,
  Role,
  Urgency,
} from '@prossimo/contracts';
import { loadSettings, startService } from '@prossimo/platform';
import { TEST_KEYS, TEST_NATS_URL, TestEventBus, TestRpcClient, cloneDatabase, deleteTestStreams, dropDatabase, query, tokenFor, uniqueRoot, waitFor } from '@prossimo/testing';
import { InsightsSettings } from '../src/config/insights.env';
import { InsightsModule } from '../src/insights.module';
import { expectOnlyLargeTrueFigures } from './support/small-cells';

const MUN = '015077';
const MARCH = '2025-03';
const APRIL = '2025-04';
const MAY = '2025-05';

/**
 * Prescriptions (referrals with targetKind INITIATIVE) and volunteer hours on the city's dashboard:
 * prescriptions by state, first attendance by month and its rate (denominator: prescriptions ever
 * accepted), volunteer hours per neighbourhood and month; each event applied once (inbox) whatever
 * the order, every table through the small-cell rule. Real PostgreSQL and NATS.
 */
describe('insights: prescriptions and volunteer hours (real PostgreSQL and NATS)', () => {
  let dbUrl: string;
  const root = uniqueRoot('insp');
  let sut: INestMicroservice;
  let bus: TestEventBus;
  let rpc: TestRpcClient;
  let analyst: string;
  const sent = new Set<string>();

  const at = (month: string, day: number, hour = 10) => `${month}-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000Z`;
  type Step = { to: ReferralStatus; from?: ReferralStatus; version: number; occurredAt: string; firstAttendedAt?: string };
  const referral = (kind: ReferralTargetKind) => {
    const base = { municipality: MUN, referralId: randomUUID(), reportId: randomUUID(), organisationId: randomUUID(), needs: [Need.LONELINESS], neighbourhoodCode: 'crocetta', urgency: Urgency.LOW };
    return kind === ReferralTargetKind.INITIATIVE
      ? { ...base, targetKind: ReferralTargetKind.INITIATIVE, initiativeId: randomUUID(), sessionId: randomUUID(), buddyRequested: false }
      : { ...base, serviceId: randomUUID() };
  };
  type Referral = ReturnType<typeof referral>;
  const eventOf = (r: Referral, s: Step) => ({ ...r, ...s }) as Parameters<typeof bus.publish<'referral.accepted.v1'>>[1];
  async function move(r: Referral, s: Step, msgId?: string): Promise<string> {
    const id = await bus.publish(REFERRAL_EVENT_BY_STATUS[s.to] as 'referral.accepted.v1', eventOf(r, s), msgId);
    sent.add(id);
    return id;
  }
  async function publish<T extends EventType>(type: T, payload: Parameters<typeof bus.publish<T>>[1]): Promise<string> {
    const id = await bus.publish(type, payload);
    sent.add(id);
    return id;
  }
  /** The lifecycle of a prescription made in `month`: the steps up to `until`. */
  const lifecycle = (month: string, until: 'requested' | 'accepted' | 'attended' | 'completed' | 'rejected' | 'entered-in-error'): Step[] => {
    const S = ReferralStatus;
    const steps: Step[] = [{ to: S.REQUESTED, version: 1, occurredAt: at(month, 2) }];
    if (until === 'rejected') return [...steps, { from: S.REQUESTED, to: S.REJECTED, version: 2, occurredAt: at(month, 3) }];
    if (until === 'requested') return steps;
    steps.push({ from: S.REQUESTED, to: S.ACCEPTED, version: 2, occurredAt: at(month, 3) });
    if (until === 'entered-in-error') return [...steps, { from: S.ACCEPTED, to: S.ENTERED_IN_ERROR, version: 3, occurredAt: at(month, 4) }];
    if (until === 'accepted') return steps;
    const firstAttendedAt = at(month, 8, 15);
    steps.push({ from: S.ACCEPTED, to: S.IN_PROGRESS, version: 3, occurredAt: firstAttendedAt, firstAttendedAt });
    if (until === 'attended') return steps;
    return [...steps, { from: S.IN_PROGRESS, to: S.COMPLETED, version: 4, occurredAt: at(month, 20), firstAttendedAt }];
  };
  const dashboard = (from: string, to = from) => rpc.call<DashboardV1>(REQUEST_PATTERNS.insights.dashboard, { from, to }, analyst);

  const hours = (neighbourhoodCode: string, day: string, minutes: number) => ({
    municipality: MUN, hoursId: randomUUID(), organisationId: randomUUID(), roleId: randomUUID(), neighbourhoodCode, ageBand: AgeBand.AGE_65_79, day, minutes, source: HoursSource.MANUAL,
  });

  // March: 12 prescriptions completed (4 of them delivered newest first), 11 accepted and not yet
  // attended, 4 rejected, 3 only requested, 1 entered in error after acceptance; and 15 referrals
  // to services, accepted. April: 4 accepted, 2 attended. May: 10 accepted, 3 attended.
  const completed = Array.from({ length: 12 }, () => referral(ReferralTargetKind.INITIATIVE));
  let attendedEvent: ReturnType<typeof eventOf> & { eventId: string };
  const redelivered = hours('crocetta', `${MARCH}-10`, 60);
  let redeliveredId: string;

  beforeAll(async () => {
    dbUrl = await cloneDatabase('insights');
    const settings = loadSettings(InsightsSettings, { DATABASE_URL: dbUrl, NATS_URL: TEST_NATS_URL, SUBJECT_ROOT: root, AUTH_PUBLIC_KEY: TEST_KEYS.publicKey, LOG_LEVEL: 'silent' });
    bus = await TestEventBus.connect(TEST_NATS_URL, root);
    sut = await startService(InsightsModule.register(settings), settings, 'insights');
    rpc = await TestRpcClient.connect(TEST_NATS_URL, root);
    analyst = await tokenFor({ role: Role.CITY_ANALYST });

    for (const [i, r] of completed.entries()) {
      const steps = lifecycle(MARCH, 'completed');
      // Four arrive newest first: the stale ones after must not take them back to an older state.
      for (const s of i < 4 ? [...steps].reverse() : steps) await move(r, s);
    }
    for (let i = 0; i < 11; i++) {
      const r = referral(ReferralTargetKind.INITIATIVE);
      for (const s of lifecycle(MARCH, 'accepted')) await move(r, s);
    }
    for (const [n, until] of [[4, 'rejected'], [3, 'requested'], [1, 'entered-in-error']] as const) {
      for (let i = 0; i < n; i++) {
        const r = referral(ReferralTargetKind.INITIATIVE);
        for (const s of lifecycle(MARCH, until)) await move(r, s);
      }
    }
    for (let i = 0; i < 15; i++) {
      const r = referral(ReferralTargetKind.SERVICE);
      for (const s of lifecycle(MARCH, 'accepted')) await move(r, s);
    }
    for (const [month, accepted, attended] of [[APRIL, 4, 2], [MAY, 10, 3]] as const) {
      for (let i = 0; i < accepted; i++) {
        const r = referral(ReferralTargetKind.INITIATIVE);
        for (const s of lifecycle(month, i < attended ? 'attended' : 'accepted')) await move(r, s);
      }
    }
    // One May prescription's first attendance, kept to be delivered again.
    const again = referral(ReferralTargetKind.INITIATIVE);
    const steps = lifecycle(MAY, 'accepted');
    for (const s of steps) await move(again, s);
    const firstAttendedAt = at(MAY, 9, 15);
    attendedEvent = { ...eventOf(again, { from: ReferralStatus.ACCEPTED, to: ReferralStatus.IN_PROGRESS, version: 3, occurredAt: firstAttendedAt, firstAttendedAt }), eventId: randomUUID() };
    sent.add(await bus.publish('referral.in-progress.v1', attendedEvent));

    // Volunteer hours: Crocetta 25 hours and 20 minutes in March (one line on the 31st, recorded in
    // April: the day worked decides), Balsamo 4½ in March, Bettola 12 in April.
    for (let i = 0; i < 24; i++) await publish('volunteer.hours-recorded.v1', { ...hours('crocetta', `${MARCH}-${String(1 + (i % 28)).padStart(2, '0')}`, 60), occurredAt: at(MARCH, 28) });
    await publish('volunteer.hours-recorded.v1', { ...hours('crocetta', `${MARCH}-31`, 20), occurredAt: at(APRIL, 2) });
    for (let i = 0; i < 3; i++) await publish('volunteer.hours-recorded.v1', { ...hours('balsamo', `${MARCH}-12`, 90), occurredAt: at(MARCH, 12, 18) });
    for (let i = 0; i < 4; i++) await publish('volunteer.hours-recorded.v1', { ...hours('bettola', `${APRIL}-0${1 + i}`, 180), occurredAt: at(APRIL, 9) });
    redeliveredId = randomUUID();
    sent.add(await bus.publish('volunteer.hours-recorded.v1', { ...redelivered, eventId: redeliveredId, occurredAt: at(MARCH, 10, 18) }));
    await waitFor(async () => (await query<{ n: number }>(dbUrl, `SELECT count(*)::int AS n FROM inbox`))[0].n === sent.size, 60_000, 'every event applied');
  });

  afterAll(async () => {
    await rpc?.close();
    await bus?.close();
    await sut?.close();
    await deleteTestStreams(root);
    await dropDatabase(dbUrl);
  });

  it('counts prescriptions by state apart from referrals to services (still counted among all referrals); a stale event does not take one back', async () => {
    const d = await dashboard(MARCH);
    const t = d.prescriptionsByState;
    expect(t.rows).toEqual(['prescriptions']);
    expect(t.columns).toEqual(Object.values(ReferralStatus));
    const raw: Partial<Record<ReferralStatus, number>> = { COMPLETED: 12, ACCEPTED: 11, REJECTED: 4, REQUESTED: 3, ENTERED_IN_ERROR: 1 };
    expectOnlyLargeTrueFigures(t, (_, c) => raw[c as ReferralStatus] ?? 0);
    expect(t.cells[0][t.columns.indexOf(ReferralStatus.COMPLETED)]).toBe(12);
    expect(t.cells[0][t.columns.indexOf(ReferralStatus.IN_PROGRESS)]).toBe(0);
    expect(t.reasons.cells[0][t.columns.indexOf(ReferralStatus.REJECTED)]).toBe('small');
    // All referrals: the 15 to services accepted too.
    expect(d.referralsByState.cells[0][d.referralsByState.columns.indexOf(ReferralStatus.ACCEPTED)]).toBe(26);
  });

  it('gives the first-attendance rate over the prescriptions ever accepted (entered in error left out), by month and for the period', async () => {
    const d = await dashboard(MARCH);
    expect(d.firstAttendanceByMonth.rows).toEqual([`${MARCH}-01`]);
    expect(d.firstAttendanceByMonth.columns).toEqual([...FIRST_ATTENDANCE_COLUMNS]);
    expect(d.firstAttendanceByMonth.cells).toEqual([[12, 11]]);
    expect(d.firstAttendanceByMonth.total).toBe(23);
    expect(d.firstAttendance).toEqual({ accepted: 23, firstAttended: 12, ratePercent: 52, reason: null });
  });

  it('hides the rate when its denominator is small, and when the number who attended would be given away', async () => {
    // April alone: 4 accepted.
    expect((await dashboard(APRIL)).firstAttendance).toEqual({ accepted: null, firstAttended: null, ratePercent: null, reason: 'small' });
    // May alone: 11 accepted (10 and the one kept for redelivery), 4 attended, 7 not.
    const may = await dashboard(MAY);
    expect(may.firstAttendance).toEqual({ accepted: 11, firstAttended: null, ratePercent: null, reason: 'complementary' });
    expectOnlyLargeTrueFigures(may.firstAttendanceByMonth, (_, c) => (c === 'FIRST_ATTENDED' ? 4 : 7));
    // March to May: 38 accepted, 18 attended; April's row hidden, the rate shown.
    const all = await dashboard(MARCH, MAY);
    expect(all.firstAttendance).toEqual({ accepted: 38, firstAttended: 18, ratePercent: 47, reason: null });
    expectOnlyLargeTrueFigures(all.firstAttendanceByMonth, (m, c) => {
      const row: Record<string, [number, number]> = { [`${MARCH}-01`]: [12, 11], [`${APRIL}-01`]: [2, 2], [`${MAY}-01`]: [4, 7] };
      return row[m][c === 'FIRST_ATTENDED' ? 0 : 1];
    });
  });

  it('counts volunteer hours per neighbourhood and month of the day worked, whole hours, small cells hidden', async () => {
    const march = (await dashboard(MARCH)).volunteerHoursByNeighbourhoodAndMonth;
    expect(march.rows).toEqual(['balsamo', 'crocetta']);
    expect(march.columns).toEqual([`${MARCH}-01`]);
    // Crocetta: 24 h + 20 min + the line kept for redelivery (1 h) = 25 h; Balsamo 4½ h → 5, small.
    expectOnlyLargeTrueFigures(march, (r) => ({ balsamo: 5, crocetta: 25 })[r] ?? 0);
    expect(march.reasons.cells[0]).toEqual(['small']);
    const both = (await dashboard(MARCH, APRIL)).volunteerHoursByNeighbourhoodAndMonth;
    expect(both.rows).toEqual(['balsamo', 'bettola', 'crocetta']);
    const raw: Record<string, number> = { [`balsamo ${MARCH}-01`]: 5, [`crocetta ${MARCH}-01`]: 25, [`bettola ${APRIL}-01`]: 12 };
    expectOnlyLargeTrueFigures(both, (r, m) => raw[`${r} ${m}`] ?? 0);
    expect(both.cells[1]).toEqual([0, 12]);
  });

  it('applies a redelivered event once: the first attendance and the hours are not counted twice', async () => {
    const before = await dashboard(MARCH, MAY);
    const minutes = await query(dbUrl, `SELECT minutes FROM volunteer_hours WHERE neighbourhood_code = 'crocetta'`);
    // Sent again with another message id (after the broker's duplicate window): the consumer sees each twice.
    await bus.publish('referral.in-progress.v1', attendedEvent, `${attendedEvent.eventId}:again`);
    await bus.publish('volunteer.hours-recorded.v1', { ...redelivered, eventId: redeliveredId, occurredAt: at(MARCH, 10, 18) }, `${redeliveredId}:again`);
    const sentinel = await bus.publish('volunteer.hours-recorded.v1', { ...hours('cornaggia', `${MARCH}-10`, 30), occurredAt: at(MARCH, 10, 19) });
    await waitFor(async () => (await query(dbUrl, `SELECT 1 FROM inbox WHERE event_id = $1`, [sentinel])).length === 1, 30_000, 'the sentinel applied');
    expect(await query(dbUrl, `SELECT count(*)::int AS n FROM inbox WHERE event_id = ANY($1)`, [[attendedEvent.eventId, redeliveredId]])).toEqual([{ n: 2 }]);
    expect(await query(dbUrl, `SELECT minutes FROM volunteer_hours WHERE neighbourhood_code = 'crocetta'`)).toEqual(minutes);
    const after = await dashboard(MARCH, MAY);
    expect(after.firstAttendance).toEqual(before.firstAttendance);
    expect(after.firstAttendanceByMonth).toEqual(before.firstAttendanceByMonth);
  });

  it('keeps no person and no text: ids, states, months and counts only', async () => {
    const columns = await query<{ column_name: string }>(dbUrl, `SELECT column_name FROM information_schema.columns WHERE table_name IN ('referral_states', 'volunteer_hours')`);
    expect(columns.map((c) => c.column_name).filter((c) => /name|phone|address|note|volunteer_id|person|subject/.test(c))).toEqual([]);
  });
});
