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
  phone?: string | null;
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
  application_process?: string | null;
  eligibility_description?: string | null;
  fees_description?: string | null;
  minimum_age?: number | null;
  maximum_age?: number | null;
  email?: string | null;
  url?: string | null;
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
  sal_description?: string | null;
  location_description?: string | null;
  transportation?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  city?: string | null;
  postal_code?: string | null;
  state_province?: string | null;
  country?: string | null;
}

/** A phone as stored, with its owner. */
export interface PhoneRow {
  id: string;
  organisation_id: string | null;
  service_id: string | null;
  location_id: string | null;
  service_at_location_id: string | null;
  number: string;
  extension: number | null;
  type: string | null;
  description: string | null;
}

/** Opening hours as stored, with their owner. */
export interface ScheduleRow {
  id: string;
  service_id: string | null;
  location_id: string | null;
  service_at_location_id: string | null;
  freq: string | null;
  interval: number | null;
  byday: string | null;
  bymonthday: string | null;
  opens_at: string | null;
  closes_at: string | null;
  valid_from: string | null;
  valid_to: string | null;
  description: string | null;
  notes: string | null;
  attending_type: string | null;
}

/** Phones and hours of the rows being shown, by owner id. */
export interface Details {
  phones: PhoneRow[];
  schedules: ScheduleRow[];
}

const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as T;

export function hsdsPhone(p: PhoneRow) {
  return defined({
    id: p.id,
    organization_id: p.organisation_id,
    service_id: p.service_id,
    location_id: p.location_id,
    service_at_location_id: p.service_at_location_id,
    number: p.number,
    extension: p.extension,
    type: p.type,
    description: p.description,
  });
}

export function hsdsSchedule(s: ScheduleRow) {
  return defined({
    id: s.id,
    service_id: s.service_id,
    location_id: s.location_id,
    service_at_location_id: s.service_at_location_id,
    valid_from: s.valid_from,
    valid_to: s.valid_to,
    freq: s.freq,
    interval: s.interval,
    byday: s.byday,
    bymonthday: s.bymonthday,
    opens_at: s.opens_at,
    closes_at: s.closes_at,
    description: s.description,
    notes: s.notes,
    attending_type: s.attending_type,
  });
}

/** The organisation's own phone (its record's `phone`) as an HSDS phone, when no listed phone has it (the same id every time, so an export re-imported is the same). */
export function organisationPhoneRow(org: { id: string; phone?: string | null }, listed: { number: string }[]): PhoneRow | null {
  if (!org.phone || listed.some((p) => p.number.replace(/\D/g, '') === org.phone!.replace(/\D/g, ''))) return null;
  return { id: nameUuid(`phone:organisation:${org.id}`), organisation_id: org.id, service_id: null, location_id: null, service_at_location_id: null, number: org.phone, extension: null, type: 'voice', description: null };
}

function withOrganisationPhone(org: OrgRow, phones: ReturnType<typeof hsdsPhone>[]) {
  const own = organisationPhoneRow(org, phones);
  return own ? [hsdsPhone(own), ...phones] : phones;
}

const phonesOf = (d: Details | undefined, key: keyof PhoneRow, id: string) => (d?.phones ?? []).filter((p) => p[key] === id).map(hsdsPhone);
const schedulesOf = (d: Details | undefined, key: keyof ScheduleRow, id: string) => (d?.schedules ?? []).filter((p) => p[key] === id).map(hsdsSchedule);

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
export function hsdsService(s: ServiceRow, org: OrgRow, sals: SalRow[], details?: Details) {
  return {
    ...hsdsServiceSummary(s, org),
    ...defined({
      application_process: s.application_process,
      eligibility_description: s.eligibility_description,
      fees_description: s.fees_description,
      minimum_age: s.minimum_age,
      maximum_age: s.maximum_age,
      email: s.email,
      url: s.url,
    }),
    organization: { ...hsdsOrganization(org), phones: withOrganisationPhone(org, phonesOf(details, 'organisation_id', org.id)) },
    phones: phonesOf(details, 'service_id', s.id),
    schedules: schedulesOf(details, 'service_id', s.id),
    service_areas: s.areas.map((code) => ({
      id: nameUuid(`area:${s.id}:${s.municipality}:${code}`),
      service_id: s.id,
      name: code,
      description: `Quartiere ${code} (ISTAT ${s.municipality})`,
      extent_type: 'neighbourhood',
      extent: `${s.municipality}:${code}`,
    })),
    service_at_locations: sals.map((l) => hsdsServiceAtLocation(l, details)),
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

/** A term of another publisher's taxonomy (kept as it is), as HSDS writes it. */
export function hsdsStoredTerm(t: { id: string; code: string | null; name: string; description: string | null; taxonomy_name: string; taxonomy_id: string | null; term_uri: string | null }) {
  return {
    id: t.id,
    name: t.name,
    description: t.description ?? t.name,
    ...(t.code ? { code: t.code } : {}),
    ...(t.taxonomy_name ? { taxonomy: t.taxonomy_name } : {}),
    ...(t.taxonomy_id ? { taxonomy_id: t.taxonomy_id } : {}),
    ...(t.term_uri ? { term_uri: t.term_uri } : {}),
  };
}

/** A service's attribute for a stored term. */
export function hsdsStoredAttribute(serviceId: string, t: Parameters<typeof hsdsStoredTerm>[0]) {
  return { id: nameUuid(`attr:${serviceId}:${t.id}`), link_id: serviceId, link_type: 'service', link_entity: 'service', taxonomy_term_id: t.id, taxonomy_term: hsdsStoredTerm(t) };
}

export function hsdsAddress(l: SalRow) {
  return {
    id: nameUuid(`address:${l.location_id}`),
    location_id: l.location_id,
    address_1: l.address ?? '',
    city: l.city ?? '',
    state_province: l.state_province ?? '',
    postal_code: l.postal_code ?? '',
    country: l.country ?? 'IT',
    address_type: 'physical',
  };
}

export function hsdsLocation(l: SalRow, details?: Details) {
  return {
    id: l.location_id,
    location_type: 'physical',
    organization_id: l.organisation_id,
    name: l.location_name,
    ...defined({ description: l.location_description, transportation: l.transportation, latitude: l.latitude, longitude: l.longitude }),
    ...(l.address ? { addresses: [hsdsAddress(l)] } : {}),
    phones: phonesOf(details, 'location_id', l.location_id),
    schedules: schedulesOf(details, 'location_id', l.location_id),
  };
}

export function hsdsServiceAtLocation(l: SalRow, details?: Details) {
  return {
    id: l.id,
    service_id: l.service_id,
    location_id: l.location_id,
    ...defined({ description: l.sal_description }),
    phones: phonesOf(details, 'service_at_location_id', l.id),
    schedules: schedulesOf(details, 'service_at_location_id', l.id),
    location: hsdsLocation(l, details),
  };
}
