import { randomUUID } from 'node:crypto';
import { INestMicroservice } from '@nestjs/common';
import {
  ErrorBody, MyShiftV1, REQUEST_PATTERNS, Role, ShiftSignUpV1, SignUpRefusal, VolunteerHoursV1, VolunteerRegisterV1, VolunteerRequirement, VolunteerRoleV1, VolunteerShiftV1, VolunteerSkill,
} from '@prossimo/contracts';
import { loadSettings, startService } from '@prossimo/platform';
import { SmtpSink, TEST_KEYS, TEST_NATS_URL, TestRpcClient, cloneDatabase, deleteTestStreams, dropDatabase, query, tokenFor, uniqueRoot, waitFor } from '@prossimo/testing';
import { CommunityModule } from '../src/community.module';
import { CommunitySettings } from '../src/config/community.env';
import { ConfirmationSweeper } from '../src/volunteers/confirmations.service';

const MUN = '015077';
const OTHER = '015093';
const ORG = randomUUID();
const OTHER_ORG = randomUUID();
const HOUR = 3600_000;

/**
 * Volunteers and active ageing on real PostgreSQL and NATS (issue 17): one test per refusal
 * reason, a shift's capacity under concurrent sign-ups through two replicas, the confirmation
 * asked 48 h ahead (e-mailed through a real SMTP socket), hours by check-in/out and by hand, and
 * the register of non-occasional volunteers.
 */
describe('community: volunteers, shifts and hours', () => {
  let dbUrl: string;
  let root: string;
  let sut: INestMicroservice;
  let replica: INestMicroservice;
  let rpc: TestRpcClient;
  let smtp: SmtpSink;
  let nowMs = Date.parse('2026-12-07T08:00:00.000Z');
  const clock = () => new Date(nowMs);
  let operator: string;

  const citizen = async (accountId = randomUUID(), municipality = MUN) => ({ accountId, token: await tokenFor({ role: Role.CITIZEN, accountId, municipality }) });
  const profile = (over: Record<string, unknown> = {}) => ({
    displayName: 'Anna Rossi', email: `anna-${randomUUID().slice(0, 6)}@example.org`, birthYear: 1958, neighbourhoodCode: 'crocetta', travelKm: 3,
    skills: [VolunteerSkill.COMPANIONSHIP], languages: ['it', 'en'], availability: ['TUESDAY_MORNING', 'THURSDAY_AFTERNOON'],
    requirements: [{ requirement: VolunteerRequirement.BASIC_TRAINING, validUntil: '2027-06-30' }], ...over,
  });
  async function volunteer(over: Record<string, unknown> = {}) {
    const c = await citizen();
    await rpc.call(REQUEST_PATTERNS.community.saveVolunteerProfile, profile(over), c.token);
    return c;
  }
  async function role(over: Record<string, unknown> = {}, token = operator): Promise<VolunteerRoleV1> {
    return rpc.call(REQUEST_PATTERNS.community.publishVolunteerRole, { id: randomUUID(), title: 'Accoglienza al caffè della memoria', description: 'Accogliere chi arriva', neighbourhoodCode: 'crocetta', minimumAge: 16, requirements: [], insuranceProvided: true, ...over }, token);
  }
  async function shift(roleId: string, capacity = 3, startsInHours = 72, token = operator): Promise<VolunteerShiftV1> {
    return rpc.call(REQUEST_PATTERNS.community.addVolunteerShift, { id: randomUUID(), roleId, startsAt: new Date(nowMs + startsInHours * HOUR).toISOString(), endsAt: new Date(nowMs + (startsInHours + 2) * HOUR).toISOString(), capacity, meetingPoint: 'Centro anziani, Via Risorgimento 120' }, token);
  }
  const taken = async (shiftId: string) => (await query<{ taken: number }>(dbUrl, 'SELECT taken FROM volunteer_shifts WHERE id = $1', [shiftId]))[0].taken;
  const signUps = async (shiftId: string) => (await query<{ n: number }>(dbUrl, `SELECT count(*)::int AS n FROM volunteer_sign_ups WHERE shift_id = $1 AND status <> 'CANCELLED'`, [shiftId]))[0].n;

  beforeAll(async () => {
    dbUrl = await cloneDatabase('community');
    root = uniqueRoot();
    smtp = await SmtpSink.start();
    const settings = loadSettings(CommunitySettings, {
      DATABASE_URL: dbUrl, NATS_URL: TEST_NATS_URL, SUBJECT_ROOT: root, AUTH_PUBLIC_KEY: TEST_KEYS.publicKey, LOG_LEVEL: 'silent',
      SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), CONFIRMATION_SWEEP_INTERVAL_MS: '0', PUBLIC_WEB_URL: 'https://prossimo.example',
    });
    sut = await startService(CommunityModule.register(settings, { clock }), settings, 'community');
    // A second replica on the same database and bus: sign-ups race across both.
    replica = await startService(CommunityModule.register(settings, { clock }), settings, 'community');
    rpc = await TestRpcClient.connect(TEST_NATS_URL, root);
    for (const [m, code] of [[MUN, 'crocetta'], [MUN, 'balsamo'], [OTHER, 'centro']]) {
      await query(dbUrl, `INSERT INTO neighbourhoods (municipality, code, name, updated_at) VALUES ($1, $2, $2, now())`, [m, code]);
    }
    operator = await tokenFor({ role: Role.ORG_OPERATOR, organisationId: ORG });
  });

  afterAll(async () => {
    await rpc?.close();
    await replica?.close();
    await sut?.close();
    await smtp?.close();
    await deleteTestStreams(root);
    await dropDatabase(dbUrl);
  });

  describe('the profile', () => {
    it('keeps what the volunteer gave, and refuses an unknown neighbourhood or slot naming the field', async () => {
      const c = await citizen();
      const saved = await rpc.call<{ id: string; availability: string[] }>(REQUEST_PATTERNS.community.saveVolunteerProfile, profile({ phone: '+39 333 1234567' }), c.token);
      expect(saved).toMatchObject({ id: c.accountId, availability: ['TUESDAY_MORNING', 'THURSDAY_AFTERNOON'] });
      await expect(rpc.call(REQUEST_PATTERNS.community.myVolunteerProfile, {}, c.token)).resolves.toMatchObject({ birthYear: 1958, phone: '+39 333 1234567' });
      await expect(rpc.callError(REQUEST_PATTERNS.community.saveVolunteerProfile, profile({ neighbourhoodCode: 'atlantide' }), c.token)).resolves.toMatchObject({ code: 'BAD_USER_INPUT', field: 'neighbourhoodCode' });
      await expect(rpc.callError(REQUEST_PATTERNS.community.saveVolunteerProfile, profile({ availability: ['MONDAY_NIGHT'] }), c.token)).resolves.toMatchObject({ code: 'BAD_USER_INPUT', field: 'availability' });
      await expect(rpc.callError(REQUEST_PATTERNS.community.saveVolunteerProfile, profile(), operator)).resolves.toMatchObject({ code: 'FORBIDDEN' });
    });

    it('never lets a token of another municipality overwrite a profile', async () => {
      const c = await volunteer();
      const foreign = await tokenFor({ role: Role.CITIZEN, accountId: c.accountId, municipality: OTHER });
      await expect(rpc.callError(REQUEST_PATTERNS.community.saveVolunteerProfile, profile({ displayName: 'Altrove', neighbourhoodCode: 'centro' }), foreign)).resolves.toMatchObject({ code: 'CONFLICT' });
      expect((await query<{ municipality: string; display_name: string }>(dbUrl, 'SELECT municipality, display_name FROM volunteers WHERE id = $1', [c.accountId]))[0]).toEqual({ municipality: MUN, display_name: 'Anna Rossi' });
    });
  });

  describe('roles and shifts', () => {
    it("are the operator's organisation's own: another organisation's role is NOT_FOUND", async () => {
      const r = await role();
      expect(r).toMatchObject({ organisationId: ORG, municipality: MUN, insuranceProvided: true });
      const other = await tokenFor({ role: Role.ORG_OPERATOR, organisationId: OTHER_ORG });
      await expect(rpc.callError(REQUEST_PATTERNS.community.addVolunteerShift, { id: randomUUID(), roleId: r.id, startsAt: new Date(nowMs + HOUR).toISOString(), endsAt: new Date(nowMs + 2 * HOUR).toISOString(), capacity: 2 }, other)).resolves.toMatchObject({ code: 'NOT_FOUND' });
      await expect(rpc.callError(REQUEST_PATTERNS.community.addVolunteerShift, { id: randomUUID(), roleId: r.id, startsAt: new Date(nowMs + 2 * HOUR).toISOString(), endsAt: new Date(nowMs + HOUR).toISOString(), capacity: 2 }, operator)).resolves.toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsAt' });
      // A retry with the same id returns the same role.
      await expect(rpc.call(REQUEST_PATTERNS.community.publishVolunteerRole, { id: r.id, title: 'Altro titolo', description: '', neighbourhoodCode: 'crocetta', minimumAge: 16, requirements: [], insuranceProvided: true }, operator)).resolves.toMatchObject({ id: r.id, title: r.title });
    });

    it('are listed for anyone with the places left', async () => {
      const r = await role({ title: 'Passeggiate di gruppo', neighbourhoodCode: 'balsamo' });
      const s = await shift(r.id, 4);
      const page = await rpc.call<{ nodes: { role: VolunteerRoleV1; shifts: VolunteerShiftV1[] }[] }>(REQUEST_PATTERNS.community.volunteerOpportunities, { municipality: MUN, neighbourhoodCode: 'balsamo' });
      expect(page.nodes.map((n) => n.role.id)).toEqual([r.id]);
      expect(page.nodes[0].shifts).toEqual([expect.objectContaining({ id: s.id, capacity: 4, taken: 0 })]);
    });
  });

  describe('a sign-up is refused with one reason each, and nothing is written', () => {
    async function refused(shiftId: string, token: string, reason: SignUpRefusal): Promise<ErrorBody> {
      const before = await taken(shiftId);
      const err = await rpc.callError(REQUEST_PATTERNS.community.signUpForShift, { shiftId }, token);
      expect(err).toMatchObject({ code: 'CONFLICT', reason });
      expect(err.message).toMatch(/ \/ /); // Italian, then English
      expect(await taken(shiftId)).toBe(before);
      return err;
    }

    it('SHIFT_FULL: the last place is taken', async () => {
      const s = await shift((await role()).id, 1);
      const first = await volunteer();
      await expect(rpc.call(REQUEST_PATTERNS.community.signUpForShift, { shiftId: s.id }, first.token)).resolves.toMatchObject({ status: 'SIGNED_UP' });
      const err = await refused(s.id, (await volunteer()).token, SignUpRefusal.SHIFT_FULL);
      expect(err.message).toBe('il turno è al completo / the shift is full');
      expect(await signUps(s.id)).toBe(1);
    });

    it('UNDER_MINIMUM_AGE: only the year of birth is kept, so the age surely reached counts', async () => {
      const s = await shift((await role({ minimumAge: 18 })).id);
      const err = await refused(s.id, (await volunteer({ birthYear: 2008 })).token, SignUpRefusal.UNDER_MINIMUM_AGE);
      expect(err.message).toContain('almeno 18 anni');
      // People over 65 are volunteers like anyone else.
      await expect(rpc.call(REQUEST_PATTERNS.community.signUpForShift, { shiftId: s.id }, (await volunteer({ birthYear: 1946 })).token)).resolves.toMatchObject({ status: 'SIGNED_UP' });
    });

    it('REQUIREMENT_MISSING: the role asks for first aid', async () => {
      const s = await shift((await role({ requirements: [VolunteerRequirement.FIRST_AID] })).id);
      const err = await refused(s.id, (await volunteer()).token, SignUpRefusal.REQUIREMENT_MISSING);
      expect(err.message).toContain('primo soccorso');
      expect(await signUps(s.id)).toBe(0);
    });

    it('REQUIREMENT_EXPIRED: the certificate ends before the shift', async () => {
      const s = await shift((await role({ requirements: [VolunteerRequirement.FOOD_HYGIENE] })).id, 3, 24 * 10);
      const v = await volunteer({ requirements: [{ requirement: VolunteerRequirement.FOOD_HYGIENE, validUntil: '2026-12-10' }] });
      const err = await refused(s.id, v.token, SignUpRefusal.REQUIREMENT_EXPIRED);
      expect(err.message).toContain('igiene alimentare');
    });

    it('NO_INSURANCE: the organisation declared no insurance for the role (Third Sector Code art. 18)', async () => {
      const s = await shift((await role({ insuranceProvided: false })).id);
      const err = await refused(s.id, (await volunteer()).token, SignUpRefusal.NO_INSURANCE);
      expect(err.message).toContain('art. 18');
    });
  });

  it('holds a shift to its capacity under concurrent sign-ups through two replicas, and a place given back is free again', async () => {
    const s = await shift((await role()).id, 5);
    const people = await Promise.all(Array.from({ length: 24 }, () => volunteer()));
    const results = await Promise.allSettled(people.map((p) => rpc.call<ShiftSignUpV1>(REQUEST_PATTERNS.community.signUpForShift, { shiftId: s.id }, p.token)));
    const ok = results.filter((r): r is PromiseFulfilledResult<ShiftSignUpV1> => r.status === 'fulfilled');
    const no = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason as ErrorBody);
    expect(ok).toHaveLength(5);
    expect(no.map((e) => e.reason)).toEqual(Array(19).fill(SignUpRefusal.SHIFT_FULL));
    expect(await taken(s.id)).toBe(5);
    expect(await signUps(s.id)).toBe(5);
    // The same volunteer twice keeps one place.
    const again = await rpc.call<ShiftSignUpV1>(REQUEST_PATTERNS.community.signUpForShift, { shiftId: s.id }, people[results.indexOf(ok[0])].token);
    expect(again.id).toBe(ok[0].value.id);
    const giver = people[results.indexOf(ok[1])];
    await expect(rpc.call(REQUEST_PATTERNS.community.cancelShiftSignUp, { signUpId: ok[1].value.id }, giver.token)).resolves.toMatchObject({ status: 'CANCELLED' });
    expect(await taken(s.id)).toBe(4);
    const late = people[results.findIndex((r) => r.status === 'rejected')];
    await expect(rpc.call(REQUEST_PATTERNS.community.signUpForShift, { shiftId: s.id }, late.token)).resolves.toMatchObject({ status: 'SIGNED_UP' });
    expect(await taken(s.id)).toBe(5);
    const events = await query<{ subject: string }>(dbUrl, `SELECT subject FROM outbox WHERE payload->>'shiftId' = $1`, [s.id]);
    expect(events.filter((e) => e.subject.endsWith('volunteer.signed-up.v1'))).toHaveLength(6);
    expect(events.filter((e) => e.subject.endsWith('volunteer.sign-up-cancelled.v1'))).toHaveLength(1);
    // Events carry no name and no contact.
    const payloads = await query<{ payload: unknown }>(dbUrl, `SELECT payload FROM outbox WHERE payload->>'shiftId' = $1`, [s.id]);
    expect(JSON.stringify(payloads)).not.toMatch(/Anna|example\.org/);
  }, 60_000);

  it('asks for confirmation 48 h before the shift, once, by e-mail and on the volunteer\'s page', async () => {
    const r = await role({ title: 'Laboratorio di teatro sociale' });
    const soon = await shift(r.id, 3, 40);
    const later = await shift(r.id, 3, 24 * 5);
    const v = await volunteer({ displayName: 'Franco Colombo', birthYear: 1951 });
    const mine = await rpc.call<ShiftSignUpV1>(REQUEST_PATTERNS.community.signUpForShift, { shiftId: soon.id }, v.token);
    await rpc.call(REQUEST_PATTERNS.community.signUpForShift, { shiftId: later.id }, v.token);
    const sweeper = sut.get(ConfirmationSweeper);
    const first = await sweeper.sweep();
    expect(first.asked).toBeGreaterThanOrEqual(1);
    expect((await sweeper.sweep()).asked).toBe(0);
    await waitFor(async () => smtp.mails.some((m) => m.data.includes('Franco Colombo')), 10_000, 'the confirmation e-mail');
    const mail = smtp.mails.find((m) => m.data.includes('Franco Colombo'))!;
    expect(mail.data).toContain('https://prossimo.example/volontari/turni');
    expect(mail.data).toContain('Confirm you are coming');
    expect(smtp.mails.filter((m) => m.data.includes('Franco Colombo'))).toHaveLength(1);
    const shifts = await rpc.call<MyShiftV1[]>(REQUEST_PATTERNS.community.myShifts, {}, v.token);
    expect(shifts.map((s) => [s.shift.id, s.confirmationDue])).toEqual([[soon.id, true], [later.id, false]]);
    expect(shifts[0].signUp.confirmationRequestedAt).not.toBeNull();
    await expect(rpc.call(REQUEST_PATTERNS.community.confirmShift, { signUpId: mine.id }, v.token)).resolves.toMatchObject({ status: 'CONFIRMED' });
    expect((await rpc.call<MyShiftV1[]>(REQUEST_PATTERNS.community.myShifts, {}, v.token))[0].confirmationDue).toBe(false);
    // Someone else's sign-up reads as absent.
    await expect(rpc.callError(REQUEST_PATTERNS.community.confirmShift, { signUpId: mine.id }, (await citizen()).token)).resolves.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('records hours by check-in/out and by hand with their source and who entered them, and exports the register of non-occasional volunteers', async () => {
    const r = await role({ title: 'Repair café' });
    const s = await shift(r.id, 2, 3);
    const regular = await volunteer({ displayName: 'Giulia Neri', birthYear: 1990 });
    const once = await volunteer({ displayName: 'Paolo Once', birthYear: 1985 });
    const a = await rpc.call<ShiftSignUpV1>(REQUEST_PATTERNS.community.signUpForShift, { shiftId: s.id }, regular.token);
    const b = await rpc.call<ShiftSignUpV1>(REQUEST_PATTERNS.community.signUpForShift, { shiftId: s.id }, once.token);
    // Too early to check in; then the volunteer arrives and leaves after 2 h 30.
    await expect(rpc.callError(REQUEST_PATTERNS.community.checkIn, { signUpId: a.id }, regular.token)).resolves.toMatchObject({ code: 'CONFLICT' });
    nowMs += 3 * HOUR;
    await rpc.call(REQUEST_PATTERNS.community.checkIn, { signUpId: a.id }, regular.token);
    await rpc.call(REQUEST_PATTERNS.community.checkIn, { signUpId: b.id }, operator);
    nowMs += 2.5 * HOUR;
    await expect(rpc.call(REQUEST_PATTERNS.community.checkOut, { signUpId: a.id }, regular.token)).resolves.toMatchObject({ checkedOutAt: new Date(nowMs).toISOString() });
    await rpc.call(REQUEST_PATTERNS.community.checkOut, { signUpId: b.id }, operator);
    // A second check-out records nothing twice.
    await rpc.call(REQUEST_PATTERNS.community.checkOut, { signUpId: a.id }, regular.token);
    const lines = await query<{ volunteer_id: string; minutes: number; source: string; entered_by: string }>(dbUrl, 'SELECT volunteer_id, minutes, source, entered_by FROM volunteer_hours WHERE shift_id = $1 ORDER BY minutes', [s.id]);
    expect(lines).toHaveLength(2);
    expect(lines.find((l) => l.volunteer_id === regular.accountId)).toMatchObject({ minutes: 150, source: 'CHECK_IN', entered_by: regular.accountId });
    // Another day's hours by hand: who entered them is kept.
    const byHand = await rpc.call<VolunteerHoursV1>(REQUEST_PATTERNS.community.recordVolunteerHours, { id: randomUUID(), volunteerId: regular.accountId, roleId: r.id, day: '2026-12-01', minutes: 90 }, operator);
    expect(byHand).toMatchObject({ source: 'MANUAL', minutes: 90, volunteerName: 'Giulia Neri', roleTitle: 'Repair café' });
    expect((await query<{ entered_by: string }>(dbUrl, 'SELECT entered_by FROM volunteer_hours WHERE id = $1', [byHand.id]))[0].entered_by).not.toBe(regular.accountId);
    // Another organisation may not record hours of a volunteer who never served it.
    const stranger = await tokenFor({ role: Role.ORG_OPERATOR, organisationId: OTHER_ORG });
    const strangerRole = await role({}, stranger);
    await expect(rpc.callError(REQUEST_PATTERNS.community.recordVolunteerHours, { id: randomUUID(), volunteerId: regular.accountId, roleId: strangerRole.id, day: '2026-12-01', minutes: 60 }, stranger)).resolves.toMatchObject({ code: 'NOT_FOUND' });
    const outbox = await query<{ payload: { source: string; minutes: number; neighbourhoodCode: string; ageBand: string } }>(dbUrl, `SELECT payload FROM outbox WHERE subject LIKE '%volunteer.hours-recorded.v1' AND payload->>'roleId' = $1`, [r.id]);
    expect(outbox.map((o) => o.payload).sort((x, y) => x.minutes - y.minutes)).toEqual([
      expect.objectContaining({ source: 'MANUAL', minutes: 90, neighbourhoodCode: 'crocetta', ageBand: 'AGE_35_64' }),
      expect.objectContaining({ source: 'CHECK_IN', minutes: 150 }),
      expect.objectContaining({ source: 'CHECK_IN', minutes: 150 }),
    ]);
    // The register: only who gave time on two days or more (non-occasional), hours by source.
    const register = await rpc.call<VolunteerRegisterV1>(REQUEST_PATTERNS.community.volunteerRegister, { from: '2026-01-01', to: '2026-12-31' }, operator);
    expect(register.rows).toEqual([
      expect.objectContaining({ volunteerId: regular.accountId, displayName: 'Giulia Neri', birthYear: 1990, firstDay: '2026-12-01', lastDay: '2026-12-07', roles: ['Repair café'], minutes: 240, minutesByCheckIn: 150, minutesByHand: 90 }),
    ]);
    // Non-occasional is counted over the volunteer's whole history with the organisation: one day
    // last December and one this January is a regular volunteer in this year's register (with
    // the first day of their activity), but not in last year's, where they had served one day.
    const winter = await volunteer({ displayName: 'Carla Inverno', birthYear: 1960 });
    await rpc.call(REQUEST_PATTERNS.community.signUpForShift, { shiftId: (await shift(r.id, 2, 24)).id }, winter.token);
    await rpc.call(REQUEST_PATTERNS.community.recordVolunteerHours, { id: randomUUID(), volunteerId: winter.accountId, roleId: r.id, day: '2025-12-20', minutes: 120 }, operator);
    await rpc.call(REQUEST_PATTERNS.community.recordVolunteerHours, { id: randomUUID(), volunteerId: winter.accountId, roleId: r.id, day: '2026-01-10', minutes: 60 }, operator);
    const thisYear = await rpc.call<VolunteerRegisterV1>(REQUEST_PATTERNS.community.volunteerRegister, { from: '2026-01-01', to: '2026-12-31' }, operator);
    expect(thisYear.rows.map((row) => row.displayName)).toEqual(['Carla Inverno', 'Giulia Neri']);
    expect(thisYear.rows[0]).toMatchObject({ firstDay: '2025-12-20', lastDay: '2026-01-10', minutes: 60, minutesByHand: 60 });
    const lastYear = await rpc.call<VolunteerRegisterV1>(REQUEST_PATTERNS.community.volunteerRegister, { from: '2025-01-01', to: '2025-12-31' }, operator);
    expect(lastYear.rows).toEqual([]);
    // Two days long ago and nothing in the period: not in the period's register.
    const spring = await rpc.call<VolunteerRegisterV1>(REQUEST_PATTERNS.community.volunteerRegister, { from: '2026-03-01', to: '2026-06-30' }, operator);
    expect(spring.rows).toEqual([]);
    await expect(rpc.callError(REQUEST_PATTERNS.community.volunteerRegister, {}, regular.token)).resolves.toMatchObject({ code: 'FORBIDDEN' });
    // A token of another municipality naming this organisation reads nothing of it.
    const foreign = await tokenFor({ role: Role.ORG_OPERATOR, organisationId: ORG, municipality: OTHER });
    await expect(rpc.call<VolunteerRegisterV1>(REQUEST_PATTERNS.community.volunteerRegister, { from: '2026-01-01', to: '2026-12-31' }, foreign)).resolves.toMatchObject({ rows: [] });
    await expect(rpc.call(REQUEST_PATTERNS.community.volunteerHours, {}, foreign)).resolves.toMatchObject({ nodes: [] });
    await expect(rpc.call(REQUEST_PATTERNS.community.organisationVolunteerRoles, {}, foreign)).resolves.toMatchObject({ nodes: [] });
  });
});
