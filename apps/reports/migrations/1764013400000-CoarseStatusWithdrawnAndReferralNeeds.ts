import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: the antenna's coarse state follows ARCHITECTURE.md step 7 exactly. A report its antenna
 * withdrew reads `WITHDRAWN` («ritirata»), never «chiusa»; and a report is CLOSED by its referrals
 * only when completed ones answer every need it names, so each projected referral keeps its needs.
 * Referrals known before this migration get their report's needs (their events carried them, but
 * they were not kept): the next event of each referral writes its own.
 */
export class CoarseStatusWithdrawnAndReferralNeeds1764013400000 implements MigrationInterface {
  name = 'CoarseStatusWithdrawnAndReferralNeeds1764013400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "reports" DROP CONSTRAINT "CHK_reports_status"`);
    await q.query(`ALTER TABLE "reports" ADD CONSTRAINT "CHK_reports_status" CHECK ("status" IN ('RECEIVED','IN_CARE','CLOSED','WITHDRAWN'))`);
    await q.query(`UPDATE "reports" SET "status" = 'WITHDRAWN' WHERE "withdrawn_at" IS NOT NULL`);
    await q.query(`ALTER TABLE "report_referrals" ADD "needs" text array NOT NULL DEFAULT '{}'`);
    await q.query(`UPDATE "report_referrals" rr SET "needs" = r."needs" FROM "reports" r WHERE r."id" = rr."report_id"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "report_referrals" DROP COLUMN "needs"`);
    await q.query(`UPDATE "reports" SET "status" = 'CLOSED' WHERE "status" = 'WITHDRAWN'`);
    await q.query(`ALTER TABLE "reports" DROP CONSTRAINT "CHK_reports_status"`);
    await q.query(`ALTER TABLE "reports" ADD CONSTRAINT "CHK_reports_status" CHECK ("status" IN ('RECEIVED','IN_CARE','CLOSED'))`);
  }
}
