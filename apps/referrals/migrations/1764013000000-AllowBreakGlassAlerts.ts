import { MigrationInterface, QueryRunner } from 'typeorm';

/** Every break-the-glass alerts the owner desk at once: a new alert kind (CHECKs are compared by name only, so written by hand). */
export class AllowBreakGlassAlerts1764013000000 implements MigrationInterface {
  name = 'AllowBreakGlassAlerts1764013000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "alerts" DROP CONSTRAINT "CHK_alerts_kind"`);
    await q.query(`ALTER TABLE "alerts" ADD CONSTRAINT "CHK_alerts_kind" CHECK ("kind" IN ('unmet','exhausted','first-contact-overdue','failed','completed','emergency','break-glass'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "alerts" WHERE "kind" = 'break-glass'`);
    await q.query(`ALTER TABLE "alerts" DROP CONSTRAINT "CHK_alerts_kind"`);
    await q.query(`ALTER TABLE "alerts" ADD CONSTRAINT "CHK_alerts_kind" CHECK ("kind" IN ('unmet','exhausted','first-contact-overdue','failed','completed','emergency'))`);
  }
}
