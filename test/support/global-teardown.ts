import { dropByName, listTestDatabases } from './databases';

export default async function globalTeardown(): Promise<void> {
  const runId = process.env.PROSSIMO_TEST_RUN;
  if (!runId) return;
  for (const name of await listTestDatabases()) {
    if (name.startsWith(`pt_${runId}_`)) await dropByName(name);
  }
}
