import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13, the cooperative's inbox: each referral keeps what its organisation needs before it
 * accepts (the age band; whether the person consented to be contacted, or asked not to be contacted
 * directly: no personal data, from report.submitted), the steps of a first contact through the desk
 * (asked for, handed over), and whether it holds one of its service's places. Organisations are
 * e-mailed about new referrals and close deadlines through `organisation_mails` (an outbox swept
 * like the desk's alert e-mails). Referrals made before this keep NULL facts (shown as unknown).
 */
export class AddReferralFactsForOrganisations1764013300000 implements MigrationInterface {
  name = 'AddReferralFactsForOrganisations1764013300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "organisation_mails" ("id" uuid NOT NULL, "municipality" text NOT NULL, "organisation_id" uuid NOT NULL, "referral_id" uuid NOT NULL, "kind" text NOT NULL, "email_to" text NOT NULL, "state" text NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_organisation_mails_referral_kind" UNIQUE ("referral_id", "kind"), CONSTRAINT "CHK_organisation_mails_state" CHECK ("state" IN ('pending','sent','failed','skipped')), CONSTRAINT "CHK_organisation_mails_kind" CHECK ("kind" IN ('new-referral','accept-due-soon','first-contact-due-soon')), CONSTRAINT "PK_organisation_mails" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_organisation_mails_pending" ON "organisation_mails"  ("created_at") WHERE "state" = 'pending'`);
    await q.query(`ALTER TABLE "referrals" ADD "age_band" text`);
    await q.query(`ALTER TABLE "referrals" ADD "consent_to_contact" boolean`);
    await q.query(`ALTER TABLE "referrals" ADD "do_not_contact" boolean`);
    await q.query(`ALTER TABLE "referrals" ADD "first_contact_requested_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "referrals" ADD "first_contact_requested_by" uuid`);
    await q.query(`ALTER TABLE "referrals" ADD "contact_handed_over_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "referrals" ADD "contact_handed_over_by" uuid`);
    await q.query(`ALTER TABLE "referrals" ADD "holds_place" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE "referrals" ADD CONSTRAINT "CHK_referrals_age_band" CHECK ("age_band" IS NULL OR "age_band" IN ('UNDER_18','AGE_18_34','AGE_35_64','AGE_65_79','AGE_80_PLUS','UNKNOWN'))`);
    await q.query(`ALTER TABLE "organisation_mails" ADD CONSTRAINT "FK_organisation_mails_referral" FOREIGN KEY ("referral_id") REFERENCES "referrals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "organisation_mails" DROP CONSTRAINT "FK_organisation_mails_referral"`);
    await q.query(`ALTER TABLE "referrals" DROP CONSTRAINT "CHK_referrals_age_band"`);
    await q.query(`ALTER TABLE "referrals" DROP COLUMN "holds_place"`);
    await q.query(`ALTER TABLE "referrals" DROP COLUMN "contact_handed_over_by"`);
    await q.query(`ALTER TABLE "referrals" DROP COLUMN "contact_handed_over_at"`);
    await q.query(`ALTER TABLE "referrals" DROP COLUMN "first_contact_requested_by"`);
    await q.query(`ALTER TABLE "referrals" DROP COLUMN "first_contact_requested_at"`);
    await q.query(`ALTER TABLE "referrals" DROP COLUMN "do_not_contact"`);
    await q.query(`ALTER TABLE "referrals" DROP COLUMN "consent_to_contact"`);
    await q.query(`ALTER TABLE "referrals" DROP COLUMN "age_band"`);
    await q.query(`DROP INDEX "public"."IDX_organisation_mails_pending"`);
    await q.query(`DROP TABLE "organisation_mails"`);
  }
}
