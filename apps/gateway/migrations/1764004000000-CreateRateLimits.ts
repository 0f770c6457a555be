import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateRateLimits1764004000000 implements MigrationInterface {
  name = 'CreateRateLimits1764004000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "rate_limits" ("key" text NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "count" integer NOT NULL, CONSTRAINT "PK_rate_limits" PRIMARY KEY ("key", "window_start"))`);
    await q.query(`CREATE INDEX "IDX_rate_limits_window" ON "rate_limits"  ("window_start") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_rate_limits_window"`);
    await q.query(`DROP TABLE "rate_limits"`);
  }
}
