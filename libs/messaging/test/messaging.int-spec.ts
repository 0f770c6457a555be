import { randomUUID } from 'node:crypto';
import { connect } from '@nats-io/transport-node';
import { jetstream, jetstreamManager, JetStreamClient, JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { DataSource } from 'typeorm';
import { AntennaKind, AntennaStatus, eventSubject, streamNames } from '@prossimo/contracts';
import { dataSourceOptions } from '@prossimo/platform';
import { TEST_NATS_URL, TestEventBus, cloneDatabase, deleteTestStreams, dropDatabase, uniqueRoot, waitFor } from '@prossimo/testing';
import { EventConsumer } from '../src/event-consumer';
import { listDeadLetters, replayDeadLetter } from '../src/dead-letters';
import { MESSAGING_ENTITIES } from '../src/messaging.entities';
import { Outbox } from '../src/outbox';
import { OutboxRelay, failedOutboxRows } from '../src/outbox-relay';
import { ACK_WAIT_MS, ensureDurableConsumer, ensureStreams } from '../src/streams';

const MUN = '015077';

/** Any service database has the outbox and inbox tables; this file adds a table of effects. */
describe('outbox, relay, consumer and dead letters (real PostgreSQL and NATS)', () => {
  let dbUrl: string;
  let ds: DataSource;
  let nc: NatsConnection;
  let js: JetStreamClient;
  let jsm: JetStreamManager;
  let root: string;

  beforeAll(async () => {
    dbUrl = await cloneDatabase('reports');
    ds = new DataSource({ ...dataSourceOptions(dbUrl, { entities: MESSAGING_ENTITIES, migrations: [] }, 4) });
    await ds.initialize();
    await ds.query(`CREATE TABLE effects (event_id uuid NOT NULL, antenna_id uuid NOT NULL)`);
    nc = await connect({ servers: TEST_NATS_URL });
    js = jetstream(nc);
    jsm = await jetstreamManager(nc);
    root = uniqueRoot();
    await ensureStreams(jsm, root);
  });

  afterAll(async () => {
    await nc?.close();
    await ds?.destroy();
    await deleteTestStreams(root);
    await dropDatabase(dbUrl);
  });

  const antennaEvent = () => ({ municipality: MUN, antennaId: randomUUID(), kind: AntennaKind.SHOP, neighbourhoodCode: 'crocetta', to: AntennaStatus.ACTIVE });

  async function writeEvents(outbox: Outbox, n: number): Promise<string[]> {
    return ds.transaction(async (em) => {
      const ids: string[] = [];
      for (let i = 0; i < n; i++) ids.push(await outbox.add(em, 'antenna.status-changed.v1', antennaEvent()));
      return ids;
    });
  }

  function effectCounting(durable: string, opts: Partial<ConstructorParameters<typeof EventConsumer>[2]> = {}): EventConsumer {
    return new EventConsumer(ds, js, { root, durable, ...opts }).on('antenna.status-changed.v1', async (e, { em }) => {
      await em.query('INSERT INTO effects (event_id, antenna_id) VALUES ($1, $2)', [e.eventId, e.antennaId]);
    });
  }

  it('refuses to write outside a transaction or an invalid event', async () => {
    const outbox = new Outbox(root);
    await expect(outbox.add(ds.manager, 'antenna.status-changed.v1', antennaEvent())).rejects.toThrow(/inside a transaction/);
    await expect(ds.transaction((em) => outbox.add(em, 'antenna.status-changed.v1', { ...antennaEvent(), neighbourhoodCode: 'Not A Slug' }))).rejects.toThrow(/invalid antenna.status-changed.v1/);
    expect(await ds.query('SELECT count(*)::int AS n FROM outbox')).toEqual([{ n: 0 }]);
  });

  it('sets aside a row JetStream always refuses, after its attempts, and publishes every row after it', async () => {
    // Streams of its own, so the other tests' counts are untouched.
    const own = uniqueRoot();
    await ensureStreams(jsm, own);
    const outbox = new Outbox(own);
    const poison = randomUUID();
    // A subject no stream takes: JetStream refuses it every time.
    await ds.query(`INSERT INTO outbox (event_id, subject, payload) VALUES ($1, $2, '{}')`, [poison, `${own}-nowhere.${MUN}.antenna.status-changed.v1`]);
    const relay = new OutboxRelay(ds, js, { maxAttempts: 3, failureBackoffMs: 1 });
    const good: string[] = [];
    for (let round = 0; round < 3; round++) {
      good.push(...(await writeEvents(outbox, 2)));
      await new Promise((r) => setTimeout(r, 20));
      await relay.relayOnce();
    }
    const [row] = await ds.query(`SELECT attempts, failed_at, last_error, published_at FROM outbox WHERE event_id = $1`, [poison]);
    expect(row).toMatchObject({ attempts: 3, failed_at: expect.any(Date), published_at: null });
    expect(row.last_error).toBeTruthy();
    expect((await ds.query(`SELECT count(*)::int AS n FROM outbox WHERE event_id = ANY($1::uuid[]) AND published_at IS NOT NULL`, [good]))[0].n).toBe(6);
    expect(await failedOutboxRows(ds)).toBe(1);
    expect(relay.failedRows).toBe(1);
    // Set aside: never claimed again; the relay has nothing left to do.
    expect(await relay.relayOnce()).toBe(0);
    await ds.query(`DELETE FROM outbox WHERE event_id = $1`, [poison]);
    await deleteTestStreams(own);
  });

  it('a relay killed between publishing and marking the rows republishes them, and the effect still happens once', async () => {
    const outbox = new Outbox(root);
    const ids = await writeEvents(outbox, 5);
    let killed = 0;
    // The first attempt publishes, then its database connection is killed before the rows are marked.
    const crashing = new OutboxRelay(ds, js, {
      afterPublish: async (_ids, em) => {
        if (killed++ === 0) await em.query('SELECT pg_terminate_backend(pg_backend_pid())');
      },
    });
    await expect(crashing.relayOnce()).rejects.toThrow();
    await crashing.stop();
    expect((await ds.query('SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL'))[0].n).toBe(5);

    const relay = new OutboxRelay(ds, js, { idlePollMs: 50 });
    relay.start();
    await waitFor(async () => (await ds.query('SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL'))[0].n === 0, 20_000, 'rows marked published');
    await relay.stop();

    // JetStream kept one copy of each (duplicate window), whatever the relay sent twice.
    const info = await jsm.streams.info(streamNames(root).events);
    expect(info.state.messages).toBe(5);

    await ensureDurableConsumer(jsm, root, 'effects1');
    const consumer = effectCounting('effects1');
    consumer.start();
    await waitFor(async () => (await ds.query('SELECT count(*)::int AS n FROM effects'))[0].n === 5, 20_000, 'five effects');

    // The same events again past JetStream's duplicate window (new message ids): the inbox drops them.
    const rows: { subject: string; payload: object }[] = await ds.query('SELECT subject, payload FROM outbox WHERE event_id = ANY($1)', [ids]);
    for (const r of rows) await js.publish(r.subject, JSON.stringify(r.payload), { msgID: randomUUID() });
    await waitFor(async () => (await jsm.consumers.info(streamNames(root).events, 'effects1')).num_ack_pending === 0 && (await jsm.consumers.info(streamNames(root).events, 'effects1')).num_pending === 0, 20_000, 'redeliveries consumed');
    await consumer.stop();
    const perEvent: { n: number }[] = await ds.query('SELECT count(*)::int AS n FROM effects GROUP BY event_id');
    expect(perEvent).toHaveLength(5);
    expect(perEvent.every((r) => r.n === 1)).toBe(true);
  });

  it('dead-letters poison at once, failures on the last delivery, and replays a dead letter', async () => {
    await ds.query('DELETE FROM effects');
    const bus = await TestEventBus.connect(TEST_NATS_URL, root);
    let failing = true;
    const failingId = randomUUID();
    await ensureDurableConsumer(jsm, root, 'effects2');
    const consumer = new EventConsumer(ds, js, { root, durable: 'effects2', maxDeliver: 3, backoffMs: [50] }).on('antenna.status-changed.v1', async (e, { em }) => {
      if (failing && e.antennaId === failingId) throw new Error('downstream trouble');
      await em.query('INSERT INTO effects (event_id, antenna_id) VALUES ($1, $2)', [e.eventId, e.antennaId]);
    });
    try {
      await bus.publishRaw(eventSubject(root, MUN, 'antenna.status-changed.v1'), '{not json', randomUUID());
      await bus.publish('antenna.status-changed.v1', { ...antennaEvent(), neighbourhoodCode: 'BAD SLUG' });
      const failingEvent = await bus.publish('antenna.status-changed.v1', { ...antennaEvent(), antennaId: failingId });
      const good = await bus.publish('antenna.status-changed.v1', antennaEvent());
      consumer.start();

      const letters = await waitFor(async () => {
        const l = (await listDeadLetters(jsm, root)).filter((d) => d.consumer === 'effects2');
        return l.length === 3 ? l : null;
      }, 30_000, 'three dead letters');
      expect(letters.map((l) => l.reason).sort()).toEqual(['invalid', 'invalid', 'max-deliveries']);
      const maxed = letters.find((l) => l.reason === 'max-deliveries')!;
      expect(maxed).toMatchObject({ eventId: failingEvent, deliveries: 3, error: 'downstream trouble' });
      expect(maxed.originalSubject).toBe(eventSubject(root, MUN, 'antenna.status-changed.v1'));
      await waitFor(async () => (await ds.query('SELECT 1 FROM effects WHERE event_id = $1', [good])).length === 1, 20_000, 'good event applied');
      // Dead-lettered means settled: nothing left unacknowledged to come back after the ack wait
      // (nats-server 2.9 ignores a "+TERM <reason>": such a message came back every ack wait, for ever).
      const settled = await waitFor(async () => {
        const info = await jsm.consumers.info(streamNames(root).events, 'effects2');
        return info.num_ack_pending === 0 && info.num_pending === 0 ? info : null;
      }, 5000, 'every message settled');
      expect(settled.num_ack_pending).toBe(0);

      failing = false;
      await replayDeadLetter(jsm, js, root, maxed.seq);
      await waitFor(async () => (await ds.query('SELECT 1 FROM effects WHERE event_id = $1', [failingEvent])).length === 1, 20_000, 'replayed event applied');
      expect((await listDeadLetters(jsm, root)).find((d) => d.seq === maxed.seq)).toBeUndefined();
    } finally {
      await consumer.stop();
      await bus.close();
    }
  });

  it('redelivers what a crashed consumer had pulled within seconds, not after half a minute', async () => {
    await ensureDurableConsumer(jsm, root, 'crashy'); // the shipped ack wait
    const events = Array.from({ length: 5 }, () => antennaEvent());
    for (const e of events) await js.publish(eventSubject(root, MUN, 'antenna.status-changed.v1'), JSON.stringify({ ...e, eventId: randomUUID(), occurredAt: new Date().toISOString() }));
    // A replica pulls everything there is, then dies before acknowledging any of it.
    const doomed = await connect({ servers: TEST_NATS_URL });
    const pulled = await jetstream(doomed).consumers.get(streamNames(root).events, 'crashy');
    let held = 0;
    for await (const m of await pulled.fetch({ max_messages: 500, expires: 2000 })) {
      void m;
      held += 1;
    }
    expect(held).toBeGreaterThanOrEqual(5);
    await doomed.close();
    const t0 = Date.now();
    const survivor = effectCounting('crashy');
    survivor.start();
    const ids = events.map((e) => e.antennaId);
    await waitFor(async () => (await ds.query('SELECT count(*)::int AS n FROM effects WHERE antenna_id = ANY($1::uuid[])', [ids]))[0].n === 5, 40_000, 'the crashed replica’s messages applied by another');
    await survivor.stop();
    expect(Date.now() - t0).toBeLessThan(ACK_WAIT_MS + 5000);
  });
});
