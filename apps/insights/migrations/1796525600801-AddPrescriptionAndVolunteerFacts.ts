import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Prescriptions and volunteer hours on the city's dashboard.
 *
 * `referral_states` learns what each referral sends the person to (`target_kind`: SERVICE, or
 * INITIATIVE for a social prescription), whether it was ever accepted, and when the person first
 * attended (a prescription's milestone): prescriptions are referrals (one lifecycle), so they stay
 * rows of the same table, told apart by a column, rather than a second table kept beside it.
 * Rows written before this migration are taken as services and as accepted when their state says
 * so; a prescription among them becomes one with its next event (every prescription event carries
 * its target kind).
 *
 * `volunteer_hours`: minutes and register lines per municipality × neighbourhood × month, from
 * community's volunteer.hours-recorded.v1 (counters; never a volunteer).
 */
export class AddPrescriptionAndVolunteerFacts1796525600801 implements MigrationInterface {
  name = 'AddPrescriptionAndVolunteerFacts1796525600801';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "referral_states" ADD "target_kind" text NOT NULL DEFAULT 'SERVICE'`);
    await q.query(`ALTER TABLE "referral_states" ADD "accepted" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE "referral_states" ADD "first_attended_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "referral_states" ADD CONSTRAINT "CHK_referral_states_target_kind" CHECK ("target_kind" IN ('SERVICE','INITIATIVE'))`);
    await q.query(`UPDATE "referral_states" SET "accepted" = true WHERE "status" IN ('ACCEPTED','IN_PROGRESS','ON_HOLD','COMPLETED')`);
    await q.query(
      `CREATE TABLE "volunteer_hours" ("municipality" text NOT NULL, "neighbourhood_code" text NOT NULL, "month" date NOT NULL, "minutes" integer NOT NULL, "records" integer NOT NULL, CONSTRAINT "PK_volunteer_hours" PRIMARY KEY ("municipality", "neighbourhood_code", "month"))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "volunteer_hours"`);
    await q.query(`ALTER TABLE "referral_states" DROP CONSTRAINT "CHK_referral_states_target_kind"`);
    await q.query(`ALTER TABLE "referral_states" DROP COLUMN "first_attended_at"`);
    await q.query(`ALTER TABLE "referral_states" DROP COLUMN "accepted"`);
    await q.query(`ALTER TABLE "referral_states" DROP COLUMN "target_kind"`);
  }
}
