#!/usr/bin/env node
// Runs first in `npm test`: says what is missing, and how to get it, before minutes of building
// and testing. Plain JavaScript on purpose (it runs before the build).
// The same places the tests look (test/support/env.ts):
//   PostgreSQL on TEST_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres)
//   NATS with JetStream on TEST_NATS_URL (default nats://127.0.0.1:4222)
//   the nats-server binary at NATS_SERVER_BIN (default /usr/sbin/nats-server): fault tests start their own
//   Chromium at CHROMIUM_PATH (default /usr/bin/chromium), for the browser tests
'use strict';
const { existsSync } = require('node:fs');
const { Client } = require('pg');

const problems = [];

async function postgres() {
  const url = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const c = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.query('SELECT 1');
  } catch (err) {
    problems.push(
      `PostgreSQL is not reachable at ${url.replace(/\/\/[^@]*@/, '//')} (${err.message}).\n` +
        '  Start it: sudo pg_ctlcluster 15 main start   (or: docker compose up -d postgres)',
    );
  } finally {
    await c.end().catch(() => undefined);
  }
}

async function nats() {
  const url = process.env.TEST_NATS_URL ?? 'nats://127.0.0.1:4222';
  const { connect } = require('@nats-io/transport-node');
  const { jetstreamManager } = require('@nats-io/jetstream');
  let nc;
  try {
    nc = await connect({ servers: url, timeout: 3000, reconnect: false });
  } catch (err) {
    problems.push(`NATS is not reachable at ${url} (${err.message}).\n  Start it with JetStream: nats-server -js -sd /var/lib/nats-server   (or: docker compose up -d nats)`);
    return;
  }
  try {
    const jsm = await jetstreamManager(nc, { timeout: 3000 });
    await jsm.getAccountInfo();
  } catch (err) {
    problems.push(`NATS at ${url} answers but JetStream is not enabled (${err.message}).\n  Restart it with -js: nats-server -js -sd /var/lib/nats-server`);
  } finally {
    await nc.close();
  }
}

function chromium() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    problems.push(
      `Chromium is not installed at ${path}; the browser tests drive it (never a downloaded browser).\n` +
        '  Debian/Ubuntu: sudo apt-get install -y chromium   (or set CHROMIUM_PATH to a Chromium or Chrome binary)',
    );
  }
}

function natsServerBinary() {
  const path = process.env.NATS_SERVER_BIN ?? '/usr/sbin/nats-server';
  if (!existsSync(path)) {
    problems.push(
      `The nats-server binary is not at ${path}; the fault and end-to-end tests start their own private servers.\n` +
        '  Debian/Ubuntu: sudo apt-get install -y nats-server   (or set NATS_SERVER_BIN to its path)',
    );
  }
}

(async () => {
  chromium();
  natsServerBinary();
  await Promise.all([postgres(), nats()]);
  if (problems.length > 0) {
    console.error(`npm test needs these first:\n\n${problems.join('\n\n')}\n`);
    process.exit(1);
  }
  console.log('[preflight] PostgreSQL, NATS with JetStream, nats-server and Chromium are here');
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
