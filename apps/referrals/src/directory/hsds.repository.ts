import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Details, OrgRow, PhoneRow, SalRow, ScheduleRow, ServiceRow } from './hsds';
import { ExportRows } from './hsds-export';

export const SAL_COLUMNS = `sl.id, sl.service_id, sl.location_id, l.name AS location_name, l.address, l.organisation_id, sl.description AS sal_description,
  l.description AS location_description, l.transportation, l.latitude, l.longitude, l.city, l.postal_code, l.state_province, l.country`;

export const SCHEDULE_COLUMNS = `id, service_id, location_id, service_at_location_id, freq, interval, byday, bymonthday, opens_at, closes_at,
  to_char(valid_from, 'YYYY-MM-DD') AS valid_from, to_char(valid_to, 'YYYY-MM-DD') AS valid_to, description, notes, attending_type`;

export interface ServiceFilter {
  /** Another publisher's term or taxonomy: the services carrying it. */
  termId: string | null;
  taxonomyId: string | null;
  search: string | null;
  organisationId: string | null;
  need: string | null;
  modifiedAfter: string | null;
  municipality: string | null;
  neighbourhood: string | null;
  status: string | null;
  serviceId: string | null;
}

/** Reads of the public directory: only organisations, services, areas and locations; never a referral. */
@Injectable()
export class HsdsRepository {
  constructor(private readonly ds: DataSource) {}

  private serviceWhere(f: ServiceFilter): { sql: string; params: unknown[] } {
    const params: unknown[] = [];
    const where: string[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    if (f.search) where.push(`(s.name ILIKE ${p(`%${f.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)} OR coalesce(s.description, '') ILIKE $${params.length})`);
    if (f.organisationId) where.push(`s.organisation_id = ${p(f.organisationId)}`);
    if (f.need) where.push(`${p(f.need)} = ANY(s.needs)`);
    if (f.modifiedAfter) where.push(`s.updated_at >= ${p(f.modifiedAfter)}::timestamptz`);
    if (f.status) where.push(`s.status = ${p(f.status)}`);
    if (f.serviceId) where.push(`s.id = ${p(f.serviceId)}`);
    if (f.termId) where.push(`EXISTS (SELECT 1 FROM service_attributes sa WHERE sa.service_id = s.id AND sa.term_id = ${p(f.termId)})`);
    if (f.taxonomyId) where.push(`EXISTS (SELECT 1 FROM service_attributes sa JOIN taxonomy_terms tt ON tt.id = sa.term_id WHERE sa.service_id = s.id AND tt.taxonomy_id = ${p(f.taxonomyId)})`);
    if (f.municipality || f.neighbourhood) {
      const conds = ['a.service_id = s.id'];
      if (f.municipality) conds.push(`a.municipality = ${p(f.municipality)}`);
      if (f.neighbourhood) conds.push(`a.neighbourhood_code = ${p(f.neighbourhood)}`);
      where.push(`EXISTS (SELECT 1 FROM service_areas a WHERE ${conds.join(' AND ')})`);
    }
    return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
  }

  async pageServices(f: ServiceFilter, limit: number, offset: number): Promise<{ total: number; rows: ServiceRow[] }> {
    const { sql, params } = this.serviceWhere(f);
    const [{ total }] = await this.ds.query<{ total: number }[]>(`SELECT count(*)::int AS total FROM services s ${sql}`, params);
    const rows = await this.ds.query<ServiceRow[]>(
      `SELECT s.id, s.organisation_id, s.name, s.description, s.status, s.needs, s.capacity_status, s.capacity_available, s.capacity_maximum, s.capacity_unit, s.updated_at,
              s.application_process, s.eligibility_description, s.fees_description, s.minimum_age, s.maximum_age, s.email, s.url,
              o.municipality,
              ARRAY(SELECT a.neighbourhood_code FROM service_areas a WHERE a.service_id = s.id ORDER BY 1) AS areas
         FROM services s JOIN organisations o ON o.id = s.organisation_id
         ${sql}
        ORDER BY s.name, s.id
        LIMIT ${limit} OFFSET ${offset}`,
      params,
    );
    return { total, rows };
  }

  async organisations(ids: string[]): Promise<Map<string, OrgRow>> {
    if (ids.length === 0) return new Map();
    const rows = await this.ds.query<OrgRow[]>(
      `SELECT id, name, legal_form, tax_code, runts_number, runts_section, email, phone, website, description FROM organisations WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r]));
  }

  async pageOrganisations(search: string | null, limit: number, offset: number): Promise<{ total: number; rows: OrgRow[] }> {
    const where = search ? `WHERE name ILIKE $1` : '';
    const params = search ? [`%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`] : [];
    const [{ total }] = await this.ds.query<{ total: number }[]>(`SELECT count(*)::int AS total FROM organisations ${where}`, params);
    const rows = await this.ds.query<OrgRow[]>(
      `SELECT id, name, legal_form, tax_code, runts_number, runts_section, email, website, description FROM organisations ${where} ORDER BY name, id LIMIT ${limit} OFFSET ${offset}`,
      params,
    );
    return { total, rows };
  }

  async serviceAtLocations(serviceIds: string[]): Promise<SalRow[]> {
    if (serviceIds.length === 0) return [];
    return await this.ds.query<SalRow[]>(
      `SELECT ${SAL_COLUMNS}
         FROM service_at_locations sl JOIN locations l ON l.id = sl.location_id
        WHERE sl.service_id = ANY($1::uuid[]) ORDER BY l.name, sl.id`,
      [serviceIds],
    );
  }

  /** The phones and opening hours of these organisations, services, locations and services at locations. */
  async details(ids: { organisations?: string[]; services?: string[]; locations?: string[]; places?: string[] }): Promise<Details> {
    const [o, s, l, p] = [ids.organisations ?? [], ids.services ?? [], ids.locations ?? [], ids.places ?? []];
    if (o.length + s.length + l.length + p.length === 0) return { phones: [], schedules: [] };
    const phones = await this.ds.query<PhoneRow[]>(
      `SELECT id, organisation_id, service_id, location_id, service_at_location_id, number, extension, type, description FROM phones
        WHERE organisation_id = ANY($1::uuid[]) OR service_id = ANY($2::uuid[]) OR location_id = ANY($3::uuid[]) OR service_at_location_id = ANY($4::uuid[])
        ORDER BY id`,
      [o, s, l, p],
    );
    const schedules = await this.ds.query<ScheduleRow[]>(
      `SELECT ${SCHEDULE_COLUMNS} FROM schedules
        WHERE service_id = ANY($1::uuid[]) OR location_id = ANY($2::uuid[]) OR service_at_location_id = ANY($3::uuid[])
        ORDER BY id`,
      [s, l, p],
    );
    return { phones, schedules };
  }

  async pageServiceAtLocations(f: ServiceFilter, limit: number, offset: number): Promise<{ total: number; rows: SalRow[] }> {
    const { sql, params } = this.serviceWhere(f);
    const from = `FROM service_at_locations sl JOIN locations l ON l.id = sl.location_id JOIN services s ON s.id = sl.service_id ${sql}`;
    const [{ total }] = await this.ds.query<{ total: number }[]>(`SELECT count(*)::int AS total ${from}`, params);
    const rows = await this.ds.query<SalRow[]>(
      `SELECT ${SAL_COLUMNS} ${from} ORDER BY sl.id LIMIT ${limit} OFFSET ${offset}`,
      params,
    );
    return { total, rows };
  }

  /** Everything the export writes, of one municipality (or of all): public rows only. */
  async exportRows(municipality: string | null): Promise<ExportRows> {
    const m = municipality;
    const q = <T>(sql: string) => this.ds.query<T[]>(sql, [m]);
    const orgIn = `(SELECT id FROM organisations WHERE $1::text IS NULL OR municipality = $1)`;
    const svcIn = `(SELECT s.id FROM services s WHERE s.organisation_id IN ${orgIn})`;
    const locIn = `(SELECT l.id FROM locations l WHERE l.organisation_id IN ${orgIn})`;
    const salIn = `(SELECT x.id FROM service_at_locations x WHERE x.service_id IN ${svcIn})`;
    return {
      organisations: await q(`SELECT id, name, description, legal_form, tax_code, runts_number, runts_section, email, phone, website FROM organisations WHERE id IN ${orgIn} ORDER BY name, id`),
      services: await q(
        `SELECT s.id, s.organisation_id, s.name, s.description, s.status, s.needs, o.municipality, s.application_process, s.eligibility_description, s.fees_description,
                s.minimum_age, s.maximum_age, s.email, s.url, s.capacity_status, s.capacity_available, s.capacity_maximum, s.capacity_unit, s.updated_at,
                ARRAY(SELECT a.neighbourhood_code FROM service_areas a WHERE a.service_id = s.id AND a.municipality = o.municipality ORDER BY 1) AS areas,
                ARRAY(SELECT a.term_id::text FROM service_attributes a WHERE a.service_id = s.id ORDER BY 1) AS term_ids
           FROM services s JOIN organisations o ON o.id = s.organisation_id WHERE s.id IN ${svcIn} ORDER BY s.name, s.id`,
      ),
      locations: await q(
        `SELECT id, organisation_id, name, description, transportation, latitude, longitude, address, city, postal_code, state_province, country FROM locations WHERE id IN ${locIn} ORDER BY name, id`,
      ),
      places: await q(`SELECT id, service_id, location_id, description FROM service_at_locations WHERE id IN ${salIn} ORDER BY id`),
      phones: await q(
        `SELECT id, organisation_id, service_id, location_id, service_at_location_id, number, extension, type, description FROM phones
          WHERE organisation_id IN ${orgIn} OR service_id IN ${svcIn} OR location_id IN ${locIn} OR service_at_location_id IN ${salIn} ORDER BY id`,
      ),
      schedules: await q(
        `SELECT ${SCHEDULE_COLUMNS} FROM schedules WHERE service_id IN ${svcIn} OR location_id IN ${locIn} OR service_at_location_id IN ${salIn} ORDER BY id`,
      ),
      taxonomies: await q(`SELECT id, name, description, uri, version FROM taxonomies WHERE $1::text IS NULL OR municipality = $1 ORDER BY name, id`),
      terms: await q(
        `SELECT id, taxonomy_id, taxonomy_name, code, name, description, term_uri FROM taxonomy_terms t
          WHERE ($1::text IS NULL OR municipality = $1) AND EXISTS (SELECT 1 FROM service_attributes a WHERE a.term_id = t.id) ORDER BY taxonomy_name, name, id`,
      ),
    };
  }

  /** Other publishers' taxonomies kept here (a few per municipality; bounded). */
  storedTaxonomies(): Promise<StoredTaxonomy[]> {
    return this.ds.query<StoredTaxonomy[]>(`SELECT id, name, description, uri, version FROM taxonomies ORDER BY name, id LIMIT 1000`);
  }

  /** Their terms some service carries (bounded), optionally of one taxonomy, with their services when asked. */
  storedTerms(taxonomyId: string | null): Promise<StoredTerm[]> {
    return this.ds.query<StoredTerm[]>(
      `SELECT t.id, t.code, t.name, t.description, t.taxonomy_name, t.taxonomy_id, t.term_uri, NULL::uuid AS service_id FROM taxonomy_terms t
        WHERE ($1::uuid IS NULL OR t.taxonomy_id = $1) AND EXISTS (SELECT 1 FROM service_attributes a WHERE a.term_id = t.id)
        ORDER BY t.taxonomy_name, t.name, t.id LIMIT 10000`,
      [taxonomyId],
    );
  }

  /** The stored terms of these services. */
  termsOf(serviceIds: string[]): Promise<StoredTerm[]> {
    if (serviceIds.length === 0) return Promise.resolve([]);
    return this.ds.query<StoredTerm[]>(
      `SELECT t.id, t.code, t.name, t.description, t.taxonomy_name, t.taxonomy_id, t.term_uri, a.service_id FROM service_attributes a JOIN taxonomy_terms t ON t.id = a.term_id
        WHERE a.service_id = ANY($1::uuid[]) ORDER BY t.taxonomy_name, t.name, t.id`,
      [serviceIds],
    );
  }
}

export interface StoredTaxonomy {
  id: string;
  name: string;
  description: string | null;
  uri: string | null;
  version: string | null;
}

export interface StoredTerm {
  id: string;
  code: string | null;
  name: string;
  description: string | null;
  taxonomy_name: string;
  taxonomy_id: string | null;
  term_uri: string | null;
  service_id: string | null;
}
