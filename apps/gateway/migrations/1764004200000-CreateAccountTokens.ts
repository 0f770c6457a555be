import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAccountTokens1764004200000 implements MigrationInterface {
  name = 'CreateAccountTokens1764004200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "account_tokens" ("id" uuid NOT NULL, "purpose" text NOT NULL, "token_hash" text NOT NULL, "email" text NOT NULL, "display_name" text, "role" text, "municipality" text NOT NULL, "antenna_id" uuid, "organisation_id" uuid, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_account_tokens_hash" UNIQUE ("token_hash"), CONSTRAINT "CHK_account_tokens_purpose" CHECK ("purpose" IN ('invite','reset')), CONSTRAINT "PK_account_tokens" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_account_tokens_email" ON "account_tokens"  ("email") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_account_tokens_email"`);
    await q.query(`DROP TABLE "account_tokens"`);
  }
}
