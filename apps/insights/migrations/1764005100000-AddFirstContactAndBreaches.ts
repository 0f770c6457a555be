import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddFirstContactAndBreaches1764005100000 implements MigrationInterface {
  name = 'AddFirstContactAndBreaches1764005100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "awaiting_contact" ("report_id" uuid NOT NULL, "municipality" text NOT NULL, "month" date NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_awaiting_contact" PRIMARY KEY ("report_id"))`);
    await q.query(`CREATE TABLE "sla_breaches" ("municipality" text NOT NULL, "month" date NOT NULL, "count" integer NOT NULL, CONSTRAINT "PK_sla_breaches" PRIMARY KEY ("municipality", "month"))`);
    // TypeORM compares CHECKs by name only: the new metric is added by hand.
    await q.query(`ALTER TABLE "duration_histograms" DROP CONSTRAINT "CHK_duration_histograms_metric"`);
    await q.query(`ALTER TABLE "duration_histograms" ADD CONSTRAINT "CHK_duration_histograms_metric" CHECK ("metric" IN ('acceptance','first-contact'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "duration_histograms" WHERE "metric" = 'first-contact'`);
    await q.query(`ALTER TABLE "duration_histograms" DROP CONSTRAINT "CHK_duration_histograms_metric"`);
    await q.query(`ALTER TABLE "duration_histograms" ADD CONSTRAINT "CHK_duration_histograms_metric" CHECK ("metric" IN ('acceptance'))`);
    await q.query(`DROP TABLE "sla_breaches"`);
    await q.query(`DROP TABLE "awaiting_contact"`);
  }
}
