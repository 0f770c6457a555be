import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the dashboard needs of the reports vault's outcome and pathway events: counters per
 * neighbourhood, month and code (loneliness band by phase; pathways opened and closed by kind;
 * actions tagged and untagged). Starts empty; insights' durable consumer reads the events stream
 * from its start, so measurements recorded before this runs are counted too.
 */
export class AddOutcomeAndPathwayFacts1796525873745 implements MigrationInterface {
  name = 'AddOutcomeAndPathwayFacts1796525873745';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "outcome_counts" ("municipality" text NOT NULL, "neighbourhood_code" text NOT NULL, "month" date NOT NULL, "phase" text NOT NULL, "band" text NOT NULL, "count" integer NOT NULL, CONSTRAINT "CHK_outcome_counts_band" CHECK ("band" IN ('LOW','MEDIUM','HIGH')), CONSTRAINT "CHK_outcome_counts_phase" CHECK ("phase" IN ('START','WEEK_12')), CONSTRAINT "PK_outcome_counts" PRIMARY KEY ("municipality", "neighbourhood_code", "month", "phase", "band"))`,
    );
    await q.query(
      `CREATE TABLE "pathway_counts" ("municipality" text NOT NULL, "neighbourhood_code" text NOT NULL, "month" date NOT NULL, "kind" text NOT NULL, "move" text NOT NULL, "count" integer NOT NULL, CONSTRAINT "CHK_pathway_counts_move" CHECK ("move" IN ('OPENED','CLOSED')), CONSTRAINT "CHK_pathway_counts_kind" CHECK ("kind" IN ('DOPO_DI_NOI','MENTAL_HEALTH')), CONSTRAINT "PK_pathway_counts" PRIMARY KEY ("municipality", "neighbourhood_code", "month", "kind", "move"))`,
    );
    await q.query(
      `CREATE TABLE "pathway_action_counts" ("municipality" text NOT NULL, "neighbourhood_code" text NOT NULL, "month" date NOT NULL, "kind" text NOT NULL, "action" text NOT NULL, "tagged" integer NOT NULL DEFAULT 0, "untagged" integer NOT NULL DEFAULT 0, CONSTRAINT "CHK_pathway_action_counts_action" CHECK ("action" IN ('A_LEAVING_FAMILY_HOME','B_SUPPORT_IN_HOUSING','C_AUTONOMY_SKILLS','D_HOUSING_WORKS','E_EMERGENCY_STAY','HOUSING','WORK','SOCIAL_RELATIONS','HEALTH_CARE','EDUCATION')), CONSTRAINT "CHK_pathway_action_counts_kind" CHECK ("kind" IN ('DOPO_DI_NOI','MENTAL_HEALTH')), CONSTRAINT "PK_pathway_action_counts" PRIMARY KEY ("municipality", "neighbourhood_code", "month", "kind", "action"))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "pathway_action_counts"`);
    await q.query(`DROP TABLE "pathway_counts"`);
    await q.query(`DROP TABLE "outcome_counts"`);
  }
}
