import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 12: the reasons and outcomes people write on referral moves (an operator's reject, hold,
 * fail, complete; a social worker's re-route) are the person's story too: they live here, sealed
 * under the report's subject key, instead of in plain columns of the referrals service. A note is
 * pending until the referral's event names it (`confirmed_at`); pending notes are swept after an
 * hour (the partial index serves that sweep).
 */
export class AddReferralNotes1764012700000 implements MigrationInterface {
  name = 'AddReferralNotes1764012700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "referral_notes" ("id" uuid NOT NULL, "municipality" text NOT NULL, "report_id" uuid NOT NULL, "referral_id" uuid NOT NULL, "kind" text NOT NULL, "action" text NOT NULL, "author_account_id" uuid NOT NULL, "author_role" text NOT NULL, "author_organisation_id" uuid, "text_sealed" bytea, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "confirmed_at" TIMESTAMP WITH TIME ZONE, "referral_version" integer, CONSTRAINT "CHK_referral_notes_author_role" CHECK ("author_role" IN ('ORG_OPERATOR','SOCIAL_WORKER')), CONSTRAINT "CHK_referral_notes_action" CHECK ("action" IN ('reject','hold','fail','complete','reroute')), CONSTRAINT "CHK_referral_notes_kind" CHECK ("kind" IN ('REASON','OUTCOME')), CONSTRAINT "PK_referral_notes" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_referral_notes_report" ON "referral_notes" ("report_id", "created_at") `);
    await q.query(`CREATE INDEX "IDX_referral_notes_pending" ON "referral_notes" ("created_at") WHERE "confirmed_at" IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_referral_notes_pending"`);
    await q.query(`DROP INDEX "public"."IDX_referral_notes_report"`);
    await q.query(`DROP TABLE "referral_notes"`);
  }
}
