import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 5: subjects with their own data keys, municipality keys, the append-only audit log,
 * follow-ups, contact attempts, break-the-glass grants, retention settings, the desk's moves on
 * reports, and the organisation of each referral. Rows written in the skeleton's format (no
 * production data existed) keep their id as subject id and read as erased.
 */
export class AddPrivacyVault1764002000000 implements MigrationInterface {
  name = 'AddPrivacyVault1764002000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "municipality_keys" ("id" text NOT NULL, "municipality" text NOT NULL, "purpose" text NOT NULL, "wrapped" bytea NOT NULL, "master_key_id" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_municipality_keys_purpose" CHECK ("purpose" IN ('DATA','DEDUP')), CONSTRAINT "PK_municipality_keys" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_municipality_keys_current" ON "municipality_keys" ("municipality", "purpose", "created_at") `);
    await q.query(`CREATE TABLE "subjects" ("id" uuid NOT NULL, "municipality" text NOT NULL, "key_id" text NOT NULL, "wrapped_key" bytea, "identity_sealed" bytea, "dedup_hash" bytea, "objection_at" TIMESTAMP WITH TIME ZONE, "objection_sealed" bytea, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "destroyed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_subjects" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_subjects_dedup" ON "subjects" ("municipality", "dedup_hash") `);
    await q.query(`CREATE TABLE "report_follow_ups" ("id" uuid NOT NULL, "report_id" uuid NOT NULL, "written_by" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "note_sealed" bytea, CONSTRAINT "PK_report_follow_ups" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_report_follow_ups_report" ON "report_follow_ups" ("report_id", "at") `);
    await q.query(`CREATE TABLE "contact_attempts" ("id" uuid NOT NULL, "report_id" uuid NOT NULL, "channel" text NOT NULL, "outcome" text NOT NULL, "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "recorded_by" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "note_sealed" bytea, CONSTRAINT "CHK_contact_attempts_outcome" CHECK ("outcome" IN ('REACHED','NO_ANSWER','WRONG_DETAILS','REFUSED','OTHER')), CONSTRAINT "CHK_contact_attempts_channel" CHECK ("channel" IN ('PHONE','VISIT','LETTER','EMAIL','THROUGH_ANTENNA','OTHER')), CONSTRAINT "PK_contact_attempts" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_contact_attempts_report" ON "contact_attempts" ("report_id", "attempted_at") `);
    await q.query(`CREATE TABLE "break_glass_grants" ("id" uuid NOT NULL, "municipality" text NOT NULL, "report_id" uuid NOT NULL, "account_id" uuid NOT NULL, "role" text NOT NULL, "organisation_id" uuid, "reason_sealed" bytea, "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_break_glass_grants" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_break_glass_grants_report" ON "break_glass_grants" ("report_id", "account_id", "expires_at") `);
    await q.query(`CREATE INDEX "IDX_break_glass_grants_municipality" ON "break_glass_grants" ("municipality", "granted_at") `);
    await q.query(`CREATE TABLE "retention_settings" ("municipality" text NOT NULL, "signal_days" integer NOT NULL, "closed_case_months" integer NOT NULL, "updated_by" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_retention_settings_positive" CHECK ("signal_days" > 0 AND "closed_case_months" > 0), CONSTRAINT "PK_retention_settings" PRIMARY KEY ("municipality"))`);
    await q.query(`CREATE TABLE "audit_log" ("id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_id" uuid NOT NULL, "role" text NOT NULL, "municipality" text NOT NULL, "action" text NOT NULL, "record_type" text NOT NULL, "record_id" uuid NOT NULL, "fields" text array NOT NULL, "reason" text NOT NULL, CONSTRAINT "PK_audit_log" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_audit_log_municipality_at" ON "audit_log" ("municipality", "at", "id") `);
    await q.query(`CREATE INDEX "IDX_audit_log_record" ON "audit_log" ("record_id") `);
    // Append-only: nobody (not even the service) may change or remove an audit row.
    await q.query(`CREATE FUNCTION "audit_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$`);
    await q.query(`CREATE TRIGGER "TRG_audit_log_append_only" BEFORE UPDATE OR DELETE OR TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"()`);

    await q.query(`ALTER TABLE "reports" DROP COLUMN "key_id"`);
    await q.query(`ALTER TABLE "reports" DROP COLUMN "wrapped_key"`);
    await q.query(`ALTER TABLE "reports" DROP COLUMN "subject_sealed"`);
    await q.query(`ALTER TABLE "reports" ADD "subject_id" uuid`);
    await q.query(`UPDATE "reports" SET "subject_id" = "id"`);
    await q.query(`ALTER TABLE "reports" ALTER COLUMN "subject_id" SET NOT NULL`);
    await q.query(`ALTER TABLE "reports" ALTER COLUMN "description_sealed" DROP NOT NULL`);
    await q.query(`ALTER TABLE "reports" ADD "assignee_id" uuid`);
    await q.query(`ALTER TABLE "reports" ADD "taken_in_hand_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "reports" ADD "became_case_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "reports" ADD "closed_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "reports" ADD "closure_reason" text`);
    await q.query(`ALTER TABLE "reports" ADD "withdrawn_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "reports" ADD "withdrawal_sealed" bytea`);
    await q.query(`ALTER TABLE "reports" ADD "purged_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "reports" ADD CONSTRAINT "CHK_reports_closure_reason" CHECK ("closure_reason" IS NULL OR "closure_reason" IN ('RESOLVED','REFUSED','NOT_ELIGIBLE','NO_CAPACITY','UNABLE_TO_CONTACT','MOVED','DECEASED'))`);
    await q.query(`CREATE INDEX "IDX_reports_triage" ON "reports" ("municipality", "closed_at", "submitted_at") `);
    await q.query(`CREATE INDEX "IDX_reports_subject" ON "reports" ("subject_id") `);
    await q.query(`ALTER TABLE "report_referrals" ADD "organisation_id" uuid`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "report_referrals" DROP COLUMN "organisation_id"`);
    await q.query(`DROP INDEX "public"."IDX_reports_subject"`);
    await q.query(`DROP INDEX "public"."IDX_reports_triage"`);
    await q.query(`ALTER TABLE "reports" DROP CONSTRAINT "CHK_reports_closure_reason"`);
    for (const c of ['purged_at', 'withdrawal_sealed', 'withdrawn_at', 'closure_reason', 'closed_at', 'became_case_at', 'taken_in_hand_at', 'assignee_id', 'subject_id']) {
      await q.query(`ALTER TABLE "reports" DROP COLUMN "${c}"`);
    }
    // Values sealed in the new format cannot be read back by the skeleton: its columns come back empty.
    await q.query(`DELETE FROM "reports" WHERE "description_sealed" IS NULL`);
    await q.query(`ALTER TABLE "reports" ALTER COLUMN "description_sealed" SET NOT NULL`);
    await q.query(`ALTER TABLE "reports" ADD "subject_sealed" bytea`);
    await q.query(`ALTER TABLE "reports" ADD "wrapped_key" bytea NOT NULL DEFAULT ''::bytea`);
    await q.query(`ALTER TABLE "reports" ALTER COLUMN "wrapped_key" DROP DEFAULT`);
    await q.query(`ALTER TABLE "reports" ADD "key_id" text NOT NULL DEFAULT 'unknown'`);
    await q.query(`ALTER TABLE "reports" ALTER COLUMN "key_id" DROP DEFAULT`);
    await q.query(`DROP TRIGGER "TRG_audit_log_append_only" ON "audit_log"`);
    await q.query(`DROP FUNCTION "audit_log_append_only"()`);
    await q.query(`DROP INDEX "public"."IDX_audit_log_record"`);
    await q.query(`DROP INDEX "public"."IDX_audit_log_municipality_at"`);
    await q.query(`DROP TABLE "audit_log"`);
    await q.query(`DROP TABLE "retention_settings"`);
    await q.query(`DROP INDEX "public"."IDX_break_glass_grants_municipality"`);
    await q.query(`DROP INDEX "public"."IDX_break_glass_grants_report"`);
    await q.query(`DROP TABLE "break_glass_grants"`);
    await q.query(`DROP INDEX "public"."IDX_contact_attempts_report"`);
    await q.query(`DROP TABLE "contact_attempts"`);
    await q.query(`DROP INDEX "public"."IDX_report_follow_ups_report"`);
    await q.query(`DROP TABLE "report_follow_ups"`);
    await q.query(`DROP INDEX "public"."IDX_subjects_dedup"`);
    await q.query(`DROP TABLE "subjects"`);
    await q.query(`DROP INDEX "public"."IDX_municipality_keys_current"`);
    await q.query(`DROP TABLE "municipality_keys"`);
  }
}
