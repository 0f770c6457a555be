import { Logger } from '@nestjs/common';
import type { JetStreamClient } from '@nats-io/jetstream';
import { DataSource, EntityManager, EntitySubscriberInterface, TransactionCommitEvent } from 'typeorm';
import { CrashPoints } from './crash-points';
import { OUTBOX_DIRTY } from './outbox';

export interface RelayOptions {
  batchSize?: number;
  /** How often an idle relay looks for rows written by another replica or missed wake-ups. */
  idlePollMs?: number;
  maxBackoffMs?: number;
  publishTimeoutMs?: number;
  /** Published rows older than this are deleted. Default 7 days. */
  retainPublishedMs?: number;
  /** Failed attempts (counted only while other rows go through) after which a row is set aside. */
  maxAttempts?: number;
  /** The first wait before a refused row is tried again (doubling, up to a minute). */
  failureBackoffMs?: number;
  /** Test hook: runs after the batch is published and before the rows are marked (a crash here must not double any effect). */
  afterPublish?: (eventIds: string[], em: EntityManager) => Promise<void>;
  /** Test-only crash points (FAULT_CRASH_AT): none unless the settings ask for one. */
  crashPoints?: CrashPoints;
}

/** What a publish failure says about the row: its own fault (JetStream refused it), or the broker's. */
function refusedByJetStream(err: unknown): boolean {
  const e = err as { name?: string; message?: string; code?: string } | null;
  const text = `${e?.name ?? ''} ${e?.message ?? ''} ${e?.code ?? ''}`;
  // Timeouts and lost connections are the broker's trouble: every row would fail alike.
  return !/timeout|disconnect|connection|closed|draining|reconnect/i.test(text);
}

interface ClaimedRow {
  seq: string;
  event_id: string;
  subject: string;
  payload: Record<string, unknown>;
  attempts: number;
}

/** How many outbox rows were set aside (health's `outboxFailed`: it should be 0). */
export async function failedOutboxRows(ds: DataSource): Promise<number> {
  const rows: { n: number }[] = await ds.query(`SELECT count(*)::int AS n FROM outbox WHERE failed_at IS NOT NULL`);
  return rows[0]?.n ?? 0;
}

/**
 * Events written but not yet published (health's `outboxPending`, and how long the oldest has
 * waited, `outboxOldestMs`): near 0 normally; growing while JetStream cannot take events (a
 * cluster without quorum), when the writes still commit and their events wait here.
 */
export async function pendingOutbox(ds: DataSource): Promise<{ pending: number; oldestMs: number }> {
  const rows: { n: number; oldest_ms: number | null }[] = await ds.query(
    `SELECT count(*)::int AS n, (extract(epoch FROM now() - min(created_at)) * 1000)::bigint AS oldest_ms FROM outbox WHERE published_at IS NULL AND failed_at IS NULL`,
  );
  return { pending: rows[0]?.n ?? 0, oldestMs: Number(rows[0]?.oldest_ms ?? 0) };
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
  /** Rows set aside so far by this relay (for logs and tests). */
  failedRows = 0;

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
      maxAttempts: opts.maxAttempts ?? 10,
      failureBackoffMs: opts.failureBackoffMs ?? 500,
      afterPublish: opts.afterPublish,
      crashPoints: opts.crashPoints ?? CrashPoints.none(),
    };
    // Wake at once when a transaction that wrote to the outbox commits.
    ds.subscribers.push(this);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    const data = event.queryRunner.data as Record<string, unknown> | undefined;
    if (data && data[OUTBOX_DIRTY]) {
      delete data[OUTBOX_DIRTY];
      this.opts.crashPoints.reached('after-commit-before-publish', 'a transaction with outbox rows committed');
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

  /**
   * Publishes one batch; returns how many rows it claimed. Rows JetStream acknowledged are marked
   * published. A row refused while others of its batch went through is that row's fault: it counts
   * an attempt, backs off, and after `maxAttempts` is set aside (failed_at, an ERROR in the log,
   * health's `outboxFailed`) so that it never blocks the rows after it. When every row fails alike
   * (a timeout, a lost connection) the broker is in trouble: nothing is counted, the relay backs off.
   */
  async relayOnce(): Promise<number> {
    return this.ds.transaction(async (em) => {
      const rows: ClaimedRow[] = await em.query(
        `SELECT seq, event_id, subject, payload, attempts FROM outbox
          WHERE published_at IS NULL AND failed_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= now())
          ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.opts.batchSize],
      );
      if (rows.length === 0) return 0;
      const results = await Promise.allSettled(
        rows.map((r) => this.js.publish(r.subject, JSON.stringify(r.payload), { msgID: r.event_id, timeout: this.opts.publishTimeoutMs })),
      );
      const published = rows.filter((_, i) => results[i].status === 'fulfilled');
      const failed = rows.map((r, i) => ({ row: r, result: results[i] })).filter((x): x is { row: ClaimedRow; result: PromiseRejectedResult } => x.result.status === 'rejected');
      if (published.length > 0) {
        if (this.opts.afterPublish) await this.opts.afterPublish(published.map((r) => r.event_id), em);
        this.opts.crashPoints.reached('after-publish-before-mark', `${published.length} rows published, not yet marked`);
        await em.query(`UPDATE outbox SET published_at = now() WHERE seq = ANY($1::bigint[])`, [published.map((r) => r.seq)]);
      }
      if (failed.length > 0) {
        // Only a refusal counts against a row, and only while others go through: during an outage
        // (timeouts, a lost connection, or every row refused alike) nothing is counted.
        const refused = failed.filter((f) => refusedByJetStream(f.result.reason));
        if (published.length > 0) for (const { row, result } of refused) await this.recordFailure(em, row, result.reason);
        if (published.length === 0) throw new Error(`publish failed for the whole batch: ${String((failed[0].result.reason as Error)?.message ?? failed[0].result.reason)}`);
      }
      return rows.length;
    });
  }

  private async recordFailure(em: EntityManager, row: ClaimedRow, reason: unknown): Promise<void> {
    const attempts = Number(row.attempts ?? 0) + 1;
    const error = String((reason as Error)?.message ?? reason).slice(0, 500);
    if (attempts >= this.opts.maxAttempts) {
      await em.query(`UPDATE outbox SET attempts = $2, last_error = $3, failed_at = now() WHERE seq = $1`, [row.seq, attempts, error]);
      this.failedRows += 1;
      // Ids and subject only: never the payload.
      this.logger.error(`outbox row ${row.seq} (${row.subject}, event ${row.event_id}) set aside after ${attempts} refused attempts: ${error}`);
      return;
    }
    const backoffMs = Math.min(60_000, this.opts.failureBackoffMs * 2 ** (attempts - 1));
    await em.query(`UPDATE outbox SET attempts = $2, last_error = $3, next_attempt_at = now() + ($4::double precision * interval '1 millisecond') WHERE seq = $1`, [row.seq, attempts, error, backoffMs]);
    this.logger.warn(`outbox row ${row.seq} (${row.subject}) refused (attempt ${attempts}/${this.opts.maxAttempts}), retrying in ${backoffMs} ms: ${error}`);
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
