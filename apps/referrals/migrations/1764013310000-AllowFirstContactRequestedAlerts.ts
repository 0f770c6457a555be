import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: an organisation that may not contact the person (no consent) asks the owner desk to
 * make the first contact: a new alert kind (CHECKs are compared by name only, so written by hand).
 */
export class AllowFirstContactRequestedAlerts1764013310000 implements MigrationInterface {
  name = 'AllowFirstContactRequestedAlerts1764013310000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "alerts" DROP CONSTRAINT "CHK_alerts_kind"`);
    await q.query(`ALTER TABLE "alerts" ADD CONSTRAINT "CHK_alerts_kind" CHECK ("kind" IN ('unmet','exhausted','first-contact-overdue','failed','completed','emergency','break-glass','first-contact-requested'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "alerts" WHERE "kind" = 'first-contact-requested'`);
    await q.query(`ALTER TABLE "alerts" DROP CONSTRAINT "CHK_alerts_kind"`);
    await q.query(`ALTER TABLE "alerts" ADD CONSTRAINT "CHK_alerts_kind" CHECK ("kind" IN ('unmet','exhausted','first-contact-overdue','failed','completed','emergency','break-glass'))`);
  }
}
