import { DataSource } from 'typeorm';
import { DEMO_ACCOUNTS, DEMO_MUNICIPALITY, DEMO_PASSWORD } from '@prossimo/demo';
import { dataSourceOptions } from '@prossimo/platform';
import { GATEWAY_DATABASE } from '../database/gateway.database';
import { AccountEntity } from './account.entity';
import { AccountsRepository } from './accounts.repository';
import { hashPassword } from './passwords';

/** Creates (or resets) the five demo accounts. The caller refuses this in production. */
export async function seedDemoAccounts(ds: DataSource): Promise<number> {
  const repo = new AccountsRepository(ds);
  const hash = await hashPassword(DEMO_PASSWORD);
  for (const a of DEMO_ACCOUNTS) {
    await repo.upsert(
      Object.assign(new AccountEntity(), {
        id: a.id,
        email: a.email,
        displayName: a.displayName,
        passwordHash: hash,
        role: a.role,
        municipality: DEMO_MUNICIPALITY,
        antennaId: a.antennaId ?? null,
        organisationId: a.organisationId ?? null,
      }),
    );
  }
  return DEMO_ACCOUNTS.length;
}

export async function runGatewayDemoSeed(databaseUrl: string): Promise<{ accounts: number }> {
  const ds = new DataSource(dataSourceOptions(databaseUrl, GATEWAY_DATABASE, 2));
  await ds.initialize();
  try {
    return { accounts: await seedDemoAccounts(ds) };
  } finally {
    await ds.destroy();
  }
}
