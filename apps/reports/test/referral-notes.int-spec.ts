import { execFileSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { INestApplication, INestMicroservice } from '@nestjs/common';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import {
  AgeBand, AntennaKind, AntennaStatus, ErrorCode, Need, ReferralNoteV1, ReferralStatus, ReportDetailV1, Role, REQUEST_PATTERNS, SubjectExportV1, Urgency, streamNames,
} from '@prossimo/contracts';
import { DEMO_ORGANISATION, DEMO_SERVICES } from '@prossimo/demo';
import { loadSettings, startService } from '@prossimo/platform';
import {
  TEST_KEYS, TEST_NATS_URL, TestEventBus, TestRpcClient, cloneDatabase, deleteTestStreams, dropDatabase, gql, query, startTestGateway, tokenFor, uniqueRoot, waitFor,
} from '@prossimo/testing';
import { ReferralsSettings } from '../../referrals/src/config/referrals.env';
import { runReferralsDemoSeed } from '../../referrals/src/demo/demo.seed';
import { ReferralsModule } from '../../referrals/src/referrals.module';
import { ReportsSettings } from '../src/config/reports.env';
import { ReportsModule } from '../src/reports.module';
import { RetentionService } from '../src/retention/retention.service';

const MUN = '015077';
const [CARE, PANTRY] = DEMO_SERVICES; // loneliness, ... | food, ...
const CANARY = `canary${randomBytes(6).toString('hex')}`;

interface NoteRow {
  id: string;
  referral_id: string;
  kind: string;
  action: string;
  author_organisation_id: string | null;
  text_sealed: Buffer | null;
  confirmed_at: Date | null;
  referral_version: number | null;
}
interface Story {
  id: string;
  status: string;
  reason: string | null;
  outcome: string | null;
  history: { to: string; reason: string | null }[];
}

/**
 * Issue 12: the reasons and outcomes operators (and social workers) write on referral moves are
 * the person's story too. Gateway, reports and referrals run for real (in this process) on their
 * own databases and one NATS subject root: the text is sealed in the reports vault before the
 * move, referrals hold its id only, the move's event confirms it, reads are audited, the export has
 * it, erasure and the retention sweep remove it.
 */
describe('referral notes: reasons and outcomes kept in the reports vault (gateway, reports, referrals; real PostgreSQL and NATS)', () => {
  const root = uniqueRoot('notes');
  let reportsDb: string;
  let referralsDb: string;
  let gatewayDb: string;
  let reports: INestMicroservice;
  let referrals: INestMicroservice;
  let gateway: INestApplication;
  let bus: TestEventBus;
  let rpc: TestRpcClient;
  /** The reports service's clock runs with real time, moved ahead by the sweep test. */
  let aheadMs = 0;
  const reportsClock = () => new Date(Date.now() + aheadMs);
  const antennaId = randomUUID();
  const OTHER_ORG = randomUUID();
  let antenna: string;
  let operator: string;
  let otherOperator: string;
  let worker: string;

  beforeAll(async () => {
    [reportsDb, referralsDb, gatewayDb] = await Promise.all([cloneDatabase('reports'), cloneDatabase('referrals'), cloneDatabase('gateway')]);
    const common = { NATS_URL: TEST_NATS_URL, SUBJECT_ROOT: root, AUTH_PUBLIC_KEY: TEST_KEYS.publicKey, LOG_LEVEL: 'silent' };
    const rs = loadSettings(ReportsSettings, {
      ...common, DATABASE_URL: reportsDb, REPORTS_MASTER_KEY: randomBytes(32).toString('base64'), REPORTS_MASTER_KEY_ID: 'master-a', RETENTION_SWEEP_INTERVAL_MS: '0',
    });
    const fs = loadSettings(ReferralsSettings, { ...common, DATABASE_URL: referralsDb, SLA_SWEEP_INTERVAL_MS: '0', MAIL_SWEEP_INTERVAL_MS: '0' });
    bus = await TestEventBus.connect(TEST_NATS_URL, root);
    reports = await startService(ReportsModule.register(rs, { clock: reportsClock }), rs, 'reports');
    referrals = await startService(ReferralsModule.register(fs), fs, 'referrals');
    await runReferralsDemoSeed(referralsDb, root);
    gateway = await startTestGateway(gatewayDb, root, { RATE_LIMIT_PER_ADDRESS: '100000', RATE_LIMIT_PER_ACCOUNT: '100000' });
    rpc = await TestRpcClient.connect(TEST_NATS_URL, root);
    await bus.publish('neighbourhood.defined.v1', { municipality: MUN, code: 'crocetta', name: 'Crocetta', population: 8000, approximate: true });
    await bus.publish('antenna.status-changed.v1', { municipality: MUN, antennaId, kind: AntennaKind.SHOP, neighbourhoodCode: 'crocetta', to: AntennaStatus.ACTIVE });
    await waitFor(async () => (await query(reportsDb, `SELECT 1 FROM antennas WHERE status = 'ACTIVE'`)).length === 1 && (await query(reportsDb, 'SELECT 1 FROM desks')).length === 1, 20_000, 'projections');
    antenna = await tokenFor({ role: Role.ANTENNA, antennaId });
    operator = await tokenFor({ role: Role.ORG_OPERATOR, organisationId: DEMO_ORGANISATION.id });
    otherOperator = await tokenFor({ role: Role.ORG_OPERATOR, organisationId: OTHER_ORG });
    worker = await tokenFor({ role: Role.SOCIAL_WORKER });
  });

  afterAll(async () => {
    await rpc?.close();
    await gateway?.close();
    await referrals?.close();
    await reports?.close();
    await bus?.close();
    await deleteTestStreams(root);
    for (const url of [reportsDb, referralsDb, gatewayDb]) if (url) await dropDatabase(url);
  });

  /** A consent-based report about a named person; waits for its referrals (CARE for loneliness, PANTRY for food) to reach the reports service. */
  async function reportWithReferrals(): Promise<{ reportId: string; care: string; pantry: string }> {
    const reportId = randomUUID();
    await rpc.call(REQUEST_PATTERNS.reports.submit, {
      id: reportId, neighbourhoodCode: 'crocetta', needs: [Need.LONELINESS, Need.FOOD], urgency: Urgency.MEDIUM, ageBand: AgeBand.AGE_80_PLUS,
      description: 'Vive sola, non esce da giorni', consentToContact: true, subject: { name: `Maria ${CANARY}nome` },
    }, antenna);
    const rows = await waitFor(async () => {
      const r = await query<{ id: string; service_id: string }>(referralsDb, 'SELECT id, service_id FROM referrals WHERE report_id = $1', [reportId]);
      const known = await query(reportsDb, 'SELECT 1 FROM report_referrals WHERE report_id = $1', [reportId]);
      return r.length === 2 && known.length === 2 ? r : null;
    }, 30_000, 'two referrals, known to reports');
    return { reportId, care: rows.find((r) => r.service_id === CARE.id)!.id, pantry: rows.find((r) => r.service_id === PANTRY.id)!.id };
  }

  const move = async (mutation: string, id: string, token = operator, arg = '') => gql<Record<string, { status: string }>>(gateway, `mutation($id: ID!) { ${mutation}(id: $id${arg}) { id status } }`, { id }, token);
  const ok = async (mutation: string, id: string, arg = '') => {
    const r = await move(mutation, id, operator, arg);
    expect(r.errors).toBeUndefined();
    return r.data![mutation].status;
  };
  const notesOf = (reportId: string) => query<NoteRow>(reportsDb, 'SELECT * FROM referral_notes WHERE report_id = $1 ORDER BY created_at, id', [reportId]);
  const confirmed = (reportId: string, n: number) =>
    waitFor(async () => {
      const rows = (await notesOf(reportId)).filter((x) => x.confirmed_at);
      return rows.length >= n ? rows : null;
    }, 30_000, `${n} confirmed notes of ${reportId}`);
  const STORIES = 'query($r: ID!) { reportReferrals(reportId: $r) { id status reason outcome history { to reason } } }';
  const stories = async (reportId: string) => {
    const r = await gql<{ reportReferrals: Story[] }>(gateway, STORIES, { r: reportId }, worker);
    expect(r.errors).toBeUndefined();
    return r.data!.reportReferrals;
  };
  const auditCount = async (recordId: string) =>
    (await query<{ n: number }>(reportsDb, 'SELECT count(*)::int AS n FROM audit_log WHERE action = $1 AND record_id = $2', [REQUEST_PATTERNS.reports.readReferralNotes, recordId]))[0].n;

  let done: { reportId: string; care: string; pantry: string };

  it('stores a rejection reason and a completion outcome only sealed: no plaintext in referrals, none in the vault’s bytes', async () => {
    done = await reportWithReferrals();
    const noReason = await move('rejectReferral', done.pantry, operator, ', reason: "no"');
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(await ok('rejectReferral', done.pantry, `, reason: "Non serviamo questa zona ${CANARY}rifiuto"`)).toBe('REJECTED');
    expect(await ok('acceptReferral', done.care)).toBe('ACCEPTED');
    expect(await ok('startReferral', done.care)).toBe('IN_PROGRESS');
    expect(await ok('completeReferral', done.care, `, outcome: "Visite settimanali avviate ${CANARY}esito"`)).toBe('COMPLETED');

    const notes = await confirmed(done.reportId, 2);
    expect(notes.map((n) => [n.referral_id, n.kind, n.action, n.author_organisation_id])).toEqual([
      [done.pantry, 'REASON', 'reject', DEMO_ORGANISATION.id],
      [done.care, 'OUTCOME', 'complete', DEMO_ORGANISATION.id],
    ]);
    for (const n of notes) {
      expect(n.text_sealed!.length).toBeGreaterThan(40);
      expect(n.text_sealed!.includes(Buffer.from(CANARY))).toBe(false);
    }
    expect(notes.map((n) => n.referral_version)).toEqual([2, 4]);

    // Referrals hold the notes' ids, the system's codes, and no column that could hold the text.
    const [pantry] = await query<Record<string, unknown>>(referralsDb, 'SELECT * FROM referrals WHERE id = $1', [done.pantry]);
    expect(pantry).toMatchObject({ status: ReferralStatus.REJECTED, reason_note_id: notes[0].id, reason_code: null });
    const [care] = await query<Record<string, unknown>>(referralsDb, 'SELECT * FROM referrals WHERE id = $1', [done.care]);
    expect(care).toMatchObject({ status: ReferralStatus.COMPLETED, outcome_note_id: notes[1].id });
    const freeText = await query<{ table_name: string; column_name: string }>(
      referralsDb,
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name IN ('referrals', 'referral_history') AND column_name IN ('reason', 'outcome')`,
    );
    expect(freeText).toEqual([]);
    const events = await query<{ payload: Record<string, unknown> }>(referralsDb, `SELECT payload FROM outbox WHERE payload->>'reportId' = $1 ORDER BY seq`, [done.reportId]);
    expect(events.map((e) => e.payload.reasonNoteId ?? e.payload.outcomeNoteId).filter(Boolean)).toEqual([notes[0].id, notes[1].id]);

    // Nowhere in plaintext: both databases, every message on the system's streams.
    for (const url of [referralsDb, reportsDb]) {
      const dump = execFileSync('/usr/bin/pg_dump', ['--no-owner', url], { maxBuffer: 256 * 1024 * 1024 }).toString('utf8');
      expect(dump).toContain('COPY public.');
      expect({ url, hit: dump.includes(CANARY) }).toEqual({ url, hit: false });
    }
    await waitFor(async () => (await query(referralsDb, 'SELECT 1 FROM outbox WHERE published_at IS NULL')).length === 0, 20_000, 'relay');
    const nc = await connect({ servers: TEST_NATS_URL });
    try {
      const jsm = await jetstreamManager(nc);
      let seen = 0;
      for (const stream of Object.values(streamNames(root))) {
        const info = await jsm.streams.info(stream).catch(() => null);
        for (let seq = info?.state.first_seq ?? 1; info && seq <= info.state.last_seq && info.state.messages > 0; seq++) {
          const m = await jsm.streams.getMessage(stream, { seq }).catch(() => null);
          if (!m) continue;
          seen++;
          expect(new TextDecoder().decode(m.data)).not.toContain(CANARY);
        }
      }
      expect(seen).toBeGreaterThan(5);
    } finally {
      await nc.close();
    }

    // A note belongs to one move: its id is refused for another.
    expect(await rpc.callError(REQUEST_PATTERNS.referrals.transition, { id: done.care, action: 'complete', outcomeNoteId: notes[1].id }, operator)).toMatchObject({ code: ErrorCode.CONFLICT });
  });

  it('shows them to the social worker in the same GraphQL fields, writing an audit row for the read', async () => {
    const before = await auditCount(done.reportId);
    const s = await stories(done.reportId);
    const pantry = s.find((x) => x.id === done.pantry)!;
    const care = s.find((x) => x.id === done.care)!;
    expect(pantry.reason).toBe(`Non serviamo questa zona ${CANARY}rifiuto`);
    expect(pantry.history.map((h) => [h.to, h.reason])).toEqual([['REQUESTED', null], ['REJECTED', `Non serviamo questa zona ${CANARY}rifiuto`]]);
    expect(care).toMatchObject({ status: 'COMPLETED', reason: null, outcome: `Visite settimanali avviate ${CANARY}esito` });
    expect(await auditCount(done.reportId)).toBe(before + 1);

    // The operator reads only what their organisation wrote on its own referrals; another organisation nothing.
    const own = await rpc.call<ReferralNoteV1[]>(REQUEST_PATTERNS.reports.readReferralNotes, { reportId: done.reportId }, operator);
    expect(own.map((n) => n.text)).toEqual([`Non serviamo questa zona ${CANARY}rifiuto`, `Visite settimanali avviate ${CANARY}esito`]);
    expect(await rpc.callError(REQUEST_PATTERNS.reports.readReferralNotes, { reportId: done.reportId }, otherOperator)).toMatchObject({ code: ErrorCode.NOT_FOUND });
    expect(await rpc.callError(REQUEST_PATTERNS.reports.readReferralNotes, { reportId: done.reportId }, antenna)).toMatchObject({ code: ErrorCode.FORBIDDEN });
    expect(await rpc.callError(REQUEST_PATTERNS.reports.readReferralNotes, { reportId: done.reportId }, await tokenFor({ role: Role.SOCIAL_WORKER, municipality: '015146' }))).toMatchObject({ code: ErrorCode.NOT_FOUND });
    expect(await auditCount(done.reportId)).toBe(before + 2);
  });

  it('refuses a move its referral’s status does not allow before sealing anything: CONFLICT, and no note, not even a pending one', async () => {
    const before = (await notesOf(done.reportId)).length;
    const reason = ', reason: "Motivo qualsiasi"';
    for (const [mutation, id, token, arg] of [
      ['completeReferral', done.care, operator, ', outcome: "Di nuovo"'],
      ['rejectReferral', done.pantry, operator, reason],
      ['holdReferral', done.care, operator, reason],
      ['failReferral', done.pantry, operator, reason],
      ['rerouteReferral', done.pantry, worker, reason],
    ] as const) {
      const r = await move(mutation, id, token, arg);
      expect({ mutation, code: r.errors?.[0].extensions?.code, status: r.status }).toEqual({ mutation, code: 'CONFLICT', status: 409 });
    }
    const fresh = await reportWithReferrals();
    const early = await move('completeReferral', fresh.care, operator, ', outcome: "Troppo presto"');
    expect(early.errors?.[0]).toMatchObject({ message: 'cannot complete a referral that is requested', extensions: { code: 'CONFLICT' } });
    expect((await notesOf(done.reportId)).length).toBe(before);
    expect(await notesOf(fresh.reportId)).toEqual([]);
  });

  it('gives a social worker’s re-route reason the same treatment', async () => {
    const r = await reportWithReferrals();
    const res = await gql<{ rerouteReferral: { status: string } }>(gateway, `mutation($id: ID!) { rerouteReferral(id: $id, reason: "Serve un servizio più vicino ${CANARY}sposta") { status } }`, { id: r.care }, worker);
    expect(res.errors).toBeUndefined();
    expect(res.data!.rerouteReferral.status).toBe('CANCELLED');
    const [note] = await confirmed(r.reportId, 1);
    expect(note).toMatchObject({ referral_id: r.care, kind: 'REASON', action: 'reroute', author_organisation_id: null });
    expect((await query(referralsDb, 'SELECT reason_code, reason_note_id FROM referrals WHERE id = $1', [r.care]))[0]).toEqual({ reason_code: 'rerouted', reason_note_id: note.id });
    expect((await stories(r.reportId)).find((x) => x.id === r.care)!.reason).toBe(`Serve un servizio più vicino ${CANARY}sposta`);
  });

  it('puts them in the subject’s export, and erases them with the subject', async () => {
    const detail = await rpc.call<ReportDetailV1>(REQUEST_PATTERNS.reports.open, { reportId: done.reportId }, worker);
    const exported = await rpc.call<SubjectExportV1>(REQUEST_PATTERNS.reports.exportSubject, { subjectId: detail.subjectId }, worker);
    const mine = exported.reports.find((x) => x.id === done.reportId)!;
    expect(mine.referralNotes.map((n) => [n.referralId, n.kind, n.text])).toEqual([
      [done.pantry, 'REASON', `Non serviamo questa zona ${CANARY}rifiuto`],
      [done.care, 'OUTCOME', `Visite settimanali avviate ${CANARY}esito`],
    ]);
    expect(mine.referralNotes.every((n) => n.confirmedAt !== null)).toBe(true);

    await rpc.call(REQUEST_PATTERNS.reports.eraseSubject, { subjectId: detail.subjectId }, worker);
    expect((await notesOf(done.reportId)).map((n) => n.text_sealed)).toEqual([null, null]);
    const s = await stories(done.reportId);
    expect(s.find((x) => x.id === done.pantry)).toMatchObject({ status: 'REJECTED', reason: null });
    expect(s.find((x) => x.id === done.care)).toMatchObject({ status: 'COMPLETED', outcome: null });
    expect(JSON.stringify(s)).not.toContain(CANARY);
    const after = await rpc.call<SubjectExportV1>(REQUEST_PATTERNS.reports.exportSubject, { subjectId: detail.subjectId }, worker);
    expect(after.reports.find((x) => x.id === done.reportId)!.referralNotes.map((n) => n.text)).toEqual([null, null]);
    // The same person's other report (the re-route above) is erased with them.
    expect(after.reports.flatMap((x) => x.referralNotes).filter((n) => n.text !== null)).toEqual([]);
  });

  it('never shows a pending note, keeps a retry harmless, and shreds the note by the sweep after an hour', async () => {
    const r = await reportWithReferrals();
    const noteId = randomUUID();
    const seal = { noteId, referralId: r.care, reportId: r.reportId, action: 'hold', text: `In attesa dei documenti ${CANARY}sospeso` };
    await expect(rpc.call(REQUEST_PATTERNS.reports.sealReferralNote, seal, operator)).resolves.toEqual({ noteId });
    await expect(rpc.call(REQUEST_PATTERNS.reports.sealReferralNote, seal, operator)).resolves.toEqual({ noteId });
    expect(await rpc.callError(REQUEST_PATTERNS.reports.sealReferralNote, { ...seal, referralId: r.pantry }, operator)).toMatchObject({ code: ErrorCode.CONFLICT });
    expect(await notesOf(r.reportId)).toEqual([expect.objectContaining({ id: noteId, confirmed_at: null })]);
    // The move never came: nothing to read, for anyone.
    expect(await rpc.call(REQUEST_PATTERNS.reports.readReferralNotes, { reportId: r.reportId }, worker)).toEqual([]);
    expect((await stories(r.reportId)).flatMap((s) => [s.reason, s.outcome, ...s.history.map((h) => h.reason)]).filter(Boolean)).toEqual([]);

    const sweep = () => reports.get(RetentionService).sweep();
    aheadMs += 59 * 60 * 1000;
    await sweep();
    expect(await notesOf(r.reportId)).toHaveLength(1);
    aheadMs += 2 * 60 * 1000;
    await sweep();
    expect(await notesOf(r.reportId)).toEqual([]);
    // Confirmed notes stay.
    expect((await notesOf(done.reportId)).length).toBe(2);
  });

  it('does not let another organisation write on a referral, nor confirm or show a note that is not the move’s own', async () => {
    const r = await reportWithReferrals();
    // Through the API: the referral is not theirs (NOT_FOUND) and nothing is sealed.
    const refused = await move('rejectReferral', r.care, otherOperator, ', reason: "Non è nostro ma proviamo"');
    expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await notesOf(r.reportId)).toEqual([]);
    // Straight to the vault: refused too, since reports know whose referral it is.
    const base = { referralId: r.care, reportId: r.reportId, action: 'reject', text: `Testo altrui ${CANARY}altro` };
    expect(await rpc.callError(REQUEST_PATTERNS.reports.sealReferralNote, { ...base, noteId: randomUUID() }, otherOperator)).toMatchObject({ code: ErrorCode.NOT_FOUND });
    expect(await rpc.callError(REQUEST_PATTERNS.reports.sealReferralNote, { ...base, noteId: randomUUID(), action: 'reroute' }, operator)).toMatchObject({ code: ErrorCode.FORBIDDEN });
    expect(await rpc.callError(REQUEST_PATTERNS.reports.sealReferralNote, { ...base, noteId: randomUUID() }, antenna)).toMatchObject({ code: ErrorCode.FORBIDDEN });

    // A referral reports do not know yet: the other organisation's note is taken, pending, and no event can confirm it for this organisation's move.
    const unknownReferral = randomUUID();
    const foreign = randomUUID();
    await rpc.call(REQUEST_PATTERNS.reports.sealReferralNote, { ...base, referralId: unknownReferral, noteId: foreign }, otherOperator);
    const own = randomUUID();
    await rpc.call(REQUEST_PATTERNS.reports.sealReferralNote, { ...base, referralId: unknownReferral, noteId: own, action: 'hold', text: 'Sospeso per ricovero' }, operator);
    const event = {
      municipality: MUN, referralId: unknownReferral, reportId: r.reportId, organisationId: DEMO_ORGANISATION.id, serviceId: CARE.id, needs: [Need.LONELINESS],
      neighbourhoodCode: 'crocetta', urgency: Urgency.MEDIUM, from: ReferralStatus.REQUESTED, to: ReferralStatus.REJECTED, version: 2,
    };
    // Named by a move of the referral's organisation (DEMO), written by another: not confirmed.
    await bus.publish('referral.rejected.v1', { ...event, reasonNoteId: foreign });
    // Named by a move of another kind (a rejection names a note written for a hold): not confirmed.
    await bus.publish('referral.rejected.v1', { ...event, version: 3, reasonNoteId: own });
    await waitFor(async () => (await query(reportsDb, 'SELECT 1 FROM report_referrals WHERE referral_id = $1 AND version = 3', [unknownReferral])).length === 1, 20_000, 'both events consumed');
    expect((await notesOf(r.reportId)).map((n) => [n.id, n.confirmed_at])).toEqual(expect.arrayContaining([[foreign, null], [own, null]]));
    expect(await rpc.call(REQUEST_PATTERNS.reports.readReferralNotes, { reportId: r.reportId }, worker)).toEqual([]);
  });
});
