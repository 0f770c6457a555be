import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The community database (issue 17): a projection of the neighbourhoods, places, initiatives,
 * sessions with their seats (the taken counters can never pass the seats: CHECK), weekly series,
 * and the seats ledger. One sequence gives every change of an initiative or a session its
 * `modified` for the open-data feed.
 */
export class CreateCommunity1796512700000 implements MigrationInterface {
  name = 'CreateCommunity1796512700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE "community_modified_seq"`);
    await q.query(`CREATE TABLE "places" ("id" uuid NOT NULL, "municipality" text NOT NULL, "neighbourhood_code" text NOT NULL, "name" text NOT NULL, "address" text NOT NULL, "lat" double precision NOT NULL, "lng" double precision NOT NULL, "step_free" boolean NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_places_lng" CHECK ("lng" BETWEEN -180 AND 180), CONSTRAINT "CHK_places_lat" CHECK ("lat" BETWEEN -90 AND 90), CONSTRAINT "PK_places" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_places_municipality_neighbourhood" ON "places"  ("municipality", "neighbourhood_code") `);
    await q.query(`CREATE TABLE "initiatives" ("id" uuid NOT NULL, "municipality" text NOT NULL, "kind" text NOT NULL, "status" text NOT NULL, "title_it" text NOT NULL, "title_en" text, "description_it" text NOT NULL, "description_en" text, "organiser_organisation_id" uuid, "neighbourhood_code" text NOT NULL, "place_id" uuid NOT NULL, "age_min" integer, "age_max" integer, "free" boolean NOT NULL, "cost_text" text, "accessibility_support" text, "good_for_living_alone" boolean NOT NULL, "public_contact" text, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "modified_seq" bigint NOT NULL, CONSTRAINT "CHK_initiatives_cost" CHECK ("free" OR "cost_text" IS NOT NULL), CONSTRAINT "CHK_initiatives_ages" CHECK ("age_min" IS NULL OR "age_max" IS NULL OR "age_min" <= "age_max"), CONSTRAINT "CHK_initiatives_status" CHECK ("status" IN ('PUBLISHED','WITHDRAWN')), CONSTRAINT "CHK_initiatives_kind" CHECK ("kind" IN ('ELDERLY_PLACE','CULTURE','SOCIAL_THEATRE','LIFESTYLE_EXPERIMENT','CONCILIATION','VOLUNTEERING')), CONSTRAINT "PK_initiatives" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_initiatives_modified" ON "initiatives"  ("modified_seq") `);
    await q.query(`CREATE INDEX "IDX_initiatives_organiser" ON "initiatives"  ("organiser_organisation_id") `);
    await q.query(`CREATE INDEX "IDX_initiatives_municipality_status" ON "initiatives"  ("municipality", "status") `);
    await q.query(`CREATE TABLE "session_series" ("id" uuid NOT NULL, "initiative_id" uuid NOT NULL, "rule" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_session_series" PRIMARY KEY ("id"))`);
    await q.query(`CREATE TABLE "sessions" ("id" uuid NOT NULL, "initiative_id" uuid NOT NULL, "municipality" text NOT NULL, "series_id" uuid, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" text NOT NULL, "note" text, "public_seats" integer NOT NULL, "referral_seats" integer NOT NULL, "public_taken" integer NOT NULL DEFAULT '0', "referral_taken" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "modified_seq" bigint NOT NULL, CONSTRAINT "CHK_sessions_referral_seats" CHECK ("referral_taken" >= 0 AND "referral_taken" <= "referral_seats"), CONSTRAINT "CHK_sessions_public_seats" CHECK ("public_taken" >= 0 AND "public_taken" <= "public_seats"), CONSTRAINT "CHK_sessions_times" CHECK ("ends_at" > "starts_at"), CONSTRAINT "CHK_sessions_status" CHECK ("status" IN ('SCHEDULED','CANCELLED','POSTPONED')), CONSTRAINT "PK_sessions" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_sessions_modified" ON "sessions"  ("modified_seq") `);
    await q.query(`CREATE INDEX "IDX_sessions_municipality_starts" ON "sessions"  ("municipality", "starts_at") `);
    await q.query(`CREATE INDEX "IDX_sessions_initiative_starts" ON "sessions"  ("initiative_id", "starts_at") `);
    await q.query(`CREATE TABLE "neighbourhoods" ("municipality" text NOT NULL, "code" text NOT NULL, "name" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_neighbourhoods" PRIMARY KEY ("municipality", "code"))`);
    await q.query(`CREATE TABLE "seat_reservations" ("id" uuid NOT NULL, "session_id" uuid NOT NULL, "municipality" text NOT NULL, "kind" text NOT NULL, "status" text NOT NULL, "holder_ref" uuid, "reserved_by" uuid, "reserved_at" TIMESTAMP WITH TIME ZONE NOT NULL, "released_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_seat_reservations_status" CHECK ("status" IN ('HELD','RELEASED')), CONSTRAINT "CHK_seat_reservations_kind" CHECK ("kind" IN ('PUBLIC','REFERRAL')), CONSTRAINT "PK_seat_reservations" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_seat_reservations_session" ON "seat_reservations"  ("session_id", "status") `);
    await q.query(`ALTER TABLE "initiatives" ADD CONSTRAINT "FK_initiatives_place" FOREIGN KEY ("place_id") REFERENCES "places"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "sessions" ADD CONSTRAINT "FK_sessions_initiative" FOREIGN KEY ("initiative_id") REFERENCES "initiatives"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "seat_reservations" ADD CONSTRAINT "FK_seat_reservations_session" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "seat_reservations" DROP CONSTRAINT "FK_seat_reservations_session"`);
    await q.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_sessions_initiative"`);
    await q.query(`ALTER TABLE "initiatives" DROP CONSTRAINT "FK_initiatives_place"`);
    await q.query(`DROP INDEX "public"."IDX_seat_reservations_session"`);
    await q.query(`DROP TABLE "seat_reservations"`);
    await q.query(`DROP TABLE "neighbourhoods"`);
    await q.query(`DROP INDEX "public"."IDX_sessions_initiative_starts"`);
    await q.query(`DROP INDEX "public"."IDX_sessions_municipality_starts"`);
    await q.query(`DROP INDEX "public"."IDX_sessions_modified"`);
    await q.query(`DROP TABLE "sessions"`);
    await q.query(`DROP TABLE "session_series"`);
    await q.query(`DROP INDEX "public"."IDX_initiatives_municipality_status"`);
    await q.query(`DROP INDEX "public"."IDX_initiatives_organiser"`);
    await q.query(`DROP INDEX "public"."IDX_initiatives_modified"`);
    await q.query(`DROP TABLE "initiatives"`);
    await q.query(`DROP INDEX "public"."IDX_places_municipality_neighbourhood"`);
    await q.query(`DROP TABLE "places"`);
    await q.query(`DROP SEQUENCE "community_modified_seq"`);
  }
}
