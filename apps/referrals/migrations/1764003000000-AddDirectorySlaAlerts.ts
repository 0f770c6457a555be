import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddDirectorySlaAlerts1764003000000 implements MigrationInterface {
  name = 'AddDirectorySlaAlerts1764003000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "alerts" ("id" uuid NOT NULL, "municipality" text NOT NULL, "report_id" uuid NOT NULL, "owner_desk_id" uuid, "kind" text NOT NULL, "needs" text array NOT NULL, "referral_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "email_state" text NOT NULL, "email_to" text, "email_attempts" integer NOT NULL DEFAULT '0', "email_sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_alerts_email_state" CHECK ("email_state" IN ('pending','sent','none','failed')), CONSTRAINT "CHK_alerts_kind" CHECK ("kind" IN ('unmet','exhausted','first-contact-overdue','failed','completed')), CONSTRAINT "PK_alerts" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_alerts_email_pending" ON "alerts"  ("created_at") WHERE "email_state" = 'pending'`);
    await q.query(`CREATE INDEX "IDX_alerts_report" ON "alerts"  ("report_id") `);
    await q.query(`CREATE INDEX "IDX_alerts_municipality_created" ON "alerts"  ("municipality", "created_at") `);
    await q.query(`CREATE TABLE "locations" ("id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "name" text NOT NULL, "address" text, CONSTRAINT "PK_locations" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_locations_organisation" ON "locations"  ("organisation_id") `);
    await q.query(`CREATE TABLE "service_at_locations" ("id" uuid NOT NULL, "service_id" uuid NOT NULL, "location_id" uuid NOT NULL, CONSTRAINT "UQ_service_at_locations_pair" UNIQUE ("service_id", "location_id"), CONSTRAINT "PK_service_at_locations" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_service_at_locations_location" ON "service_at_locations"  ("location_id") `);
    await q.query(`CREATE TABLE "referral_timers" ("id" uuid NOT NULL, "referral_id" uuid NOT NULL, "kind" text NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "state" text NOT NULL, "settled_at" TIMESTAMP WITH TIME ZONE, "fired_by" text, CONSTRAINT "UQ_referral_timers_referral_kind" UNIQUE ("referral_id", "kind"), CONSTRAINT "CHK_referral_timers_state" CHECK ("state" IN ('pending','fired','cancelled')), CONSTRAINT "CHK_referral_timers_kind" CHECK ("kind" IN ('accept','first-contact')), CONSTRAINT "PK_referral_timers" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_referral_timers_due" ON "referral_timers"  ("due_at") WHERE "state" = 'pending'`);
    await q.query(`CREATE TABLE "routed_reports" ("report_id" uuid NOT NULL, "municipality" text NOT NULL, "neighbourhood_code" text NOT NULL, "urgency" text NOT NULL, "needs" text array NOT NULL, "owner_desk_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_routed_reports_urgency" CHECK ("urgency" IN ('LOW','MEDIUM','HIGH','EMERGENCY')), CONSTRAINT "PK_routed_reports" PRIMARY KEY ("report_id"))`);
    await q.query(`ALTER TABLE "organisations" ADD "phone" text`);
    await q.query(`ALTER TABLE "organisations" ADD "website" text`);
    await q.query(`ALTER TABLE "organisations" ADD "description" text`);
    await q.query(`ALTER TABLE "services" ADD "capacity_unit" text`);
    await q.query(`ALTER TABLE "services" ADD "description" text`);
    await q.query(`ALTER TABLE "municipality_policies" ADD "sla_day_mode" text NOT NULL DEFAULT 'calendar'`);
    await q.query(`ALTER TABLE "municipality_policies" ADD "sla_targets" jsonb`);
    await q.query(`ALTER TABLE "municipality_policies" ADD "patron_day" text`);
    await q.query(`ALTER TABLE "municipality_policies" ADD "desk_email" text`);
    await q.query(`ALTER TABLE "municipality_policies" ADD CONSTRAINT "CHK_municipality_policies_patron_day" CHECK ("patron_day" IS NULL OR "patron_day" ~ '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$')`);
    await q.query(`ALTER TABLE "municipality_policies" ADD CONSTRAINT "CHK_municipality_policies_sla_day_mode" CHECK ("sla_day_mode" IN ('calendar','working'))`);
    await q.query(`ALTER TABLE "locations" ADD CONSTRAINT "FK_locations_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "service_at_locations" ADD CONSTRAINT "FK_service_at_locations_service" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "service_at_locations" ADD CONSTRAINT "FK_service_at_locations_location" FOREIGN KEY ("location_id") REFERENCES "locations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "referral_timers" ADD CONSTRAINT "FK_referral_timers_referral" FOREIGN KEY ("referral_id") REFERENCES "referrals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "referral_timers" DROP CONSTRAINT "FK_referral_timers_referral"`);
    await q.query(`ALTER TABLE "service_at_locations" DROP CONSTRAINT "FK_service_at_locations_location"`);
    await q.query(`ALTER TABLE "service_at_locations" DROP CONSTRAINT "FK_service_at_locations_service"`);
    await q.query(`ALTER TABLE "locations" DROP CONSTRAINT "FK_locations_organisation"`);
    await q.query(`ALTER TABLE "municipality_policies" DROP CONSTRAINT "CHK_municipality_policies_sla_day_mode"`);
    await q.query(`ALTER TABLE "municipality_policies" DROP CONSTRAINT "CHK_municipality_policies_patron_day"`);
    await q.query(`ALTER TABLE "municipality_policies" DROP COLUMN "desk_email"`);
    await q.query(`ALTER TABLE "municipality_policies" DROP COLUMN "patron_day"`);
    await q.query(`ALTER TABLE "municipality_policies" DROP COLUMN "sla_targets"`);
    await q.query(`ALTER TABLE "municipality_policies" DROP COLUMN "sla_day_mode"`);
    await q.query(`ALTER TABLE "services" DROP COLUMN "description"`);
    await q.query(`ALTER TABLE "services" DROP COLUMN "capacity_unit"`);
    await q.query(`ALTER TABLE "organisations" DROP COLUMN "description"`);
    await q.query(`ALTER TABLE "organisations" DROP COLUMN "website"`);
    await q.query(`ALTER TABLE "organisations" DROP COLUMN "phone"`);
    await q.query(`DROP TABLE "routed_reports"`);
    await q.query(`DROP INDEX "public"."IDX_referral_timers_due"`);
    await q.query(`DROP TABLE "referral_timers"`);
    await q.query(`DROP INDEX "public"."IDX_service_at_locations_location"`);
    await q.query(`DROP TABLE "service_at_locations"`);
    await q.query(`DROP INDEX "public"."IDX_locations_organisation"`);
    await q.query(`DROP TABLE "locations"`);
    await q.query(`DROP INDEX "public"."IDX_alerts_municipality_created"`);
    await q.query(`DROP INDEX "public"."IDX_alerts_report"`);
    await q.query(`DROP INDEX "public"."IDX_alerts_email_pending"`);
    await q.query(`DROP TABLE "alerts"`);
  }
}
