import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateInsights1764005000000 implements MigrationInterface {
  name = 'CreateInsights1764005000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "report_counts" ("municipality" text NOT NULL, "neighbourhood_code" text NOT NULL, "need" text NOT NULL, "month" date NOT NULL, "count" integer NOT NULL, CONSTRAINT "PK_report_counts" PRIMARY KEY ("municipality", "neighbourhood_code", "need", "month"))`);
    await q.query(`CREATE TABLE "awaiting_acceptance" ("report_id" uuid NOT NULL, "municipality" text NOT NULL, "month" date NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_awaiting_acceptance" PRIMARY KEY ("report_id"))`);
    await q.query(`CREATE TABLE "duration_histograms" ("municipality" text NOT NULL, "metric" text NOT NULL, "month" date NOT NULL, "bucket" integer NOT NULL, "count" integer NOT NULL, CONSTRAINT "CHK_duration_histograms_metric" CHECK ("metric" IN ('acceptance')), CONSTRAINT "PK_duration_histograms" PRIMARY KEY ("municipality", "metric", "month", "bucket"))`);
    await q.query(`CREATE TABLE "referral_states" ("referral_id" uuid NOT NULL, "municipality" text NOT NULL, "status" text NOT NULL, "version" integer NOT NULL, "month" date NOT NULL, CONSTRAINT "PK_referral_states" PRIMARY KEY ("referral_id"))`);
    await q.query(`CREATE TABLE "unmet_needs" ("municipality" text NOT NULL, "neighbourhood_code" text NOT NULL, "need" text NOT NULL, "month" date NOT NULL, "count" integer NOT NULL, CONSTRAINT "PK_unmet_needs" PRIMARY KEY ("municipality", "neighbourhood_code", "need", "month"))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "unmet_needs"`);
    await q.query(`DROP TABLE "referral_states"`);
    await q.query(`DROP TABLE "duration_histograms"`);
    await q.query(`DROP TABLE "awaiting_acceptance"`);
    await q.query(`DROP TABLE "report_counts"`);
  }
}
