import { MigrationInterface, QueryRunner } from 'typeorm';

const SYSTEM_REASONS = `'expired','rerouted','report-withdrawn','report-closed:RESOLVED','report-closed:REFUSED','report-closed:NOT_ELIGIBLE','report-closed:NO_CAPACITY','report-closed:UNABLE_TO_CONTACT','report-closed:MOVED','report-closed:DECEASED'`;

/**
 * Issue 12: operators' and social workers' free text (reasons, outcomes) no longer lives here. It
 * is sealed in the reports vault under the subject's key; referrals keep the note's id only, and
 * the system's own reasons as codes (a CHECK lists them, so no free text fits).
 *
 * The plain-text columns are dropped with what they hold: this system has no production data yet.
 * The system's reasons (SLA expiry, a report's end) are kept as codes; people's text is cleared
 * (a social worker's re-route keeps its `rerouted` code). `down` brings the columns back with the
 * system's reasons as text; people's text is gone for good.
 */
export class KeepReferralTextInVault1764012700000 implements MigrationInterface {
  name = 'KeepReferralTextInVault1764012700000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['referrals', 'referral_history']) {
      await q.query(`ALTER TABLE "${table}" ADD "reason_code" text`);
      await q.query(`ALTER TABLE "${table}" ADD "reason_note_id" uuid`);
      await q.query(
        `UPDATE "${table}" SET "reason_code" = CASE
           WHEN "reason" = 'expired' THEN 'expired'
           WHEN "reason" LIKE 'segnalazione ritirata dall%' THEN 'report-withdrawn'
           WHEN "reason" ~ '^segnalazione chiusa dallo sportello \\((RESOLVED|REFUSED|NOT_ELIGIBLE|NO_CAPACITY|UNABLE_TO_CONTACT|MOVED|DECEASED)\\)'
             THEN 'report-closed:' || substring("reason" from '^segnalazione chiusa dallo sportello \\(([A-Z_]+)\\)')
           ELSE NULL END
         WHERE "reason" IS NOT NULL`,
      );
    }
    await q.query(
      `UPDATE "referrals" r SET "reason_code" = 'rerouted' WHERE r."reason_code" IS NULL AND r."status" = 'CANCELLED'
         AND EXISTS (SELECT 1 FROM "referral_history" h WHERE h."referral_id" = r."id" AND h."to_status" = 'CANCELLED' AND h."actor_account_id" IS NOT NULL)`,
    );
    await q.query(`UPDATE "referral_history" SET "reason_code" = 'rerouted' WHERE "reason_code" IS NULL AND "to_status" = 'CANCELLED' AND "actor_account_id" IS NOT NULL`);
    await q.query(`ALTER TABLE "referral_history" DROP COLUMN "reason"`);
    await q.query(`ALTER TABLE "referrals" DROP COLUMN "reason"`);
    await q.query(`ALTER TABLE "referrals" DROP COLUMN "outcome"`);
    await q.query(`ALTER TABLE "referrals" ADD "outcome_note_id" uuid`);
    await q.query(`ALTER TABLE "referrals" ADD CONSTRAINT "CHK_referrals_reason_code" CHECK ("reason_code" IS NULL OR "reason_code" IN (${SYSTEM_REASONS}))`);
    await q.query(`ALTER TABLE "referral_history" ADD CONSTRAINT "CHK_referral_history_reason_code" CHECK ("reason_code" IS NULL OR "reason_code" IN (${SYSTEM_REASONS}))`);
    await q.query(`CREATE UNIQUE INDEX "UQ_referrals_outcome_note" ON "referrals" ("outcome_note_id") WHERE "outcome_note_id" IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX "UQ_referral_history_reason_note" ON "referral_history" ("reason_note_id") WHERE "reason_note_id" IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."UQ_referral_history_reason_note"`);
    await q.query(`DROP INDEX "public"."UQ_referrals_outcome_note"`);
    await q.query(`ALTER TABLE "referral_history" DROP CONSTRAINT "CHK_referral_history_reason_code"`);
    await q.query(`ALTER TABLE "referrals" DROP CONSTRAINT "CHK_referrals_reason_code"`);
    await q.query(`ALTER TABLE "referrals" ADD "outcome" text`);
    for (const table of ['referrals', 'referral_history']) {
      await q.query(`ALTER TABLE "${table}" ADD "reason" text`);
      await q.query(
        `UPDATE "${table}" SET "reason" = CASE
           WHEN "reason_code" = 'expired' THEN 'expired'
           WHEN "reason_code" = 'report-withdrawn' THEN 'segnalazione ritirata dall’antenna / report withdrawn by the antenna'
           WHEN "reason_code" LIKE 'report-closed:%' THEN 'segnalazione chiusa dallo sportello (' || substring("reason_code" from 15) || ') / report closed by the desk (' || substring("reason_code" from 15) || ')'
           ELSE NULL END
         WHERE "reason_code" IS NOT NULL`,
      );
    }
    await q.query(`ALTER TABLE "referrals" DROP COLUMN "outcome_note_id"`);
    for (const table of ['referral_history', 'referrals']) {
      await q.query(`ALTER TABLE "${table}" DROP COLUMN "reason_note_id"`);
      await q.query(`ALTER TABLE "${table}" DROP COLUMN "reason_code"`);
    }
  }
}
