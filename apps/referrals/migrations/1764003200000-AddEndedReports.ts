import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddEndedReports1764003200000 implements MigrationInterface {
  name = 'AddEndedReports1764003200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "ended_reports" ("report_id" uuid NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_ended_reports" PRIMARY KEY ("report_id"))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "ended_reports"`);
  }
}
