import { MigrationInterface, QueryRunner } from 'typeorm';

/** A keyed hash of what the antenna sent: a retry of the same report is told from other content under the same id. */
export class AddReportContentHash1764013100000 implements MigrationInterface {
  name = 'AddReportContentHash1764013100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "reports" ADD "content_hash" bytea`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "reports" DROP COLUMN "content_hash"`);
  }
}
