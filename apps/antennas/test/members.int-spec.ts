import { randomBytes, randomUUID } from 'node:crypto';
import { INestApplication, INestMicroservice } from '@nestjs/common';
import { DEMO_MUNICIPALITY, DEMO_NEIGHBOURHOODS } from '@prossimo/demo';
import { Role } from '@prossimo/contracts';
import { loadSettings, startService } from '@prossimo/platform';
import { TEST_KEYS, TEST_NATS_URL, cloneDatabase, deleteTestStreams, dropDatabase, query, tokenFor, uniqueRoot, waitFor } from '@prossimo/testing';
import { gql, startTestGateway } from '../../../test/support/gateway';
import { ReportsSettings } from '../../reports/src/config/reports.env';
import { ReportsModule } from '../../reports/src/reports.module';
import { AntennasModule } from '../src/antennas.module';
import { AntennasSettings } from '../src/config/antennas.env';

/**
 * The network end to end in one process: the gateway (GraphQL, identity), antennas and reports on
 * their own databases and one subject root. An ADMIN imports neighbourhoods, onboards an antenna
 * and gives it two named logins; both report and see each other's reports; suspending the antenna
 * stops new reports within seconds (reports learns it from antenna.status-changed.v1) and leaves
 * the old ones alone.
 */
describe('antenna members and the permission to report, through GraphQL (gateway + antennas + reports in-process)', () => {
  const dbs: string[] = [];
  let root: string;
  let antennas: INestMicroservice;
  let reports: INestMicroservice;
  let gateway: INestApplication;
  let admin: string;

  beforeAll(async () => {
    root = uniqueRoot();
    const [antennasDb, reportsDb, gatewayDb] = await Promise.all([cloneDatabase('antennas'), cloneDatabase('reports'), cloneDatabase('gateway')]);
    dbs.push(antennasDb, reportsDb, gatewayDb);
    const common = { NATS_URL: TEST_NATS_URL, SUBJECT_ROOT: root, AUTH_PUBLIC_KEY: TEST_KEYS.publicKey, LOG_LEVEL: 'silent' };
    const aSettings = loadSettings(AntennasSettings, { ...common, DATABASE_URL: antennasDb });
    antennas = await startService(AntennasModule.register(aSettings), aSettings, 'antennas');
    const rSettings = loadSettings(ReportsSettings, { ...common, DATABASE_URL: reportsDb, REPORTS_MASTER_KEY: randomBytes(32).toString('base64') });
    reports = await startService(ReportsModule.register(rSettings), rSettings, 'reports');
    gateway = await startTestGateway(gatewayDb, root);
    admin = await tokenFor({ role: Role.ADMIN, municipality: DEMO_MUNICIPALITY });
  });

  afterAll(async () => {
    await gateway?.close();
    await reports?.close();
    await antennas?.close();
    await deleteTestStreams(root);
    for (const db of dbs) await dropDatabase(db);
  });

  const call = <T = Record<string, unknown>>(q: string, variables: Record<string, unknown> = {}, token?: string) => gql<T>(gateway, q, variables, token);
  const ok = async <T>(q: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> => {
    const r = await call<T>(q, variables, token);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data as T;
  };
  const login = async (email: string, password: string) =>
    (await ok<{ login: { token: string } }>('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: email, p: password })).login.token;
  const submit = (token: string) =>
    call<{ submitReport: { id: string } }>(
      'mutation($i: SubmitReportInput!) { submitReport(input: $i) { id status } }',
      { i: { id: randomUUID(), neighbourhoodCode: 'crocetta', needs: ['LONELINESS'], urgency: 'MEDIUM', ageBand: 'AGE_80_PLUS', description: 'Non si vede da tre giorni', consentToContact: true } },
      token,
    );

  it('onboards an antenna with two named members who both report and see all the antenna’s reports, until it is suspended', async () => {
    const imported = await ok<{ importNeighbourhoods: { created: string[] } }>(
      'mutation($m: String!, $g: String!) { importNeighbourhoods(municipality: $m, geojson: $g, approximate: true) { created updated untouched } }',
      { m: DEMO_MUNICIPALITY, g: JSON.stringify(DEMO_NEIGHBOURHOODS) },
      admin,
    );
    expect(imported.importNeighbourhoods.created).toHaveLength(12);

    const id = randomUUID();
    const proposed = await ok<{ proposeAntenna: { status: string; neighbourhoodCode: string } }>(
      'mutation($i: ProposeAntennaInput!) { proposeAntenna(input: $i) { id status neighbourhoodCode } }',
      { i: { id, name: 'Drogheria Crocetta', kind: 'SHOP', address: 'Via Crocetta 40', position: { lat: 45.5452, lng: 9.2101 }, needs: ['LONELINESS', 'FOOD'] } },
      admin,
    );
    expect(proposed.proposeAntenna).toEqual({ id, status: 'PROPOSED', neighbourhoodCode: 'crocetta' });
    await ok('mutation($id: ID!) { trainAntenna(id: $id, trainedOn: "2026-01-10", codeOfConductAccepted: true) { status } }', { id }, admin);
    await ok('mutation($id: ID!) { activateAntenna(id: $id) { status } }', { id }, admin);

    // A person is invited (a code read out or printed) and chooses their own password; none is generated.
    const nopass = await call('mutation($i: CreateAntennaMemberInput!) { createAntennaMember(input: $i) { member { id } } }', { i: { antennaId: id, email: 'mario@drogheria.example', displayName: 'Mario' } }, admin);
    expect(nopass.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.password' });
    const invited = await ok<{ inviteAccount: { code: string } }>(
      'mutation($i: InviteAccountInput!) { inviteAccount(input: $i) { code } }',
      { i: { role: 'ANTENNA', antennaId: id, email: 'Mario@Drogheria.example', displayName: 'Mario' } },
      admin,
    );
    const redeemed = await ok<{ redeemAccountCode: { account: { id: string } } }>(
      'mutation($e: String!, $c: String!) { redeemAccountCode(email: $e, code: $c, password: "mario-sceglie-la-sua") { account { id } } }',
      { e: 'mario@drogheria.example', c: invited.inviteAccount.code },
    );
    const first = { createAntennaMember: { member: { id: redeemed.redeemAccountCode.account.id }, generatedPassword: 'mario-sceglie-la-sua' } };
    const second = await ok<{ createAntennaMember: { member: { id: string }; generatedPassword: null } }>(
      'mutation($i: CreateAntennaMemberInput!) { createAntennaMember(input: $i) { member { id } generatedPassword } }',
      { i: { antennaId: id, email: 'lucia@drogheria.example', displayName: 'Lucia', password: 'una-password-lunga' } },
      admin,
    );
    expect(second.createAntennaMember.generatedPassword).toBeNull();
    const dup = await call('mutation($i: CreateAntennaMemberInput!) { createAntennaMember(input: $i) { member { id } } }', { i: { antennaId: id, email: 'lucia@drogheria.example', displayName: 'Lucia 2', password: 'un-altra-password' } }, admin);
    expect(dup.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.email' });
    const short = await call('mutation($i: CreateAntennaMemberInput!) { createAntennaMember(input: $i) { member { id } } }', { i: { antennaId: id, email: 'x@drogheria.example', displayName: 'Xavier', password: 'corta' } }, admin);
    expect(short.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.password' });

    const detail = await ok<{ antenna: { members: { displayName: string }[]; history: { to: string }[] } }>('query($id: ID!) { antenna(id: $id) { members { displayName email } history { to reason } } }', { id }, admin);
    expect(detail.antenna.members.map((m) => m.displayName)).toEqual(['Lucia', 'Mario']);
    expect(detail.antenna.history.map((h) => h.to)).toEqual(['ACTIVE', 'TRAINED', 'PROPOSED']);
    // In a list, every antenna's members come from one batched query (DataLoader), each to its own antenna.
    const listed = await ok<{ antennas: { nodes: { id: string; members: { displayName: string }[] }[] } }>('{ antennas(first: 50) { nodes { id members { displayName } } } }', {}, admin);
    expect(listed.antennas.nodes.find((a) => a.id === id)?.members.map((m) => m.displayName)).toEqual(['Lucia', 'Mario']);
    expect(listed.antennas.nodes.filter((a) => a.id !== id).every((a) => a.members.every((m) => !['Lucia', 'Mario'].includes(m.displayName)))).toBe(true);

    const mario = await login('mario@drogheria.example', 'mario-sceglie-la-sua');
    const lucia = await login('lucia@drogheria.example', 'una-password-lunga');
    // reports learns that the antenna is ACTIVE from the event: wait for it.
    const r1 = await waitFor(async () => ((await submit(mario)).data?.submitReport ?? null), 20_000, 'the first report to be accepted');
    const r2 = (await submit(lucia)).data!.submitReport;
    const rows = await query<{ id: string; submitted_by: string }>(dbs[1], 'SELECT id, submitted_by FROM reports ORDER BY submitted_at');
    expect(rows).toEqual([
      { id: r1.id, submitted_by: first.createAntennaMember.member.id },
      { id: r2.id, submitted_by: second.createAntennaMember.member.id },
    ]);
    const seenByMario = await ok<{ myReports: { nodes: { id: string }[] } }>('{ myReports { nodes { id status } } }', {}, mario);
    expect(seenByMario.myReports.nodes.map((n) => n.id).sort()).toEqual([r1.id, r2.id].sort());

    // Suspend through the API: within seconds, new reports are refused; the old ones stay.
    const suspended = await ok<{ suspendAntenna: { status: string; statusReason: string } }>('mutation($id: ID!) { suspendAntenna(id: $id, reason: "verifica del comune") { status statusReason } }', { id }, admin);
    expect(suspended.suspendAntenna).toEqual({ status: 'SUSPENDED', statusReason: 'verifica del comune' });
    const t0 = Date.now();
    const refused = await waitFor(async () => {
      const r = await submit(lucia);
      return r.errors?.[0].extensions?.code === 'FORBIDDEN' ? r : null;
    }, 10_000, 'reports to refuse the suspended antenna');
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(refused.data?.submitReport ?? null).toBeNull();
    const afterSuspension = await ok<{ myReports: { nodes: { id: string }[] } }>('{ myReports { nodes { id } } }', {}, lucia);
    expect(afterSuspension.myReports.nodes.map((n) => n.id).sort()).toEqual([r1.id, r2.id].sort());
    await expect(query(dbs[1], 'SELECT count(*)::int AS n FROM reports')).resolves.toEqual([{ n: 2 }]);

    // Removing a member: their login is gone, their report stays with the antenna.
    const removed = await ok<{ removeAntennaMember: { id: string } }>('mutation($id: ID!) { removeAntennaMember(id: $id) { id } }', { id: first.createAntennaMember.member.id }, admin);
    expect(removed.removeAntennaMember.id).toBe(first.createAntennaMember.member.id);
    const again = await call('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: 'mario@drogheria.example', p: first.createAntennaMember.generatedPassword });
    expect(again.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const gone = await call('mutation($id: ID!) { removeAntennaMember(id: $id) { id } }', { id: first.createAntennaMember.member.id }, admin);
    expect(gone.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('guards every new operation by role and names the field of bad input', async () => {
    const analyst = await tokenFor({ role: Role.CITY_ANALYST, municipality: DEMO_MUNICIPALITY });
    const denied = await call('{ antennas { nodes { id } } }', {}, analyst);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await call('{ coverage { deserts } }');
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const badMove = await call('mutation { suspendAntenna(id: "not-a-uuid", reason: "x y z") { status } }', {}, admin);
    expect(badMove.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const badFile = await call('mutation { importNeighbourhoods(municipality: "015077", geojson: "{\\"type\\":\\"FeatureCollection\\",\\"features\\":[{\\"type\\":\\"Feature\\",\\"properties\\":{\\"name\\":\\"A\\"}}]}") { created } }', {}, admin);
    expect(badFile.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'geojson.features[0].properties.code' });
    const coverage = await ok<{ coverage: { deserts: string[]; neighbourhoods: { code: string }[] } }>('{ coverage { deserts neighbourhoods { code activeAntennas per1000Residents desert } reportsByMonth { months total k } } }', {}, analyst);
    expect(coverage.coverage.neighbourhoods).toHaveLength(12);
    expect(coverage.coverage.deserts).toContain('bettola');
  });
});
