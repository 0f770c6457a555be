import { MigrationInterface, QueryRunner } from 'typeorm';

/** Residents sign up as volunteers (issue 17): accounts of the role CITIZEN, with no antenna and no organisation. */
export class AllowCitizenAccounts1796512800000 implements MigrationInterface {
  name = 'AllowCitizenAccounts1796512800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "accounts" DROP CONSTRAINT "CHK_accounts_role"`);
    await q.query(`ALTER TABLE "accounts" ADD CONSTRAINT "CHK_accounts_role" CHECK ("role" IN ('ANTENNA','ORG_OPERATOR','SOCIAL_WORKER','CITY_ANALYST','ADMIN','CITIZEN'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "accounts" WHERE "role" = 'CITIZEN'`);
    await q.query(`ALTER TABLE "accounts" DROP CONSTRAINT "CHK_accounts_role"`);
    await q.query(`ALTER TABLE "accounts" ADD CONSTRAINT "CHK_accounts_role" CHECK ("role" IN ('ANTENNA','ORG_OPERATOR','SOCIAL_WORKER','CITY_ANALYST','ADMIN'))`);
  }
}
