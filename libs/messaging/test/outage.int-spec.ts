import { randomUUID } from 'node:crypto';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { DataSource } from 'typeorm';
import { AntennaKind, AntennaStatus } from '@prossimo/contracts';
import { dataSourceOptions } from '@prossimo/platform';
import { OwnNatsServer, cloneDatabase, dropDatabase, uniqueRoot, waitFor } from '@prossimo/testing';
import { EventConsumer } from '../src/event-consumer';
import { MESSAGING_ENTITIES } from '../src/messaging.entities';
import { connectNats } from '../src/nats-connection';
import { Outbox } from '../src/outbox';
import { OutboxRelay } from '../src/outbox-relay';
import { ensureDurableConsumer, ensureStreams } from '../src/streams';

/**
 * The broker dies (SIGKILL) for longer than nats.js would wait by default, while events are being
 * written. The relay backs off and keeps them, the connections come back by themselves, and every
 * event reaches the consumer once. This file runs its own nats-server and kills only that one.
 */
describe('a NATS outage loses nothing (own nats-server)', () => {
  let server: OwnNatsServer;
  let dbUrl: string;
  let ds: DataSource;
  let nc: NatsConnection;
  const root = uniqueRoot('out');

  beforeAll(async () => {
    server = await OwnNatsServer.start();
    dbUrl = await cloneDatabase('reports');
    ds = new DataSource(dataSourceOptions(dbUrl, { entities: MESSAGING_ENTITIES, migrations: [] }, 4));
    await ds.initialize();
    await ds.query('CREATE TABLE effects (event_id uuid PRIMARY KEY)');
    nc = await connectNats(server.url, 'outage-test', { user: 'admin' });
    const jsm = await jetstreamManager(nc);
    await ensureStreams(jsm, root);
    await ensureDurableConsumer(jsm, root, 'outage');
  });

  afterAll(async () => {
    await nc?.close();
    await ds?.destroy();
    await server?.stop();
    await dropDatabase(dbUrl);
  });

  it('delivers every event written before, during and after the outage', async () => {
    const js = jetstream(nc);
    const relay = new OutboxRelay(ds, js, { idlePollMs: 50, maxBackoffMs: 500, publishTimeoutMs: 1000 });
    const consumer = new EventConsumer(ds, js, { root, durable: 'outage' }).on('antenna.status-changed.v1', async (e, { em }) => {
      await em.query('INSERT INTO effects (event_id) VALUES ($1)', [e.eventId]);
    });
    relay.start();
    consumer.start();
    const outbox = new Outbox(root);
    const write = (n: number) =>
      ds.transaction(async (em) => {
        for (let i = 0; i < n; i++) {
          await outbox.add(em, 'antenna.status-changed.v1', { municipality: '015077', antennaId: randomUUID(), kind: AntennaKind.PHARMACY, neighbourhoodCode: 'balsamo', to: AntennaStatus.ACTIVE });
        }
      });
    const effects = async () => (await ds.query('SELECT count(*)::int AS n FROM effects'))[0].n as number;

    await write(10);
    await waitFor(async () => (await effects()) === 10, 20_000, 'first ten');

    await server.kill();
    await write(10); // written while the broker is down: they wait in the outbox
    await new Promise((r) => setTimeout(r, 25_000)); // longer than nats.js's default reconnect budget (about 20 s)
    expect((await ds.query('SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL'))[0].n).toBe(10);
    // An outage is not the rows' fault: nothing counted against them, nothing set aside.
    expect(await ds.query('SELECT coalesce(max(attempts), 0)::int AS a, count(failed_at)::int AS f FROM outbox')).toEqual([{ a: 0, f: 0 }]);
    await server.resume();

    await write(10);
    await waitFor(async () => (await effects()) === 30, 60_000, 'all thirty effects after the outage');
    expect((await ds.query('SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL'))[0].n).toBe(0);
    await consumer.stop();
    await relay.stop();
  }, 120_000);
});
