import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { LocationEntity, OrganisationEntity, ServiceAreaEntity, ServiceAtLocationEntity, ServiceEntity } from './directory.entities';
import { PhoneEntity, ScheduleEntity, ServiceAttributeEntity, TaxonomyEntity, TaxonomyTermEntity } from './directory-details.entities';
import { IdTable } from './hsds-import';

/** The municipality a row of each table belongs to, as SQL over `t` (the table's alias). */
const MUNICIPALITY_OF: Record<IdTable, { table: string; municipality: string }> = {
  organizations: { table: 'organisations', municipality: 't.municipality' },
  services: { table: 'services', municipality: '(SELECT o.municipality FROM organisations o WHERE o.id = t.organisation_id)' },
  locations: { table: 'locations', municipality: '(SELECT o.municipality FROM organisations o WHERE o.id = t.organisation_id)' },
  service_at_locations: { table: 'service_at_locations', municipality: '(SELECT o.municipality FROM services s JOIN organisations o ON o.id = s.organisation_id WHERE s.id = t.service_id)' },
  phones: {
    table: 'phones',
    municipality: `COALESCE((SELECT o.municipality FROM organisations o WHERE o.id = t.organisation_id),
      (SELECT o.municipality FROM services s JOIN organisations o ON o.id = s.organisation_id WHERE s.id = t.service_id),
      (SELECT o.municipality FROM locations l JOIN organisations o ON o.id = l.organisation_id WHERE l.id = t.location_id),
      (SELECT o.municipality FROM service_at_locations x JOIN services s ON s.id = x.service_id JOIN organisations o ON o.id = s.organisation_id WHERE x.id = t.service_at_location_id))`,
  },
  schedules: {
    table: 'schedules',
    municipality: `COALESCE((SELECT o.municipality FROM services s JOIN organisations o ON o.id = s.organisation_id WHERE s.id = t.service_id),
      (SELECT o.municipality FROM locations l JOIN organisations o ON o.id = l.organisation_id WHERE l.id = t.location_id),
      (SELECT o.municipality FROM service_at_locations x JOIN services s ON s.id = x.service_id JOIN organisations o ON o.id = s.organisation_id WHERE x.id = t.service_at_location_id))`,
  },
  taxonomies: { table: 'taxonomies', municipality: 't.municipality' },
  taxonomy_terms: { table: 'taxonomy_terms', municipality: 't.municipality' },
};

export interface OwnerIds {
  organisationIds: string[];
  serviceIds: string[];
  locationIds: string[];
  serviceAtLocationIds: string[];
}

/** The directory's rows as an HSDS import reads and writes them (one transaction, the caller's). */
@Injectable()
export class HsdsImportRepository {
  constructor(private readonly ds: DataSource) {}

  /** One import at a time per municipality (two ADMINs importing at once would race on the same rows). */
  async lockImports(em: EntityManager, municipality: string): Promise<void> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtext('directory-import:' || $1))`, [municipality]);
  }

  /** Of `ids`, those a row of `table` already has: `here` in this municipality, `elsewhere` in another. */
  async placeOf(em: EntityManager, table: IdTable, ids: string[], municipality: string): Promise<{ here: Set<string>; elsewhere: Set<string> }> {
    const here = new Set<string>();
    const elsewhere = new Set<string>();
    if (ids.length === 0) return { here, elsewhere };
    const m = MUNICIPALITY_OF[table];
    const rows = await em.query<{ id: string; municipality: string | null }[]>(`SELECT t.id::text AS id, ${m.municipality} AS municipality FROM ${m.table} t WHERE t.id = ANY($1::uuid[])`, [ids]);
    for (const r of rows) (r.municipality === municipality ? here : elsewhere).add(r.id);
    return { here, elsewhere };
  }

  organisations(em: EntityManager, ids: string[]): Promise<OrganisationEntity[]> {
    return ids.length ? em.find(OrganisationEntity, { where: { id: In(ids) } }) : Promise.resolve([]);
  }

  /** Organisations of the municipality holding one of these tax codes. */
  organisationsByTaxCode(em: EntityManager, municipality: string, taxCodes: string[]): Promise<OrganisationEntity[]> {
    return taxCodes.length ? em.find(OrganisationEntity, { where: { municipality, taxCode: In(taxCodes) } }) : Promise.resolve([]);
  }

  async saveOrganisation(em: EntityManager, o: OrganisationEntity): Promise<void> {
    await em.upsert(OrganisationEntity, o, ['id']);
  }

  services(em: EntityManager, ids: string[]): Promise<ServiceEntity[]> {
    return ids.length ? em.find(ServiceEntity, { where: { id: In(ids) }, lock: { mode: 'pessimistic_write' } }) : Promise.resolve([]);
  }

  async saveService(em: EntityManager, s: ServiceEntity): Promise<void> {
    await em.upsert(ServiceEntity, s, ['id']);
  }

  async areasOf(em: EntityManager, serviceIds: string[], municipality: string): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    if (!serviceIds.length) return out;
    const rows = await em.find(ServiceAreaEntity, { where: { serviceId: In(serviceIds), municipality }, order: { neighbourhoodCode: 'ASC' } });
    for (const r of rows) out.set(r.serviceId, [...(out.get(r.serviceId) ?? []), r.neighbourhoodCode]);
    return out;
  }

  async replaceAreas(em: EntityManager, serviceId: string, municipality: string, codes: string[]): Promise<void> {
    await em.delete(ServiceAreaEntity, { serviceId, municipality });
    if (codes.length) await em.insert(ServiceAreaEntity, codes.map((neighbourhoodCode) => ({ serviceId, municipality, neighbourhoodCode })));
  }

  async attributesOf(em: EntityManager, serviceIds: string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    if (!serviceIds.length) return out;
    const rows = await em.find(ServiceAttributeEntity, { where: { serviceId: In(serviceIds) } });
    for (const r of rows) out.set(r.serviceId, [...(out.get(r.serviceId) ?? []), r.termId].sort());
    return out;
  }

  async replaceAttributes(em: EntityManager, serviceId: string, termIds: string[]): Promise<void> {
    await em.delete(ServiceAttributeEntity, { serviceId });
    if (termIds.length) await em.insert(ServiceAttributeEntity, termIds.map((termId) => ({ serviceId, termId, value: null })));
  }

  /** The need each term maps to (null: none). */
  async termNeeds(em: EntityManager, termIds: string[]): Promise<Map<string, string | null>> {
    if (!termIds.length) return new Map();
    const rows = await em.find(TaxonomyTermEntity, { where: { id: In(termIds) }, select: { id: true, need: true } });
    return new Map(rows.map((r) => [r.id, r.need]));
  }

  taxonomies(em: EntityManager, ids: string[]): Promise<TaxonomyEntity[]> {
    return ids.length ? em.find(TaxonomyEntity, { where: { id: In(ids) } }) : Promise.resolve([]);
  }

  async saveTaxonomy(em: EntityManager, t: TaxonomyEntity): Promise<void> {
    await em.upsert(TaxonomyEntity, t, ['id']);
  }

  terms(em: EntityManager, ids: string[]): Promise<TaxonomyTermEntity[]> {
    return ids.length ? em.find(TaxonomyTermEntity, { where: { id: In(ids) } }) : Promise.resolve([]);
  }

  async saveTerm(em: EntityManager, t: TaxonomyTermEntity): Promise<void> {
    await em.upsert(TaxonomyTermEntity, t, ['id']);
  }

  locations(em: EntityManager, ids: string[]): Promise<LocationEntity[]> {
    return ids.length ? em.find(LocationEntity, { where: { id: In(ids) } }) : Promise.resolve([]);
  }

  async saveLocation(em: EntityManager, l: LocationEntity): Promise<void> {
    await em.upsert(LocationEntity, l, ['id']);
  }

  places(em: EntityManager, ids: string[]): Promise<ServiceAtLocationEntity[]> {
    return ids.length ? em.find(ServiceAtLocationEntity, { where: { id: In(ids) } }) : Promise.resolve([]);
  }

  /** A service at a location: the pair is unique, so an existing pair under another id is replaced by this one. */
  async savePlace(em: EntityManager, p: ServiceAtLocationEntity): Promise<void> {
    await em.query(`DELETE FROM service_at_locations WHERE service_id = $1 AND location_id = $2 AND id <> $3`, [p.serviceId, p.locationId, p.id]);
    await em.upsert(ServiceAtLocationEntity, p, ['id']);
  }

  /** The phones of these owners. */
  async phonesOf(em: EntityManager, o: OwnerIds): Promise<PhoneEntity[]> {
    return em.query<PhoneEntity[]>(
      `SELECT id, organisation_id AS "organisationId", service_id AS "serviceId", location_id AS "locationId", service_at_location_id AS "serviceAtLocationId",
              number, extension, type, description
         FROM phones WHERE organisation_id = ANY($1::uuid[]) OR service_id = ANY($2::uuid[]) OR location_id = ANY($3::uuid[]) OR service_at_location_id = ANY($4::uuid[])`,
      [o.organisationIds, o.serviceIds, o.locationIds, o.serviceAtLocationIds],
    );
  }

  async schedulesOf(em: EntityManager, o: OwnerIds): Promise<ScheduleEntity[]> {
    return em.query<ScheduleEntity[]>(
      `SELECT id, service_id AS "serviceId", location_id AS "locationId", service_at_location_id AS "serviceAtLocationId", freq, interval, byday, bymonthday,
              opens_at AS "opensAt", closes_at AS "closesAt", to_char(valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(valid_to, 'YYYY-MM-DD') AS "validTo",
              description, notes, attending_type AS "attendingType"
         FROM schedules WHERE service_id = ANY($1::uuid[]) OR location_id = ANY($2::uuid[]) OR service_at_location_id = ANY($3::uuid[])`,
      [o.serviceIds, o.locationIds, o.serviceAtLocationIds],
    );
  }

  async deletePhones(em: EntityManager, ids: string[]): Promise<void> {
    if (ids.length) await em.delete(PhoneEntity, { id: In(ids) });
  }

  async deleteSchedules(em: EntityManager, ids: string[]): Promise<void> {
    if (ids.length) await em.delete(ScheduleEntity, { id: In(ids) });
  }

  async savePhone(em: EntityManager, p: PhoneEntity): Promise<void> {
    await em.upsert(PhoneEntity, p, ['id']);
  }

  async saveSchedule(em: EntityManager, s: ScheduleEntity): Promise<void> {
    await em.upsert(ScheduleEntity, s, ['id']);
  }

  /** Terms of the municipality with no need that some service carries. */
  async countUnmappedTerms(em: EntityManager, municipality: string): Promise<number> {
    const [row] = await em.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM taxonomy_terms t WHERE t.municipality = $1 AND t.need IS NULL AND EXISTS (SELECT 1 FROM service_attributes a WHERE a.term_id = t.id)`,
      [municipality],
    );
    return row.n;
  }
}
