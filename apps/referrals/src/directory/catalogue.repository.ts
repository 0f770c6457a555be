import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Need } from '@prossimo/contracts';
import { Keyset, KeysetValues } from '@prossimo/platform';

/** The catalogue's order: by name, then id. */
export const CATALOGUE_BY_NAME = new Keyset('ASC', [['s.name', 'text'], ['s.id', 'uuid']]);

export interface CatalogueFilter {
  municipality: string | null;
  need: Need | null;
  neighbourhoodCode: string | null;
  search: string | null;
  availableNow: boolean;
  /** Keyset: services after (name, id). */
  after: KeysetValues<typeof CATALOGUE_BY_NAME.columns> | null;
  /** One service by id (its page). */
  id: string | null;
  /** Any status (its editors' view); the public sees only active and temporarily closed services. */
  anyStatus?: boolean;
}

export interface CatalogueRow {
  id: string;
  name: string;
  description: string | null;
  status: string;
  organisation_id: string;
  organisation_name: string;
  organisation_description: string | null;
  organisation_legal_form: string | null;
  organisation_website: string | null;
  organisation_email: string | null;
  organisation_phone: string | null;
  municipality: string;
  needs: string[];
  areas: string[];
  capacity_status: string;
  capacity_available: number | null;
  capacity_maximum: number | null;
  capacity_unit: string | null;
  application_process: string | null;
  eligibility_description: string | null;
  fees_description: string | null;
  minimum_age: number | null;
  maximum_age: number | null;
  email: string | null;
  url: string | null;
  updated_at: Date;
  places: { name: string; address: string | null }[];
}

/** Services a resident can find: active, or temporarily closed (said so on the page). Never inactive or defunct ones. */
export const LISTED_STATUSES = ['active', 'temporarily closed'];

/** Taking people now: active with capacity, and a place free when it counts places. */
export const AVAILABLE_NOW_SQL = `(s.status = 'active' AND s.capacity_status = 'capacity' AND (s.capacity_available IS NULL OR s.capacity_available > 0))`;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The residents' catalogue: public fields of services, their organisation and their places; never a referral. */
@Injectable()
export class CatalogueRepository {
  constructor(private readonly ds: DataSource) {}

  async find(f: CatalogueFilter, limit: number): Promise<CatalogueRow[]> {
    const params: unknown[] = [f.anyStatus ? ['active', 'inactive', 'defunct', 'temporarily closed'] : LISTED_STATUSES];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const where = ['s.status = ANY($1::text[])'];
    if (f.id) where.push(`s.id = ${p(f.id)}`);
    if (f.municipality) where.push(`o.municipality = ${p(f.municipality)}`);
    if (f.need) where.push(`${p(f.need)} = ANY(s.needs)`);
    if (f.neighbourhoodCode) where.push(`EXISTS (SELECT 1 FROM service_areas a WHERE a.service_id = s.id AND a.municipality = o.municipality AND a.neighbourhood_code = ${p(f.neighbourhoodCode)})`);
    if (f.search) {
      const like = p(`%${escapeLike(f.search.trim())}%`);
      where.push(`(s.name ILIKE ${like} OR coalesce(s.description, '') ILIKE ${like} OR o.name ILIKE ${like} OR coalesce(s.eligibility_description, '') ILIKE ${like})`);
    }
    if (f.availableNow) where.push(AVAILABLE_NOW_SQL);
    if (f.after) where.push(CATALOGUE_BY_NAME.after(f.after, p));
    return await this.ds.query<CatalogueRow[]>(
      `SELECT s.id, s.name, s.description, s.status, s.organisation_id, o.name AS organisation_name, o.description AS organisation_description,
              o.legal_form AS organisation_legal_form, o.website AS organisation_website, o.email AS organisation_email, o.phone AS organisation_phone, o.municipality,
              s.needs, s.capacity_status, s.capacity_available, s.capacity_maximum, s.capacity_unit, s.application_process, s.eligibility_description,
              s.fees_description, s.minimum_age, s.maximum_age, s.email, s.url, s.updated_at,
              ARRAY(SELECT a.neighbourhood_code FROM service_areas a WHERE a.service_id = s.id AND a.municipality = o.municipality ORDER BY 1) AS areas,
              coalesce((SELECT json_agg(json_build_object('name', x.name, 'address', x.address) ORDER BY x.name)
                          FROM (SELECT l.name, l.address FROM service_at_locations sl JOIN locations l ON l.id = sl.location_id
                                 WHERE sl.service_id = s.id ORDER BY l.name, l.id LIMIT 3) x), '[]'::json) AS places
         FROM services s JOIN organisations o ON o.id = s.organisation_id
        WHERE ${where.join(' AND ')}
        ORDER BY ${CATALOGUE_BY_NAME.orderBy()}
        LIMIT ${Math.max(1, Math.floor(limit))}`,
      params,
    );
  }
}
