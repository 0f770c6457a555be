import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAntennas1764000200000 implements MigrationInterface {
  name = 'CreateAntennas1764000200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "neighbourhoods" ("municipality" text NOT NULL, "code" text NOT NULL, "name" text NOT NULL, "population" integer, "population_75_plus" integer, "approximate" boolean NOT NULL DEFAULT false, "geometry" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_neighbourhoods_population_75_plus" CHECK ("population_75_plus" IS NULL OR "population_75_plus" >= 0), CONSTRAINT "CHK_neighbourhoods_population" CHECK ("population" IS NULL OR "population" >= 0), CONSTRAINT "CHK_neighbourhoods_geometry" CHECK ("geometry"->>'type' IN ('Polygon','MultiPolygon')), CONSTRAINT "PK_neighbourhoods" PRIMARY KEY ("municipality", "code"))`);
    await q.query(`CREATE TABLE "antennas" ("id" uuid NOT NULL, "municipality" text NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "address" text NOT NULL, "lat" double precision NOT NULL, "lng" double precision NOT NULL, "neighbourhood_code" text NOT NULL, "opening_hours" text, "public_contact" text, "status" text NOT NULL, "publicly_listed" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_antennas_lng" CHECK ("lng" BETWEEN -180 AND 180), CONSTRAINT "CHK_antennas_lat" CHECK ("lat" BETWEEN -90 AND 90), CONSTRAINT "CHK_antennas_status" CHECK ("status" IN ('PROPOSED','TRAINED','ACTIVE','SUSPENDED','RETIRED')), CONSTRAINT "CHK_antennas_kind" CHECK ("kind" IN ('SHOP','PHARMACY','ASSOCIATION','PARISH','LIBRARY','SCHOOL','CITIZEN_VOLUNTEER')), CONSTRAINT "PK_antennas" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_antennas_municipality_status" ON "antennas"  ("municipality", "status") `);
    await q.query(`ALTER TABLE "antennas" ADD CONSTRAINT "FK_antennas_neighbourhood" FOREIGN KEY ("municipality", "neighbourhood_code") REFERENCES "neighbourhoods"("municipality","code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "antennas" DROP CONSTRAINT "FK_antennas_neighbourhood"`);
    await q.query(`DROP INDEX "public"."IDX_antennas_municipality_status"`);
    await q.query(`DROP TABLE "antennas"`);
    await q.query(`DROP TABLE "neighbourhoods"`);
  }
}
