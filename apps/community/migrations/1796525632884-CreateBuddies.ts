import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Buddies for prescriptions (issue 17): the buddy requests community records from the referral
 * events (ids, the session, the neighbourhood and the age band — never the person) and who was
 * asked, with their answer.
 */
export class CreateBuddies1796525632884 implements MigrationInterface {
  name = 'CreateBuddies1796525632884';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "buddy_requests" ("referral_id" uuid NOT NULL, "municipality" text NOT NULL, "report_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "initiative_id" uuid NOT NULL, "session_id" uuid NOT NULL, "neighbourhood_code" text NOT NULL, "age_band" text, "status" text NOT NULL, "referral_status" text NOT NULL, "referral_version" integer NOT NULL, "volunteer_id" uuid, "buddy_version" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_buddy_requests_referral_status" CHECK ("referral_status" IN ('REQUESTED','ACCEPTED','REJECTED','IN_PROGRESS','ON_HOLD','FAILED','COMPLETED','CANCELLED','ENTERED_IN_ERROR')), CONSTRAINT "CHK_buddy_requests_age_band" CHECK ("age_band" IS NULL OR "age_band" IN ('UNDER_18','AGE_18_34','AGE_35_64','AGE_65_79','AGE_80_PLUS','UNKNOWN')), CONSTRAINT "CHK_buddy_requests_status" CHECK ("status" IN ('OPEN','ASKED','MATCHED','ENDED')), CONSTRAINT "PK_buddy_requests" PRIMARY KEY ("referral_id"))`,
    );
    await q.query(`CREATE INDEX "IDX_buddy_requests_volunteer" ON "buddy_requests" ("volunteer_id") `);
    await q.query(`CREATE INDEX "IDX_buddy_requests_organisation" ON "buddy_requests" ("organisation_id", "created_at") `);
    await q.query(
      `CREATE TABLE "buddy_asks" ("referral_id" uuid NOT NULL, "volunteer_id" uuid NOT NULL, "status" text NOT NULL, "asked_by" uuid NOT NULL, "asked_at" TIMESTAMP WITH TIME ZONE NOT NULL, "answered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_buddy_asks_status" CHECK ("status" IN ('ASKED','ACCEPTED','DECLINED','WITHDRAWN')), CONSTRAINT "PK_buddy_asks" PRIMARY KEY ("referral_id", "volunteer_id"))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "buddy_asks"`);
    await q.query(`DROP INDEX "public"."IDX_buddy_requests_organisation"`);
    await q.query(`DROP INDEX "public"."IDX_buddy_requests_volunteer"`);
    await q.query(`DROP TABLE "buddy_requests"`);
  }
}
