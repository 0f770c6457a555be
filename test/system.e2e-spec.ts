import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { execFileSync } from 'node:child_process';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { EVENT_CLASSES, REQUEST_PATTERNS, rpcSubject, streamNames } from '@prossimo/contracts';
import { RunningSystem, query, waitFor } from '@prossimo/testing';
import { deskAndShopSuite } from './browser/desk-and-shop.suite';
import { webAppSuite } from './browser/web-app.suite';
import { trustSafetySuite } from './browser/trust-safety.suite';
import { crossMunicipalitySuite } from './cross-municipality.suite';
import { cooperativeSuite } from './browser/cooperative.suite';
import { publicSuite } from './browser/public.suite';
import { accessAndAnalystSuite } from './browser/access-and-analyst.suite';
import { communitySuite } from './browser/community.suite';
import { volunteersSuite } from './browser/volunteers.suite';
import { wellbeingSuite } from './browser/wellbeing.suite';

/**
 * The walking skeleton, end to end: the system started as a user starts it, a shop flags a
 * situation, the organisation receives the referral and works it, the shop sees the coarse state.
 */
jest.setTimeout(240_000);

describe('Prossimo end to end (npm start, GraphQL over HTTP)', () => {
  let sys: RunningSystem;
  let antenna: string;
  let operator: string;

  beforeAll(async () => {
    sys = await RunningSystem.start();
    antenna = await sys.login('antenna@prossimo.example');
    operator = await sys.login('operatore@prossimo.example');
  });

  afterAll(async () => {
    await sys?.destroy();
  });

  const SUBMIT = `mutation($input: SubmitReportInput!) { submitReport(input: $input) { id status needs neighbourhoodCode urgency advice submittedAt } }`;
  const MY_REPORTS = `query { myReports(first: 50) { nodes { id status needs submittedAt } pageInfo { hasNextPage endCursor } } }`;
  const REFERRALS = `query($s: [ReferralStatus!]) { referrals(status: $s, first: 100) { nodes { id reportId needs neighbourhoodCode urgency status serviceName } pageInfo { hasNextPage } } }`;

  const report = (over: Record<string, unknown> = {}) => ({
    id: randomUUID(),
    neighbourhoodCode: 'crocetta',
    needs: ['LONELINESS'],
    urgency: 'MEDIUM',
    ageBand: 'AGE_80_PLUS',
    description: 'Il signore anziano del civico 12 non si vede da tre giorni',
    consentToContact: true,
    subject: { name: 'Mario Bianchi', address: 'Via Crocetta 12', phone: '+39 02 5555 1234' },
    ...over,
  });

  async function referralFor(reportId: string) {
    return waitFor(async () => {
      const res = await sys.gql<{ referrals: { nodes: { id: string; reportId: string; status: string; needs: string[]; neighbourhoodCode: string }[] } }>(REFERRALS, {}, operator);
      return res.data?.referrals.nodes.find((r) => r.reportId === reportId);
    }, 30_000, `a referral for report ${reportId}`);
  }

  async function coarse(reportId: string): Promise<string | undefined> {
    const res = await sys.gql<{ myReports: { nodes: { id: string; status: string }[] } }>(MY_REPORTS, {}, antenna);
    return res.data?.myReports.nodes.find((n) => n.id === reportId)?.status;
  }

  it('reports itself healthy, with every service, and answers the public queries without a token', async () => {
    // A stranger learns only whether it is up; the administrator sees every part.
    const anonymous = await request(sys.url).get('/health');
    expect(anonymous.status).toBe(200);
    expect(anonymous.body).toEqual({ status: 'ok' });
    const health = await request(sys.url).get('/health').set('authorization', `Bearer ${await sys.login('admin@prossimo.example')}`);
    expect(health.status).toBe(200);
    expect(Object.keys(health.body.services).sort()).toEqual(['antennas', 'community', 'insights', 'referrals', 'reports']);
    const n = await sys.gql<{ neighbourhoods: { code: string }[] }>('{ neighbourhoods { code name } }');
    expect(n.data?.neighbourhoods.map((x) => x.code)).toHaveLength(12);
    expect(n.data?.neighbourhoods.map((x) => x.code)).toContain('sant-eusebio');
    const p = await sys.gql<{ proximityPoints: { nodes: { name: string; distanceMeters: number }[] } }>('{ proximityPoints(near: {lat: 45.5448, lng: 9.2087}, first: 3) { nodes { name distanceMeters } } }');
    expect(p.data?.proximityPoints.nodes[0].name).toContain('Panetteria');
  });

  it('flags → referral → accept → start → complete, with the coarse state following along', async () => {
    const input = report();
    const first = await sys.gql<{ submitReport: { id: string; status: string } }>(SUBMIT, { input }, antenna);
    expect(first.errors).toBeUndefined();
    expect(first.data?.submitReport).toMatchObject({ id: input.id, status: 'RECEIVED', needs: ['LONELINESS'], advice: null });
    // A retry with the same id returns the same report and creates nothing.
    const retry = await sys.gql<{ submitReport: { id: string } }>(SUBMIT, { input }, antenna);
    expect(retry.data?.submitReport).toEqual(first.data?.submitReport);
    const rows = await query<{ owner_desk_id: string }>(sys.dbUrl('reports'), 'SELECT owner_desk_id FROM reports WHERE id = $1', [input.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0].owner_desk_id).toBeTruthy();

    const referral = await referralFor(input.id);
    expect(referral).toMatchObject({ status: 'REQUESTED', needs: ['LONELINESS'], neighbourhoodCode: 'crocetta' });
    expect(JSON.stringify(referral)).not.toMatch(/Bianchi|Crocetta 12|5555|tre giorni/);

    const move = (m: string, extra = '') => sys.gql<Record<string, { status: string }>>(`mutation($id: ID!) { ${m}(id: $id${extra}) { id status } }`, { id: referral.id }, operator);
    expect((await move('acceptReferral')).data?.acceptReferral.status).toBe('ACCEPTED');
    await waitFor(async () => (await coarse(input.id)) === 'IN_CARE', 30_000, 'IN_CARE');
    // An illegal move answers CONFLICT and changes nothing.
    const again = await move('acceptReferral');
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await move('startReferral')).data?.startReferral.status).toBe('IN_PROGRESS');
    expect((await move('completeReferral', ', outcome: "Visite settimanali avviate"')).data?.completeReferral.status).toBe('COMPLETED');
    await waitFor(async () => (await coarse(input.id)) === 'CLOSED', 30_000, 'CLOSED');

    expect(await query(sys.dbUrl('referrals'), 'SELECT 1 FROM referrals WHERE report_id = $1', [input.id])).toHaveLength(1);
  });

  it('an EMERGENCY answers with the instruction to call 112, and is still recorded', async () => {
    const input = report({ urgency: 'EMERGENCY', needs: ['MENTAL_HEALTH'] });
    const res = await sys.gql<{ submitReport: { advice: string } }>(SUBMIT, { input }, antenna);
    expect(res.data?.submitReport.advice).toContain('112');
    await referralFor(input.id);
  });

  it('a rejection needs a reason and is recorded', async () => {
    const input = report({ needs: ['FOOD'] });
    await sys.gql(SUBMIT, { input }, antenna);
    const referral = await referralFor(input.id);
    const noReason = await sys.gql(`mutation($id: ID!) { rejectReferral(id: $id, reason: "") { status } }`, { id: referral.id }, operator);
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const res = await sys.gql<{ rejectReferral: { status: string } }>(`mutation($id: ID!) { rejectReferral(id: $id, reason: "Fuori dalla nostra zona") { status } }`, { id: referral.id }, operator);
    expect(res.data?.rejectReferral.status).toBe('REJECTED');
    expect(await coarse(input.id)).toBe('RECEIVED');
  });

  it.each([
    ['an unknown neighbourhood', { neighbourhoodCode: 'atlantide' }, 'BAD_USER_INPUT', 'input.neighbourhoodCode'],
    ['no needs', { needs: [] }, 'BAD_USER_INPUT', 'input.needs'],
    ['a 50 kB description', { description: 'x'.repeat(50_000) }, 'BAD_USER_INPUT', 'input.description'],
    ['a wrong enum', { urgency: 'PANIC' }, 'BAD_USER_INPUT', 'input.urgency'],
    ['a missing field', { consentToContact: undefined }, 'BAD_USER_INPUT', 'input.consentToContact'],
  ])('refuses %s with a clear error and writes nothing', async (_, over, code, field) => {
    const input = report(over);
    const before = await query<{ n: number }>(sys.dbUrl('reports'), 'SELECT count(*)::int AS n FROM reports');
    const res = await sys.gql(SUBMIT, { input }, antenna);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0].extensions).toMatchObject({ code, field });
    expect(await query<{ n: number }>(sys.dbUrl('reports'), 'SELECT count(*)::int AS n FROM reports')).toEqual(before);
  });

  it("refuses an initiative whose organiser is not in the municipality's directory, naming the field, and writes nothing", async () => {
    const admin = await sys.login('admin@prossimo.example');
    const id = randomUUID();
    const input = { id, kind: 'CULTURE', titleIt: 'Letture ad alta voce', descriptionIt: 'Un pomeriggio di letture in biblioteca, per chi ama ascoltare.', neighbourhoodCode: 'crocetta', organiserOrganisationId: randomUUID(), place: { name: 'Biblioteca', address: 'Via Monte Ortigara 1', position: { lat: 45.556, lng: 9.213 }, stepFree: true }, free: true, goodForLivingAlone: true };
    const res = await sys.gql(`mutation($i: InitiativeInput!) { publishInitiative(input: $i) { id } }`, { i: input }, admin);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.organiserOrganisationId' });
    expect(await query(sys.dbUrl('community'), 'SELECT id FROM initiatives WHERE id = $1', [id])).toEqual([]);
  });

  it('refuses a missing token, a wrong role and a wrong password', async () => {
    const before = await query<{ n: number }>(sys.dbUrl('reports'), 'SELECT count(*)::int AS n FROM reports');
    expect((await sys.gql(SUBMIT, { input: report() })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await sys.gql(SUBMIT, { input: report() }, operator)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await sys.gql(REFERRALS, {}, antenna)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await sys.gql(MY_REPORTS, {}, 'not-a-token')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const bad = await sys.gql('mutation { login(email: "antenna@prossimo.example", password: "wrong") { token } }');
    expect(bad.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await query<{ n: number }>(sys.dbUrl('reports'), 'SELECT count(*)::int AS n FROM reports')).toEqual(before);
  });

  it("gives the city analyst the dashboard: aggregates with small cells hidden, and zero unowned reports", async () => {
    const analyst = await sys.login('analista@prossimo.example');
    const q = '{ dashboard { coverage { deserts } municipality k unownedReports deadLetters reportsByNeighbourhoodAndNeed { rows columns cells { row values total } total } acceptance { count medianMinutes } } }';
    const d = await waitFor(async () => {
      const res = await sys.gql<{ dashboard: { unownedReports: number; reportsByNeighbourhoodAndNeed: { rows: string[]; cells: { values: (number | null)[] }[]; total: number | null } } }>(q, {}, analyst);
      return res.data?.dashboard.reportsByNeighbourhoodAndNeed.rows.includes('crocetta') ? res.data.dashboard : null;
    }, 30_000, 'the dashboard to count the reports');
    expect(d).toMatchObject({ municipality: '015077', k: 10, unownedReports: 0 });
    expect((d as unknown as { coverage: { deserts: string[] } }).coverage.deserts).toEqual(expect.arrayContaining(['bettola', 'borgo-misto']));
    // The demo's year of synthetic history fills most cells; every cell shown holds at least k, the rest are hidden.
    const values = d.reportsByNeighbourhoodAndNeed.cells.flatMap((c) => c.values);
    expect(values.filter((v) => v !== null && v > 0 && v < 10)).toEqual([]);
    expect(values.filter((v) => v !== null && v >= 10).length).toBeGreaterThan(20);
    expect(values.filter((v) => v === null).length).toBeGreaterThan(0);
    const csv = await request(sys.url).get('/insights/reportsByNeighbourhoodAndNeed.csv').set('authorization', `Bearer ${analyst}`);
    expect(csv.status).toBe(200);
    expect(csv.text).toContain('< 10');
    expect((await request(sys.url).get('/insights/reportsByNeighbourhoodAndNeed.csv')).status).toBe(401);
    expect((await sys.gql(q, {}, antenna)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('canary: personal data appears in no event, no log and no database dump, in plaintext', async () => {
    const tag = randomUUID().slice(0, 8);
    const canary = { name: `Canarino${tag}Nome`, address: `Via Canarino${tag} 7`, phone: `+39 02 ${tag.replace(/\D/g, '1').slice(0, 4)} 0${tag.length}99`, description: `Canarino${tag}Storia: vive solo` };
    const input = report({ needs: ['LONELINESS', 'FOOD'], description: canary.description, subject: { name: canary.name, address: canary.address, phone: canary.phone } });
    expect((await sys.gql(SUBMIT, { input }, antenna)).errors).toBeUndefined();
    // The operator's free text is the person's story too: a rejection reason and a completion outcome carry the canary.
    const both = await waitFor(async () => {
      const res = await sys.gql<{ referrals: { nodes: { id: string; reportId: string; needs: string[] }[] } }>(REFERRALS, {}, operator);
      const mine = res.data?.referrals.nodes.filter((r) => r.reportId === input.id) ?? [];
      return mine.length === 2 ? mine : null;
    }, 30_000, `two referrals for report ${input.id}`);
    const food = both.find((r) => r.needs.includes('FOOD'))!;
    const company = both.find((r) => r.needs.includes('LONELINESS'))!;
    const moved = async (m: string, id: string, arg = '') => {
      const res = await sys.gql<Record<string, { status: string }>>(`mutation($id: ID!) { ${m}(id: $id${arg}) { status } }`, { id }, operator);
      expect(res.errors).toBeUndefined();
      return res.data?.[m].status;
    };
    expect(await moved('rejectReferral', food.id, `, reason: "Canarino${tag}Rifiuto: abita fuori zona"`)).toBe('REJECTED');
    expect(await moved('acceptReferral', company.id)).toBe('ACCEPTED');
    await waitFor(async () => (await coarse(input.id)) === 'IN_CARE', 30_000, 'the report to move through every service');
    expect(await moved('startReferral', company.id)).toBe('IN_PROGRESS');
    expect(await moved('completeReferral', company.id, `, outcome: "Canarino${tag}Esito: visite settimanali"`)).toBe('COMPLETED');
    // The social worker reads them back (from the vault, audited), so they did arrive and are readable.
    const worker = await sys.login('sociale@prossimo.example');
    const stories = await waitFor(async () => {
      const res = await sys.gql<{ reportReferrals: { id: string; reason: string | null; outcome: string | null }[] }>(
        'query($r: ID!) { reportReferrals(reportId: $r) { id reason outcome } }', { r: input.id }, worker,
      );
      const s = res.data?.reportReferrals ?? [];
      return s.find((x) => x.id === food.id)?.reason && s.find((x) => x.id === company.id)?.outcome ? s : null;
    }, 30_000, 'the reason and outcome confirmed in the vault');
    expect(stories.find((x) => x.id === food.id)?.reason).toBe(`Canarino${tag}Rifiuto: abita fuori zona`);
    expect(stories.find((x) => x.id === company.id)?.outcome).toBe(`Canarino${tag}Esito: visite settimanali`);
    // The desk's note for organisations and the organisation ↔ desk thread are the person's story too.
    const note = await sys.gql('mutation($r: ID!, $t: String!) { setOrganisationContext(reportId: $r, text: $t) { text } }', { r: input.id, t: `Canarino${tag}Nota: vive con la figlia` }, worker);
    expect(note.errors).toBeUndefined();
    const said = await sys.gql('mutation($id: ID!, $t: String!) { postReferralMessage(referralId: $id, text: $t) { id } }', { id: company.id, t: `Canarino${tag}Messaggio: passiamo martedì` }, operator);
    expect(said.errors).toBeUndefined();
    const read = await sys.gql<{ referralMessages: { nodes: { text: string }[] } }>('query($id: ID!) { referralMessages(referralId: $id) { nodes { text } } }', { id: company.id }, worker);
    expect(read.data?.referralMessages.nodes.map((m) => m.text)).toEqual([`Canarino${tag}Messaggio: passiamo martedì`]);
    // Community (issue 17): the organisation that holds the person's referral publishes an initiative,
    // schedules a session with seats held for referred people and takes one of them for the person
    // (a seat is a number: no holder's name can be given), plus a public registration given back.
    const initiativeId = randomUUID();
    const published = await sys.gql(
      `mutation($i: InitiativeInput!) { publishInitiative(input: $i) { id } }`,
      { i: { id: initiativeId, kind: 'ELDERLY_PLACE', titleIt: 'Tombolata del giovedì', descriptionIt: 'Pomeriggio di giochi e merenda', neighbourhoodCode: 'crocetta', place: { name: 'Sala Il Ponte', address: 'Via Libertà 20', position: { lat: 45.5521, lng: 9.2185 }, stepFree: true }, free: true, goodForLivingAlone: true } },
      operator,
    );
    expect(published.errors).toBeUndefined();
    const sessionId = randomUUID();
    const startsAt = new Date(Date.now() + 5 * 24 * 3600_000);
    const scheduled = await sys.gql(
      `mutation($i: ScheduleSessionInput!) { scheduleSession(input: $i) { id } }`,
      { i: { id: sessionId, initiativeId, startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 2 * 3600_000).toISOString(), publicSeats: 12, referralSeats: 3 } },
      operator,
    );
    expect(scheduled.errors).toBeUndefined();
    const seat = (kind: string) => sys.gql(`mutation($s: ID!, $id: ID!) { reserveSeat(input: { id: $id, sessionId: $s, kind: ${kind} }) { id } }`, { s: sessionId, id: randomUUID() }, operator);
    expect((await seat('REFERRAL')).errors).toBeUndefined();
    const registration = await seat('PUBLIC');
    expect(registration.errors).toBeUndefined();
    const given = await sys.gql('mutation($id: ID!) { releaseSeat(id: $id) { id } }', { id: (registration.data as { reserveSeat: { id: string } }).reserveSeat.id }, operator);
    expect(given.errors).toBeUndefined();
    // Social prescribing: the social worker sends the person to that session with a buddy; the
    // organiser accepts (the name reaches it only through the audited reveal) and records the first
    // attendance. Community holds the seat from the referral's events alone.
    const prescribed = await sys.gql<{ prescribeInitiative: { id: string } }>(
      'mutation($r: ID!, $i: ID!, $s: ID!) { prescribeInitiative(reportId: $r, initiativeId: $i, sessionId: $s, buddyRequested: true) { id } }',
      { r: input.id, i: initiativeId, s: sessionId },
      worker,
    );
    expect(prescribed.errors).toBeUndefined();
    const prescription = prescribed.data!.prescribeInitiative.id;
    await waitFor(
      async () => (await query<{ n: number }>(sys.dbUrl('community'), "SELECT count(*)::int AS n FROM seat_reservations WHERE session_id = $1 AND kind = 'REFERRAL' AND status = 'HELD'", [sessionId]))[0]?.n === 2,
      30_000,
      'community to hold a seat for the prescription',
    );
    expect(await moved('acceptReferral', prescription)).toBe('ACCEPTED');
    const attended = await sys.gql<{ recordFirstAttendance: { status: string } }>('mutation($id: ID!) { recordFirstAttendance(referralId: $id) { status } }', { id: prescription }, operator);
    expect(attended.data?.recordFirstAttendance.status).toBe('IN_PROGRESS');
    // Outcomes and a life project (sealed in the vault): a measurement and a wishes note with the canary.
    const measured = await sys.gql('mutation($r: ID!, $d: String!) { recordOutcome(reportId: $r, phase: START, isolated: 3, leftOut: 2, lackCompanionship: 3, measuredOn: $d) { id } }', { r: input.id, d: new Date().toISOString().slice(0, 10) }, worker);
    expect(measured.errors).toBeUndefined();
    const opened = await sys.gql<{ openPathway: { id: string } }>('mutation($r: ID!) { openPathway(reportId: $r, kind: DOPO_DI_NOI) { id } }', { r: input.id }, worker);
    expect(opened.errors).toBeUndefined();
    const wished = await sys.gql('mutation($p: ID!, $t: String!, $d: String!) { updatePathwayWishes(pathwayId: $p, text: $t, reviewOn: $d) { id } }', { p: opened.data!.openPathway.id, t: `Canarino${tag}Desideri: restare nel quartiere`, d: new Date(Date.now() + 90 * 24 * 3600_000).toISOString().slice(0, 10) }, worker);
    expect(wished.errors).toBeUndefined();
    // Through the bus to the city's dashboard: insights counted the seat held for the person.
    await waitFor(
      async () => (await query<{ r: number; p: number }>(sys.dbUrl('insights'), 'SELECT referral_taken AS r, public_taken AS p FROM session_facts WHERE session_id = $1', [sessionId]))[0]?.r === 2,
      30_000,
      'insights to count the seats held for the referred person (by hand, and by the prescription)',
    );
    // The community service did log (so its lines are among those scanned below).
    expect(sys.lines().some((l) => l.includes('"name":"community"'))).toBe(true);
    const needles = [canary.name, `Canarino${tag}`, canary.phone, canary.description];
    const hits: string[] = [];
    // Every message in the system's streams (events and dead letters), payloads and headers.
    const nc = await sys.connectBus('admin');
    try {
      const jsm = await jetstreamManager(nc);
      for (const stream of Object.values(streamNames(sys.root))) {
        const info = await jsm.streams.info(stream);
        for (let seq = info.state.first_seq; seq <= info.state.last_seq && info.state.messages > 0; seq++) {
          const m = await jsm.streams.getMessage(stream, { seq }).catch(() => null);
          if (!m) continue;
          const text = `${m.subject} ${Buffer.from(m.data).toString('utf8')} ${m.header ? [...m.header.keys()].map((k) => m.header.get(k)).join(' ') : ''}`;
          for (const n of needles) if (text.includes(n)) hits.push(`${stream}#${seq}`);
        }
      }
    } finally {
      await nc.close();
    }
    // Every log line the five processes and the launcher wrote.
    for (const line of sys.lines()) for (const n of needles) if (line.includes(n)) hits.push(`log: ${line.slice(0, 120)}`);
    // A pg_dump of every database, the reports database (with its sealed columns) included.
    for (const service of ['gateway', 'antennas', 'reports', 'referrals', 'insights', 'community']) {
      const dump = execFileSync('pg_dump', ['--no-owner', '-d', sys.dbUrl(service)], { maxBuffer: 256 * 1024 * 1024 }).toString('utf8');
      expect(dump.length).toBeGreaterThan(1000);
      for (const n of needles) if (dump.includes(n)) hits.push(`pg_dump ${service}`);
    }
    expect(hits).toEqual([]);
  });

  it('survives any bytes on every request subject and every event subject', async () => {
    const garbage = ['not json', '', '[]', 'null', '42', '{}', '{"id":1,"data":{}}', '{"id":"x","data":"text"}', '{"id":"x","data":[1]}', '{"id":"x","data":null}', '{"id":"x","data":{"payload":null}}', '{"id":"x","data":{"correlationId":7,"payload":{}}}', '\u0000\uffff', '{"id":"x","data":{"actorToken":"a.b.c","correlationId":"c","payload":{"__proto__":{"x":1}}}}'];
    // Requests: only the gateway may send them on this bus, so garbage comes with its credentials.
    const gateway = await sys.connectBus('gateway');
    const answers: string[] = [];
    try {
      for (const service of Object.keys(REQUEST_PATTERNS) as (keyof typeof REQUEST_PATTERNS)[]) {
        for (const pattern of Object.values(REQUEST_PATTERNS[service])) {
          for (const g of garbage) {
            const reply = await gateway.request(rpcSubject(sys.root, pattern), g, { timeout: 5000 }).catch((err: Error) => err);
            answers.push(reply instanceof Error ? `error ${reply.message}` : reply.string());
          }
          gateway.publish(rpcSubject(sys.root, pattern), 'not json and no reply subject');
        }
      }
    } finally {
      await gateway.close();
    }
    // Every malformed request is answered (an error body), none goes unanswered or crashes a service.
    expect(answers.filter((a) => a.startsWith('error'))).toEqual([]);
    const shapes = answers.map((a) => {
      const body = JSON.parse(a) as { err?: { code?: string }; response?: unknown };
      return body.err ? body.err.code : 'response' in body ? 'response' : 'nothing';
    });
    expect([...new Set(shapes)].sort()).toEqual(expect.arrayContaining(['BAD_USER_INPUT']));
    expect(shapes.filter((c) => !['BAD_USER_INPUT', 'UNAUTHENTICATED', 'response'].includes(c ?? ''))).toEqual([]);
    // Events: garbage on every event subject (admin may publish anywhere; the owners would be refused elsewhere).
    const admin = await sys.connectBus('admin');
    try {
      const js = jetstream(admin);
      for (const type of Object.keys(EVENT_CLASSES)) for (const g of ['not json', '{}', '{"municipality":"015077"}', '[]']) await js.publish(`${sys.root}.015077.${type}`, g);
    } finally {
      await admin.close();
    }
    // Still the same five processes, all healthy, and a report still goes through.
    await waitFor(async () => (await request(sys.url).get('/health')).status === 200, 30_000, 'health after the garbage');
    for (const [service, pid] of Object.entries(sys.pids)) expect({ service, alive: isAlive(pid) }).toEqual({ service, alive: true });
    expect(sys.lines().filter((l) => /exited \(code/.test(l))).toEqual([]);
    const input = report();
    expect((await sys.gql(SUBMIT, { input }, antenna)).errors).toBeUndefined();
    await referralFor(input.id);
  });

  it('never sends a stack trace or internal text to a client', async () => {
    const res = await sys.gql('{ nope }');
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|at Object|node_modules/);
  });

  describe('writes across municipalities', () => crossMunicipalitySuite(() => sys));

  describe('the web app, in headless Chromium', () => webAppSuite(() => sys));
  describe('the public face (issue 15): a resident on a phone, with no login, in headless Chromium', () => publicSuite(() => sys));
  describe('the social desk and the shop (issue 13), in headless Chromium', () => deskAndShopSuite(() => sys));
  describe("the cooperative's inbox, in headless Chromium (issue 13)", () => cooperativeSuite(() => sys));
  describe('trust and safety (issue 13), in headless Chromium', () => trustSafetySuite(() => sys));
  describe('signing in, the analyst and the admin (issue 13), in headless Chromium', () => accessAndAnalystSuite(() => sys));
  describe('activities and places (issue 17), in headless Chromium', () => communitySuite(() => sys));
  describe('volunteers and schools (issue 17), in headless Chromium', () => volunteersSuite(() => sys));
  describe('outcomes and life-project pathways (issue 17), in headless Chromium', () => wellbeingSuite(() => sys));

  it('stops cleanly on Ctrl-C', async () => {
    expect(await sys.interrupt()).toBe(0);
    expect(sys.lines().join('\n')).toContain('[prossimo] stopped');
  });
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
