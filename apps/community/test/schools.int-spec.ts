import { randomUUID } from 'node:crypto';
import { INestMicroservice } from '@nestjs/common';
import { Page, REQUEST_PATTERNS, Role, SchoolProtocolV1, SchoolTotalsV1 } from '@prossimo/contracts';
import { loadSettings, startService } from '@prossimo/platform';
import { TEST_KEYS, TEST_NATS_URL, TestRpcClient, cloneDatabase, deleteTestStreams, dropDatabase, tokenFor, uniqueRoot } from '@prossimo/testing';
import { CommunityModule } from '../src/community.module';
import { CommunitySettings } from '../src/config/community.env';

describe('community: school protocols (class groups as counts only)', () => {
  let dbUrl: string;
  let root: string;
  let sut: INestMicroservice;
  let rpc: TestRpcClient;

  beforeAll(async () => {
    dbUrl = await cloneDatabase('community');
    root = uniqueRoot();
    const settings = loadSettings(CommunitySettings, { DATABASE_URL: dbUrl, NATS_URL: TEST_NATS_URL, SUBJECT_ROOT: root, AUTH_PUBLIC_KEY: TEST_KEYS.publicKey, LOG_LEVEL: 'silent', CONFIRMATION_SWEEP_INTERVAL_MS: '0' });
    sut = await startService(CommunityModule.register(settings), settings, 'community');
    rpc = await TestRpcClient.connect(TEST_NATS_URL, root);
  });

  afterAll(async () => {
    await rpc?.close();
    await sut?.close();
    await deleteTestStreams(root);
    await dropDatabase(dbUrl);
  });

  it('saves, replaces, lists and counts; another municipality cannot take the id', async () => {
    const admin = await tokenFor({ role: Role.ADMIN });
    const id = randomUUID();
    const input = {
      id, schoolName: 'Scuola secondaria Zandonai', schoolYear: '2026/27', tutorName: 'Prof.ssa Ferri', activities: ['Intervista ai volontari'],
      classGroups: [{ label: '2ª A', studentCount: 23, plannedHours: 20, doneHours: 8 }, { label: '2ª B', studentCount: 21, plannedHours: 20, doneHours: 6 }], signedOn: '2026-10-05',
    };
    await expect(rpc.call(REQUEST_PATTERNS.community.saveSchoolProtocol, input, admin)).resolves.toMatchObject({ students: 44, plannedHours: 40, doneHours: 14 });
    await rpc.call(REQUEST_PATTERNS.community.saveSchoolProtocol, { ...input, classGroups: [input.classGroups[0]] }, admin);
    const page = await rpc.call<Page<SchoolProtocolV1>>(REQUEST_PATTERNS.community.schoolProtocols, {}, admin);
    expect(page.nodes).toEqual([expect.objectContaining({ id, students: 23, classGroups: [{ label: '2ª A', studentCount: 23, plannedHours: 20, doneHours: 8 }] })]);
    await expect(rpc.call<SchoolTotalsV1>(REQUEST_PATTERNS.community.schoolTotals, {}, await tokenFor({ role: Role.CITY_ANALYST }))).resolves.toMatchObject({ years: [{ schoolYear: '2026/27', protocols: 1, classGroups: 1, students: 23 }] });
    await expect(rpc.callError(REQUEST_PATTERNS.community.saveSchoolProtocol, input, await tokenFor({ role: Role.ADMIN, municipality: '015093' }))).resolves.toMatchObject({ code: 'CONFLICT' });
    await expect(rpc.callError(REQUEST_PATTERNS.community.saveSchoolProtocol, { ...input, classGroups: [{ ...input.classGroups[0], studentCount: 0 }] }, admin)).resolves.toMatchObject({ code: 'BAD_USER_INPUT', field: 'classGroups.0.studentCount' });
  });
});
