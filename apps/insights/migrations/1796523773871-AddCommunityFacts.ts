import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the dashboard needs of apps/community: each initiative's public facts and each session's
 * seats (offered and taken), from the initiative.* events. Starts empty; insights' durable consumer
 * reads the events stream from its start, so initiatives published before this runs are counted too.
 */
export class AddCommunityFacts1796523773871 implements MigrationInterface {
  name = 'AddCommunityFacts1796523773871';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "initiative_facts" ("initiative_id" uuid NOT NULL, "municipality" text NOT NULL, "neighbourhood_code" text NOT NULL, "kind" text NOT NULL, "status" text NOT NULL, "published_month" date, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_initiative_facts_status" CHECK ("status" IN ('PUBLISHED','WITHDRAWN')), CONSTRAINT "CHK_initiative_facts_kind" CHECK ("kind" IN ('ELDERLY_PLACE','CULTURE','SOCIAL_THEATRE','LIFESTYLE_EXPERIMENT','CONCILIATION','VOLUNTEERING')), CONSTRAINT "PK_initiative_facts" PRIMARY KEY ("initiative_id"))`,
    );
    await q.query(
      `CREATE TABLE "session_facts" ("session_id" uuid NOT NULL, "initiative_id" uuid NOT NULL, "municipality" text NOT NULL, "neighbourhood_code" text NOT NULL, "month" date, "starts_at" TIMESTAMP WITH TIME ZONE, "status" text, "public_seats" integer NOT NULL DEFAULT 0, "referral_seats" integer NOT NULL DEFAULT 0, "public_taken" integer NOT NULL DEFAULT 0, "referral_taken" integer NOT NULL DEFAULT 0, "changed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_session_facts_status" CHECK ("status" IS NULL OR "status" IN ('SCHEDULED','CANCELLED','POSTPONED')), CONSTRAINT "PK_session_facts" PRIMARY KEY ("session_id"))`,
    );
    await q.query(`CREATE INDEX "IDX_session_facts_municipality_month" ON "session_facts" ("municipality", "month")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_session_facts_municipality_month"`);
    await q.query(`DROP TABLE "session_facts"`);
    await q.query(`DROP TABLE "initiative_facts"`);
  }
}
