import { DataSource, EntityManager } from 'typeorm';
import {
  DEMO_DIRECTORY_SERVICES, DEMO_IL_PONTE_DETAILS, DEMO_IL_PONTE_SERVICE_DETAILS, DEMO_MUNICIPALITY, DEMO_NEIGHBOURHOODS, DEMO_ORGANISATION, DEMO_ORGANISATIONS, DEMO_PLACES,
  DEMO_SERVICES, DEMO_TAXONOMY, DemoHours,
} from '@prossimo/demo';
import { dataSourceOptions } from '@prossimo/platform';
import { REFERRALS_DATABASE } from '../database/referrals.database';
import { DirectoryRepository } from '../directory/directory.repository';
import { LocationEntity, OrganisationEntity, ServiceAreaEntity, ServiceAtLocationEntity, ServiceEntity } from '../directory/directory.entities';
import { PhoneEntity, ScheduleEntity, ServiceAttributeEntity, TaxonomyEntity, TaxonomyTermEntity } from '../directory/directory-details.entities';
import { nameUuid } from '../directory/hsds';
import { needsOf } from '../directory/hsds-import';

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

/** What the demo network added (0 everywhere when it was already there). */
export interface ReferralsDemoNetworkCounts {
  organisations: number;
  services: number;
  places: number;
}

/** Inserts unless the id is taken; true when it did. */
async function insertIfAbsent<T extends object>(em: EntityManager, entity: new () => T, row: T, key: string): Promise<boolean> {
  const result = await em.createQueryBuilder().insert().into(entity).values(row).orIgnore().returning([key]).execute();
  return (result.raw as unknown[]).length > 0;
}

const hoursRows = (key: string, hours: DemoHours[] | undefined, owner: Pick<ScheduleEntity, 'serviceId' | 'locationId' | 'serviceAtLocationId'>): ScheduleEntity[] =>
  (hours ?? []).map((h, i) =>
    Object.assign(new ScheduleEntity(), {
      id: nameUuid(`demo:schedule:${key}:${i}`),
      ...owner,
      freq: 'days' in h ? 'WEEKLY' : null,
      interval: null,
      byday: 'days' in h ? h.days : null,
      bymonthday: null,
      opensAt: 'days' in h ? h.opens : null,
      closesAt: 'days' in h ? h.closes : null,
      validFrom: null,
      validTo: null,
      description: 'days' in h ? (h.note ?? null) : h.note,
      notes: null,
      attendingType: 'in person',
    }),
  );

/**
 * The demo's public directory beyond Il Ponte's three services (libs/demo/src/directory.ts): the
 * city's other organisations and services with their places, opening hours and phones, Il Ponte's
 * own public details, and a regional taxonomy's terms (two mapped to needs, two not: the ADMIN's
 * mapping page has work to show). Idempotent: rows already there are left as they are.
 */
export async function seedReferralsDemoNetwork(em: EntityManager): Promise<ReferralsDemoNetworkCounts> {
  const counts: ReferralsDemoNetworkCounts = { organisations: 0, services: 0, places: 0 };
  const codes = DEMO_NEIGHBOURHOODS.features.map((f) => f.properties.code);
  await em.query(`UPDATE organisations SET description = COALESCE(description, $2), website = COALESCE(website, $3) WHERE id = $1`, [DEMO_ORGANISATION.id, DEMO_IL_PONTE_DETAILS.description, DEMO_IL_PONTE_DETAILS.website]);
  const phone = (key: string, number: string, owner: Partial<PhoneEntity>) =>
    insertIfAbsent(em, PhoneEntity, Object.assign(new PhoneEntity(), { id: nameUuid(`demo:phone:${key}`), organisationId: null, serviceId: null, locationId: null, serviceAtLocationId: null, number, extension: null, type: 'voice', description: null, ...owner }), 'id');
  await phone(`org:${DEMO_ORGANISATION.id}`, DEMO_IL_PONTE_DETAILS.phone, { organisationId: DEMO_ORGANISATION.id });
  for (const o of DEMO_ORGANISATIONS) {
    const created = await insertIfAbsent(em, OrganisationEntity, Object.assign(new OrganisationEntity(), {
      id: o.id, municipality: DEMO_MUNICIPALITY, name: o.name, legalForm: o.legalForm, taxCode: o.taxCode, runtsNumber: o.runtsNumber, runtsSection: o.runtsSection,
      email: o.email, phone: null, website: o.website, description: o.description, source: null, externalId: null,
    }), 'id');
    if (created) counts.organisations += 1;
    await phone(`org:${o.id}`, o.phone, { organisationId: o.id });
  }
  for (const p of DEMO_PLACES) {
    const created = await insertIfAbsent(em, LocationEntity, Object.assign(new LocationEntity(), {
      id: p.id, organisationId: p.organisationId, name: p.name, address: p.address, city: 'Cinisello Balsamo', postalCode: '20092', stateProvince: 'MI', country: 'IT',
      description: null, transportation: p.transportation ?? null, latitude: p.lat, longitude: p.lng, source: null, externalId: null,
    }), 'id');
    if (created) {
      counts.places += 1;
      for (const s of hoursRows(`place:${p.id}`, p.hours, { serviceId: null, locationId: p.id, serviceAtLocationId: null })) await insertIfAbsent(em, ScheduleEntity, s, 'id');
    }
  }
  await insertIfAbsent(em, TaxonomyEntity, Object.assign(new TaxonomyEntity(), { id: DEMO_TAXONOMY.id, municipality: DEMO_MUNICIPALITY, name: DEMO_TAXONOMY.name, description: DEMO_TAXONOMY.description, uri: null, version: '2026' }), 'id');
  for (const t of DEMO_TAXONOMY.terms) {
    await insertIfAbsent(em, TaxonomyTermEntity, Object.assign(new TaxonomyTermEntity(), {
      id: t.id, municipality: DEMO_MUNICIPALITY, taxonomyId: DEMO_TAXONOMY.id, taxonomyName: DEMO_TAXONOMY.name, code: t.code, name: t.name, description: null, parentId: null, termUri: null,
      need: t.need, mappedAt: t.need ? new Date('2026-01-15T09:00:00Z') : null, mappedBy: null,
    }), 'id');
  }
  const termByCode = new Map(DEMO_TAXONOMY.terms.map((t) => [t.code, t]));
  const placeLinks = async (serviceId: string, places: { placeId: string; hours?: DemoHours[] }[]) => {
    for (const l of places) {
      const id = nameUuid(`demo:sal:${serviceId}:${l.placeId}`);
      await insertIfAbsent(em, ServiceAtLocationEntity, Object.assign(new ServiceAtLocationEntity(), { id, serviceId, locationId: l.placeId, description: null }), 'id');
      for (const s of hoursRows(`sal:${id}`, l.hours, { serviceId: null, locationId: null, serviceAtLocationId: id })) await insertIfAbsent(em, ScheduleEntity, s, 'id');
    }
  };
  for (const [id, d] of Object.entries(DEMO_IL_PONTE_SERVICE_DETAILS)) {
    await em.query(
      `UPDATE services SET description = COALESCE(description, $2), application_process = COALESCE(application_process, $3), eligibility_description = COALESCE(eligibility_description, $4),
              fees_description = COALESCE(fees_description, $5) WHERE id = $1`,
      [id, d.description, d.applicationProcess, d.eligibility, d.fees],
    );
    await placeLinks(id, d.places);
    if (d.phone) await phone(`service:${id}`, d.phone, { serviceId: id });
  }
  for (const s of DEMO_DIRECTORY_SERVICES) {
    const areas = s.areas === 'all' ? codes : s.areas === 'all-but-crocetta' ? codes.filter((c) => c !== 'crocetta') : s.areas;
    const terms = (s.terms ?? []).map((c) => termByCode.get(c)!);
    const created = await insertIfAbsent(em, ServiceEntity, Object.assign(new ServiceEntity(), {
      id: s.id, organisationId: s.organisationId, name: s.name, description: s.description, status: s.status,
      needs: needsOf(s.needs, terms.map((t) => t.need)), declaredNeeds: s.needs,
      capacityStatus: s.capacityStatus, capacityAvailable: s.capacityAvailable, capacityMaximum: s.capacityMaximum, capacityUnit: s.capacityUnit,
      applicationProcess: s.applicationProcess, eligibilityDescription: s.eligibility, feesDescription: s.fees, minimumAge: s.minimumAge ?? null, maximumAge: s.maximumAge ?? null,
      email: s.email ?? null, url: null, source: null, externalId: null,
    }), 'id');
    if (!created) continue;
    counts.services += 1;
    for (const neighbourhoodCode of areas) await insertIfAbsent(em, ServiceAreaEntity, { serviceId: s.id, municipality: DEMO_MUNICIPALITY, neighbourhoodCode }, 'serviceId');
    for (const t of terms) await insertIfAbsent(em, ServiceAttributeEntity, Object.assign(new ServiceAttributeEntity(), { serviceId: s.id, termId: t.id, value: null }), 'serviceId');
    await placeLinks(s.id, s.places);
    for (const h of hoursRows(`service:${s.id}`, s.hours, { serviceId: s.id, locationId: null, serviceAtLocationId: null })) await insertIfAbsent(em, ScheduleEntity, h, 'id');
    if (s.phone) await phone(`service:${s.id}`, s.phone, { serviceId: s.id });
  }
  return counts;
}

/**
 * Loads the demo directory into the referrals database at `databaseUrl` (already migrated), in
 * one transaction: Il Ponte and its three services always, and with `network` (the launcher's
 * demo, `npm start`) the rest of the city's public directory. The subject root is taken so every
 * service's seed is called alike; the directory publishes no events yet, so it is unused.
 */
export async function runReferralsDemoSeed(databaseUrl: string, _root: string): Promise<ReferralsDemoSeedCounts>;
export async function runReferralsDemoSeed(databaseUrl: string, _root: string, options: { network: true }): Promise<ReferralsDemoSeedCounts & { network: ReferralsDemoNetworkCounts }>;
export async function runReferralsDemoSeed(databaseUrl: string, _root: string, options: { network?: boolean } = {}): Promise<ReferralsDemoSeedCounts & { network?: ReferralsDemoNetworkCounts }> {
  const ds = new DataSource(dataSourceOptions(databaseUrl, REFERRALS_DATABASE, 2));
  await ds.initialize();
  try {
    return await ds.transaction(async (em) => {
      const counts = await seedReferralsDemo(em);
      return options.network ? { ...counts, network: await seedReferralsDemoNetwork(em) } : counts;
    });
  } finally {
    await ds.destroy();
  }
}
