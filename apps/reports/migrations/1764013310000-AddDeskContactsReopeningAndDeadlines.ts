import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13 (the social desk, the shop):
 * - a desk's phone and hours, shown to the shop on its confirmation;
 * - `reports.reopened_at`: the desk may reopen a report it closed, within REOPEN_WINDOW_HOURS;
 * - `report_referrals.due_at`: the SLA deadline running after a referral's last move (from its
 *   event), so the triage orders by SLA risk;
 * - an EMERGENCY may name no need (only urgency, neighbourhood and what was seen are required).
 */
export class AddDeskContactsReopeningAndDeadlines1764013310000 implements MigrationInterface {
  name = 'AddDeskContactsReopeningAndDeadlines1764013310000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "desks" ADD "phone" text`);
    await q.query(`ALTER TABLE "desks" ADD "hours" text`);
    await q.query(`ALTER TABLE "reports" ADD "reopened_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "report_referrals" ADD "due_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "reports" DROP CONSTRAINT "CHK_reports_needs"`);
    await q.query(`ALTER TABLE "reports" ADD CONSTRAINT "CHK_reports_needs" CHECK (cardinality("needs") > 0 OR "urgency" = 'EMERGENCY')`);
  }

  async down(q: QueryRunner): Promise<void> {
    // An emergency sent without needs cannot satisfy the old rule: it is marked as needing health access, the nearest need.
    await q.query(`UPDATE "reports" SET "needs" = ARRAY['HEALTH_ACCESS'] WHERE cardinality("needs") = 0`);
    await q.query(`ALTER TABLE "reports" DROP CONSTRAINT "CHK_reports_needs"`);
    await q.query(`ALTER TABLE "reports" ADD CONSTRAINT "CHK_reports_needs" CHECK (cardinality("needs") > 0)`);
    await q.query(`ALTER TABLE "report_referrals" DROP COLUMN "due_at"`);
    await q.query(`ALTER TABLE "reports" DROP COLUMN "reopened_at"`);
    await q.query(`ALTER TABLE "desks" DROP COLUMN "hours"`);
    await q.query(`ALTER TABLE "desks" DROP COLUMN "phone"`);
  }
}
