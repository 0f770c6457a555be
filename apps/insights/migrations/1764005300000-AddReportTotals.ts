import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reports counted once each (report_counts counts a report once per need). Starts empty: the
 * per-need counts cannot be turned back into reports; the demo seed fills its synthetic year.
 */
export class AddReportTotals1764005300000 implements MigrationInterface {
  name = 'AddReportTotals1764005300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "report_totals" ("municipality" text NOT NULL, "neighbourhood_code" text NOT NULL, "month" date NOT NULL, "count" integer NOT NULL, CONSTRAINT "PK_report_totals" PRIMARY KEY ("municipality", "neighbourhood_code", "month"))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "report_totals"`);
  }
}
