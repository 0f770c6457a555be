import { INestMicroservice } from '@nestjs/common';
import { HealthV1, InitiativeWithSessionsV1, Page, RPC } from '@prossimo/contracts';
import { DEMO_INITIATIVES, DEMO_MEMORY_CAFE_ID } from '@prossimo/demo';
import { loadSettings, startService } from '@prossimo/platform';
import { TEST_KEYS, TEST_NATS_URL, TestEventBus, TestRpcClient, cloneDatabase, deleteTestStreams, dropDatabase, query, uniqueRoot, waitFor } from '@prossimo/testing';
import { CommunityModule } from '../src/community.module';
import { CommunitySettings } from '../src/config/community.env';
import { runCommunityDemoSeed } from '../src/demo/demo.seed';

const MUN = '015077';

describe('community service: start, health and the neighbourhoods it learns (real PostgreSQL and NATS)', () => {
  let dbUrl: string;
  let root: string;
  let sut: INestMicroservice;
  let rpc: TestRpcClient;
  let bus: TestEventBus;

  beforeAll(async () => {
    dbUrl = await cloneDatabase('community');
    root = uniqueRoot();
    const settings = loadSettings(CommunitySettings, { DATABASE_URL: dbUrl, NATS_URL: TEST_NATS_URL, SUBJECT_ROOT: root, AUTH_PUBLIC_KEY: TEST_KEYS.publicKey, LOG_LEVEL: 'silent' });
    sut = await startService(CommunityModule.register(settings), settings, 'community');
    rpc = await TestRpcClient.connect(TEST_NATS_URL, root);
    bus = await TestEventBus.connect(TEST_NATS_URL, root);
  });

  afterAll(async () => {
    await bus?.close();
    await rpc?.close();
    await sut?.close();
    await deleteTestStreams(root);
    await dropDatabase(dbUrl);
  });

  it('answers its health check without a token', async () => {
    await expect(rpc.call<HealthV1>(RPC.community.health, {})).resolves.toMatchObject({ service: 'community', database: 'ok', nats: 'ok', details: { neighbourhoods: 0, publishedInitiatives: 0 } });
  });

  it('keeps a projection of the neighbourhoods, an older event never overwriting a newer one', async () => {
    await bus.publish('neighbourhood.defined.v1', { municipality: MUN, code: 'crocetta', name: 'Crocetta', approximate: true, occurredAt: '2026-01-02T00:00:00.000Z' });
    await bus.publish('neighbourhood.defined.v1', { municipality: MUN, code: 'crocetta', name: 'Crocetta (vecchio)', approximate: true, occurredAt: '2026-01-01T00:00:00.000Z' });
    await bus.publish('neighbourhood.defined.v1', { municipality: MUN, code: 'bettola', name: 'Bettola', approximate: true, occurredAt: '2026-01-01T00:00:00.000Z' });
    await waitFor(async () => (await query(dbUrl, `SELECT 1 FROM inbox`)).length === 3, 20_000, 'the three events to be applied');
    await expect(query(dbUrl, 'SELECT code, name FROM neighbourhoods ORDER BY code')).resolves.toEqual([
      { code: 'bettola', name: 'Bettola' },
      { code: 'crocetta', name: 'Crocetta' },
    ]);
    await expect(rpc.call<HealthV1>(RPC.community.health, {})).resolves.toMatchObject({ details: { neighbourhoods: 2 } });
  });

  it('seeds the demo initiatives with sessions in the coming weeks, once, the ledger matching the counters', async () => {
    const first = await runCommunityDemoSeed(dbUrl, root);
    expect(first.initiatives).toBe(DEMO_INITIATIVES.length);
    expect(first.sessions).toBeGreaterThan(DEMO_INITIATIVES.length * 4);
    await expect(runCommunityDemoSeed(dbUrl, root)).resolves.toEqual({ initiatives: 0, sessions: 0 });
    await expect(query(dbUrl, `SELECT count(*)::int AS n FROM outbox WHERE subject LIKE '%.initiative.%'`)).resolves.toEqual([{ n: first.initiatives + first.sessions }]);
    const mismatched = await query(
      dbUrl,
      `SELECT s.id FROM sessions s LEFT JOIN (SELECT session_id, count(*) FILTER (WHERE kind = 'PUBLIC' AND status = 'HELD')::int AS p FROM seat_reservations GROUP BY session_id) r ON r.session_id = s.id
       WHERE coalesce(r.p, 0) <> s.public_taken`,
    );
    expect(mismatched).toEqual([]);
    const cafe = await rpc.call<InitiativeWithSessionsV1>(RPC.community.publicInitiative, { id: DEMO_MEMORY_CAFE_ID });
    expect(cafe).toMatchObject({ titleIt: 'Caffè della memoria di Crocetta', neighbourhoodCode: 'crocetta', place: { stepFree: true }, goodForLivingAlone: true });
    expect(cafe.nextSession).toMatchObject({ publicSeats: 12, publicLeft: 3, status: 'SCHEDULED' });
    const inCrocetta = await rpc.call<Page<InitiativeWithSessionsV1>>(RPC.community.publicInitiatives, { municipality: MUN, neighbourhoodCode: 'crocetta' });
    expect(inCrocetta.nodes.map((n) => n.id)).toEqual([DEMO_MEMORY_CAFE_ID]);
    await expect(rpc.call<HealthV1>(RPC.community.health, {})).resolves.toMatchObject({ details: { publishedInitiatives: DEMO_INITIATIVES.length } });
  });
});
