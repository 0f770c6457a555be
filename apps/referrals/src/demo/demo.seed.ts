import { DataSource, EntityManager } from 'typeorm';
import { DEMO_MUNICIPALITY, DEMO_NEIGHBOURHOODS, DEMO_ORGANISATION, DEMO_SERVICES } from '@prossimo/demo';
import { dataSourceOptions } from '@prossimo/platform';
import { REFERRALS_DATABASE } from '../database/referrals.database';
import { DirectoryRepository } from '../directory/directory.repository';

/** Rows this run added (0 everywhere when the demo directory was already there). */
export interface ReferralsDemoSeedCounts {
  policies: number;
  organisations: number;
  services: number;
  serviceAreas: number;
}

/**
 * The demo directory: the city's policy (RUNTS required), one organisation whose services
 * cover every need, each service covering every demo neighbourhood. Idempotent.
 */
export async function seedReferralsDemo(em: EntityManager): Promise<ReferralsDemoSeedCounts> {
  const directory = new DirectoryRepository(em.connection);
  const counts: ReferralsDemoSeedCounts = { policies: 0, organisations: 0, services: 0, serviceAreas: 0 };
  const add = (key: keyof ReferralsDemoSeedCounts, created: boolean) => {
    if (created) counts[key] += 1;
  };

  add('policies', await directory.insertPolicyIfAbsent(em, { municipality: DEMO_MUNICIPALITY, requireRunts: true }));
  add(
    'organisations',
    await directory.insertOrganisationIfAbsent(em, {
      id: DEMO_ORGANISATION.id,
      municipality: DEMO_MUNICIPALITY,
      name: DEMO_ORGANISATION.name,
      legalForm: DEMO_ORGANISATION.legalForm,
      taxCode: DEMO_ORGANISATION.taxCode,
      runtsNumber: DEMO_ORGANISATION.runtsNumber,
      runtsSection: DEMO_ORGANISATION.runtsSection,
      email: DEMO_ORGANISATION.email,
    }),
  );
  const codes = DEMO_NEIGHBOURHOODS.features.map((f) => f.properties.code);
  for (const s of DEMO_SERVICES) {
    add(
      'services',
      await directory.insertServiceIfAbsent(em, {
        id: s.id,
        organisationId: DEMO_ORGANISATION.id,
        name: s.name,
        status: s.status,
        needs: s.needs,
        capacityStatus: s.capacityStatus,
        capacityAvailable: s.capacityAvailable,
        capacityMaximum: s.capacityMaximum,
        capacityUnit: s.capacityUnit,
      }),
    );
    for (const neighbourhoodCode of codes) {
      add('serviceAreas', await directory.insertServiceAreaIfAbsent(em, { serviceId: s.id, municipality: DEMO_MUNICIPALITY, neighbourhoodCode }));
    }
  }
  return counts;
}

/**
 * Loads the demo directory into the referrals database at `databaseUrl` (already migrated), in
 * one transaction. The subject root is taken so every service's seed is called alike; the
 * directory publishes no events yet, so it is unused.
 */
export async function runReferralsDemoSeed(databaseUrl: string, _root: string): Promise<ReferralsDemoSeedCounts> {
  const ds = new DataSource(dataSourceOptions(databaseUrl, REFERRALS_DATABASE, 2));
  await ds.initialize();
  try {
    return await ds.transaction((em) => seedReferralsDemo(em));
  } finally {
    await ds.destroy();
  }
}
