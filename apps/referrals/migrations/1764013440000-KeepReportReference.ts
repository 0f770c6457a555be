import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: referrals keep each report's reference code (`CB-7K4Q`, from report.submitted) so the
 * organisation's inbox and the desk's alerts show it without asking reports. Reports routed before
 * have none here (NULL).
 */
export class KeepReportReference1764013440000 implements MigrationInterface {
  name = 'KeepReportReference1764013440000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "routed_reports" ADD "reference" text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "routed_reports" DROP COLUMN "reference"`);
  }
}
