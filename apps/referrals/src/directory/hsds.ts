import { createHash } from 'node:crypto';
import { NEED_TAXONOMY, Need } from '@prossimo/contracts';

/**
 * Open Referral HSDS 3.0 shapes of the directory (with HSDS 3.1 service_capacity), built from
 * our rows. Pure. Ids HSDS needs that we do not store (taxonomy, terms, service areas, units)
 * are name-based UUIDs (v5-style, SHA-1), so they are stable across runs and replicas.
 */

export const HSDS_VERSION = '3.0';
export const HSDS_PROFILE = 'https://prossimo.example/hsds/profile/it-terzo-settore';
export const TAXONOMY_NAME = 'prossimo-needs';

export function nameUuid(name: string): string {
  const h = createHash('sha1').update(`prossimo:${name}`).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

export const TAXONOMY_ID = nameUuid('taxonomy:needs');
export const FHIR_SDOH_URI = 'http://hl7.org/fhir/us/sdoh-clinicalcare/CodeSystem/SDOHCC-CodeSystemTemporaryCodes';

export function termId(need: Need): string {
  return nameUuid(`term:${NEED_TAXONOMY[need].slug}`);
}

export function needOfTerm(id: string): Need | null {
  return (Object.values(Need) as Need[]).find((n) => termId(n) === id) ?? null;
}

export function needOfSlug(slug: string): Need | null {
  return (Object.values(Need) as Need[]).find((n) => NEED_TAXONOMY[n].slug === slug) ?? null;
}

export function hsdsTaxonomy() {
  return {
    id: TAXONOMY_ID,
    name: TAXONOMY_NAME,
    description: 'Tassonomia dei bisogni di Prossimo, mappata sulle categorie FHIR SDOH / Prossimo needs taxonomy, mapped to FHIR SDOH categories',
    version: '1',
  };
}

export function hsdsTaxonomyTerm(need: Need) {
  const t = NEED_TAXONOMY[need];
  return {
    id: termId(need),
    code: t.slug,
    name: t.slug,
    description: t.sdoh ? `FHIR SDOH: ${t.sdoh}` : 'Nessuna categoria FHIR SDOH / no FHIR SDOH category',
    taxonomy: TAXONOMY_NAME,
    taxonomy_id: TAXONOMY_ID,
    language: 'it',
    taxonomy_detail: hsdsTaxonomy(),
  };
}

export interface OrgRow {
  id: string;
  name: string;
  legal_form: string;
  tax_code: string;
  runts_number: string | null;
  runts_section: string | null;
  email: string | null;
  website: string | null;
  description: string | null;
}

export interface ServiceRow {
  id: string;
  organisation_id: string;
  name: string;
  description: string | null;
  status: string;
  needs: string[];
  capacity_status: string;
  capacity_available: number | null;
  capacity_maximum: number | null;
  capacity_unit: string | null;
  updated_at: Date;
  municipality: string;
  areas: string[];
}

export interface SalRow {
  id: string;
  service_id: string;
  location_id: string;
  location_name: string;
  address: string | null;
  organisation_id: string;
}

export function hsdsOrganization(o: OrgRow) {
  return {
    id: o.id,
    name: o.name,
    description: o.description ?? o.name,
    legal_status: o.legal_form,
    tax_id: o.tax_code,
    tax_status: o.runts_number ? 'ETS (RUNTS)' : 'non iscritto al RUNTS',
    ...(o.email ? { email: o.email } : {}),
    ...(o.website ? { website: o.website } : {}),
    organization_identifiers: o.runts_number
      ? [{ id: nameUuid(`runts:${o.id}`), organization_id: o.id, identifier_scheme: 'RUNTS', identifier_type: `sezione ${o.runts_section ?? '?'}`, identifier: o.runts_number }]
      : [],
  };
}

/** A service in the list shape (compiled/service_list.json): the service and its organisation. */
export function hsdsServiceSummary(s: ServiceRow, org: OrgRow) {
  return {
    id: s.id,
    organization_id: s.organisation_id,
    name: s.name,
    description: s.description ?? '',
    status: s.status,
    last_modified: s.updated_at.toISOString(),
    organization: { id: org.id, name: org.name, description: org.description ?? org.name },
    capacity_status: s.capacity_status,
  };
}

/** HSDS 3.1 service_capacity, when the maximum or availability is known. */
export function hsdsCapacities(s: ServiceRow) {
  if (s.capacity_available === null && s.capacity_maximum === null) return [];
  const unit = s.capacity_unit ?? 'posti';
  return [
    {
      id: nameUuid(`capacity:${s.id}`),
      service_id: s.id,
      unit: { id: nameUuid(`unit:${unit}`), name: unit },
      available: s.capacity_available ?? 0,
      ...(s.capacity_maximum !== null ? { maximum: s.capacity_maximum } : {}),
      updated: s.updated_at.toISOString(),
    },
  ];
}

/** The full service (compiled/service.json), with HSDS 3.1 `capacities` and the FHIR SDOH `capacity_status` beside. */
export function hsdsService(s: ServiceRow, org: OrgRow, sals: SalRow[]) {
  return {
    ...hsdsServiceSummary(s, org),
    organization: hsdsOrganization(org),
    service_areas: s.areas.map((code) => ({
      id: nameUuid(`area:${s.id}:${s.municipality}:${code}`),
      service_id: s.id,
      name: code,
      description: `Quartiere ${code} (ISTAT ${s.municipality})`,
      extent_type: 'neighbourhood',
      extent: `${s.municipality}:${code}`,
    })),
    service_at_locations: sals.map(hsdsServiceAtLocation),
    attributes: (s.needs as Need[]).map((n) => ({
      id: nameUuid(`attr:${s.id}:${n}`),
      link_id: s.id,
      link_type: 'service',
      link_entity: 'service',
      taxonomy_term_id: termId(n),
      value: NEED_TAXONOMY[n].slug,
      taxonomy_term: hsdsTaxonomyTerm(n),
    })),
    capacities: hsdsCapacities(s),
  };
}

export function hsdsServiceAtLocation(l: SalRow) {
  return {
    id: l.id,
    service_id: l.service_id,
    location_id: l.location_id,
    location: {
      id: l.location_id,
      location_type: 'physical',
      organization_id: l.organisation_id,
      name: l.location_name,
      ...(l.address ? { addresses: [{ id: nameUuid(`address:${l.location_id}`), location_id: l.location_id, attention: '', address_1: l.address, city: '', region: '', state_province: '', postal_code: '', country: 'IT', address_type: 'physical' }] } : {}),
    },
  };
}
