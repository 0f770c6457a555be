import { parseCsv } from './directory-import';

/**
 * An HSDS 3.0 file of another publisher, read into one shape whatever it came as: the tabular data
 * package (datapackage.json and its CSVs, as the specification publishes them) or JSON objects in
 * the shape the HSDS API returns (a service with its nested organization, service_at_locations,
 * schedules, phones, ...; a list of them; an API page). Pure. Every row keeps where it was found,
 * so the import can report it; nothing is validated here beyond the file's shape.
 */

export const GRAPH_TABLES = [
  'organizations', 'organization_identifiers', 'services', 'locations', 'addresses', 'service_at_locations', 'phones', 'schedules',
  'service_areas', 'taxonomies', 'taxonomy_terms', 'attributes', 'contacts', 'cost_options', 'service_capacities', 'units',
] as const;
export type GraphTable = (typeof GRAPH_TABLES)[number];

export type Values = Record<string, unknown>;

export interface GraphRow {
  table: GraphTable;
  /** `services.csv:4`, or `[2].service_at_locations[0].location`. */
  ref: string;
  /** The CSV line, or the top-level JSON object's position from 1. */
  line: number;
  values: Values;
}

export interface HsdsGraph {
  rows: Record<GraphTable, GraphRow[]>;
  /** Problems with the file itself (not JSON, no organizations.csv, a CSV with a broken row). */
  problems: { ref: string; line: number; field: string; message: string }[];
  /** What the package holds that Prossimo does not read. */
  ignored: string[];
  /** The package's name (datapackage.json), a default for the import's source. */
  name: string | null;
}

function emptyGraph(): HsdsGraph {
  return { rows: Object.fromEntries(GRAPH_TABLES.map((t) => [t, []])) as unknown as Record<GraphTable, GraphRow[]>, problems: [], ignored: [], name: null };
}

/** The CSV file of each table, by the specification's paths (3.0; service_capacity and units from 3.1). */
export const TABLE_FILES: Record<GraphTable, string> = {
  organizations: 'organizations.csv',
  organization_identifiers: 'organization_identifiers.csv',
  services: 'services.csv',
  locations: 'locations.csv',
  addresses: 'addresses.csv',
  service_at_locations: 'service_at_location.csv',
  phones: 'phones.csv',
  schedules: 'schedules.csv',
  service_areas: 'service_areas.csv',
  taxonomies: 'taxonomies.csv',
  taxonomy_terms: 'taxonomy_terms.csv',
  attributes: 'attributes.csv',
  contacts: 'contacts.csv',
  cost_options: 'cost_options.csv',
  service_capacities: 'service_capacity.csv',
  units: 'units.csv',
};

/** datapackage.json resource names (HSDS object names) → our tables. */
const RESOURCE_TABLES: Record<string, GraphTable> = {
  organization: 'organizations', organization_identifier: 'organization_identifiers', service: 'services', location: 'locations', address: 'addresses',
  service_at_location: 'service_at_locations', phone: 'phones', schedule: 'schedules', service_area: 'service_areas', taxonomy: 'taxonomies',
  taxonomy_term: 'taxonomy_terms', attribute: 'attributes', contact: 'contacts', cost_option: 'cost_options', service_capacity: 'service_capacities', unit: 'units',
};

const FILE_TABLES: Record<string, GraphTable> = {
  ...Object.fromEntries(Object.entries(TABLE_FILES).map(([t, f]) => [f, t as GraphTable])),
  'service_at_locations.csv': 'service_at_locations',
  'service_capacities.csv': 'service_capacities',
};

const obj = (v: unknown): Values => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Values) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const base = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const dir = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '');

/**
 * A tabular data package, as its files by path (a zip unpacked by the gateway, or datapackage.json
 * with its CSVs). The tables come from datapackage.json's resources when it is there, else from the
 * specification's file names; a file in a folder is found by its name.
 */
export function readTabularPackage(files: Record<string, string>): HsdsGraph {
  const g = emptyGraph();
  const paths = Object.keys(files).filter((p) => !p.endsWith('/') && !base(p).startsWith('.') && !p.startsWith('__MACOSX/'));
  const packagePath = paths.find((p) => base(p) === 'datapackage.json');
  const tableOf = new Map<string, GraphTable>();
  if (packagePath) {
    let pkg: Values = {};
    try {
      pkg = obj(JSON.parse(files[packagePath]));
    } catch (err) {
      g.problems.push({ ref: packagePath, line: 1, field: 'datapackage.json', message: `JSON non valido / invalid JSON: ${(err as Error).message}` });
      return g;
    }
    g.name = typeof pkg.name === 'string' ? pkg.name : null;
    for (const r of arr(pkg.resources).map(obj)) {
      const path = typeof r.path === 'string' ? `${dir(packagePath)}${r.path}` : null;
      const table = RESOURCE_TABLES[String(r.name ?? '')] ?? (path ? FILE_TABLES[base(path)] : undefined);
      if (!path) continue;
      if (!table) {
        g.ignored.push(String(r.name ?? r.path));
        continue;
      }
      if (files[path] === undefined) {
        // Listed but absent: an empty table (the specification lists every table, most packages fill a few).
        continue;
      }
      tableOf.set(path, table);
    }
  }
  for (const p of paths) {
    if (p === packagePath || tableOf.has(p)) continue;
    const table = FILE_TABLES[base(p)];
    if (table && ![...tableOf.values()].includes(table)) tableOf.set(p, table);
    else if (!table) g.ignored.push(base(p));
  }
  if (![...tableOf.values()].includes('organizations') && ![...tableOf.values()].includes('services')) {
    g.problems.push({ ref: packagePath ?? 'package', line: 1, field: 'organizations.csv', message: 'il pacchetto non contiene organizations.csv né services.csv / the package holds neither organizations.csv nor services.csv' });
    return g;
  }
  for (const [path, table] of tableOf) {
    const rows = parseCsv(files[path].replace(/^\uFEFF/, ''));
    const header = rows.shift();
    if (!header) continue;
    const names = header.cells.map((h) => h.trim());
    for (const { line, cells } of rows) {
      const ref = `${base(path)}:${line}`;
      if (cells.length !== names.length) {
        g.problems.push({ ref, line, field: 'row', message: `attese ${names.length} colonne, trovate ${cells.length} / expected ${names.length} columns, found ${cells.length}` });
        continue;
      }
      const values: Values = {};
      names.forEach((n, i) => {
        const v = cells[i].trim();
        if (n && v !== '') values[n] = v;
      });
      g.rows[table].push({ table, ref, line, values });
    }
  }
  return g;
}

/** Copies the scalar fields of an HSDS object (nested objects and lists are read on their own). */
function scalars(o: Values): Values {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined && (typeof v !== 'object' || v instanceof Date)));
}

/**
 * HSDS JSON objects as the API returns them: one service (compiled/service.json), an array of
 * services, an API page (`contents`), organisations (compiled/organization.json, with their
 * services when nested), or `{ organizations, services }`. Nested objects become rows of their
 * table with the parent's id filled in.
 */
export function readHsdsObjects(text: string): HsdsGraph {
  const g = emptyGraph();
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    g.problems.push({ ref: 'content', line: 1, field: 'content', message: `JSON non valido / invalid JSON: ${(err as Error).message}` });
    return g;
  }
  const top: { kind: 'service' | 'organization' | 'service_at_location'; value: Values; ref: string }[] = [];
  const classify = (v: unknown, ref: string) => {
    const o = obj(v);
    if (Object.keys(o).length === 0) {
      g.problems.push({ ref, line: 1, field: ref, message: 'non è un oggetto HSDS / not an HSDS object' });
      return;
    }
    if (o.location && (o.service_id || o.service) && !o.status) top.push({ kind: 'service_at_location', value: o, ref });
    else if (o.status !== undefined || o.organization !== undefined || o.organization_id !== undefined || o.service_at_locations !== undefined) top.push({ kind: 'service', value: o, ref });
    else top.push({ kind: 'organization', value: o, ref });
  };
  if (Array.isArray(doc)) doc.forEach((v, i) => classify(v, `[${i}]`));
  else {
    const d = obj(doc);
    if (Array.isArray(d.contents)) d.contents.forEach((v, i) => classify(v, `contents[${i}]`));
    else if (Array.isArray(d.organizations) || Array.isArray(d.services)) {
      arr(d.organizations).forEach((v, i) => top.push({ kind: 'organization', value: obj(v), ref: `organizations[${i}]` }));
      arr(d.services).forEach((v, i) => top.push({ kind: 'service', value: obj(v), ref: `services[${i}]` }));
    } else classify(d, '[0]');
  }
  const seen = new Map<string, Values>();
  const add = (table: GraphTable, ref: string, line: number, values: Values) => {
    // The same nested object (an organisation under each of its services, a shared term) is one row.
    const key = values.id !== undefined ? `${table}:${String(values.id)}` : null;
    if (key && seen.has(key)) return;
    if (key) seen.set(key, values);
    g.rows[table].push({ table, ref, line, values });
  };
  const phones = (list: unknown, ref: string, line: number, parent: Values) =>
    arr(list).forEach((p, i) => add('phones', `${ref}.phones[${i}]`, line, { ...scalars(obj(p)), ...parent }));
  const schedules = (list: unknown, ref: string, line: number, parent: Values) =>
    arr(list).forEach((s, i) => add('schedules', `${ref}.schedules[${i}]`, line, { ...scalars(obj(s)), ...parent }));
  const contacts = (list: unknown, ref: string, line: number, parent: Values) =>
    arr(list).forEach((c, i) => {
      const o = obj(c);
      add('contacts', `${ref}.contacts[${i}]`, line, { ...scalars(o), ...parent });
      // A contact's phones reach the public through the contact's owner (its name stays out: it may be a person).
      phones(o.phones, `${ref}.contacts[${i}]`, line, { ...parent, contact_id: o.id });
    });
  const location = (l: Values, ref: string, line: number, organizationId: unknown) => {
    add('locations', ref, line, { ...scalars(l), ...(l.organization_id === undefined && organizationId !== undefined ? { organization_id: organizationId } : {}) });
    arr(l.addresses).forEach((a, i) => add('addresses', `${ref}.addresses[${i}]`, line, { ...scalars(obj(a)), location_id: l.id }));
    phones(l.phones, ref, line, { location_id: l.id });
    schedules(l.schedules, ref, line, { location_id: l.id });
    contacts(l.contacts, ref, line, { location_id: l.id });
  };
  const organization = (o: Values, ref: string, line: number) => {
    add('organizations', ref, line, scalars(o));
    arr(o.organization_identifiers).forEach((x, i) => add('organization_identifiers', `${ref}.organization_identifiers[${i}]`, line, { ...scalars(obj(x)), organization_id: o.id }));
    phones(o.phones, ref, line, { organization_id: o.id });
    contacts(o.contacts, ref, line, { organization_id: o.id });
    arr(o.locations).forEach((l, i) => location(obj(l), `${ref}.locations[${i}]`, line, o.id));
    arr(o.services).forEach((s, i) => service({ ...obj(s), organization_id: obj(s).organization_id ?? o.id }, `${ref}.services[${i}]`, line));
  };
  const term = (t: Values, ref: string, line: number) => {
    add('taxonomy_terms', ref, line, scalars(t));
    const detail = obj(t.taxonomy_detail);
    if (Object.keys(detail).length) add('taxonomies', `${ref}.taxonomy_detail`, line, scalars(detail));
  };
  const service = (s: Values, ref: string, line: number) => {
    const org = obj(s.organization);
    const organizationId = s.organization_id ?? org.id;
    if (Object.keys(org).length) organization(org, `${ref}.organization`, line);
    add('services', ref, line, { ...scalars(s), ...(organizationId !== undefined ? { organization_id: organizationId } : {}) });
    phones(s.phones, ref, line, { service_id: s.id });
    schedules(s.schedules, ref, line, { service_id: s.id });
    contacts(s.contacts, ref, line, { service_id: s.id });
    arr(s.service_areas).forEach((a, i) => add('service_areas', `${ref}.service_areas[${i}]`, line, { ...scalars(obj(a)), service_id: s.id }));
    arr(s.cost_options).forEach((c, i) => add('cost_options', `${ref}.cost_options[${i}]`, line, { ...scalars(obj(c)), service_id: s.id }));
    arr(s.capacities).forEach((c, i) => {
      const o = obj(c);
      const unit = obj(o.unit);
      if (Object.keys(unit).length) add('units', `${ref}.capacities[${i}].unit`, line, scalars(unit));
      add('service_capacities', `${ref}.capacities[${i}]`, line, { ...scalars(o), service_id: s.id, ...(unit.id !== undefined ? { unit_id: unit.id } : {}), ...(unit.name !== undefined ? { unit_name: unit.name } : {}) });
    });
    arr(s.attributes).forEach((a, i) => {
      const o = obj(a);
      const t = obj(o.taxonomy_term);
      if (Object.keys(t).length) term(t, `${ref}.attributes[${i}].taxonomy_term`, line);
      add('attributes', `${ref}.attributes[${i}]`, line, { link_entity: 'service', ...scalars(o), link_id: o.link_id ?? s.id, taxonomy_term_id: o.taxonomy_term_id ?? t.id });
    });
    arr(s.service_at_locations).forEach((x, i) => serviceAtLocation({ ...obj(x), service_id: obj(x).service_id ?? s.id }, `${ref}.service_at_locations[${i}]`, line, organizationId));
  };
  const serviceAtLocation = (x: Values, ref: string, line: number, organizationId: unknown) => {
    const l = obj(x.location);
    const locationId = x.location_id ?? l.id;
    if (Object.keys(l).length) location(l, `${ref}.location`, line, organizationId);
    const sv = obj(x.service);
    if (Object.keys(sv).length) service(sv, `${ref}.service`, line);
    add('service_at_locations', ref, line, { ...scalars(x), service_id: x.service_id ?? sv.id, location_id: locationId });
    phones(x.phones, ref, line, { service_at_location_id: x.id });
    schedules(x.schedules, ref, line, { service_at_location_id: x.id });
    contacts(x.contacts, ref, line, { service_at_location_id: x.id });
  };
  top.forEach((t, i) => {
    if (t.kind === 'organization') organization(t.value, t.ref, i + 1);
    else if (t.kind === 'service') service(t.value, t.ref, i + 1);
    else serviceAtLocation(t.value, t.ref, i + 1, undefined);
  });
  return g;
}
