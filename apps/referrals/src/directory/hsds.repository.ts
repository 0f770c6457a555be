import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OrgRow, SalRow, ServiceRow } from './hsds';

export interface ServiceFilter {
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
    const [{ total }] = (await this.ds.query(`SELECT count(*)::int AS total FROM services s ${sql}`, params)) as { total: number }[];
    const rows = (await this.ds.query(
      `SELECT s.id, s.organisation_id, s.name, s.description, s.status, s.needs, s.capacity_status, s.capacity_available, s.capacity_maximum, s.capacity_unit, s.updated_at,
              o.municipality,
              ARRAY(SELECT a.neighbourhood_code FROM service_areas a WHERE a.service_id = s.id ORDER BY 1) AS areas
         FROM services s JOIN organisations o ON o.id = s.organisation_id
         ${sql}
        ORDER BY s.name, s.id
        LIMIT ${limit} OFFSET ${offset}`,
      params,
    )) as ServiceRow[];
    return { total, rows };
  }

  async organisations(ids: string[]): Promise<Map<string, OrgRow>> {
    if (ids.length === 0) return new Map();
    const rows = (await this.ds.query(
      `SELECT id, name, legal_form, tax_code, runts_number, runts_section, email, website, description FROM organisations WHERE id = ANY($1::uuid[])`,
      [ids],
    )) as OrgRow[];
    return new Map(rows.map((r) => [r.id, r]));
  }

  async pageOrganisations(search: string | null, limit: number, offset: number): Promise<{ total: number; rows: OrgRow[] }> {
    const where = search ? `WHERE name ILIKE $1` : '';
    const params = search ? [`%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`] : [];
    const [{ total }] = (await this.ds.query(`SELECT count(*)::int AS total FROM organisations ${where}`, params)) as { total: number }[];
    const rows = (await this.ds.query(
      `SELECT id, name, legal_form, tax_code, runts_number, runts_section, email, website, description FROM organisations ${where} ORDER BY name, id LIMIT ${limit} OFFSET ${offset}`,
      params,
    )) as OrgRow[];
    return { total, rows };
  }

  async serviceAtLocations(serviceIds: string[]): Promise<SalRow[]> {
    if (serviceIds.length === 0) return [];
    return (await this.ds.query(
      `SELECT sl.id, sl.service_id, sl.location_id, l.name AS location_name, l.address, l.organisation_id
         FROM service_at_locations sl JOIN locations l ON l.id = sl.location_id
        WHERE sl.service_id = ANY($1::uuid[]) ORDER BY sl.id`,
      [serviceIds],
    )) as SalRow[];
  }

  async pageServiceAtLocations(f: ServiceFilter, limit: number, offset: number): Promise<{ total: number; rows: SalRow[] }> {
    const { sql, params } = this.serviceWhere(f);
    const from = `FROM service_at_locations sl JOIN locations l ON l.id = sl.location_id JOIN services s ON s.id = sl.service_id ${sql}`;
    const [{ total }] = (await this.ds.query(`SELECT count(*)::int AS total ${from}`, params)) as { total: number }[];
    const rows = (await this.ds.query(
      `SELECT sl.id, sl.service_id, sl.location_id, l.name AS location_name, l.address, l.organisation_id ${from} ORDER BY sl.id LIMIT ${limit} OFFSET ${offset}`,
      params,
    )) as SalRow[];
    return { total, rows };
  }
}
