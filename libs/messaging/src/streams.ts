import { AckPolicy, DeliverPolicy, DiscardPolicy, JetStreamApiError, JetStreamManager, RetentionPolicy, StorageType } from '@nats-io/jetstream';
import { nanos } from '@nats-io/nats-core';
import { deadLetterWildcard, eventsWildcard, streamNames } from '@prossimo/contracts';

export interface StreamOptions {
  /** How long domain events are kept (replay, new projections). Default 90 days. */
  eventsMaxAgeMs?: number;
  /** Replicas (1 here; 3 in production clusters). */
  replicas?: number;
  /** File storage by default; tests may use memory. */
  storage?: 'file' | 'memory';
  /**
   * Bring an existing stream's settings up to date (the launcher's setup, as `admin`). A service
   * only creates what is missing: on a locked-down bus it may read the streams, never change them.
   */
  update?: boolean;
}

function isNotFound(err: unknown): boolean {
  return err instanceof JetStreamApiError && err.status === 404;
}

/** Creates the domain-events stream and the dead-letter stream for a subject root if missing (and updates them when asked). Idempotent. */
export async function ensureStreams(jsm: JetStreamManager, root: string, opts: StreamOptions = {}): Promise<{ events: string; deadLetters: string }> {
  const names = streamNames(root);
  const storage = opts.storage === 'memory' ? StorageType.Memory : StorageType.File;
  const replicas = opts.replicas ?? 1;
  const events = {
    name: names.events,
    subjects: [eventsWildcard(root)],
    retention: RetentionPolicy.Limits,
    storage,
    num_replicas: replicas,
    max_age: nanos(opts.eventsMaxAgeMs ?? 90 * 24 * 3600 * 1000),
    duplicate_window: nanos(2 * 60 * 1000),
    discard: DiscardPolicy.Old,
  };
  const dlq = {
    name: names.deadLetters,
    subjects: [deadLetterWildcard(root)],
    retention: RetentionPolicy.Limits,
    storage,
    num_replicas: replicas,
    // Dead letters are kept until someone replays or purges them: nothing vanishes silently.
    max_age: 0,
    duplicate_window: nanos(2 * 60 * 1000),
    discard: DiscardPolicy.New,
  };
  for (const cfg of [events, dlq]) {
    try {
      await jsm.streams.info(cfg.name);
      if (opts.update) await jsm.streams.update(cfg.name, { subjects: cfg.subjects, max_age: cfg.max_age, duplicate_window: cfg.duplicate_window, num_replicas: cfg.num_replicas });
    } catch (err) {
      if (!isNotFound(err)) throw err;
      try {
        await jsm.streams.add(cfg);
      } catch (addErr) {
        // Another replica may have created it in between.
        await jsm.streams.info(cfg.name).catch(() => {
          throw addErr;
        });
      }
    }
  }
  return names;
}

/** How long a pulled message waits for its ack before JetStream gives it to another replica. */
export const ACK_WAIT_MS = 10_000;

export interface DurableOptions {
  ackWaitMs?: number;
  maxAckPending?: number;
  /** Bring an existing consumer's settings up to date (setup, as `admin`); services only create a missing one. */
  update?: boolean;
}

/**
 * Creates the service's durable pull consumer on the events stream (one per service, shared by
 * its replicas). Delivery limits are enforced by the client, which dead-letters a message on
 * its last attempt itself: nats-server 2.9 would only emit an advisory nobody may hear.
 */
export async function ensureDurableConsumer(jsm: JetStreamManager, root: string, durable: string, opts: DurableOptions = {}): Promise<void> {
  const { events } = streamNames(root);
  const config = {
    durable_name: durable,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    filter_subject: eventsWildcard(root),
    // Short: after a consumer crashes, what it had pulled is redelivered within seconds. Work that
    // takes longer tells the server it is still in hand (EventConsumer's heartbeat).
    ack_wait: nanos(opts.ackWaitMs ?? ACK_WAIT_MS),
    max_deliver: -1,
    max_ack_pending: opts.maxAckPending ?? 1000,
  };
  try {
    await jsm.consumers.info(events, durable);
    if (opts.update) await jsm.consumers.update(events, durable, { ack_wait: config.ack_wait, max_ack_pending: config.max_ack_pending });
  } catch (err) {
    if (!isNotFound(err)) throw err;
    try {
      await jsm.consumers.add(events, config);
    } catch (addErr) {
      await jsm.consumers.info(events, durable).catch(() => {
        throw addErr;
      });
    }
  }
}

/** Removes both streams of a root (tests clean up after themselves with this). */
export async function deleteStreams(jsm: JetStreamManager, root: string): Promise<void> {
  const names = streamNames(root);
  for (const name of [names.events, names.deadLetters]) {
    await jsm.streams.delete(name).catch((err: unknown) => {
      if (!isNotFound(err)) throw err;
    });
  }
}
