/**
 * Writes a migration for the difference between a service's entities and its migrations:
 *   npm run build && node dist/scripts/gen-migration.js <service> <ClassName>
 * It migrates a scratch database, asks TypeORM for the schema diff, and prints a migration class
 * to paste into apps/<service>/migrations/<timestamp>-<ClassName>.ts. Read it before committing.
 */
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, loadSettings, migrate } from '@prossimo/platform';
import { LauncherSettings } from './launcher/launcher.env';
import { DATABASES } from './services';

async function main(): Promise<void> {
  const [service, className] = process.argv.slice(2);
  const spec = DATABASES[service as keyof typeof DATABASES];
  if (!spec || !className) throw new Error('usage: gen-migration <service> <ClassName>');
  const server = loadSettings(LauncherSettings).POSTGRES_URL;
  const name = `prossimo_gen_${service}_${Date.now()}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  try {
    const url = server.replace(/\/[^/]*$/, `/${name}`);
    await migrate(url, spec);
    const ds = new DataSource(dataSourceOptions(url, spec, 2));
    await ds.initialize();
    const sql = await ds.driver.createSchemaBuilder().log();
    await ds.destroy();
    const ts = Date.now();
    const esc = (s: string) => s.replace(/\\/g, '\\\\').replace(/`/g, '\\`');
    const up = sql.upQueries.map((q) => `    await q.query(\`${esc(q.query)}\`);`).join('\n');
    const down = sql.downQueries.reverse().map((q) => `    await q.query(\`${esc(q.query)}\`);`).join('\n');
    process.stdout.write(`import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className}${ts} implements MigrationInterface {\n  name = '${className}${ts}';\n\n  async up(q: QueryRunner): Promise<void> {\n${up}\n  }\n\n  async down(q: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`);
  } finally {
    await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack}\n`);
  process.exit(1);
});
