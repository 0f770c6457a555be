import { Client } from 'pg';
import { DataSource, DataSourceOptions, MigrationInterface, EntitySchema } from 'typeorm';

type EntityTarget = (new () => unknown) | EntitySchema;

export interface DatabaseSpec {
  entities: EntityTarget[];
  migrations: (new () => MigrationInterface)[];
}

/** TypeORM options for a service database: migrations only, never synchronize. */
export function dataSourceOptions(url: string, spec: DatabaseSpec, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: spec.entities,
    migrations: spec.migrations,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'all',
    logging: false,
    extra: { max: poolSize, application_name: 'prossimo' },
  };
}

/** The server URL (database "postgres") for the URL of a database, and the database's name. */
export function splitDatabaseUrl(url: string): { serverUrl: string; database: string } {
  const u = new URL(url);
  const database = decodeURIComponent(u.pathname.replace(/^\//, ''));
  u.pathname = '/postgres';
  return { serverUrl: u.toString(), database };
}

const SAFE_DB_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Creates the database if it does not exist. Safe to call concurrently. */
export async function ensureDatabase(url: string): Promise<boolean> {
  const { serverUrl, database } = splitDatabaseUrl(url);
  if (!SAFE_DB_NAME.test(database)) throw new Error(`refusing database name ${JSON.stringify(database)}: use lowercase letters, digits and _`);
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount) return false;
    try {
      await client.query(`CREATE DATABASE "${database}"`);
      return true;
    } catch (err) {
      if ((err as { code?: string }).code === '42P04') return false; // created meanwhile
      throw err;
    }
  } finally {
    await client.end();
  }
}

/** Runs pending migrations under an advisory lock, so two replicas starting together do not race. */
export async function migrate(url: string, spec: DatabaseSpec): Promise<string[]> {
  const ds = new DataSource(dataSourceOptions(url, spec, 2));
  await ds.initialize();
  try {
    const qr = ds.createQueryRunner();
    await qr.connect();
    try {
      await qr.query(`SELECT pg_advisory_lock(hashtext('prossimo-migrations'))`);
      const ran = await ds.runMigrations({ transaction: 'all' });
      await qr.query(`SELECT pg_advisory_unlock(hashtext('prossimo-migrations'))`);
      return ran.map((m) => m.name);
    } finally {
      await qr.release();
    }
  } finally {
    await ds.destroy();
  }
}

/** True when the entities and migrations agree (what `migration:generate --check` tests). */
export async function pendingSchemaChanges(url: string, spec: DatabaseSpec): Promise<string[]> {
  const ds = new DataSource(dataSourceOptions(url, spec, 2));
  await ds.initialize();
  try {
    const sql = await ds.driver.createSchemaBuilder().log();
    return sql.upQueries.map((q) => q.query);
  } finally {
    await ds.destroy();
  }
}
