import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: desk alerts are acknowledged (who, when), resolved with their report, ordered by
 * severity then age, and an unacknowledged emergency escalates: a timer row per step (the desk's
 * e-mail again, then the supervisor), after the municipality's `alert_escalation_minutes` (15 by
 * default). Existing alerts get their kind's severity; those of reports already ended are resolved.
 */
export class AcknowledgeResolveEscalateAlerts1764013430000 implements MigrationInterface {
  name = 'AcknowledgeResolveEscalateAlerts1764013430000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "alerts" ADD "severity" integer`);
    await q.query(
      `UPDATE "alerts" SET "severity" = CASE "kind" WHEN 'emergency' THEN 4 WHEN 'break-glass' THEN 3 WHEN 'completed' THEN 1 ELSE 2 END`,
    );
    await q.query(`ALTER TABLE "alerts" ALTER COLUMN "severity" SET NOT NULL`);
    await q.query(`ALTER TABLE "alerts" ADD "acknowledged_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "alerts" ADD "acknowledged_by" uuid`);
    await q.query(`ALTER TABLE "alerts" ADD "resolved_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "alerts" ADD "resolution" text`);
    await q.query(`ALTER TABLE "alerts" ADD "escalation_level" integer NOT NULL DEFAULT '0'`);
    await q.query(`ALTER TABLE "alerts" ADD "escalated_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "alerts" ADD CONSTRAINT "CHK_alerts_resolution" CHECK ("resolution" IS NULL OR "resolution" IN ('report-closed','report-withdrawn'))`);
    await q.query(`ALTER TABLE "alerts" ADD CONSTRAINT "CHK_alerts_escalation_level" CHECK ("escalation_level" BETWEEN 0 AND 2)`);
    await q.query(`ALTER TABLE "ended_reports" ADD "ending" text`);
    await q.query(`ALTER TABLE "ended_reports" ADD CONSTRAINT "CHK_ended_reports_ending" CHECK ("ending" IS NULL OR "ending" IN ('report-closed','report-withdrawn'))`);
    // Alerts of reports that already ended leave the open list (how they ended was not kept: "closed").
    await q.query(`UPDATE "alerts" a SET "resolved_at" = e."ended_at", "resolution" = 'report-closed' FROM "ended_reports" e WHERE e."report_id" = a."report_id"`);
    await q.query(`CREATE INDEX "IDX_alerts_open" ON "alerts" ("municipality", "severity", "created_at") WHERE "resolved_at" IS NULL`);

    await q.query(`ALTER TABLE "municipality_policies" ADD "alert_escalation_minutes" integer NOT NULL DEFAULT '15'`);
    await q.query(`ALTER TABLE "municipality_policies" ADD "supervisor_email" text`);
    await q.query(`ALTER TABLE "municipality_policies" ADD CONSTRAINT "CHK_municipality_policies_alert_escalation_minutes" CHECK ("alert_escalation_minutes" BETWEEN 1 AND 1440)`);

    await q.query(
      `CREATE TABLE "alert_escalations" ("id" uuid NOT NULL, "alert_id" uuid NOT NULL, "step" integer NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "state" text NOT NULL, "settled_at" TIMESTAMP WITH TIME ZONE, "email_state" text, "email_attempts" integer NOT NULL DEFAULT '0', "fired_by" text, CONSTRAINT "UQ_alert_escalations_alert_step" UNIQUE ("alert_id", "step"), CONSTRAINT "CHK_alert_escalations_email_state" CHECK ("email_state" IS NULL OR "email_state" IN ('sent','none')), CONSTRAINT "CHK_alert_escalations_state" CHECK ("state" IN ('pending','fired','cancelled','failed')), CONSTRAINT "CHK_alert_escalations_step" CHECK ("step" IN (1, 2)), CONSTRAINT "PK_alert_escalations" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_alert_escalations_due" ON "alert_escalations" ("due_at") WHERE "state" = 'pending'`);
    await q.query(`ALTER TABLE "alert_escalations" ADD CONSTRAINT "FK_alert_escalations_alert" FOREIGN KEY ("alert_id") REFERENCES "alerts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "alert_escalations" DROP CONSTRAINT "FK_alert_escalations_alert"`);
    await q.query(`DROP INDEX "public"."IDX_alert_escalations_due"`);
    await q.query(`DROP TABLE "alert_escalations"`);
    await q.query(`ALTER TABLE "municipality_policies" DROP CONSTRAINT "CHK_municipality_policies_alert_escalation_minutes"`);
    await q.query(`ALTER TABLE "municipality_policies" DROP COLUMN "supervisor_email"`);
    await q.query(`ALTER TABLE "municipality_policies" DROP COLUMN "alert_escalation_minutes"`);
    await q.query(`DROP INDEX "public"."IDX_alerts_open"`);
    await q.query(`ALTER TABLE "ended_reports" DROP CONSTRAINT "CHK_ended_reports_ending"`);
    await q.query(`ALTER TABLE "ended_reports" DROP COLUMN "ending"`);
    await q.query(`ALTER TABLE "alerts" DROP CONSTRAINT "CHK_alerts_escalation_level"`);
    await q.query(`ALTER TABLE "alerts" DROP CONSTRAINT "CHK_alerts_resolution"`);
    for (const c of ['escalated_at', 'escalation_level', 'resolution', 'resolved_at', 'acknowledged_by', 'acknowledged_at', 'severity']) await q.query(`ALTER TABLE "alerts" DROP COLUMN "${c}"`);
  }
}
