import { MigrationInterface, QueryRunner } from 'typeorm';

export class GrowAntennaNetwork1764001000000 implements MigrationInterface {
  name = 'GrowAntennaNetwork1764001000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "antenna_status_changes" ("id" uuid NOT NULL, "antenna_id" uuid NOT NULL, "from_status" text, "to_status" text NOT NULL, "reason" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "by_account_id" uuid, CONSTRAINT "CHK_antenna_status_changes_from" CHECK ("from_status" IS NULL OR "from_status" IN ('PROPOSED','TRAINED','ACTIVE','SUSPENDED','RETIRED')), CONSTRAINT "CHK_antenna_status_changes_to" CHECK ("to_status" IN ('PROPOSED','TRAINED','ACTIVE','SUSPENDED','RETIRED')), CONSTRAINT "PK_antenna_status_changes" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_antenna_status_changes_antenna_at" ON "antenna_status_changes"  ("antenna_id", "at") `);
    await q.query(`CREATE TABLE "antenna_report_counts" ("municipality" text NOT NULL, "neighbourhood_code" text NOT NULL, "month" text NOT NULL, "reports" integer NOT NULL DEFAULT '0', CONSTRAINT "CHK_antenna_report_counts_reports" CHECK ("reports" >= 0), CONSTRAINT "CHK_antenna_report_counts_month" CHECK ("month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'), CONSTRAINT "PK_antenna_report_counts" PRIMARY KEY ("municipality", "neighbourhood_code", "month"))`);
    await q.query(`ALTER TABLE "antennas" ADD "needs" text array NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE "antennas" ADD "trained_on" date`);
    await q.query(`ALTER TABLE "antennas" ADD "code_of_conduct_accepted_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "antennas" ADD "status_reason" text`);
    await q.query(`ALTER TABLE "antennas" ADD "status_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await q.query(`CREATE INDEX "IDX_antennas_municipality_name" ON "antennas"  ("municipality", "name", "id") `);
    await q.query(`ALTER TABLE "antenna_status_changes" ADD CONSTRAINT "FK_antenna_status_changes_antenna" FOREIGN KEY ("antenna_id") REFERENCES "antennas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "antenna_status_changes" DROP CONSTRAINT "FK_antenna_status_changes_antenna"`);
    await q.query(`DROP INDEX "public"."IDX_antennas_municipality_name"`);
    await q.query(`ALTER TABLE "antennas" DROP COLUMN "status_changed_at"`);
    await q.query(`ALTER TABLE "antennas" DROP COLUMN "status_reason"`);
    await q.query(`ALTER TABLE "antennas" DROP COLUMN "code_of_conduct_accepted_at"`);
    await q.query(`ALTER TABLE "antennas" DROP COLUMN "trained_on"`);
    await q.query(`ALTER TABLE "antennas" DROP COLUMN "needs"`);
    await q.query(`DROP TABLE "antenna_report_counts"`);
    await q.query(`DROP INDEX "public"."IDX_antenna_status_changes_antenna_at"`);
    await q.query(`DROP TABLE "antenna_status_changes"`);
  }
}
