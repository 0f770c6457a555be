import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * One row per domain event, written in the same transaction as the change it describes.
 * The relay publishes unpublished rows in `seq` order with Nats-Msg-Id = event_id.
 */
@Entity({ name: 'outbox' })
@Index('outbox_unpublished_idx', ['seq'], { where: 'published_at IS NULL AND failed_at IS NULL' })
@Unique('UQ_outbox_event_id', ['eventId'])
export class OutboxRow {
  @PrimaryGeneratedColumn({ type: 'bigint', primaryKeyConstraintName: 'PK_outbox' })
  seq: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** Failed publish attempts of this row (counted only while other rows go through: not during an outage). */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  /** Not claimed again before this time (a failing row backs off). */
  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  /** Set aside after OUTBOX_MAX_ATTEMPTS: logged at ERROR, counted in health, listed by `npm run dlq -- list`. */
  @Column({ name: 'failed_at', type: 'timestamptz', nullable: true })
  failedAt: Date | null;
}

/** One row per event a consumer has applied: the row and the effect commit together, so each effect happens once. */
@Entity({ name: 'inbox' })
export class InboxRow {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_inbox' })
  consumer: string;

  @PrimaryColumn({ name: 'event_id', type: 'uuid', primaryKeyConstraintName: 'PK_inbox' })
  eventId: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ name: 'processed_at', type: 'timestamptz', default: () => 'now()' })
  processedAt: Date;
}

export const MESSAGING_ENTITIES = [OutboxRow, InboxRow];
