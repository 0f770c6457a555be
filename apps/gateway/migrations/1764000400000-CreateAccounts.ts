import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAccounts1764000400000 implements MigrationInterface {
  name = 'CreateAccounts1764000400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "accounts" ("id" uuid NOT NULL, "email" text NOT NULL, "display_name" text NOT NULL, "password_hash" text NOT NULL, "role" text NOT NULL, "municipality" text NOT NULL, "antenna_id" uuid, "organisation_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_accounts_email" UNIQUE ("email"), CONSTRAINT "CHK_accounts_organisation" CHECK (("role" = 'ORG_OPERATOR') = ("organisation_id" IS NOT NULL)), CONSTRAINT "CHK_accounts_antenna" CHECK (("role" = 'ANTENNA') = ("antenna_id" IS NOT NULL)), CONSTRAINT "CHK_accounts_role" CHECK ("role" IN ('ANTENNA','ORG_OPERATOR','SOCIAL_WORKER','CITY_ANALYST','ADMIN')), CONSTRAINT "PK_accounts" PRIMARY KEY ("id"))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "accounts"`);
  }
}
