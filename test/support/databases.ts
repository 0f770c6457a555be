import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { TEST_POSTGRES_URL, testRunId } from './env';

export function databaseUrl(name: string): string {
  const u = new URL(TEST_POSTGRES_URL);
  u.pathname = `/${name}`;
  return u.toString();
}

export function templateName(runId: string, service: string): string {
  return `pt_${runId}_${service}_tpl`;
}

async function withAdmin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: TEST_POSTGRES_URL });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** A fresh database for one test file, cloned from the service's migrated template. */
export async function cloneDatabase(service: string): Promise<string> {
  const run = testRunId();
  const name = `pt_${run}_${service}_${randomBytes(4).toString('hex')}`;
  await withAdmin(async (c) => {
    // CREATE DATABASE ... TEMPLATE fails while another clone is being made from it; retry briefly.
    for (let attempt = 0; ; attempt++) {
      try {
        await c.query(`CREATE DATABASE "${name}" TEMPLATE "${templateName(run, service)}"`);
        return;
      } catch (err) {
        if (attempt > 50 || !/being accessed by other users/.test((err as Error).message)) throw err;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  });
  return databaseUrl(name);
}

export async function dropDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!name.startsWith('pt_')) throw new Error(`refusing to drop ${name}: not a test database`);
  await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

export async function listTestDatabases(): Promise<string[]> {
  return withAdmin(async (c) => (await c.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'pt\\_%'`)).rows.map((r) => r.datname));
}

export async function createTemplate(runId: string, service: string): Promise<string> {
  const name = templateName(runId, service);
  await withAdmin((c) => c.query(`CREATE DATABASE "${name}"`));
  return databaseUrl(name);
}

export async function dropByName(name: string): Promise<void> {
  await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/** Runs a query against a test database and returns its rows. */
export async function query<T = Record<string, unknown>>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows as T[];
  } finally {
    await c.end();
  }
}
