import { MigrationInterface, QueryRunner } from 'typeorm';

const OPEN = `"status" IN ('REQUESTED','ACCEPTED','IN_PROGRESS','ON_HOLD')`;
const REASONS = (extra: string) =>
  `"reason_code" IS NULL OR "reason_code" IN ('expired','rerouted','report-withdrawn',${extra}'report-closed:RESOLVED','report-closed:REFUSED','report-closed:NOT_ELIGIBLE','report-closed:NO_CAPACITY','report-closed:UNABLE_TO_CONTACT','report-closed:MOVED','report-closed:DECEASED')`;
const KINDS = (extra: string) => `"kind" IN ('unmet','exhausted','first-contact-overdue','failed','completed','emergency','break-glass','first-contact-requested'${extra})`;

/**
 * Issue 17, social prescribing: a referral has a target kind (a service, or an initiative's session),
 * a prescription keeps its initiative, session, the buddy flag and the first-attendance milestone;
 * `no-seat` is a system reason; `prescription-ended` a desk alert; and referrals keeps a read model
 * of community's initiatives and sessions (ids, organiser, neighbourhood, status, times, seats).
 * Existing referrals are SERVICE ones.
 */
export class AddPrescriptions1796523788758 implements MigrationInterface {
  name = 'AddPrescriptions1796523788758';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "referrals" ADD "target_kind" text NOT NULL DEFAULT 'SERVICE'`);
    await q.query(`ALTER TABLE "referrals" ADD "initiative_id" uuid`);
    await q.query(`ALTER TABLE "referrals" ADD "session_id" uuid`);
    await q.query(`ALTER TABLE "referrals" ADD "buddy_requested" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE "referrals" ADD "first_attended_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "referrals" ALTER COLUMN "service_id" DROP NOT NULL`);
    await q.query(`ALTER TABLE "referrals" ADD CONSTRAINT "CHK_referrals_target_kind" CHECK ("target_kind" IN ('SERVICE','INITIATIVE'))`);
    await q.query(
      `ALTER TABLE "referrals" ADD CONSTRAINT "CHK_referrals_target" CHECK (("target_kind" = 'SERVICE' AND "service_id" IS NOT NULL AND "initiative_id" IS NULL AND "session_id" IS NULL) OR ("target_kind" = 'INITIATIVE' AND "service_id" IS NULL AND "initiative_id" IS NOT NULL AND "session_id" IS NOT NULL))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_referrals_report_initiative_open" ON "referrals" ("report_id", "initiative_id") WHERE ${OPEN}`);
    await q.query(`ALTER TABLE "referrals" DROP CONSTRAINT "CHK_referrals_reason_code"`);
    await q.query(`ALTER TABLE "referrals" ADD CONSTRAINT "CHK_referrals_reason_code" CHECK (${REASONS(`'no-seat',`)})`);
    await q.query(`ALTER TABLE "referral_history" DROP CONSTRAINT "CHK_referral_history_reason_code"`);
    await q.query(`ALTER TABLE "referral_history" ADD CONSTRAINT "CHK_referral_history_reason_code" CHECK (${REASONS(`'no-seat',`)})`);
    await q.query(`ALTER TABLE "alerts" DROP CONSTRAINT "CHK_alerts_kind"`);
    await q.query(`ALTER TABLE "alerts" ADD CONSTRAINT "CHK_alerts_kind" CHECK (${KINDS(`,'prescription-ended'`)})`);
    await q.query(`CREATE TABLE "initiative_targets" (
      "id" uuid NOT NULL, "municipality" text NOT NULL, "organiser_organisation_id" uuid, "neighbourhood_code" text NOT NULL, "status" text NOT NULL,
      "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "CHK_initiative_targets_status" CHECK ("status" IN ('PUBLISHED','WITHDRAWN')),
      CONSTRAINT "PK_initiative_targets" PRIMARY KEY ("id"))`);
    await q.query(`CREATE TABLE "initiative_sessions" (
      "id" uuid NOT NULL, "initiative_id" uuid NOT NULL, "municipality" text NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "status" text NOT NULL, "referral_seats" integer NOT NULL, "referral_taken" integer NOT NULL DEFAULT 0, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "CHK_initiative_sessions_status" CHECK ("status" IN ('SCHEDULED','CANCELLED','POSTPONED')),
      CONSTRAINT "PK_initiative_sessions" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_initiative_sessions_initiative" ON "initiative_sessions" ("initiative_id", "starts_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "initiative_sessions"`);
    await q.query(`DROP TABLE "initiative_targets"`);
    await q.query(`DELETE FROM "alerts" WHERE "kind" = 'prescription-ended'`);
    await q.query(`ALTER TABLE "alerts" DROP CONSTRAINT "CHK_alerts_kind"`);
    await q.query(`ALTER TABLE "alerts" ADD CONSTRAINT "CHK_alerts_kind" CHECK (${KINDS('')})`);
    await q.query(`DELETE FROM "referrals" WHERE "target_kind" = 'INITIATIVE'`);
    await q.query(`ALTER TABLE "referral_history" DROP CONSTRAINT "CHK_referral_history_reason_code"`);
    await q.query(`ALTER TABLE "referral_history" ADD CONSTRAINT "CHK_referral_history_reason_code" CHECK (${REASONS('')})`);
    await q.query(`ALTER TABLE "referrals" DROP CONSTRAINT "CHK_referrals_reason_code"`);
    await q.query(`ALTER TABLE "referrals" ADD CONSTRAINT "CHK_referrals_reason_code" CHECK (${REASONS('')})`);
    await q.query(`DROP INDEX "UQ_referrals_report_initiative_open"`);
    await q.query(`ALTER TABLE "referrals" DROP CONSTRAINT "CHK_referrals_target"`);
    await q.query(`ALTER TABLE "referrals" DROP CONSTRAINT "CHK_referrals_target_kind"`);
    await q.query(`ALTER TABLE "referrals" ALTER COLUMN "service_id" SET NOT NULL`);
    for (const c of ['first_attended_at', 'buddy_requested', 'session_id', 'initiative_id', 'target_kind']) await q.query(`ALTER TABLE "referrals" DROP COLUMN "${c}"`);
  }
}
