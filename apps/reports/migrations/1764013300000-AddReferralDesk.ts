import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: what passes between an organisation and the social desk is the person's story too, so
 * it lives here, sealed under the report's subject key: the desk's line of context for
 * organisations (one per report) and each referral's message thread. Shredded with the report's
 * content (retention, erasure), in the subject's export.
 */
export class AddReferralDesk1764013300000 implements MigrationInterface {
  name = 'AddReferralDesk1764013300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "report_org_contexts" ("report_id" uuid NOT NULL, "municipality" text NOT NULL, "text_sealed" bytea, "updated_by" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_report_org_contexts" PRIMARY KEY ("report_id"))`);
    await q.query(`CREATE TABLE "referral_messages" ("id" uuid NOT NULL, "municipality" text NOT NULL, "report_id" uuid NOT NULL, "referral_id" uuid NOT NULL, "author_account_id" uuid NOT NULL, "author_role" text NOT NULL, "author_organisation_id" uuid, "text_sealed" bytea, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_referral_messages_author_role" CHECK ("author_role" IN ('ORG_OPERATOR','SOCIAL_WORKER')), CONSTRAINT "PK_referral_messages" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_referral_messages_report" ON "referral_messages"  ("report_id") `);
    await q.query(`CREATE INDEX "IDX_referral_messages_referral" ON "referral_messages"  ("referral_id", "created_at", "id") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_referral_messages_referral"`);
    await q.query(`DROP INDEX "public"."IDX_referral_messages_report"`);
    await q.query(`DROP TABLE "referral_messages"`);
    await q.query(`DROP TABLE "report_org_contexts"`);
  }
}
