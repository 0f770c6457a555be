import { CAPACITY_STATUSES, ImportFieldV1, Need, NEED_TAXONOMY, RUNTS_SECTIONS, SERVICE_STATUSES } from '@prossimo/contracts';
import { GraphRow, GraphTable, HsdsGraph, Values } from './hsds-graph';
import { TAXONOMY_ID, TAXONOMY_NAME, nameUuid, needOfSlug, needOfTerm } from './hsds';

/**
 * Validates an HSDS graph row by row into what the directory will hold (pure). A row is refused
 * only when it cannot be stored (no id, no name, a service status HSDS does not know, a reference
 * to nothing); a field that is wrong is left out with a warning; what an Italian profile asks for
 * (a tax code, the RUNTS number, a legal form) is a warning when absent or foreign, never a
 * refusal. Ids: a publisher's UUID is kept (so an export re-imported gives the same directory);
 * any other id, or a UUID another municipality already uses, becomes a stable name-based UUID of
 * (municipality, source, table, the publisher's id), and the publisher's id is kept beside it.
 */

export interface ImportContext {
  municipality: string;
  source: string;
  /** The municipality's neighbourhoods (service areas are read by code or name); empty: codes as given. */
  neighbourhoods: { code: string; name: string }[];
  /** Whether `id` already names a record of this table in another municipality. */
  takenElsewhere(table: IdTable, id: string): boolean;
  /** Organisations of this municipality already in the directory (a service may name one not in the file). */
  existingOrganisations: ReadonlySet<string>;
  /** Services and locations already here (phones, schedules, places of a file may name them). */
  existingServices: ReadonlySet<string>;
  existingLocations: ReadonlySet<string>;
}

export type IdTable = 'organizations' | 'services' | 'locations' | 'service_at_locations' | 'phones' | 'schedules' | 'taxonomies' | 'taxonomy_terms';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (v: string) => UUID.test(v);

/** The id a publisher's id gets here (see the file's comment). */
export function importedId(ctx: Pick<ImportContext, 'municipality' | 'source' | 'takenElsewhere'>, table: IdTable, pid: string): string {
  if (isUuid(pid) && !ctx.takenElsewhere(table, pid.toLowerCase())) return pid.toLowerCase();
  return nameUuid(`import:${ctx.municipality}:${ctx.source}:${table}:${pid}`);
}

export interface Outcome {
  row: GraphRow;
  /** The publisher's id. */
  pid: string | null;
  fields: ImportFieldV1[];
}

export interface OrgPlan extends Outcome {
  id: string;
  values: {
    name: string; description: string | null; legalForm: string | null; taxCode: string | null; runtsNumber: string | null; runtsSection: string | null;
    email: string | null; website: string | null;
  };
}

export interface ServicePlan extends Outcome {
  id: string;
  organisationId: string;
  values: {
    name: string; description: string | null; status: string; applicationProcess: string | null; eligibilityDescription: string | null; feesDescription: string | null;
    minimumAge: number | null; maximumAge: number | null; email: string | null; url: string | null;
  };
  /** Capacity as given; null: the file said nothing (an existing service keeps its own). */
  capacity: { status: string | null; available: number | null; maximum: number | null; unit: string | null } | null;
  /** Neighbourhood codes; null: the file gave no service area. */
  areas: string[] | null;
  declaredNeeds: Need[];
  termIds: string[];
  /** The publisher's last_modified (kept for a service created by the import). */
  lastModified: Date | null;
}

export interface LocationPlan extends Outcome {
  id: string;
  organisationId: string;
  values: {
    name: string; description: string | null; transportation: string | null; latitude: number | null; longitude: number | null;
    address: string | null; city: string | null; postalCode: string | null; stateProvince: string | null; country: string | null;
  };
}

export interface PlacePlan extends Outcome {
  id: string;
  serviceId: string;
  locationId: string;
  description: string | null;
}

export interface Owner {
  organisationId: string | null;
  serviceId: string | null;
  locationId: string | null;
  serviceAtLocationId: string | null;
}

export interface PhonePlan extends Outcome {
  id: string;
  owner: Owner;
  values: { number: string; extension: number | null; type: string | null; description: string | null };
}

export interface SchedulePlan extends Outcome {
  id: string;
  owner: Owner;
  values: {
    freq: string | null; interval: number | null; byday: string | null; bymonthday: string | null; opensAt: string | null; closesAt: string | null;
    validFrom: string | null; validTo: string | null; description: string | null; notes: string | null; attendingType: string | null;
  };
}

export interface TaxonomyPlan extends Outcome {
  id: string;
  values: { name: string; description: string | null; uri: string | null; version: string | null };
}

export interface TermPlan extends Outcome {
  id: string;
  values: { taxonomyId: string | null; taxonomyName: string; code: string | null; name: string; description: string | null; termUri: string | null };
}

export interface ImportPlan {
  organisations: OrgPlan[];
  services: ServicePlan[];
  locations: LocationPlan[];
  places: PlacePlan[];
  phones: PhonePlan[];
  schedules: SchedulePlan[];
  taxonomies: TaxonomyPlan[];
  terms: TermPlan[];
  /** Rows refused, and rows read but not stored (contacts, cost options, identifiers, ...) with what became of them. */
  refused: Outcome[];
  /** Rows folded into another (an address into its location, a capacity into its service, ...). */
  folded: Outcome[];
}

const warn = (field: string, message: string): ImportFieldV1 => ({ field, status: 'warning', message });
const refuse = (field: string, message: string): ImportFieldV1 => ({ field, status: 'refused', message });

/** A text field: trimmed, null when empty, cut at `max` with a warning. */
function text(v: Values, field: string, max: number, fields: ImportFieldV1[]): string | null {
  const raw = v[field];
  if (raw === undefined || raw === null) return null;
  const s = String(raw).replace(/\u0000/g, '').trim();
  if (s === '') return null;
  if (s.length > max) {
    fields.push(warn(field, `testo troppo lungo, tenuti i primi ${max} caratteri / text too long, the first ${max} characters were kept`));
    return s.slice(0, max);
  }
  return s;
}

function num(v: Values, field: string, fields: ImportFieldV1[], opts: { int?: boolean; min?: number; max?: number } = {}): number | null {
  const raw = v[field];
  if (raw === undefined || raw === null || raw === '') return null;
  const n = typeof raw === 'number' ? raw : Number(String(raw).replace(',', '.'));
  if (!Number.isFinite(n) || (opts.int && !Number.isInteger(n)) || (opts.min !== undefined && n < opts.min) || (opts.max !== undefined && n > opts.max)) {
    fields.push(warn(field, `non è un numero valido, lasciato fuori / not a valid number, left out: ${String(raw).slice(0, 40)}`));
    return null;
  }
  return n;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
function email(v: Values, field: string, fields: ImportFieldV1[]): string | null {
  const s = text(v, field, 200, fields);
  if (s && !EMAIL.test(s)) {
    fields.push(warn(field, `indirizzo e-mail non valido, lasciato fuori / not an e-mail address, left out`));
    return null;
  }
  return s;
}

function url(v: Values, field: string, fields: ImportFieldV1[]): string | null {
  const s = text(v, field, 500, fields);
  if (!s) return null;
  try {
    const u = new URL(s);
    if (u.protocol === 'http:' || u.protocol === 'https:') return s;
  } catch {
    /* below */
  }
  fields.push(warn(field, `indirizzo web non valido, lasciato fuori / not a web address, left out`));
  return null;
}

function date(v: Values, field: string, fields: ImportFieldV1[]): string | null {
  const s = text(v, field, 40, fields);
  if (!s) return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(s);
  if (m && !Number.isNaN(Date.parse(`${m[1]}T12:00:00Z`))) return m[1];
  fields.push(warn(field, `data non valida (AAAA-MM-GG), lasciata fuori / not a date (YYYY-MM-DD), left out`));
  return null;
}

/** "9:00", "09:00:00", "0900" → "09:00"; anything else is left out with a warning. */
function time(v: Values, field: string, fields: ImportFieldV1[]): string | null {
  const s = text(v, field, 20, fields);
  if (!s) return null;
  const m = /^(\d{1,2})[:.]?(\d{2})(?::\d{2})?(?:\s*(?:Z|[+-]\d{2}:?\d{2}))?$/.exec(s);
  if (m) {
    const h = Number(m[1]);
    const min = Number(m[2]);
    if ((h < 24 && min < 60) || (h === 24 && min === 0)) return `${String(h).padStart(2, '0')}:${m[2]}`;
  }
  fields.push(warn(field, `orario non valido (HH:MM), lasciato fuori / not a time (HH:MM), left out`));
  return null;
}

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
function byday(v: Values, fields: ImportFieldV1[]): string | null {
  const s = text(v, 'byday', 100, fields);
  if (!s) return null;
  const days = s.toUpperCase().split(/[,;\s]+/).filter(Boolean).map((d) => d.replace(/^[+-]?\d+/, ''));
  if (days.every((d) => DAYS.includes(d))) return [...new Set(days)].sort((a, b) => DAYS.indexOf(a) - DAYS.indexOf(b)).join(',');
  fields.push(warn('byday', `giorni non validi (MO,TU,...), lasciati fuori / not RRULE days (MO,TU,...), left out`));
  return null;
}

const pidOf = (v: Values): string | null => {
  const raw = v.id;
  if (raw === undefined || raw === null) return null;
  const s = String(raw).trim();
  return s === '' ? null : s.slice(0, 250);
};

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

const WHOLE_MUNICIPALITY = /^(tutto-il-comune|tutta-la-citta|intero-comune|intero-territorio-comunale|whole-municipality|citywide|city-wide)$/;

/** The Italian tax code of a body (11 digits) or a person (16 characters). */
export const ITALIAN_TAX_CODE = /^(\d{11}|[A-Z0-9]{16})$/;

export function planImport(graph: HsdsGraph, ctx: ImportContext): ImportPlan {
  const plan: ImportPlan = { organisations: [], services: [], locations: [], places: [], phones: [], schedules: [], taxonomies: [], terms: [], refused: [], folded: [] };
  const id = (table: IdTable, pid: string) => importedId(ctx, table, pid);
  const rows = graph.rows;
  const refused = (row: GraphRow, pid: string | null, fields: ImportFieldV1[]) => plan.refused.push({ row, pid, fields });
  const folded = (row: GraphRow, fields: ImportFieldV1[] = []) => plan.folded.push({ row, pid: pidOf(row.values), fields });
  const byParent = (table: GraphTable, key: string) => {
    const m = new Map<string, GraphRow[]>();
    for (const r of rows[table]) {
      const k = r.values[key];
      if (k === undefined || k === null) continue;
      const list = m.get(String(k)) ?? [];
      list.push(r);
      m.set(String(k), list);
    }
    return m;
  };

  // --- organisations ------------------------------------------------------------------------------
  const identifiers = byParent('organization_identifiers', 'organization_id');
  const orgIds = new Map<string, string>(); // publisher id → our id, for organisations that land
  const seenTax = new Map<string, string>();
  for (const row of rows.organizations) {
    const v = row.values;
    const fields: ImportFieldV1[] = [];
    const pid = pidOf(v);
    if (!pid) {
      refused(row, null, [refuse('id', 'manca l’identificativo / the id is missing')]);
      continue;
    }
    const name = text(v, 'name', 200, fields);
    if (!name || name.length < 2) {
      refused(row, pid, [refuse('name', 'manca il nome / the name is missing')]);
      continue;
    }
    let taxCode = text(v, 'tax_id', 50, fields);
    if (!taxCode) fields.push(warn('tax_id', 'manca il codice fiscale: il profilo italiano lo chiede / no tax code: the Italian profile asks for one'));
    else {
      const upper = taxCode.replace(/\s+/g, '').toUpperCase();
      if (ITALIAN_TAX_CODE.test(upper)) taxCode = upper;
      else fields.push(warn('tax_id', `non è un codice fiscale italiano (11 cifre o 16 caratteri): tenuto com’è / not an Italian tax code (11 digits or 16 characters): kept as it is`));
    }
    const ourId = id('organizations', pid);
    if (taxCode) {
      const other = seenTax.get(taxCode);
      if (other && other !== ourId) {
        refused(row, pid, [refuse('tax_id', `un’altra organizzazione del file ha lo stesso codice fiscale ${taxCode} / another organisation in the file has tax code ${taxCode}`)]);
        continue;
      }
      seenTax.set(taxCode, ourId);
    }
    const legalForm = text(v, 'legal_status', 200, fields);
    if (!legalForm) fields.push(warn('legal_status', 'manca la forma giuridica / no legal form given'));
    let runtsNumber: string | null = null;
    let runtsSection: string | null = null;
    for (const x of identifiers.get(pid) ?? []) {
      const xs = x.values;
      const scheme = `${String(xs.identifier_scheme ?? '')} ${String(xs.identifier_type ?? '')}`.toUpperCase();
      if (scheme.includes('RUNTS') && xs.identifier !== undefined && String(xs.identifier).trim() !== '') {
        runtsNumber = String(xs.identifier).trim().slice(0, 50);
        // "sezione a" → "a"; a section written out ("imprese sociali") is kept as written.
        const section = String(xs.identifier_type ?? '').trim().replace(/^(sezione|section)\s*/i, '').slice(0, 50);
        runtsSection = section === '' || section === '?' ? null : (RUNTS_SECTIONS as readonly string[]).includes(section.toLowerCase()) ? section.toLowerCase() : section;
        folded(x);
      } else folded(x, [warn('identifier_scheme', 'identificativo tenuto solo nel file: Prossimo legge il numero RUNTS / identifier not kept: Prossimo reads the RUNTS number')]);
    }
    if (!runtsNumber) fields.push(warn('organization_identifiers', 'manca il numero RUNTS: dove il comune lo richiede l’ente non riceve invii / no RUNTS number: where the city requires it the organisation gets no referrals'));
    orgIds.set(pid, ourId);
    plan.organisations.push({
      row, pid, id: ourId, fields,
      values: { name, description: text(v, 'description', 2000, fields), legalForm, taxCode, runtsNumber, runtsSection, email: email(v, 'email', fields), website: url(v, 'website', fields) },
    });
  }
  const orgRef = (pid: unknown): string | null => {
    if (pid === undefined || pid === null || String(pid).trim() === '') return null;
    const p = String(pid).trim();
    const mine = orgIds.get(p);
    if (mine) return mine;
    const derived = id('organizations', p);
    return ctx.existingOrganisations.has(derived) ? derived : null;
  };

  // --- taxonomies and terms -------------------------------------------------------------------------
  const taxonomyIds = new Map<string, string>();
  const taxonomyNames = new Map<string, string>();
  for (const row of rows.taxonomies) {
    const v = row.values;
    const fields: ImportFieldV1[] = [];
    const pid = pidOf(v);
    const name = text(v, 'name', 200, fields);
    if (!pid || !name) {
      refused(row, pid, [refuse(pid ? 'name' : 'id', pid ? 'manca il nome / the name is missing' : 'manca l’identificativo / the id is missing')]);
      continue;
    }
    if (pid === TAXONOMY_ID || name === TAXONOMY_NAME) {
      taxonomyNames.set(pid, TAXONOMY_NAME);
      folded(row);
      continue;
    }
    const ourId = id('taxonomies', pid);
    taxonomyIds.set(pid, ourId);
    taxonomyNames.set(pid, name);
    plan.taxonomies.push({ row, pid, id: ourId, fields, values: { name, description: text(v, 'description', 2000, fields), uri: url(v, 'uri', fields), version: text(v, 'version', 50, fields) } });
  }
  /** A term of Prossimo's own needs taxonomy is a need, not a stored term. */
  const needTerm = new Map<string, Need>();
  const termIds = new Map<string, string>();
  for (const row of rows.taxonomy_terms) {
    const v = row.values;
    const fields: ImportFieldV1[] = [];
    const pid = pidOf(v);
    const name = text(v, 'name', 300, fields);
    if (!pid || !name) {
      refused(row, pid, [refuse(pid ? 'name' : 'id', pid ? 'manca il nome / the name is missing' : 'manca l’identificativo / the id is missing')]);
      continue;
    }
    const taxonomyName = text(v, 'taxonomy', 200, fields) ?? (v.taxonomy_id !== undefined ? taxonomyNames.get(String(v.taxonomy_id)) : undefined) ?? '';
    const code = text(v, 'code', 200, fields);
    const own = needOfTerm(pid.toLowerCase()) ?? (taxonomyName === TAXONOMY_NAME || String(v.taxonomy_id ?? '') === TAXONOMY_ID ? needOfSlug(code ?? name) : null);
    if (own) {
      needTerm.set(pid, own);
      folded(row);
      continue;
    }
    const ourId = id('taxonomy_terms', pid);
    termIds.set(pid, ourId);
    const taxonomyId = v.taxonomy_id !== undefined ? (taxonomyIds.get(String(v.taxonomy_id)) ?? null) : null;
    plan.terms.push({ row, pid, id: ourId, fields, values: { taxonomyId, taxonomyName, code, name, description: text(v, 'description', 2000, fields), termUri: url(v, 'term_uri', fields) } });
  }

  // --- services --------------------------------------------------------------------------------------
  const areas = byParent('service_areas', 'service_id');
  const attributes = byParent('attributes', 'link_id');
  const capacities = byParent('service_capacities', 'service_id');
  const costs = byParent('cost_options', 'service_id');
  const units = new Map(rows.units.map((u) => [String(u.values.id ?? ''), String(u.values.name ?? '')]));
  rows.units.forEach((u) => folded(u));
  const byCode = new Map(ctx.neighbourhoods.map((n) => [n.code, n.code]));
  for (const n of ctx.neighbourhoods) byCode.set(fold(n.name), n.code);
  const serviceIds = new Map<string, string>();
  const serviceOrg = new Map<string, string>();
  for (const row of rows.services) {
    const v = row.values;
    const fields: ImportFieldV1[] = [];
    const pid = pidOf(v);
    if (!pid) {
      refused(row, null, [refuse('id', 'manca l’identificativo / the id is missing')]);
      continue;
    }
    const name = text(v, 'name', 200, fields);
    if (!name || name.length < 2) {
      refused(row, pid, [refuse('name', 'manca il nome / the name is missing')]);
      continue;
    }
    const organisationId = orgRef(v.organization_id);
    if (!organisationId) {
      refused(row, pid, [refuse('organization_id', v.organization_id === undefined ? 'manca l’organizzazione / the organisation is missing' : 'organizzazione non presente nel file né nell’elenco (o rifiutata) / organisation not in the file nor in the directory (or refused)')]);
      continue;
    }
    const status = text(v, 'status', 40, fields)?.toLowerCase() ?? null;
    if (!status || !(SERVICE_STATUSES as readonly string[]).includes(status)) {
      refused(row, pid, [refuse('status', `stato del servizio non valido: serve ${SERVICE_STATUSES.join(', ')} / service status must be one of ${SERVICE_STATUSES.join(', ')}`)]);
      continue;
    }
    // Capacity: HSDS 3.1 service_capacity and Prossimo's FHIR SDOH capacity_status beside it.
    let capacity: ServicePlan['capacity'] = null;
    const capStatusRaw = text(v, 'capacity_status', 60, fields);
    let capStatus: string | null = null;
    if (capStatusRaw) {
      if ((CAPACITY_STATUSES as readonly string[]).includes(capStatusRaw)) capStatus = capStatusRaw;
      else fields.push(warn('capacity_status', `stato di disponibilità sconosciuto, lasciato fuori / unknown capacity status, left out: ${capStatusRaw.slice(0, 40)}`));
    }
    const capRow = (capacities.get(pid) ?? [])[0];
    for (const c of capacities.get(pid) ?? []) folded(c);
    if (capRow || capStatus) {
      const cf: ImportFieldV1[] = [];
      const available = capRow ? num(capRow.values, 'available', cf, { int: true, min: 0 }) : null;
      const maximum = capRow ? num(capRow.values, 'maximum', cf, { int: true, min: 0 }) : null;
      const unitName = capRow ? (capRow.values.unit_name ?? units.get(String(capRow.values.unit_id ?? ''))) : undefined;
      cf.forEach((f) => fields.push({ ...f, field: `service_capacity.${f.field}` }));
      capacity = {
        status: capStatus ?? (available === null ? null : available > 0 ? 'capacity' : 'no-capacity'),
        available: available !== null && maximum !== null && available > maximum ? maximum : available,
        maximum,
        unit: unitName !== undefined && String(unitName).trim() !== '' ? String(unitName).trim().slice(0, 50) : null,
      };
    }
    // Areas: neighbourhoods by code, name or "<istat>:<code>"; the whole municipality by its code.
    let serviceAreas: string[] | null = null;
    const areaRows = areas.get(pid) ?? [];
    if (areaRows.length) {
      const codes = new Set<string>();
      for (const a of areaRows) {
        const candidates = [a.values.extent, a.values.name, a.values.description].filter((x) => x !== undefined).map((x) => String(x).trim());
        const extent = String(a.values.extent ?? '').trim();
        let matched = false;
        if (extent === ctx.municipality || candidates.some((c) => WHOLE_MUNICIPALITY.test(fold(c)))) {
          ctx.neighbourhoods.forEach((n) => codes.add(n.code));
          matched = ctx.neighbourhoods.length > 0;
        }
        for (const c of candidates) {
          if (matched) break;
          const code = c.startsWith(`${ctx.municipality}:`) ? c.slice(ctx.municipality.length + 1) : c;
          const hit = ctx.neighbourhoods.length ? (byCode.get(code) ?? byCode.get(fold(code))) : /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(code) ? code : undefined;
          if (hit) {
            codes.add(hit);
            matched = true;
          }
        }
        folded(a, matched ? [] : [warn('service_areas', `area non riconosciuta tra i quartieri del comune, lasciata fuori / area not among the municipality's neighbourhoods, left out: ${candidates[0]?.slice(0, 60) ?? ''}`)]);
      }
      serviceAreas = [...codes].sort();
    }
    if (!serviceAreas || serviceAreas.length === 0) {
      fields.push(warn('service_areas', 'nessun quartiere servito: il servizio è nel catalogo ma non riceve invii / no neighbourhood served: the service is listed but gets no referrals'));
    }
    // Needs: Prossimo's own terms directly, other terms through the mapping.
    const declared = new Set<Need>();
    const terms = new Set<string>();
    for (const a of attributes.get(pid) ?? []) {
      const entity = String(a.values.link_entity ?? a.values.link_type ?? 'service').toLowerCase();
      if (entity !== 'service') continue;
      const t = String(a.values.taxonomy_term_id ?? '');
      const need = needTerm.get(t) ?? needOfTerm(t.toLowerCase());
      if (need) declared.add(need);
      else if (termIds.has(t)) terms.add(termIds.get(t)!);
      else {
        folded(a, [warn('taxonomy_term_id', 'termine non presente nel file, lasciato fuori / term not in the file, left out')]);
        continue;
      }
      folded(a);
    }
    // Cost: fees_description, else the cost options written out.
    let fees = text(v, 'fees_description', 2000, fields) ?? text(v, 'fees', 2000, fields);
    const costRows = costs.get(pid) ?? [];
    if (!fees && costRows.length) {
      fees = costRows
        .map((c) => {
          const amount = c.values.amount !== undefined ? `${String(c.values.amount)} ${String(c.values.currency ?? 'EUR')}` : '';
          return [c.values.option, amount, c.values.amount_description].filter((x) => x !== undefined && String(x).trim() !== '').join(' ');
        })
        .filter(Boolean)
        .join('; ')
        .slice(0, 2000) || null;
    }
    costRows.forEach((c) => folded(c));
    const ourId = id('services', pid);
    const minimumAge = num(v, 'minimum_age', fields, { int: true, min: 0, max: 150 });
    const maximumAge = num(v, 'maximum_age', fields, { int: true, min: 0, max: 150 });
    serviceIds.set(pid, ourId);
    serviceOrg.set(ourId, organisationId);
    plan.services.push({
      row, pid, id: ourId, organisationId, fields,
      values: {
        name, description: text(v, 'description', 4000, fields), status, applicationProcess: text(v, 'application_process', 2000, fields),
        eligibilityDescription: text(v, 'eligibility_description', 2000, fields), feesDescription: fees, minimumAge, maximumAge,
        email: email(v, 'email', fields), url: url(v, 'url', fields),
      },
      capacity, areas: serviceAreas, declaredNeeds: [...declared].sort(), termIds: [...terms].sort(),
      lastModified: v.last_modified !== undefined && !Number.isNaN(Date.parse(String(v.last_modified))) ? new Date(String(v.last_modified)) : null,
    });
  }
  const serviceRef = (pid: unknown): string | null => {
    if (pid === undefined || pid === null) return null;
    const p = String(pid).trim();
    const mine = serviceIds.get(p);
    if (mine) return mine;
    const derived = id('services', p);
    return ctx.existingServices.has(derived) ? derived : null;
  };

  // --- locations and the services at them -----------------------------------------------------------
  const addresses = byParent('addresses', 'location_id');
  const salByLocation = byParent('service_at_locations', 'location_id');
  const locationIds = new Map<string, string>();
  for (const row of rows.locations) {
    const v = row.values;
    const fields: ImportFieldV1[] = [];
    const pid = pidOf(v);
    if (!pid) {
      refused(row, null, [refuse('id', 'manca l’identificativo / the id is missing')]);
      continue;
    }
    const type = String(v.location_type ?? 'physical').toLowerCase();
    if (type === 'virtual') fields.push(warn('location_type', 'luogo virtuale: tenuto senza indirizzo / virtual location: kept without an address'));
    // A location without its organisation takes the organisation of a service delivered there.
    let organisationId = orgRef(v.organization_id);
    if (!organisationId) {
      for (const s of salByLocation.get(pid) ?? []) {
        const svc = serviceRef(s.values.service_id);
        if (svc && serviceOrg.get(svc)) {
          organisationId = serviceOrg.get(svc)!;
          break;
        }
      }
    }
    if (!organisationId) {
      refused(row, pid, [refuse('organization_id', 'il luogo non è di un’organizzazione del file né vi si svolge un suo servizio / the location belongs to no organisation of the file and no service of it is delivered there')]);
      continue;
    }
    const addressRows = (addresses.get(pid) ?? []).slice().sort((a, b) => (String(a.values.address_type ?? 'physical') === 'physical' ? -1 : 0) - (String(b.values.address_type ?? 'physical') === 'physical' ? -1 : 0));
    const a = addressRows[0]?.values ?? {};
    addressRows.forEach((r, i) => folded(r, i === 0 ? [] : [warn('address_1', 'tenuto solo il primo indirizzo del luogo / only the location’s first address is kept')]));
    const af: ImportFieldV1[] = [];
    const address = [text(a, 'address_1', 300, af), text(a, 'address_2', 200, af)].filter(Boolean).join(', ') || null;
    const latitude = num(v, 'latitude', fields, { min: -90, max: 90 });
    const longitude = num(v, 'longitude', fields, { min: -180, max: 180 });
    const name = text(v, 'name', 200, fields) ?? address ?? 'Sede';
    const ourId = id('locations', pid);
    locationIds.set(pid, ourId);
    plan.locations.push({
      row, pid, id: ourId, organisationId, fields: [...fields, ...af],
      values: {
        name, description: text(v, 'description', 2000, fields), transportation: text(v, 'transportation', 1000, fields), latitude: latitude !== null && longitude !== null ? latitude : null,
        longitude: latitude !== null && longitude !== null ? longitude : null, address, city: text(a, 'city', 100, af), postalCode: text(a, 'postal_code', 20, af),
        stateProvince: text(a, 'state_province', 100, af), country: text(a, 'country', 2, af)?.toUpperCase() ?? (address ? 'IT' : null),
      },
    });
  }
  const locationRef = (pid: unknown): string | null => {
    if (pid === undefined || pid === null) return null;
    const p = String(pid).trim();
    const mine = locationIds.get(p);
    if (mine) return mine;
    const derived = id('locations', p);
    return ctx.existingLocations.has(derived) ? derived : null;
  };
  const placeIds = new Map<string, string>();
  const seenPairs = new Set<string>();
  for (const row of rows.service_at_locations) {
    const v = row.values;
    const fields: ImportFieldV1[] = [];
    const pid = pidOf(v) ?? `${String(v.service_id)}@${String(v.location_id)}`;
    const serviceId = serviceRef(v.service_id);
    const locationId = locationRef(v.location_id);
    if (!serviceId || !locationId) {
      refused(row, pid, [refuse(serviceId ? 'location_id' : 'service_id', serviceId ? 'luogo non presente (o rifiutato) / location not there (or refused)' : 'servizio non presente (o rifiutato) / service not there (or refused)')]);
      continue;
    }
    if (seenPairs.has(`${serviceId}:${locationId}`)) {
      refused(row, pid, [refuse('location_id', 'lo stesso servizio è già in questo luogo nel file / the same service is already at this location in the file')]);
      continue;
    }
    seenPairs.add(`${serviceId}:${locationId}`);
    const ourId = id('service_at_locations', pid);
    placeIds.set(pid, ourId);
    plan.places.push({ row, pid, id: ourId, serviceId, locationId, fields, description: text(v, 'description', 2000, fields) });
  }

  // --- phones and schedules: each to its owner ---------------------------------------------------------
  const contactOwner = new Map<string, Owner>();
  for (const row of rows.contacts) {
    const o = ownerOf(row.values);
    const pid = pidOf(row.values);
    if (pid && o) contactOwner.set(pid, o);
    const fields: ImportFieldV1[] = [warn('name', 'i referenti non sono pubblicati (possono essere persone): tenuti i loro telefoni / contacts are not published (they may be people): their phones are kept')];
    folded(row, fields);
  }
  function ownerOf(v: Values): Owner | null {
    const place = v.service_at_location_id !== undefined ? placeIds.get(String(v.service_at_location_id)) : undefined;
    if (place) return { organisationId: null, serviceId: null, locationId: null, serviceAtLocationId: place };
    const svc = v.service_id !== undefined ? serviceRef(v.service_id) : null;
    if (svc) return { organisationId: null, serviceId: svc, locationId: null, serviceAtLocationId: null };
    const loc = v.location_id !== undefined ? locationRef(v.location_id) : null;
    if (loc) return { organisationId: null, serviceId: null, locationId: loc, serviceAtLocationId: null };
    const org = v.organization_id !== undefined ? orgRef(v.organization_id) : null;
    if (org) return { organisationId: org, serviceId: null, locationId: null, serviceAtLocationId: null };
    if (v.contact_id !== undefined) return contactOwner.get(String(v.contact_id)) ?? null;
    return null;
  }
  const ownerKey = (o: Owner) => o.serviceAtLocationId ?? o.serviceId ?? o.locationId ?? o.organisationId ?? '';
  for (const row of rows.phones) {
    const v = row.values;
    const fields: ImportFieldV1[] = [];
    const number = text(v, 'number', 60, fields);
    const owner = ownerOf(v);
    const pid = pidOf(v);
    if (!number || !owner) {
      refused(row, pid, [refuse(number ? 'service_id' : 'number', number ? 'il telefono non è di nulla che sia stato importato / the phone belongs to nothing imported' : 'manca il numero / the number is missing')]);
      continue;
    }
    plan.phones.push({
      row, pid, owner, fields,
      id: id('phones', pid ?? `${ownerKey(owner)}:${row.ref}`),
      values: { number, extension: num(v, 'extension', fields, { int: true, min: 0 }), type: text(v, 'type', 30, fields), description: text(v, 'description', 500, fields) },
    });
  }
  for (const row of rows.schedules) {
    const v = row.values;
    const fields: ImportFieldV1[] = [];
    const owner = ownerOf(v);
    const pid = pidOf(v);
    if (!owner) {
      refused(row, pid, [refuse('service_id', 'l’orario non è di nulla che sia stato importato / the schedule belongs to nothing imported')]);
      continue;
    }
    let freq = text(v, 'freq', 20, fields)?.toUpperCase() ?? null;
    if (freq && freq !== 'WEEKLY' && freq !== 'MONTHLY') {
      fields.push(warn('freq', 'frequenza non valida (WEEKLY, MONTHLY), lasciata fuori / freq must be WEEKLY or MONTHLY, left out'));
      freq = null;
    }
    const values = {
      freq, interval: num(v, 'interval', fields, { int: true, min: 1 }), byday: byday(v, fields), bymonthday: text(v, 'bymonthday', 100, fields),
      opensAt: time(v, 'opens_at', fields), closesAt: time(v, 'closes_at', fields), validFrom: date(v, 'valid_from', fields), validTo: date(v, 'valid_to', fields),
      description: text(v, 'description', 1000, fields), notes: text(v, 'notes', 1000, fields), attendingType: text(v, 'attending_type', 50, fields),
    };
    if (!values.byday && !values.opensAt && !values.description && !values.notes && !values.bymonthday) {
      refused(row, pid, [refuse('byday', 'l’orario non dice né giorni né ore né una descrizione / the schedule gives no days, no times and no description')]);
      continue;
    }
    plan.schedules.push({ row, pid, owner, fields, id: id('schedules', pid ?? `${ownerKey(owner)}:${row.ref}`), values });
  }
  // Rows of tables read only through others, for the report.
  for (const row of rows.attributes) if (!plan.folded.some((f) => f.row === row)) folded(row, [warn('link_entity', 'attributo non di un servizio importato, lasciato fuori / attribute not of an imported service, left out')]);
  return plan;
}

/** The needs a service answers: its declared needs and those its terms map to. */
export function needsOf(declared: readonly string[], mapped: readonly (string | null)[]): Need[] {
  const all = new Set<string>(declared);
  for (const m of mapped) if (m) all.add(m);
  return (Object.keys(NEED_TAXONOMY) as Need[]).filter((n) => all.has(n));
}
