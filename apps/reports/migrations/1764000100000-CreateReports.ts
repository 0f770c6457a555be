import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateReports1764000100000 implements MigrationInterface {
  name = 'CreateReports1764000100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "neighbourhoods" ("municipality" text NOT NULL, "code" text NOT NULL, "name" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_neighbourhoods" PRIMARY KEY ("municipality", "code"))`);
    await q.query(`CREATE TABLE "antennas" ("id" uuid NOT NULL, "municipality" text NOT NULL, "neighbourhood_code" text NOT NULL, "status" text NOT NULL, "status_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_antennas_status" CHECK ("status" IN ('PROPOSED','TRAINED','ACTIVE','SUSPENDED','RETIRED')), CONSTRAINT "PK_antennas" PRIMARY KEY ("id"))`);
    await q.query(`CREATE TABLE "desks" ("id" uuid NOT NULL, "municipality" text NOT NULL, "neighbourhood_code" text NOT NULL, "name" text NOT NULL, CONSTRAINT "UQ_desks_neighbourhood" UNIQUE ("municipality", "neighbourhood_code"), CONSTRAINT "PK_desks" PRIMARY KEY ("id"))`);
    await q.query(`CREATE TABLE "reports" ("id" uuid NOT NULL, "municipality" text NOT NULL, "neighbourhood_code" text NOT NULL, "antenna_id" uuid NOT NULL, "submitted_by" uuid NOT NULL, "owner_desk_id" uuid NOT NULL, "needs" text array NOT NULL, "urgency" text NOT NULL, "age_band" text NOT NULL, "consent_to_contact" boolean NOT NULL, "do_not_contact" boolean NOT NULL DEFAULT false, "legal_basis" text NOT NULL, "status" text NOT NULL DEFAULT 'RECEIVED', "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "key_id" text NOT NULL, "wrapped_key" bytea NOT NULL, "description_sealed" bytea NOT NULL, "subject_sealed" bytea, CONSTRAINT "CHK_reports_needs" CHECK (cardinality("needs") > 0), CONSTRAINT "CHK_reports_legal_basis" CHECK ("legal_basis" IN ('CONSENT','PUBLIC_TASK')), CONSTRAINT "CHK_reports_status" CHECK ("status" IN ('RECEIVED','IN_CARE','CLOSED')), CONSTRAINT "CHK_reports_age_band" CHECK ("age_band" IN ('UNDER_18','AGE_18_34','AGE_35_64','AGE_65_79','AGE_80_PLUS','UNKNOWN')), CONSTRAINT "CHK_reports_urgency" CHECK ("urgency" IN ('LOW','MEDIUM','HIGH','EMERGENCY')), CONSTRAINT "PK_reports" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_reports_antenna_submitted" ON "reports"  ("antenna_id", "submitted_at", "id") `);
    await q.query(`CREATE TABLE "report_referrals" ("referral_id" uuid NOT NULL, "report_id" uuid NOT NULL, "status" text NOT NULL, "version" integer NOT NULL, CONSTRAINT "PK_report_referrals" PRIMARY KEY ("referral_id"))`);
    await q.query(`CREATE INDEX "IDX_report_referrals_report" ON "report_referrals"  ("report_id") `);
    await q.query(`ALTER TABLE "reports" ADD CONSTRAINT "FK_reports_owner_desk" FOREIGN KEY ("owner_desk_id") REFERENCES "desks"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "reports" DROP CONSTRAINT "FK_reports_owner_desk"`);
    await q.query(`DROP INDEX "public"."IDX_report_referrals_report"`);
    await q.query(`DROP TABLE "report_referrals"`);
    await q.query(`DROP INDEX "public"."IDX_reports_antenna_submitted"`);
    await q.query(`DROP TABLE "reports"`);
    await q.query(`DROP TABLE "desks"`);
    await q.query(`DROP TABLE "antennas"`);
    await q.query(`DROP TABLE "neighbourhoods"`);
  }
}
