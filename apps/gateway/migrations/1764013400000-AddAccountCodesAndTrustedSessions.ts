import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Short codes beside the invitation and reset links (8 characters an administrator can read out,
 * stored hashed like the links), and sessions a person chose to keep on a trusted device (a longer
 * refresh token), with when each was last used so that an administrator can see them.
 */
export class AddAccountCodesAndTrustedSessions1764013400000 implements MigrationInterface {
  name = 'AddAccountCodesAndTrustedSessions1764013400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "account_tokens" ADD "code_hash" text`);
    await q.query(`CREATE INDEX "IDX_account_tokens_code" ON "account_tokens" ("email", "code_hash") WHERE "used_at" IS NULL`);
    await q.query(`ALTER TABLE "sessions" ADD "trusted" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE "sessions" ADD "last_used_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "sessions" DROP COLUMN "last_used_at"`);
    await q.query(`ALTER TABLE "sessions" DROP COLUMN "trusted"`);
    await q.query(`DROP INDEX "public"."IDX_account_tokens_code"`);
    await q.query(`ALTER TABLE "account_tokens" DROP COLUMN "code_hash"`);
  }
}
