import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 15: the public application to become a proximity point (the applicant's own contact, kept
 * here for the administration only, and the proof of work's challenge, once each) and a
 * municipality's street gazetteer (find the nearest point by address, no geocoder needed).
 */
export class AddPublicApplicationsAndStreets1764015200000 implements MigrationInterface {
  name = 'AddPublicApplicationsAndStreets1764015200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "antenna_applications" ("antenna_id" uuid NOT NULL, "applicant_name" text NOT NULL, "applicant_phone" text, "applicant_email" text, "message" text, "position_approximate" boolean NOT NULL, "challenge_id" text NOT NULL, "applied_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_antenna_applications_challenge" UNIQUE ("challenge_id"), CONSTRAINT "PK_antenna_applications" PRIMARY KEY ("antenna_id"))`);
    await q.query(`CREATE TABLE "streets" ("municipality" text NOT NULL, "name" text NOT NULL, "search_key" text NOT NULL, "lat" double precision NOT NULL, "lng" double precision NOT NULL, "neighbourhood_code" text, CONSTRAINT "CHK_streets_position" CHECK ("lat" BETWEEN -90 AND 90 AND "lng" BETWEEN -180 AND 180), CONSTRAINT "PK_streets" PRIMARY KEY ("municipality", "name"))`);
    await q.query(`CREATE INDEX "IDX_streets_search" ON "streets"  ("municipality", "search_key") `);
    await q.query(`ALTER TABLE "antenna_applications" ADD CONSTRAINT "FK_antenna_applications_antenna" FOREIGN KEY ("antenna_id") REFERENCES "antennas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "antenna_applications" DROP CONSTRAINT "FK_antenna_applications_antenna"`);
    await q.query(`DROP INDEX "public"."IDX_streets_search"`);
    await q.query(`DROP TABLE "streets"`);
    await q.query(`DROP TABLE "antenna_applications"`);
  }
}
