import { INestMicroservice } from '@nestjs/common';
import { HealthV1, RPC } from '@prossimo/contracts';
import { loadSettings, startService } from '@prossimo/platform';
import { TEST_KEYS, TEST_NATS_URL, TestEventBus, TestRpcClient, cloneDatabase, deleteTestStreams, dropDatabase, query, uniqueRoot, waitFor } from '@prossimo/testing';
import { CommunityModule } from '../src/community.module';
import { CommunitySettings } from '../src/config/community.env';

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
});
