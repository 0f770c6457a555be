import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddDemoSeeds1764005200000 implements MigrationInterface {
  name = 'AddDemoSeeds1764005200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "demo_seeds" ("name" text NOT NULL, "seeded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_demo_seeds" PRIMARY KEY ("name"))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "demo_seeds"`);
  }
}
