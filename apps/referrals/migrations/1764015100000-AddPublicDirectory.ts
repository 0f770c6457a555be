import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 15, the public directory: what a resident needs of a service (how to access it, who may,
 * what it costs, ages, its own e-mail and page), places with a full address, position and how to
 * get there, phones and opening hours (HSDS phone, schedule), and other publishers' taxonomies
 * with the ADMIN's mapping of their terms to Prossimo's needs (`taxonomy_terms.need`;
 * `service_attributes`). A service's `needs` become its declared needs plus the mapped ones
 * (`declared_needs` starts as today's `needs`). Imported records keep the publisher's id
 * (`source`, `external_id`). The tax code and legal form may be missing (an import warns), and
 * the tax code is unique within a municipality (one cooperative may serve two cities).
 */
export class AddPublicDirectory1764015100000 implements MigrationInterface {
  name = 'AddPublicDirectory1764015100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "phones" ("id" uuid NOT NULL, "organisation_id" uuid, "service_id" uuid, "location_id" uuid, "service_at_location_id" uuid, "number" text NOT NULL, "extension" integer, "type" text, "description" text, CONSTRAINT "CHK_phones_owner" CHECK (num_nonnulls("organisation_id", "service_id", "location_id", "service_at_location_id") = 1), CONSTRAINT "PK_phones" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_phones_service_at_location" ON "phones"  ("service_at_location_id") `);
    await q.query(`CREATE INDEX "IDX_phones_location" ON "phones"  ("location_id") `);
    await q.query(`CREATE INDEX "IDX_phones_service" ON "phones"  ("service_id") `);
    await q.query(`CREATE INDEX "IDX_phones_organisation" ON "phones"  ("organisation_id") `);
    await q.query(`CREATE TABLE "schedules" ("id" uuid NOT NULL, "service_id" uuid, "location_id" uuid, "service_at_location_id" uuid, "freq" text, "interval" integer, "byday" text, "bymonthday" text, "opens_at" text, "closes_at" text, "valid_from" date, "valid_to" date, "description" text, "notes" text, "attending_type" text, CONSTRAINT "CHK_schedules_times" CHECK (("opens_at" IS NULL OR "opens_at" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$') AND ("closes_at" IS NULL OR "closes_at" ~ '^([01][0-9]|2[0-4]):[0-5][0-9]$')), CONSTRAINT "CHK_schedules_freq" CHECK ("freq" IS NULL OR "freq" IN ('WEEKLY','MONTHLY')), CONSTRAINT "CHK_schedules_owner" CHECK (num_nonnulls("service_id", "location_id", "service_at_location_id") = 1), CONSTRAINT "PK_schedules" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_schedules_service_at_location" ON "schedules"  ("service_at_location_id") `);
    await q.query(`CREATE INDEX "IDX_schedules_location" ON "schedules"  ("location_id") `);
    await q.query(`CREATE INDEX "IDX_schedules_service" ON "schedules"  ("service_id") `);
    await q.query(`CREATE TABLE "taxonomies" ("id" uuid NOT NULL, "municipality" text NOT NULL, "name" text NOT NULL, "description" text, "uri" text, "version" text, CONSTRAINT "PK_taxonomies" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_taxonomies_municipality" ON "taxonomies"  ("municipality") `);
    await q.query(`CREATE TABLE "taxonomy_terms" ("id" uuid NOT NULL, "municipality" text NOT NULL, "taxonomy_id" uuid, "taxonomy_name" text NOT NULL, "code" text, "name" text NOT NULL, "description" text, "parent_id" uuid, "term_uri" text, "need" text, "mapped_at" TIMESTAMP WITH TIME ZONE, "mapped_by" uuid, CONSTRAINT "CHK_taxonomy_terms_need" CHECK ("need" IS NULL OR "need" IN ('LONELINESS','ELDERLY_CARE','FOOD','HOUSING','ECONOMIC_HARDSHIP','WORK','MENTAL_HEALTH','DISABILITY','DOPO_DI_NOI','YOUTH_AT_RISK','FAMILY_CONFLICT','HEALTH_ACCESS','DIGITAL_DIVIDE')), CONSTRAINT "PK_taxonomy_terms" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_taxonomy_terms_municipality" ON "taxonomy_terms"  ("municipality", "taxonomy_name", "code") `);
    await q.query(`CREATE TABLE "service_attributes" ("service_id" uuid NOT NULL, "term_id" uuid NOT NULL, "value" text, CONSTRAINT "PK_service_attributes" PRIMARY KEY ("service_id", "term_id"))`);
    await q.query(`CREATE INDEX "IDX_service_attributes_term" ON "service_attributes"  ("term_id") `);
    await q.query(`ALTER TABLE "organisations" ADD "source" text`);
    await q.query(`ALTER TABLE "organisations" ADD "external_id" text`);
    await q.query(`ALTER TABLE "organisations" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await q.query(`ALTER TABLE "services" ADD "declared_needs" text array NOT NULL DEFAULT '{}'`);
    await q.query(`UPDATE "services" SET "declared_needs" = "needs"`);
    await q.query(`ALTER TABLE "services" ADD "application_process" text`);
    await q.query(`ALTER TABLE "services" ADD "eligibility_description" text`);
    await q.query(`ALTER TABLE "services" ADD "fees_description" text`);
    await q.query(`ALTER TABLE "services" ADD "minimum_age" integer`);
    await q.query(`ALTER TABLE "services" ADD "maximum_age" integer`);
    await q.query(`ALTER TABLE "services" ADD "email" text`);
    await q.query(`ALTER TABLE "services" ADD "url" text`);
    await q.query(`ALTER TABLE "services" ADD "source" text`);
    await q.query(`ALTER TABLE "services" ADD "external_id" text`);
    await q.query(`ALTER TABLE "locations" ADD "city" text`);
    await q.query(`ALTER TABLE "locations" ADD "postal_code" text`);
    await q.query(`ALTER TABLE "locations" ADD "state_province" text`);
    await q.query(`ALTER TABLE "locations" ADD "country" text`);
    await q.query(`ALTER TABLE "locations" ADD "description" text`);
    await q.query(`ALTER TABLE "locations" ADD "transportation" text`);
    await q.query(`ALTER TABLE "locations" ADD "latitude" double precision`);
    await q.query(`ALTER TABLE "locations" ADD "longitude" double precision`);
    await q.query(`ALTER TABLE "locations" ADD "source" text`);
    await q.query(`ALTER TABLE "locations" ADD "external_id" text`);
    await q.query(`ALTER TABLE "service_at_locations" ADD "description" text`);
    await q.query(`ALTER TABLE "organisations" ALTER COLUMN "legal_form" DROP NOT NULL`);
    await q.query(`ALTER TABLE "organisations" ALTER COLUMN "tax_code" DROP NOT NULL`);
    await q.query(`ALTER TABLE "organisations" DROP CONSTRAINT "UQ_organisations_tax_code"`);
    await q.query(`ALTER TABLE "services" ADD CONSTRAINT "CHK_services_ages" CHECK (("minimum_age" IS NULL OR "minimum_age" >= 0) AND ("maximum_age" IS NULL OR "maximum_age" >= 0))`);
    await q.query(`ALTER TABLE "services" ADD CONSTRAINT "CHK_services_declared_needs" CHECK ("declared_needs" <@ ARRAY['LONELINESS','ELDERLY_CARE','FOOD','HOUSING','ECONOMIC_HARDSHIP','WORK','MENTAL_HEALTH','DISABILITY','DOPO_DI_NOI','YOUTH_AT_RISK','FAMILY_CONFLICT','HEALTH_ACCESS','DIGITAL_DIVIDE']::text[])`);
    await q.query(`ALTER TABLE "locations" ADD CONSTRAINT "CHK_locations_position" CHECK (("latitude" IS NULL OR "latitude" BETWEEN -90 AND 90) AND ("longitude" IS NULL OR "longitude" BETWEEN -180 AND 180))`);
    await q.query(`ALTER TABLE "organisations" ADD CONSTRAINT "UQ_organisations_municipality_tax_code" UNIQUE ("municipality", "tax_code")`);
    await q.query(`ALTER TABLE "phones" ADD CONSTRAINT "FK_phones_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "phones" ADD CONSTRAINT "FK_phones_service" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "phones" ADD CONSTRAINT "FK_phones_location" FOREIGN KEY ("location_id") REFERENCES "locations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "phones" ADD CONSTRAINT "FK_phones_service_at_location" FOREIGN KEY ("service_at_location_id") REFERENCES "service_at_locations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "schedules" ADD CONSTRAINT "FK_schedules_service" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "schedules" ADD CONSTRAINT "FK_schedules_location" FOREIGN KEY ("location_id") REFERENCES "locations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "schedules" ADD CONSTRAINT "FK_schedules_service_at_location" FOREIGN KEY ("service_at_location_id") REFERENCES "service_at_locations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "taxonomy_terms" ADD CONSTRAINT "FK_taxonomy_terms_taxonomy" FOREIGN KEY ("taxonomy_id") REFERENCES "taxonomies"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "service_attributes" ADD CONSTRAINT "FK_service_attributes_service" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "service_attributes" ADD CONSTRAINT "FK_service_attributes_term" FOREIGN KEY ("term_id") REFERENCES "taxonomy_terms"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "service_attributes" DROP CONSTRAINT "FK_service_attributes_term"`);
    await q.query(`ALTER TABLE "service_attributes" DROP CONSTRAINT "FK_service_attributes_service"`);
    await q.query(`ALTER TABLE "taxonomy_terms" DROP CONSTRAINT "FK_taxonomy_terms_taxonomy"`);
    await q.query(`ALTER TABLE "schedules" DROP CONSTRAINT "FK_schedules_service_at_location"`);
    await q.query(`ALTER TABLE "schedules" DROP CONSTRAINT "FK_schedules_location"`);
    await q.query(`ALTER TABLE "schedules" DROP CONSTRAINT "FK_schedules_service"`);
    await q.query(`ALTER TABLE "phones" DROP CONSTRAINT "FK_phones_service_at_location"`);
    await q.query(`ALTER TABLE "phones" DROP CONSTRAINT "FK_phones_location"`);
    await q.query(`ALTER TABLE "phones" DROP CONSTRAINT "FK_phones_service"`);
    await q.query(`ALTER TABLE "phones" DROP CONSTRAINT "FK_phones_organisation"`);
    await q.query(`ALTER TABLE "organisations" DROP CONSTRAINT "UQ_organisations_municipality_tax_code"`);
    await q.query(`ALTER TABLE "locations" DROP CONSTRAINT "CHK_locations_position"`);
    await q.query(`ALTER TABLE "services" DROP CONSTRAINT "CHK_services_declared_needs"`);
    await q.query(`ALTER TABLE "services" DROP CONSTRAINT "CHK_services_ages"`);
    // Back to one tax code per organisation everywhere: a missing one becomes a visible placeholder, a repeat across municipalities is suffixed.
    await q.query(`UPDATE "organisations" SET "tax_code" = 'assente-' || "id" WHERE "tax_code" IS NULL`);
    await q.query(`UPDATE "organisations" o SET "tax_code" = o."tax_code" || '-' || o."municipality" WHERE EXISTS (SELECT 1 FROM "organisations" x WHERE x."tax_code" = o."tax_code" AND x."id" < o."id")`);
    await q.query(`UPDATE "organisations" SET "legal_form" = '' WHERE "legal_form" IS NULL`);
    await q.query(`ALTER TABLE "organisations" ADD CONSTRAINT "UQ_organisations_tax_code" UNIQUE ("tax_code")`);
    await q.query(`ALTER TABLE "organisations" ALTER COLUMN "tax_code" SET NOT NULL`);
    await q.query(`ALTER TABLE "organisations" ALTER COLUMN "legal_form" SET NOT NULL`);
    await q.query(`ALTER TABLE "service_at_locations" DROP COLUMN "description"`);
    await q.query(`ALTER TABLE "locations" DROP COLUMN "external_id"`);
    await q.query(`ALTER TABLE "locations" DROP COLUMN "source"`);
    await q.query(`ALTER TABLE "locations" DROP COLUMN "longitude"`);
    await q.query(`ALTER TABLE "locations" DROP COLUMN "latitude"`);
    await q.query(`ALTER TABLE "locations" DROP COLUMN "transportation"`);
    await q.query(`ALTER TABLE "locations" DROP COLUMN "description"`);
    await q.query(`ALTER TABLE "locations" DROP COLUMN "country"`);
    await q.query(`ALTER TABLE "locations" DROP COLUMN "state_province"`);
    await q.query(`ALTER TABLE "locations" DROP COLUMN "postal_code"`);
    await q.query(`ALTER TABLE "locations" DROP COLUMN "city"`);
    await q.query(`ALTER TABLE "services" DROP COLUMN "external_id"`);
    await q.query(`ALTER TABLE "services" DROP COLUMN "source"`);
    await q.query(`ALTER TABLE "services" DROP COLUMN "url"`);
    await q.query(`ALTER TABLE "services" DROP COLUMN "email"`);
    await q.query(`ALTER TABLE "services" DROP COLUMN "maximum_age"`);
    await q.query(`ALTER TABLE "services" DROP COLUMN "minimum_age"`);
    await q.query(`ALTER TABLE "services" DROP COLUMN "fees_description"`);
    await q.query(`ALTER TABLE "services" DROP COLUMN "eligibility_description"`);
    await q.query(`ALTER TABLE "services" DROP COLUMN "application_process"`);
    await q.query(`ALTER TABLE "services" DROP COLUMN "declared_needs"`);
    await q.query(`ALTER TABLE "organisations" DROP COLUMN "updated_at"`);
    await q.query(`ALTER TABLE "organisations" DROP COLUMN "external_id"`);
    await q.query(`ALTER TABLE "organisations" DROP COLUMN "source"`);
    await q.query(`DROP INDEX "public"."IDX_service_attributes_term"`);
    await q.query(`DROP TABLE "service_attributes"`);
    await q.query(`DROP INDEX "public"."IDX_taxonomy_terms_municipality"`);
    await q.query(`DROP TABLE "taxonomy_terms"`);
    await q.query(`DROP INDEX "public"."IDX_taxonomies_municipality"`);
    await q.query(`DROP TABLE "taxonomies"`);
    await q.query(`DROP INDEX "public"."IDX_schedules_service"`);
    await q.query(`DROP INDEX "public"."IDX_schedules_location"`);
    await q.query(`DROP INDEX "public"."IDX_schedules_service_at_location"`);
    await q.query(`DROP TABLE "schedules"`);
    await q.query(`DROP INDEX "public"."IDX_phones_organisation"`);
    await q.query(`DROP INDEX "public"."IDX_phones_service"`);
    await q.query(`DROP INDEX "public"."IDX_phones_location"`);
    await q.query(`DROP INDEX "public"."IDX_phones_service_at_location"`);
    await q.query(`DROP TABLE "phones"`);
  }
}
