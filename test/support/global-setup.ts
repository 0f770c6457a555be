import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { register } from 'tsconfig-paths';

/** Run ids start with a base-36 time so stale databases of crashed runs can be recognised and dropped. */
const STALE_MS = 6 * 3600 * 1000;

export default async function globalSetup(): Promise<void> {
  // The global setup runs outside jest's module map: resolve @prossimo/* like tsc does.
  const root = join(__dirname, '..', '..');
  register({ baseUrl: root, paths: { '@prossimo/testing': ['test/support/index.ts'], '@prossimo/*': ['libs/*/src/index.ts'] } });
  const { migrate } = require('@prossimo/platform') as typeof import('@prossimo/platform');
  const { DATABASES } = require('../../scripts/services') as typeof import('../../scripts/services');
  const { createTemplate, dropByName, listTestDatabases } = require('./databases') as typeof import('./databases');

  const runId = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  process.env.PROSSIMO_TEST_RUN = runId;
  for (const name of await listTestDatabases()) {
    const started = parseInt(name.split('_')[1]?.slice(0, 8) ?? '', 36);
    if (Number.isFinite(started) && Date.now() - started > STALE_MS) await dropByName(name);
  }
  for (const [service, spec] of Object.entries(DATABASES)) {
    const url = await createTemplate(runId, service);
    await migrate(url, spec);
  }
}
