import 'reflect-metadata';
import { DataSource, EntityManager } from 'typeorm';
import { dataSourceOptions, loadSettings } from '@prossimo/platform';
import { ReportsSettings } from '../config/reports.env';
import { REPORTS_DATABASE } from '../database/reports.database';
import { masterKeysFrom } from '../reports.module';
import { Vault } from '../vault/vault';
import { VaultRepository } from '../vault/vault.repository';

/**
 * Key rotation without downtime (docs/privacy.md, "Keys"). Run it after deploying the new master
 * key as REPORTS_MASTER_KEY (+ _ID) with the old one in REPORTS_OLD_MASTER_KEYS; the service keeps
 * serving meanwhile. Re-wraps in batches of short transactions (FOR UPDATE SKIP LOCKED).
 * `newMunicipalityKeys` also gives every municipality a new data-wrapping key.
 * For the launcher: `await rotateKeys(loadSettings(ReportsSettings), { newMunicipalityKeys: true })`.
 */
export async function rotateKeys(
  settings: ReportsSettings,
  opts: { newMunicipalityKeys?: boolean; batchSize?: number } = {},
): Promise<{ rewrappedMunicipalityKeys: number; newMunicipalityKeys: number; rewrappedSubjectKeys: number }> {
  const ds = new DataSource(dataSourceOptions(settings.DATABASE_URL, REPORTS_DATABASE, 2));
  await ds.initialize();
  try {
    const vault = new Vault(new VaultRepository(), masterKeysFrom(settings));
    const run = <T>(fn: (em: EntityManager) => Promise<T>) => ds.transaction(fn);
    return await vault.rotate(run, { newMunicipalityKeys: opts.newMunicipalityKeys ?? false, batchSize: opts.batchSize, now: () => new Date() });
  } finally {
    await ds.destroy();
  }
}

if (require.main === module) {
  const args = process.argv.slice(2);
  rotateKeys(loadSettings(ReportsSettings), { newMunicipalityKeys: args.includes('--new-municipality-keys') })
    .then((r) => process.stdout.write(`${JSON.stringify(r)}\n`))
    .catch((err: unknown) => {
      process.stderr.write(`rotate-keys failed: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    });
}
