import { MigrationInterface, QueryRunner } from 'typeorm';

/** A prescription's matched volunteer buddy (issue 17), from community's volunteer.buddy-changed.v1: ids only. */
export class AddReferralBuddies1796525864235 implements MigrationInterface {
  name = 'AddReferralBuddies1796525864235';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "referral_buddies" ("referral_id" uuid NOT NULL, "report_id" uuid NOT NULL, "account_id" uuid, "buddy_version" integer NOT NULL, CONSTRAINT "PK_referral_buddies" PRIMARY KEY ("referral_id"))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "referral_buddies"`);
  }
}
