import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17 (outcomes and pathways): a report's UCLA-3 loneliness measurements (answers sealed under
 * the subject's key) and its life-project pathways («Dopo di noi», mental-health pact): the
 * referrals each groups with their fund action or axis, and the versions of the wishes note
 * (sealed). Shredded with the report's content (retention, erasure), in the subject's export.
 */

export class AddOutcomesAndPathways1796523934458 implements MigrationInterface {
  name = 'AddOutcomesAndPathways1796523934458';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "outcome_measurements" ("id" uuid NOT NULL, "municipality" text NOT NULL, "report_id" uuid NOT NULL, "phase" text NOT NULL, "measured_on" date NOT NULL, "scores_sealed" bytea, "recorded_by" uuid NOT NULL, "recorded_by_role" text NOT NULL, "recorded_by_organisation_id" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_outcome_measurements_recorded_by_role" CHECK ("recorded_by_role" IN ('SOCIAL_WORKER','ORG_OPERATOR')), CONSTRAINT "CHK_outcome_measurements_phase" CHECK ("phase" IN ('START','WEEK_12')), CONSTRAINT "PK_outcome_measurements" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "UQ_outcome_measurements_report_phase" ON "outcome_measurements"  ("report_id", "phase") `);
    await q.query(`CREATE TABLE "life_pathways" ("id" uuid NOT NULL, "municipality" text NOT NULL, "report_id" uuid NOT NULL, "kind" text NOT NULL, "opened_by" uuid NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closed_by" uuid, "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_life_pathways_kind" CHECK ("kind" IN ('DOPO_DI_NOI','MENTAL_HEALTH')), CONSTRAINT "PK_life_pathways" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_life_pathways_report" ON "life_pathways"  ("report_id", "opened_at") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_life_pathways_open_report" ON "life_pathways"  ("report_id") WHERE "closed_at" IS NULL`);
    await q.query(`CREATE TABLE "pathway_referrals" ("pathway_id" uuid NOT NULL, "referral_id" uuid NOT NULL, "action" text NOT NULL, "tagged_by" uuid NOT NULL, "tagged_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_pathway_referrals_action" CHECK ("action" IN ('A_LEAVING_FAMILY_HOME','B_SUPPORT_IN_HOUSING','C_AUTONOMY_SKILLS','D_HOUSING_WORKS','E_EMERGENCY_STAY','HOUSING','WORK','SOCIAL_RELATIONS','HEALTH_CARE','EDUCATION')), CONSTRAINT "PK_pathway_referrals" PRIMARY KEY ("pathway_id", "referral_id"))`);
    await q.query(`CREATE TABLE "pathway_wishes" ("id" uuid NOT NULL, "pathway_id" uuid NOT NULL, "report_id" uuid NOT NULL, "text_sealed" bytea, "review_on" date NOT NULL, "written_by" uuid NOT NULL, "written_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_pathway_wishes" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_pathway_wishes_pathway" ON "pathway_wishes"  ("pathway_id", "written_at") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_pathway_wishes_pathway"`);
    await q.query(`DROP TABLE "pathway_wishes"`);
    await q.query(`DROP TABLE "pathway_referrals"`);
    await q.query(`DROP INDEX "public"."UQ_life_pathways_open_report"`);
    await q.query(`DROP INDEX "public"."IDX_life_pathways_report"`);
    await q.query(`DROP TABLE "life_pathways"`);
    await q.query(`DROP INDEX "public"."UQ_outcome_measurements_report_phase"`);
    await q.query(`DROP TABLE "outcome_measurements"`);
  }
}
