import { NEED_TAXONOMY, Need } from '@prossimo/contracts';
import { HSDS_PROFILE, TAXONOMY_ID, TAXONOMY_NAME, hsdsTaxonomy, hsdsTaxonomyTerm, nameUuid, organisationPhoneRow, termId } from './hsds';

/**
 * The public directory as an Open Referral HSDS 3.0 tabular data package (datapackage.json and
 * one CSV per table, as the specification names them; service_capacity and units from 3.1), so
 * another system (a region, a WeMi-like portal) can take it, and Prossimo can take it back: an
 * export re-imported into an empty directory gives the same directory. Pure: rows in, files out.
 * One Prossimo column beside HSDS's: services.csv `capacity_status` (the FHIR SDOH capacity code).
 */

export interface ExportOrganisation {
  id: string; name: string; phone?: string | null; description: string | null; legal_form: string | null; tax_code: string | null; runts_number: string | null; runts_section: string | null;
  email: string | null; website: string | null;
}
export interface ExportService {
  id: string; organisation_id: string; name: string; description: string | null; status: string; needs: string[]; areas: string[]; municipality: string;
  application_process: string | null; eligibility_description: string | null; fees_description: string | null; minimum_age: number | null; maximum_age: number | null;
  email: string | null; url: string | null; capacity_status: string; capacity_available: number | null; capacity_maximum: number | null; capacity_unit: string | null;
  updated_at: Date; term_ids: string[];
}
export interface ExportLocation {
  id: string; organisation_id: string; name: string; description: string | null; transportation: string | null; latitude: number | null; longitude: number | null;
  address: string | null; city: string | null; postal_code: string | null; state_province: string | null; country: string | null;
}
export interface ExportPlace { id: string; service_id: string; location_id: string; description: string | null }
export interface ExportPhone {
  id: string; organisation_id: string | null; service_id: string | null; location_id: string | null; service_at_location_id: string | null; number: string;
  extension: number | null; type: string | null; description: string | null;
}
export interface ExportSchedule {
  id: string; service_id: string | null; location_id: string | null; service_at_location_id: string | null; freq: string | null; interval: number | null; byday: string | null;
  bymonthday: string | null; opens_at: string | null; closes_at: string | null; valid_from: string | null; valid_to: string | null; description: string | null;
  notes: string | null; attending_type: string | null;
}
export interface ExportTaxonomy { id: string; name: string; description: string | null; uri: string | null; version: string | null }
export interface ExportTerm { id: string; taxonomy_id: string | null; taxonomy_name: string; code: string | null; name: string; description: string | null; term_uri: string | null }

export interface ExportRows {
  organisations: ExportOrganisation[];
  services: ExportService[];
  locations: ExportLocation[];
  places: ExportPlace[];
  phones: ExportPhone[];
  schedules: ExportSchedule[];
  taxonomies: ExportTaxonomy[];
  terms: ExportTerm[];
}

type Cell = string | number | null | undefined;
type FieldType = 'string' | 'number' | 'integer' | 'datetime' | 'date';

/** One table: its HSDS object name, file, fields (name and type) and rows. */
interface Table {
  name: string;
  path: string;
  fields: [string, FieldType, boolean?][];
  rows: Record<string, Cell>[];
}

/** RFC 4180: quotes around cells holding a comma, a quote or a line break; CRLF line ends. */
export function toCsv(columns: string[], rows: Record<string, Cell>[]): string {
  const cell = (v: Cell) => {
    if (v === null || v === undefined) return '';
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\r\n') + '\r\n';
}

/** An address needs street, city, province and postal code in HSDS: one missing, the location goes without it. */
const fullAddress = (l: ExportLocation) => !!(l.address && l.city && l.state_province && l.postal_code);

export function buildExport(rows: ExportRows, meta: { municipality: string | null; now: Date }): Record<string, string> {
  const needs = (Object.keys(NEED_TAXONOMY) as Need[]);
  const tables: Table[] = [
    {
      name: 'organization', path: 'organizations.csv',
      fields: [['id', 'string', true], ['name', 'string', true], ['description', 'string', true], ['email', 'string'], ['website', 'string'], ['tax_status', 'string'], ['tax_id', 'string'], ['legal_status', 'string']],
      rows: rows.organisations.map((o) => ({
        id: o.id, name: o.name, description: o.description ?? o.name, email: o.email, website: o.website,
        tax_status: o.runts_number ? 'ETS (RUNTS)' : 'non iscritto al RUNTS', tax_id: o.tax_code, legal_status: o.legal_form,
      })),
    },
    {
      name: 'organization_identifier', path: 'organization_identifiers.csv',
      fields: [['id', 'string', true], ['organization_id', 'string', true], ['identifier_scheme', 'string'], ['identifier_type', 'string', true], ['identifier', 'string', true]],
      rows: rows.organisations.filter((o) => o.runts_number).map((o) => ({
        id: nameUuid(`runts:${o.id}`), organization_id: o.id, identifier_scheme: 'RUNTS', identifier_type: `sezione ${o.runts_section ?? '?'}`, identifier: o.runts_number,
      })),
    },
    {
      name: 'service', path: 'services.csv',
      fields: [
        ['id', 'string', true], ['organization_id', 'string', true], ['name', 'string', true], ['description', 'string'], ['url', 'string'], ['email', 'string'], ['status', 'string', true],
        ['application_process', 'string'], ['fees_description', 'string'], ['eligibility_description', 'string'], ['minimum_age', 'number'], ['maximum_age', 'number'],
        ['last_modified', 'datetime'], ['capacity_status', 'string'],
      ],
      rows: rows.services.map((s) => ({
        id: s.id, organization_id: s.organisation_id, name: s.name, description: s.description, url: s.url, email: s.email, status: s.status,
        application_process: s.application_process, fees_description: s.fees_description, eligibility_description: s.eligibility_description,
        minimum_age: s.minimum_age, maximum_age: s.maximum_age, last_modified: new Date(s.updated_at).toISOString(), capacity_status: s.capacity_status,
      })),
    },
    {
      name: 'location', path: 'locations.csv',
      fields: [['id', 'string', true], ['location_type', 'string', true], ['organization_id', 'string'], ['name', 'string'], ['description', 'string'], ['transportation', 'string'], ['latitude', 'number'], ['longitude', 'number']],
      rows: rows.locations.map((l) => ({
        id: l.id, location_type: 'physical', organization_id: l.organisation_id, name: l.name, description: l.description, transportation: l.transportation, latitude: l.latitude, longitude: l.longitude,
      })),
    },
    {
      name: 'address', path: 'addresses.csv',
      fields: [['id', 'string', true], ['location_id', 'string', true], ['address_1', 'string', true], ['city', 'string', true], ['state_province', 'string', true], ['postal_code', 'string', true], ['country', 'string', true], ['address_type', 'string', true]],
      rows: rows.locations.filter(fullAddress).map((l) => ({
        id: nameUuid(`address:${l.id}`), location_id: l.id, address_1: l.address, city: l.city, state_province: l.state_province, postal_code: l.postal_code, country: l.country ?? 'IT', address_type: 'physical',
      })),
    },
    {
      name: 'service_at_location', path: 'service_at_location.csv',
      fields: [['id', 'string', true], ['service_id', 'string', true], ['location_id', 'string', true], ['description', 'string']],
      rows: rows.places.map((p) => ({ ...p })),
    },
    {
      name: 'phone', path: 'phones.csv',
      fields: [['id', 'string', true], ['location_id', 'string'], ['service_id', 'string'], ['organization_id', 'string'], ['service_at_location_id', 'string'], ['number', 'string', true], ['extension', 'number'], ['type', 'string'], ['description', 'string']],
      rows: [...rows.organisations.map((o) => organisationPhoneRow(o, rows.phones.filter((p) => p.organisation_id === o.id))).filter((p): p is NonNullable<typeof p> => !!p), ...rows.phones].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((p) => ({
        id: p.id, location_id: p.location_id, service_id: p.service_id, organization_id: p.organisation_id, service_at_location_id: p.service_at_location_id, number: p.number, extension: p.extension, type: p.type, description: p.description,
      })),
    },
    {
      name: 'schedule', path: 'schedules.csv',
      fields: [
        ['id', 'string', true], ['service_id', 'string'], ['location_id', 'string'], ['service_at_location_id', 'string'], ['valid_from', 'date'], ['valid_to', 'date'], ['freq', 'string'],
        ['interval', 'number'], ['byday', 'string'], ['bymonthday', 'string'], ['opens_at', 'string'], ['closes_at', 'string'], ['description', 'string'], ['notes', 'string'], ['attending_type', 'string'],
      ],
      rows: rows.schedules.map((s) => ({ ...s })),
    },
    {
      name: 'service_area', path: 'service_areas.csv',
      fields: [['id', 'string', true], ['service_id', 'string', true], ['name', 'string'], ['description', 'string'], ['extent', 'string'], ['extent_type', 'string']],
      rows: rows.services.flatMap((s) =>
        s.areas.map((code) => ({
          id: nameUuid(`area:${s.id}:${s.municipality}:${code}`), service_id: s.id, name: code, description: `Quartiere ${code} (ISTAT ${s.municipality})`, extent: `${s.municipality}:${code}`, extent_type: 'neighbourhood',
        })),
      ),
    },
    {
      name: 'taxonomy', path: 'taxonomies.csv',
      fields: [['id', 'string', true], ['name', 'string', true], ['description', 'string', true], ['uri', 'string'], ['version', 'string']],
      rows: [
        { ...hsdsTaxonomy() },
        ...rows.taxonomies.map((t) => ({ id: t.id, name: t.name, description: t.description ?? t.name, uri: t.uri, version: t.version })),
      ],
    },
    {
      name: 'taxonomy_term', path: 'taxonomy_terms.csv',
      fields: [['id', 'string', true], ['code', 'string'], ['name', 'string', true], ['description', 'string', true], ['taxonomy', 'string'], ['language', 'string'], ['taxonomy_id', 'string'], ['term_uri', 'string']],
      rows: [
        ...needs.map((n) => {
          const { taxonomy_detail: _detail, ...t } = hsdsTaxonomyTerm(n);
          return { ...t, term_uri: null };
        }),
        ...rows.terms.map((t) => ({ id: t.id, code: t.code, name: t.name, description: t.description ?? t.name, taxonomy: t.taxonomy_name, language: null, taxonomy_id: t.taxonomy_id, term_uri: t.term_uri })),
      ],
    },
    {
      name: 'attribute', path: 'attributes.csv',
      fields: [['id', 'string', true], ['link_id', 'string', true], ['taxonomy_term_id', 'string', true], ['link_type', 'string'], ['link_entity', 'string', true], ['value', 'string']],
      rows: rows.services.flatMap((s) => [
        // A service's needs are Prossimo's own terms: whoever takes the package back gets the same needs.
        ...(s.needs as Need[]).map((n) => ({ id: nameUuid(`attr:${s.id}:${n}`), link_id: s.id, taxonomy_term_id: termId(n), link_type: 'service', link_entity: 'service', value: NEED_TAXONOMY[n].slug })),
        ...s.term_ids.map((t) => ({ id: nameUuid(`attr:${s.id}:${t}`), link_id: s.id, taxonomy_term_id: t, link_type: 'service', link_entity: 'service', value: null })),
      ]),
    },
    {
      name: 'unit', path: 'units.csv',
      fields: [['id', 'string', true], ['name', 'string', true]],
      rows: [...new Set(rows.services.filter((s) => s.capacity_available !== null || s.capacity_maximum !== null).map((s) => s.capacity_unit ?? 'posti'))].map((u) => ({ id: nameUuid(`unit:${u}`), name: u })),
    },
    {
      name: 'service_capacity', path: 'service_capacity.csv',
      fields: [['id', 'string', true], ['service_id', 'string', true], ['unit_id', 'string', true], ['available', 'number', true], ['maximum', 'number'], ['updated', 'datetime', true]],
      rows: rows.services
        .filter((s) => s.capacity_available !== null || s.capacity_maximum !== null)
        .map((s) => ({
          id: nameUuid(`capacity:${s.id}`), service_id: s.id, unit_id: nameUuid(`unit:${s.capacity_unit ?? 'posti'}`), available: s.capacity_available ?? 0,
          maximum: s.capacity_maximum, updated: new Date(s.updated_at).toISOString(),
        })),
    },
  ];
  const files: Record<string, string> = {};
  for (const t of tables) files[t.path] = toCsv(t.fields.map((f) => f[0]), t.rows);
  const pkg = {
    profile: 'tabular-data-package',
    name: meta.municipality ? `prossimo-${meta.municipality}` : 'prossimo',
    title: meta.municipality ? `Prossimo: elenco dei servizi (ISTAT ${meta.municipality})` : 'Prossimo: elenco dei servizi',
    description: 'Open Referral HSDS 3.0 (service_capacity e units da 3.1). Dati aperti: enti, servizi e luoghi; mai persone. / Open Referral HSDS 3.0 (service_capacity and units from 3.1). Open data: organisations, services and places; never people.',
    homepage: HSDS_PROFILE,
    version: '3.0',
    created: meta.now.toISOString(),
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' }],
    resources: tables.map((t) => ({
      name: t.name,
      path: t.path,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: {
        fields: t.fields.map(([name, type, required]) => ({
          name,
          type: type === 'integer' ? 'integer' : type,
          ...(name === 'capacity_status' ? { description: 'Prossimo: FHIR SDOH capacity code (capacity, waitlist, additional-assessment-required, no-capacity)' } : {}),
          ...(required ? { constraints: { required: true } } : {}),
        })),
        primaryKey: 'id',
      },
    })),
  };
  files['datapackage.json'] = `${JSON.stringify(pkg, null, 2)}\n`;
  return files;
}

export { TAXONOMY_ID, TAXONOMY_NAME };
