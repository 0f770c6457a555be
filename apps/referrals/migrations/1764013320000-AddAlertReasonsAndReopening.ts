import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: an `unmet` or `exhausted` alert says, per need, which services cover it and why each
 * was left out (`alerts.why`: service names and reason codes only); `routed_reports.reopened_at`
 * records the desk reopening a closed report, so a close delivered after it is not applied again.
 */
export class AddAlertReasonsAndReopening1764013320000 implements MigrationInterface {
  name = 'AddAlertReasonsAndReopening1764013320000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "alerts" ADD "why" jsonb`);
    await q.query(`ALTER TABLE "routed_reports" ADD "reopened_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "routed_reports" DROP COLUMN "reopened_at"`);
    await q.query(`ALTER TABLE "alerts" DROP COLUMN "why"`);
  }
}
