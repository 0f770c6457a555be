import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateReferrals1764000300000 implements MigrationInterface {
  name = 'CreateReferrals1764000300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "organisations" ("id" uuid NOT NULL, "municipality" text NOT NULL, "name" text NOT NULL, "legal_form" text NOT NULL, "tax_code" text NOT NULL, "runts_number" text, "runts_section" text, "email" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_organisations_tax_code" UNIQUE ("tax_code"), CONSTRAINT "PK_organisations" PRIMARY KEY ("id"))`);
    await q.query(`CREATE TABLE "services" ("id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "name" text NOT NULL, "status" text NOT NULL, "needs" text array NOT NULL, "capacity_status" text NOT NULL, "capacity_available" integer, "capacity_maximum" integer, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_services_capacity_numbers" CHECK (("capacity_available" IS NULL OR "capacity_available" >= 0) AND ("capacity_maximum" IS NULL OR "capacity_maximum" >= 0)), CONSTRAINT "CHK_services_needs" CHECK ("needs" <@ ARRAY['LONELINESS','ELDERLY_CARE','FOOD','HOUSING','ECONOMIC_HARDSHIP','WORK','MENTAL_HEALTH','DISABILITY','DOPO_DI_NOI','YOUTH_AT_RISK','FAMILY_CONFLICT','HEALTH_ACCESS','DIGITAL_DIVIDE']::text[]), CONSTRAINT "CHK_services_capacity_status" CHECK ("capacity_status" IN ('capacity','waitlist','additional-assessment-required','no-capacity')), CONSTRAINT "CHK_services_status" CHECK ("status" IN ('active','inactive','defunct','temporarily closed')), CONSTRAINT "PK_services" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_services_organisation" ON "services"  ("organisation_id") `);
    await q.query(`CREATE TABLE "service_areas" ("service_id" uuid NOT NULL, "municipality" text NOT NULL, "neighbourhood_code" text NOT NULL, CONSTRAINT "PK_service_areas" PRIMARY KEY ("service_id", "municipality", "neighbourhood_code"))`);
    await q.query(`CREATE INDEX "IDX_service_areas_place" ON "service_areas"  ("municipality", "neighbourhood_code") `);
    await q.query(`CREATE TABLE "municipality_policies" ("municipality" text NOT NULL, "require_runts" boolean NOT NULL, CONSTRAINT "PK_municipality_policies" PRIMARY KEY ("municipality"))`);
    await q.query(`CREATE TABLE "referrals" ("id" uuid NOT NULL, "municipality" text NOT NULL, "report_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "service_id" uuid NOT NULL, "needs" text array NOT NULL, "neighbourhood_code" text NOT NULL, "urgency" text NOT NULL, "status" text NOT NULL, "version" integer NOT NULL, "reason" text, "outcome" text, "match_explanation" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_referrals_version" CHECK ("version" >= 1), CONSTRAINT "CHK_referrals_needs" CHECK (cardinality("needs") > 0 AND "needs" <@ ARRAY['LONELINESS','ELDERLY_CARE','FOOD','HOUSING','ECONOMIC_HARDSHIP','WORK','MENTAL_HEALTH','DISABILITY','DOPO_DI_NOI','YOUTH_AT_RISK','FAMILY_CONFLICT','HEALTH_ACCESS','DIGITAL_DIVIDE']::text[]), CONSTRAINT "CHK_referrals_urgency" CHECK ("urgency" IN ('LOW','MEDIUM','HIGH','EMERGENCY')), CONSTRAINT "CHK_referrals_status" CHECK ("status" IN ('REQUESTED','ACCEPTED','REJECTED','IN_PROGRESS','ON_HOLD','FAILED','COMPLETED','CANCELLED','ENTERED_IN_ERROR')), CONSTRAINT "PK_referrals" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "UQ_referrals_report_service_open" ON "referrals"  ("report_id", "service_id") WHERE "status" IN ('REQUESTED','ACCEPTED','IN_PROGRESS','ON_HOLD')`);
    await q.query(`CREATE INDEX "IDX_referrals_service_status" ON "referrals"  ("service_id", "status") `);
    await q.query(`CREATE INDEX "IDX_referrals_report" ON "referrals"  ("report_id") `);
    await q.query(`CREATE INDEX "IDX_referrals_organisation_status_created" ON "referrals"  ("organisation_id", "status", "created_at") `);
    await q.query(`CREATE TABLE "referral_history" ("id" BIGSERIAL NOT NULL, "referral_id" uuid NOT NULL, "from_status" text, "to_status" text NOT NULL, "actor_account_id" uuid, "reason" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_referral_history_to_status" CHECK ("to_status" IN ('REQUESTED','ACCEPTED','REJECTED','IN_PROGRESS','ON_HOLD','FAILED','COMPLETED','CANCELLED','ENTERED_IN_ERROR')), CONSTRAINT "CHK_referral_history_from_status" CHECK ("from_status" IS NULL OR "from_status" IN ('REQUESTED','ACCEPTED','REJECTED','IN_PROGRESS','ON_HOLD','FAILED','COMPLETED','CANCELLED','ENTERED_IN_ERROR')), CONSTRAINT "PK_referral_history" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_referral_history_referral" ON "referral_history"  ("referral_id", "at") `);
    await q.query(`ALTER TABLE "services" ADD CONSTRAINT "FK_services_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "service_areas" ADD CONSTRAINT "FK_service_areas_service" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "referrals" ADD CONSTRAINT "FK_referrals_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "referrals" ADD CONSTRAINT "FK_referrals_service" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "referral_history" ADD CONSTRAINT "FK_referral_history_referral" FOREIGN KEY ("referral_id") REFERENCES "referrals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "referral_history" DROP CONSTRAINT "FK_referral_history_referral"`);
    await q.query(`ALTER TABLE "referrals" DROP CONSTRAINT "FK_referrals_service"`);
    await q.query(`ALTER TABLE "referrals" DROP CONSTRAINT "FK_referrals_organisation"`);
    await q.query(`ALTER TABLE "service_areas" DROP CONSTRAINT "FK_service_areas_service"`);
    await q.query(`ALTER TABLE "services" DROP CONSTRAINT "FK_services_organisation"`);
    await q.query(`DROP INDEX "public"."IDX_referral_history_referral"`);
    await q.query(`DROP TABLE "referral_history"`);
    await q.query(`DROP INDEX "public"."IDX_referrals_organisation_status_created"`);
    await q.query(`DROP INDEX "public"."IDX_referrals_report"`);
    await q.query(`DROP INDEX "public"."IDX_referrals_service_status"`);
    await q.query(`DROP INDEX "public"."UQ_referrals_report_service_open"`);
    await q.query(`DROP TABLE "referrals"`);
    await q.query(`DROP TABLE "municipality_policies"`);
    await q.query(`DROP INDEX "public"."IDX_service_areas_place"`);
    await q.query(`DROP TABLE "service_areas"`);
    await q.query(`DROP INDEX "public"."IDX_services_organisation"`);
    await q.query(`DROP TABLE "services"`);
    await q.query(`DROP TABLE "organisations"`);
  }
}
