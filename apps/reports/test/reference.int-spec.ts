import { randomBytes, randomUUID } from 'node:crypto';
import { INestMicroservice } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  AgeBand, AntennaKind, AntennaStatus, ClosureReason, ErrorCode, Need, Page, REFERENCE_PATTERN, ReportDetailV1, ReportSummaryV1, Role, REQUEST_PATTERNS, TriageItemV1, Urgency,
} from '@prossimo/contracts';
import { dataSourceOptions, loadSettings, startService } from '@prossimo/platform';
import { TEST_KEYS, TEST_NATS_URL, TestEventBus, TestRpcClient, cloneDatabase, deleteTestStreams, dropDatabase, query, tokenFor, uniqueRoot, waitFor } from '@prossimo/testing';
import { ReportsSettings } from '../src/config/reports.env';
import { REPORTS_DATABASE } from '../src/database/reports.database';
import { ReportsModule } from '../src/reports.module';

const MUN = '015077';

/**
 * Issue 13: every report has a short, human, non-guessable reference code (CB-7K4Q), the same on
 * a retried submit, on its event (no personal data), shown to the antenna and the desk, and the
 * desk finds a report by it, however typed, open or closed. Reports from before get one in the
 * migration.
 */
describe('report reference codes (real PostgreSQL and NATS)', () => {
  let dbUrl: string;
  let root: string;
  let sut: INestMicroservice;
  let rpc: TestRpcClient;
  let bus: TestEventBus;
  const antennaId = randomUUID();
  let antenna: string;
  let worker: string;

  beforeAll(async () => {
    dbUrl = await cloneDatabase('reports');
    root = uniqueRoot();
    const settings = loadSettings(ReportsSettings, {
      DATABASE_URL: dbUrl, NATS_URL: TEST_NATS_URL, SUBJECT_ROOT: root, AUTH_PUBLIC_KEY: TEST_KEYS.publicKey,
      REPORTS_MASTER_KEY: randomBytes(32).toString('base64'), RETENTION_SWEEP_INTERVAL_MS: '0', LOG_LEVEL: 'silent',
    });
    bus = await TestEventBus.connect(TEST_NATS_URL, root);
    sut = await startService(ReportsModule.register(settings), settings, 'reports');
    rpc = await TestRpcClient.connect(TEST_NATS_URL, root);
    await bus.publish('neighbourhood.defined.v1', { municipality: MUN, code: 'crocetta', name: 'Crocetta', population: 8000, approximate: true });
    await bus.publish('antenna.status-changed.v1', { municipality: MUN, antennaId, kind: AntennaKind.SHOP, neighbourhoodCode: 'crocetta', to: AntennaStatus.ACTIVE });
    await waitFor(async () => (await query(dbUrl, 'SELECT 1 FROM desks')).length === 1 && (await query(dbUrl, `SELECT 1 FROM antennas WHERE status = 'ACTIVE'`)).length === 1, 20_000, 'projections');
    antenna = await tokenFor({ role: Role.ANTENNA, antennaId });
    worker = await tokenFor({ role: Role.SOCIAL_WORKER });
  });

  afterAll(async () => {
    await rpc?.close();
    await bus?.close();
    await sut?.close();
    await deleteTestStreams(root);
    await dropDatabase(dbUrl);
  });

  const input = () => ({
    id: randomUUID(), neighbourhoodCode: 'crocetta', needs: [Need.FOOD], urgency: Urgency.MEDIUM, ageBand: AgeBand.AGE_80_PLUS,
    description: 'Non si vede da giorni', consentToContact: true, subject: { name: 'Mario Rossi' },
  });
  const triage = (args: Record<string, unknown>) => rpc.call<Page<TriageItemV1>>(REQUEST_PATTERNS.reports.triage, { first: 100, ...args }, worker);

  it('gives every report a code like CB-7K4Q, the same on a retried submit, unique, on its event and nothing personal in it', async () => {
    const cmd = input();
    const first = await rpc.call<ReportSummaryV1>(REQUEST_PATTERNS.reports.submit, cmd, antenna);
    expect(first.reference).toMatch(/^CB-[346789CDFGHJKMNPQRTVWXY]{4}$/);
    expect(first.reference).toMatch(REFERENCE_PATTERN);
    expect((await rpc.call<ReportSummaryV1>(REQUEST_PATTERNS.reports.submit, cmd, antenna)).reference).toBe(first.reference);
    const mine = await rpc.call<Page<ReportSummaryV1>>(REQUEST_PATTERNS.reports.mine, { first: 100 }, antenna);
    expect(mine.nodes.find((n) => n.id === cmd.id)?.reference).toBe(first.reference);
    const [event] = await query<{ payload: Record<string, unknown> }>(dbUrl, `SELECT payload FROM outbox WHERE payload->>'reportId' = $1 AND subject LIKE '%.report.submitted.v1'`, [cmd.id]);
    expect(event.payload.reference).toBe(first.reference);
    expect(first.reference).not.toMatch(/MARIO|ROSSI/);

    const codes = [first.reference];
    for (let i = 0; i < 30; i++) codes.push((await rpc.call<ReportSummaryV1>(REQUEST_PATTERNS.reports.submit, input(), antenna)).reference);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('lets the desk find a report by its code however it is typed, open or closed, and shows it on the report page', async () => {
    const cmd = input();
    const { reference } = await rpc.call<ReportSummaryV1>(REQUEST_PATTERNS.reports.submit, cmd, antenna);
    const spoken = reference.toLowerCase().replace('-', ' ');
    expect((await triage({ reference: spoken })).nodes.map((n) => [n.id, n.reference, n.closedAt])).toEqual([[cmd.id, reference, null]]);
    expect((await triage({})).nodes.find((n) => n.id === cmd.id)?.reference).toBe(reference);
    expect((await rpc.call<ReportDetailV1>(REQUEST_PATTERNS.reports.open, { reportId: cmd.id }, worker)).reference).toBe(reference);

    await rpc.call(REQUEST_PATTERNS.reports.close, { reportId: cmd.id, reason: ClosureReason.RESOLVED }, worker);
    expect((await triage({})).nodes.some((n) => n.id === cmd.id)).toBe(false);
    const found = (await triage({ reference })).nodes;
    expect(found).toEqual([expect.objectContaining({ id: cmd.id, reference, closedAt: expect.any(String) })]);

    expect((await triage({ reference: 'CB-3333' })).nodes.length).toBeLessThanOrEqual(1);
    expect(await rpc.callError(REQUEST_PATTERNS.reports.triage, { reference: 'ciao' }, worker)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'reference' });
    expect(await rpc.callError(REQUEST_PATTERNS.reports.triage, { reference: 'CB-7K4O' }, worker)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'reference' });
    // Another municipality's desk finds nothing by it.
    const elsewhere = await rpc.call<Page<TriageItemV1>>(REQUEST_PATTERNS.reports.triage, { reference }, await tokenFor({ role: Role.SOCIAL_WORKER, municipality: '015146' }));
    expect(elsewhere.nodes).toEqual([]);
  });

  it('backfills a random, unique code for reports made before codes existed (the migration, down and up again)', async () => {
    const copy = await cloneDatabase('reports');
    try {
      const ds = new DataSource(dataSourceOptions(copy, REPORTS_DATABASE, 1));
      await ds.initialize();
      try {
        // The database as it was before the codes, with reports in two municipalities.
        // (Undo migrations down to the one that added the codes, whatever came after it.)
        const hasCodes = async () => (await ds.query(`SELECT 1 FROM information_schema.columns WHERE table_name = 'reports' AND column_name = 'reference'`)).length > 0;
        for (let i = 0; i < 10 && (await hasCodes()); i++) await ds.undoLastMigration({ transaction: 'all' });
        expect(await ds.query(`SELECT 1 FROM information_schema.columns WHERE table_name = 'reports' AND column_name = 'reference'`)).toHaveLength(0);
        const subject = randomUUID();
        await ds.query(`INSERT INTO subjects (id, municipality, key_id, created_at) VALUES ($1, $2, 'k', now())`, [subject, MUN]);
        for (const [municipality, n] of [[MUN, 60], ['015146', 20], ['099999', 5]] as const) {
          const desk = randomUUID();
          await ds.query(`INSERT INTO desks (id, municipality, neighbourhood_code, name) VALUES ($1, $2, 'x', 'Sportello')`, [desk, municipality]);
          for (let i = 0; i < n; i++) {
            await ds.query(
              `INSERT INTO reports (id, municipality, neighbourhood_code, antenna_id, submitted_by, owner_desk_id, needs, urgency, age_band, consent_to_contact, legal_basis, submitted_at, subject_id)
               VALUES ($1, $2, 'x', $3, $3, $4, '{food}', 'LOW', 'UNKNOWN', false, 'PUBLIC_TASK', now(), $5)`,
              [randomUUID(), municipality, randomUUID(), desk, subject],
            );
          }
        }
        await ds.runMigrations({ transaction: 'all' });
        const rows = await ds.query<{ municipality: string; reference: string }[]>(`SELECT municipality, reference FROM reports`);
        expect(rows).toHaveLength(85);
        const prefix: Record<string, string> = { [MUN]: 'CB', '015146': 'MI', '099999': 'PR' };
        for (const r of rows) {
          expect(r.reference).toMatch(REFERENCE_PATTERN);
          expect(r.reference.slice(0, 3)).toBe(`${prefix[r.municipality]}-`);
        }
        expect(new Set(rows.map((r) => `${r.municipality} ${r.reference}`)).size).toBe(rows.length);
      } finally {
        await ds.destroy();
      }
    } finally {
      await dropDatabase(copy);
    }
  });
});
