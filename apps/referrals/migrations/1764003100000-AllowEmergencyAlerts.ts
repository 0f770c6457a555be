import { MigrationInterface, QueryRunner } from 'typeorm';

/** EMERGENCY reports alert their owner desk at once: a new alert kind (TypeORM compares CHECKs by name only, so this one is written by hand). */
export class AllowEmergencyAlerts1764003100000 implements MigrationInterface {
  name = 'AllowEmergencyAlerts1764003100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "alerts" DROP CONSTRAINT "CHK_alerts_kind"`);
    await q.query(`ALTER TABLE "alerts" ADD CONSTRAINT "CHK_alerts_kind" CHECK ("kind" IN ('unmet','exhausted','first-contact-overdue','failed','completed','emergency'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "alerts" WHERE "kind" = 'emergency'`);
    await q.query(`ALTER TABLE "alerts" DROP CONSTRAINT "CHK_alerts_kind"`);
    await q.query(`ALTER TABLE "alerts" ADD CONSTRAINT "CHK_alerts_kind" CHECK ("kind" IN ('unmet','exhausted','first-contact-overdue','failed','completed'))`);
  }
}
