import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSessions1764004100000 implements MigrationInterface {
  name = 'CreateSessions1764004100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "sessions" ("id" uuid NOT NULL, "account_id" uuid NOT NULL, "refresh_hash" text NOT NULL, "previous_hash" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_sessions_refresh_hash" UNIQUE ("refresh_hash"), CONSTRAINT "PK_sessions" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_sessions_account" ON "sessions"  ("account_id") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_sessions_account"`);
    await q.query(`DROP TABLE "sessions"`);
  }
}
