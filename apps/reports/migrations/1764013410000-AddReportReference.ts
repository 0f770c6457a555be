import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: every report gets a short, human, non-guessable reference code (`CB-7K4Q`: the
 * municipality's prefix and four characters of an alphabet with no vowels and no look-alikes),
 * unique per municipality. Reports made before get a random one here (four characters, longer
 * only if a municipality ever ran out).
 */
export class AddReportReference1764013410000 implements MigrationInterface {
  name = 'AddReportReference1764013410000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "reports" ADD "reference" text`);
    // The same alphabet and prefixes as libs/contracts/src/reference.ts at the time of writing.
    await q.query(`
      DO $$
      DECLARE
        alphabet constant text := '346789CDFGHJKMNPQRTVWXY';
        r record;
        code text;
        len int;
        tries int;
      BEGIN
        FOR r IN SELECT "id", "municipality" FROM "reports" WHERE "reference" IS NULL ORDER BY "submitted_at", "id" LOOP
          tries := 0;
          LOOP
            len := CASE WHEN tries < 8 THEN 4 WHEN tries < 14 THEN 5 ELSE 6 END;
            code := CASE r."municipality" WHEN '015077' THEN 'CB' WHEN '015146' THEN 'MI' WHEN '015209' THEN 'SG' ELSE 'PR' END || '-';
            FOR i IN 1..len LOOP
              code := code || substr(alphabet, 1 + floor(random() * length(alphabet))::int, 1);
            END LOOP;
            EXIT WHEN NOT EXISTS (SELECT 1 FROM "reports" WHERE "municipality" = r."municipality" AND "reference" = code);
            tries := tries + 1;
          END LOOP;
          UPDATE "reports" SET "reference" = code WHERE "id" = r."id";
        END LOOP;
      END $$`);
    await q.query(`ALTER TABLE "reports" ALTER COLUMN "reference" SET NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX "UQ_reports_municipality_reference" ON "reports" ("municipality", "reference") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."UQ_reports_municipality_reference"`);
    await q.query(`ALTER TABLE "reports" DROP COLUMN "reference"`);
  }
}
