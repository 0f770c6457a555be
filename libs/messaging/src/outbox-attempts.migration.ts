import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A row JetStream always refuses must not block every row after it: each row counts its failed
 * attempts, waits before the next, and is set aside (failed_at) after OUTBOX_MAX_ATTEMPTS.
 * Every service lists this after CreateMessagingTables.
 */
export class AddOutboxAttempts1764013200000 implements MigrationInterface {
  name = 'AddOutboxAttempts1764013200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "outbox" ADD "attempts" integer NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE "outbox" ADD "last_error" text`);
    await q.query(`ALTER TABLE "outbox" ADD "next_attempt_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "outbox" ADD "failed_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`DROP INDEX "outbox_unpublished_idx"`);
    await q.query(`CREATE INDEX "outbox_unpublished_idx" ON "outbox" ("seq") WHERE published_at IS NULL AND failed_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "outbox_unpublished_idx"`);
    await q.query(`CREATE INDEX "outbox_unpublished_idx" ON "outbox" ("seq") WHERE published_at IS NULL`);
    await q.query(`ALTER TABLE "outbox" DROP COLUMN "failed_at"`);
    await q.query(`ALTER TABLE "outbox" DROP COLUMN "next_attempt_at"`);
    await q.query(`ALTER TABLE "outbox" DROP COLUMN "last_error"`);
    await q.query(`ALTER TABLE "outbox" DROP COLUMN "attempts"`);
  }
}
