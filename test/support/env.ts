/**
 * Where the tests find the engines. The defaults are the local PostgreSQL and NATS the README
 * asks for; CI uses the same. Read only here.
 */
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_NATS_URL = process.env.TEST_NATS_URL ?? 'nats://127.0.0.1:4222';
export const NATS_SERVER_BIN = process.env.NATS_SERVER_BIN ?? '/usr/sbin/nats-server';
/** Debian's Chromium for the browser tests (`apt-get install -y chromium`); never a downloaded browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Set by the global setup: this run's id, part of every database name it makes. */
export function testRunId(): string {
  const id = process.env.PROSSIMO_TEST_RUN;
  if (!id) throw new Error('PROSSIMO_TEST_RUN is not set: run the tests through jest.config.js');
  return id;
}
