import { Logger } from '@nestjs/common';
import type { JetStreamClient } from '@nats-io/jetstream';
import { DataSource, EntityManager, EntitySubscriberInterface, TransactionCommitEvent } from 'typeorm';
import { OUTBOX_DIRTY } from './outbox';

export interface RelayOptions {
  batchSize?: number;
  /** How often an idle relay looks for rows written by another replica or missed wake-ups. */
  idlePollMs?: number;
  maxBackoffMs?: number;
  publishTimeoutMs?: number;
  /** Published rows older than this are deleted. Default 7 days. */
  retainPublishedMs?: number;
  /** Test hook: runs after the batch is published and before the rows are marked (a crash here must not double any effect). */
  afterPublish?: (eventIds: string[], em: EntityManager) => Promise<void>;
}

interface ClaimedRow {
  seq: string;
  event_id: string;
  subject: string;
  payload: Record<string, unknown>;
}

/**
 * Publishes outbox rows to JetStream. Claims a batch with FOR UPDATE SKIP LOCKED (safe with many
 * replicas), publishes each with Nats-Msg-Id = event id, then marks the batch published in the
 * same transaction. A crash between publish and mark republishes the same ids: JetStream drops
 * them within its duplicate window and the consumers' inbox drops them after it.
 */
export class OutboxRelay implements EntitySubscriberInterface {
  private readonly logger = new Logger('OutboxRelay');
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private kicked = false;
  private lastCleanup = 0;
  private readonly opts: Required<Omit<RelayOptions, 'afterPublish'>> & Pick<RelayOptions, 'afterPublish'>;

  constructor(
    private readonly ds: DataSource,
    private readonly js: JetStreamClient,
    opts: RelayOptions = {},
  ) {
    this.opts = {
      batchSize: opts.batchSize ?? 200,
      idlePollMs: opts.idlePollMs ?? 500,
      maxBackoffMs: opts.maxBackoffMs ?? 5000,
      publishTimeoutMs: opts.publishTimeoutMs ?? 5000,
      retainPublishedMs: opts.retainPublishedMs ?? 7 * 24 * 3600 * 1000,
      afterPublish: opts.afterPublish,
    };
    // Wake at once when a transaction that wrote to the outbox commits.
    ds.subscribers.push(this);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    const data = event.queryRunner.data as Record<string, unknown> | undefined;
    if (data && data[OUTBOX_DIRTY]) {
      delete data[OUTBOX_DIRTY];
      this.kick();
    }
  }

  kick(): void {
    this.kicked = true;
    this.wake?.();
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Stops after the batch in flight, if any, has finished. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    this.loop = null;
    const i = this.ds.subscribers.indexOf(this);
    if (i >= 0) this.ds.subscribers.splice(i, 1);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(() => {
        this.wake = null;
        resolve();
      }, ms);
      this.wake = () => {
        clearTimeout(t);
        this.wake = null;
        resolve();
      };
    });
  }

  private async run(): Promise<void> {
    let backoff = 0;
    while (this.running) {
      this.kicked = false;
      try {
        const n = await this.relayOnce();
        backoff = 0;
        if (n === this.opts.batchSize) continue; // more waiting
        await this.cleanupIfDue();
      } catch (err) {
        backoff = Math.min(this.opts.maxBackoffMs, backoff ? backoff * 2 : 100);
        this.logger.warn(`relay batch failed, retrying in ${backoff} ms: ${(err as Error).message}`);
      }
      if (!this.running) break;
      if (this.kicked && backoff === 0) continue;
      await this.sleep(backoff || this.opts.idlePollMs);
    }
  }

  /** Publishes one batch; returns how many rows it published. */
  async relayOnce(): Promise<number> {
    return this.ds.transaction(async (em) => {
      const rows: ClaimedRow[] = await em.query(
        `SELECT seq, event_id, subject, payload FROM outbox WHERE published_at IS NULL ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.opts.batchSize],
      );
      if (rows.length === 0) return 0;
      await Promise.all(
        rows.map((r) =>
          this.js.publish(r.subject, JSON.stringify(r.payload), { msgID: r.event_id, timeout: this.opts.publishTimeoutMs }),
        ),
      );
      const ids = rows.map((r) => r.event_id);
      if (this.opts.afterPublish) await this.opts.afterPublish(ids, em);
      await em.query(`UPDATE outbox SET published_at = now() WHERE seq = ANY($1::bigint[])`, [rows.map((r) => r.seq)]);
      return rows.length;
    });
  }

  private async cleanupIfDue(): Promise<void> {
    const now = Date.now();
    if (now - this.lastCleanup < 60_000) return;
    this.lastCleanup = now;
    await this.ds.query(`DELETE FROM outbox WHERE published_at IS NOT NULL AND published_at < now() - ($1::double precision * interval '1 millisecond')`, [
      this.opts.retainPublishedMs,
    ]);
  }
}
