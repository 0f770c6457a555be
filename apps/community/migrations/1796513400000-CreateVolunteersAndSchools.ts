import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Volunteers and active ageing, and school protocols (issue 17): volunteers' own profiles, the
 * roles organisations publish, shifts with a capacity that only a conditional UPDATE moves, the
 * sign-ups, the hours register and the confirmation e-mails; school protocols with class groups
 * as counts only.
 */
export class CreateVolunteersAndSchools1796513400000 implements MigrationInterface {
  name = 'CreateVolunteersAndSchools1796513400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "volunteers" ("id" uuid NOT NULL, "municipality" text NOT NULL, "display_name" text NOT NULL, "email" text NOT NULL, "phone" text, "birth_year" integer NOT NULL, "neighbourhood_code" text NOT NULL, "travel_km" integer NOT NULL, "skills" text array NOT NULL DEFAULT '{}', "languages" text array NOT NULL DEFAULT '{}', "availability" text array NOT NULL DEFAULT '{}', "requirements" jsonb NOT NULL DEFAULT '[]', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_volunteers_travel_km" CHECK ("travel_km" BETWEEN 0 AND 100), CONSTRAINT "CHK_volunteers_birth_year" CHECK ("birth_year" BETWEEN 1900 AND 2100), CONSTRAINT "PK_volunteers" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_volunteers_municipality_neighbourhood" ON "volunteers" ("municipality", "neighbourhood_code") `);
    await q.query(
      `CREATE TABLE "volunteer_roles" ("id" uuid NOT NULL, "municipality" text NOT NULL, "organisation_id" uuid NOT NULL, "title" text NOT NULL, "description" text NOT NULL, "neighbourhood_code" text NOT NULL, "minimum_age" integer NOT NULL, "requirements" text array NOT NULL DEFAULT '{}', "insurance_provided" boolean NOT NULL, "initiative_id" uuid, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_volunteer_roles_minimum_age" CHECK ("minimum_age" BETWEEN 14 AND 99), CONSTRAINT "PK_volunteer_roles" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_volunteer_roles_municipality" ON "volunteer_roles" ("municipality", "neighbourhood_code") `);
    await q.query(`CREATE INDEX "IDX_volunteer_roles_organisation" ON "volunteer_roles" ("organisation_id", "created_at") `);
    await q.query(
      `CREATE TABLE "volunteer_shifts" ("id" uuid NOT NULL, "role_id" uuid NOT NULL, "municipality" text NOT NULL, "organisation_id" uuid NOT NULL, "session_id" uuid, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "capacity" integer NOT NULL, "taken" integer NOT NULL DEFAULT '0', "meeting_point" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_volunteer_shifts_times" CHECK ("ends_at" > "starts_at"), CONSTRAINT "CHK_volunteer_shifts_taken" CHECK ("taken" >= 0 AND "taken" <= "capacity"), CONSTRAINT "CHK_volunteer_shifts_capacity" CHECK ("capacity" BETWEEN 1 AND 500), CONSTRAINT "PK_volunteer_shifts" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_volunteer_shifts_starts" ON "volunteer_shifts" ("starts_at") `);
    await q.query(`CREATE INDEX "IDX_volunteer_shifts_role" ON "volunteer_shifts" ("role_id", "starts_at") `);
    await q.query(
      `CREATE TABLE "volunteer_sign_ups" ("id" uuid NOT NULL, "shift_id" uuid NOT NULL, "volunteer_id" uuid NOT NULL, "municipality" text NOT NULL, "status" text NOT NULL, "confirmation_requested_at" TIMESTAMP WITH TIME ZONE, "confirmed_at" TIMESTAMP WITH TIME ZONE, "checked_in_at" TIMESTAMP WITH TIME ZONE, "checked_out_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_volunteer_sign_ups_status" CHECK ("status" IN ('SIGNED_UP','CONFIRMED','CANCELLED')), CONSTRAINT "PK_volunteer_sign_ups" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_volunteer_sign_ups_unasked" ON "volunteer_sign_ups" ("shift_id") WHERE "status" = 'SIGNED_UP' AND "confirmation_requested_at" IS NULL`);
    await q.query(`CREATE INDEX "IDX_volunteer_sign_ups_volunteer" ON "volunteer_sign_ups" ("volunteer_id", "created_at") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_volunteer_sign_ups_live" ON "volunteer_sign_ups" ("shift_id", "volunteer_id") WHERE "status" <> 'CANCELLED'`);
    await q.query(
      `CREATE TABLE "volunteer_hours" ("id" uuid NOT NULL, "municipality" text NOT NULL, "organisation_id" uuid NOT NULL, "volunteer_id" uuid NOT NULL, "role_id" uuid NOT NULL, "shift_id" uuid, "sign_up_id" uuid, "day" date NOT NULL, "minutes" integer NOT NULL, "source" text NOT NULL, "entered_by" uuid NOT NULL, "neighbourhood_code" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_volunteer_hours_minutes" CHECK ("minutes" BETWEEN 1 AND 1440), CONSTRAINT "CHK_volunteer_hours_source" CHECK ("source" IN ('CHECK_IN','MANUAL')), CONSTRAINT "PK_volunteer_hours" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_volunteer_hours_sign_up" ON "volunteer_hours" ("sign_up_id") WHERE "sign_up_id" IS NOT NULL`);
    await q.query(`CREATE INDEX "IDX_volunteer_hours_organisation_day" ON "volunteer_hours" ("organisation_id", "day") `);
    await q.query(
      `CREATE TABLE "volunteer_mails" ("id" uuid NOT NULL, "sign_up_id" uuid NOT NULL, "kind" text NOT NULL, "state" text NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_volunteer_mails_kind" CHECK ("kind" IN ('confirm-shift')), CONSTRAINT "CHK_volunteer_mails_state" CHECK ("state" IN ('pending','sent','failed','skipped')), CONSTRAINT "PK_volunteer_mails" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_volunteer_mails_pending" ON "volunteer_mails" ("created_at") WHERE "state" = 'pending'`);
    await q.query(`CREATE UNIQUE INDEX "UQ_volunteer_mails_sign_up_kind" ON "volunteer_mails" ("sign_up_id", "kind") `);
    await q.query(
      `CREATE TABLE "school_protocols" ("id" uuid NOT NULL, "municipality" text NOT NULL, "school_name" text NOT NULL, "school_code" text, "neighbourhood_code" text, "school_year" text NOT NULL, "tutor_name" text NOT NULL, "activities" text array NOT NULL DEFAULT '{}', "signed_on" date NOT NULL, "valid_until" date, "updated_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_school_protocols" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_school_protocols_municipality_year" ON "school_protocols" ("municipality", "school_year", "school_name") `);
    await q.query(
      `CREATE TABLE "school_class_groups" ("id" uuid NOT NULL, "protocol_id" uuid NOT NULL, "label" text NOT NULL, "student_count" integer NOT NULL, "planned_hours" integer NOT NULL, "done_hours" integer NOT NULL, "position" integer NOT NULL, CONSTRAINT "CHK_school_class_groups_hours" CHECK ("planned_hours" >= 0 AND "done_hours" >= 0), CONSTRAINT "CHK_school_class_groups_students" CHECK ("student_count" BETWEEN 1 AND 60), CONSTRAINT "PK_school_class_groups" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_school_class_groups_label" ON "school_class_groups" ("protocol_id", "label") `);
    await q.query(`ALTER TABLE "volunteer_shifts" ADD CONSTRAINT "FK_volunteer_shifts_role" FOREIGN KEY ("role_id") REFERENCES "volunteer_roles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "volunteer_sign_ups" ADD CONSTRAINT "FK_volunteer_sign_ups_shift" FOREIGN KEY ("shift_id") REFERENCES "volunteer_shifts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "volunteer_sign_ups" ADD CONSTRAINT "FK_volunteer_sign_ups_volunteer" FOREIGN KEY ("volunteer_id") REFERENCES "volunteers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "volunteer_hours" ADD CONSTRAINT "FK_volunteer_hours_role" FOREIGN KEY ("role_id") REFERENCES "volunteer_roles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "volunteer_hours" ADD CONSTRAINT "FK_volunteer_hours_volunteer" FOREIGN KEY ("volunteer_id") REFERENCES "volunteers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "volunteer_mails" ADD CONSTRAINT "FK_volunteer_mails_sign_up" FOREIGN KEY ("sign_up_id") REFERENCES "volunteer_sign_ups"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "school_class_groups" ADD CONSTRAINT "FK_school_class_groups_protocol" FOREIGN KEY ("protocol_id") REFERENCES "school_protocols"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "school_class_groups" DROP CONSTRAINT "FK_school_class_groups_protocol"`);
    await q.query(`ALTER TABLE "volunteer_mails" DROP CONSTRAINT "FK_volunteer_mails_sign_up"`);
    await q.query(`ALTER TABLE "volunteer_hours" DROP CONSTRAINT "FK_volunteer_hours_volunteer"`);
    await q.query(`ALTER TABLE "volunteer_hours" DROP CONSTRAINT "FK_volunteer_hours_role"`);
    await q.query(`ALTER TABLE "volunteer_sign_ups" DROP CONSTRAINT "FK_volunteer_sign_ups_volunteer"`);
    await q.query(`ALTER TABLE "volunteer_sign_ups" DROP CONSTRAINT "FK_volunteer_sign_ups_shift"`);
    await q.query(`ALTER TABLE "volunteer_shifts" DROP CONSTRAINT "FK_volunteer_shifts_role"`);
    await q.query(`DROP TABLE "school_class_groups"`);
    await q.query(`DROP TABLE "school_protocols"`);
    await q.query(`DROP TABLE "volunteer_mails"`);
    await q.query(`DROP TABLE "volunteer_hours"`);
    await q.query(`DROP TABLE "volunteer_sign_ups"`);
    await q.query(`DROP TABLE "volunteer_shifts"`);
    await q.query(`DROP TABLE "volunteer_roles"`);
    await q.query(`DROP TABLE "volunteers"`);
  }
}
