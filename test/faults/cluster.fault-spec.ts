import { jetstreamManager, JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { DURABLE_CONSUMERS, streamNames } from '@prossimo/contracts';
import { waitFor } from '@prossimo/testing';
import { Baseline, Checker } from './support/checker';
import { FaultSystem } from './support/fault-system';
import { recordFigures } from './support/figures';
import { LoadGenerator, sleep } from './support/load';

/** Each phase of failure lasts at least this long under load. */
const PHASE_MS = 10_000;

/**
 * A three-node NATS cluster (routes on free loopback ports, the locked-down configuration), the
 * streams and durable consumers at three replicas, every process given the three URLs. Under
 * load: the events stream's leader is killed (a new one is elected; events flow again as soon as
 * it is, and nothing is lost), then a second node (no quorum: JetStream cannot take events, the
 * outboxes hold them, clients see nothing worse than UNAVAILABLE), then both come back and
 * everything drains: the checker finds every invariant whole.
 */
describe('faults: a three-node NATS cluster with the streams at three replicas', () => {
  let sys: FaultSystem;
  let checker: Checker;
  let base: Baseline;
  let load: LoadGenerator;
  let nc: NatsConnection;
  let jsm: JetStreamManager;
  let events: string;

  beforeAll(async () => {
    sys = await FaultSystem.start({ name: 'cluster', natsNodes: 3 });
    checker = await Checker.open(sys);
    base = await checker.baseline();
    load = new LoadGenerator(sys, { rate: 8, concurrency: 12, giveUpAfterMs: 180_000 });
    await load.login();
    nc = await sys.connectBus('admin');
    jsm = await jetstreamManager(nc, { timeout: 1000 });
    events = streamNames(sys.nats.root).events;
  });

  afterAll(async () => {
    await load?.stop();
    await nc?.close();
    await checker?.close();
    await sys?.destroy();
  });

  const ackedSince = (t: number) => [...load.records.values()].filter((r) => (r.ackedAt ?? 0) > t).length;
  const leader = async () => (await jsm.streams.info(events)).cluster?.leader;
  const outboxBacklog = async () => {
    let n = 0;
    for (const s of DURABLE_CONSUMERS) n += await checker.one(s, 'SELECT count(*) AS n FROM outbox WHERE published_at IS NULL AND failed_at IS NULL');
    return n;
  };

  it('loses nothing when one node dies (a new leader is elected), refuses nothing worse than UNAVAILABLE without quorum, and drains when both come back', async () => {
    const info = await jsm.streams.info(events);
    expect(info.config.num_replicas).toBe(3);
    expect(info.cluster?.replicas?.length).toBe(2);
    for (const c of DURABLE_CONSUMERS) expect((await jsm.consumers.info(events, c)).cluster?.replicas?.length).toBe(2);

    const t0 = Date.now();
    load.start();
    await waitFor(() => ackedSince(t0) >= 30, 60_000, 'load under way');

    // Events' arrival on the stream, sampled: how long it stops when the leader dies.
    const seqAt: { t: number; seq: number }[] = [];
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const seq = await jsm.streams.info(events).then((i) => i.state.last_seq, () => null);
        if (seq !== null && (seqAt.length === 0 || seq !== seqAt[seqAt.length - 1].seq)) seqAt.push({ t: Date.now(), seq });
        await sleep(100);
      }
    })();

    // 1. The stream's leader dies: a new one is elected among the two left.
    const first = sys.nats.indexOf((await leader())!);
    const killed1At = Date.now();
    await sys.nats.kill(first);
    const newLeader = await waitFor(async () => {
      const l = await leader().catch(() => undefined);
      return l && l !== sys.nats.name(first) ? l : null;
    }, 60_000, 'a new stream leader', 100);
    const electedAt = Date.now();
    await waitFor(() => seqAt.some((s) => s.t > electedAt) && Date.now() - killed1At >= PHASE_MS, 60_000, 'events to flow under the new leader');
    const lastBefore = [...seqAt].reverse().find((s) => s.t <= killed1At);
    const firstAfter = seqAt.find((s) => s.t > killed1At);
    const streamPauseMs = firstAfter ? firstAfter.t - (lastBefore?.t ?? killed1At) : Infinity;
    const phase1 = load.figures(killed1At);

    // 2. A second node dies: no quorum. Writes still commit (their events wait in the outboxes).
    const second = sys.nats.indexOf(newLeader);
    const killed2At = Date.now();
    await sys.nats.kill(second);
    let maxBacklog = 0;
    await waitFor(async () => {
      maxBacklog = Math.max(maxBacklog, await outboxBacklog());
      return Date.now() - killed2At >= PHASE_MS && load.records.size > 0;
    }, 60_000, 'the quorum-less phase', 500);
    const phase2 = load.figures(killed2At);
    // Health stays ok (the services still take writes) and shows the events waiting in the outboxes.
    const healthWithoutQuorum = await sys.health();
    const waitingInHealth = Object.values(healthWithoutQuorum.body.services ?? {}).reduce((n, s) => n + (s.details?.outboxPending ?? 0), 0);
    const oldestInHealthMs = Math.max(...Object.values(healthWithoutQuorum.body.services ?? {}).map((s) => s.details?.outboxOldestMs ?? 0));

    // 3. Both come back: the outboxes drain, consumers catch up.
    const backAt = Date.now();
    await Promise.all([sys.nats.startNode(first), sys.nats.startNode(second)]);
    await waitFor(async () => (await leader().catch(() => undefined)) !== undefined, 60_000, 'a stream leader again', 200);
    const quorumAgainMs = Date.now() - backAt;
    await waitFor(() => ackedSince(backAt) >= 30, 120_000, 'load to go on');
    sampling = false;
    await sampler;

    await load.stop();
    const healMs = await checker.healed(180_000);
    const result = await checker.check({ acked: load.acked(), unsettled: load.unsettled() }, base);
    recordFigures('3-node cluster, R3: leader killed, then a second node, then both back', {
      electionMs: electedAt - killed1At,
      streamPauseMs,
      phase1,
      phase2,
      maxOutboxBacklogWithoutQuorum: maxBacklog,
      healthWithoutQuorum: { status: healthWithoutQuorum.body.status, outboxPending: waitingInHealth, outboxOldestMs: oldestInHealthMs },
      quorumAgainMs,
      load: load.figures(t0),
      healMs,
      ...result.figures,
    });
    expect(load.badAnswers()).toEqual([]);
    expect(load.refused().map((r) => r.failures)).toEqual([]);
    expect(load.unsettled()).toEqual([]);
    // Only UNAVAILABLE (or a lost connection, retried) ever failed a submit.
    expect(Object.keys(load.figures(t0).failures).filter((c) => c !== 'UNAVAILABLE' && c !== 'NETWORK')).toEqual([]);
    // No pause beyond the election: events flowed again within a few seconds of the new leader.
    expect(streamPauseMs).toBeLessThan(electedAt - killed1At + 5000);
    expect(maxBacklog).toBeGreaterThan(0);
    expect(healthWithoutQuorum.status).toBe(200);
    expect(waitingInHealth).toBeGreaterThan(0);
    expect(oldestInHealthMs).toBeGreaterThan(1000);
    expect(result.violations).toEqual([]);
  });
});
