import { Client } from 'pg';
import { jetstreamManager } from '@nats-io/jetstream';
import { BusCredentials, probeNats } from '@prossimo/messaging';

export class PreflightError extends Error {}

function where(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || (u.protocol.startsWith('nats') ? 4222 : 5432)}`;
  } catch {
    return url;
  }
}

/** PostgreSQL must answer; if not, say where we looked and how to start it. */
export async function checkPostgres(url: string): Promise<void> {
  const c = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.query('SELECT 1');
  } catch (err) {
    throw new PreflightError(
      [
        `PostgreSQL is not reachable at ${where(url)} (${(err as Error).message}).`,
        'Start it, for example:',
        '  Debian/Ubuntu:  sudo pg_ctlcluster 15 main start   (or: sudo systemctl start postgresql)',
        '  Docker:         docker compose up -d postgres',
        'or point POSTGRES_URL at a running server.',
      ].join('\n'),
    );
  } finally {
    await c.end().catch(() => undefined);
  }
}

/** NATS must answer with JetStream enabled, and accept the credentials we have (if any). */
export async function checkNats(url: string, creds: BusCredentials): Promise<void> {
  let nc;
  try {
    nc = await probeNats(url, creds, 3000);
  } catch (err) {
    if (/authorization/i.test((err as Error).message)) {
      throw new PreflightError(
        [
          `NATS at ${where(url)} refused our credentials (${(err as Error).message}).`,
          creds.password
            ? 'Check that the NATS_<USER>_PASSWORD variables match the ones the server was started with (deploy/nats/nats-server.conf).'
            : 'The server requires credentials: set NATS_GATEWAY_PASSWORD, NATS_ANTENNAS_PASSWORD, NATS_REPORTS_PASSWORD,\nNATS_REFERRALS_PASSWORD, NATS_INSIGHTS_PASSWORD,\nNATS_COMMUNITY_PASSWORD and NATS_ADMIN_PASSWORD as the server has them (docs/operations.md).',
        ].join('\n'),
      );
    }
    throw new PreflightError(
      [
        `NATS is not reachable at ${where(url)} (${(err as Error).message}).`,
        'Start it with JetStream enabled, for example:',
        '  nats-server -js -sd /var/lib/nats-server',
        '  Docker:  docker compose up -d nats',
        'or point NATS_URL at a running server.',
      ].join('\n'),
    );
  }
  try {
    const jsm = await jetstreamManager(nc, { timeout: 3000 });
    await jsm.getAccountInfo();
  } catch (err) {
    throw new PreflightError(`NATS at ${where(url)} answers but JetStream is not enabled (${(err as Error).message}).\nRestart it with -js (e.g. nats-server -js -sd /var/lib/nats-server).`);
  } finally {
    await nc.close();
  }
}
