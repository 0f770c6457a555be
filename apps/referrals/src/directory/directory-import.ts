import { DomainError, ImportProblemV1, NEED_TAXONOMY, Need, RegisterOrganisationV1, RegisterServiceV1, italianFirst, parseContract } from '@prossimo/contracts';
import { needOfSlug } from './hsds';

/**
 * Reading a directory file into registration commands, validating every row (pure but for the
 * async validator). An HSDS JSON package is `{ organizations: [...], services: [...] }` in HSDS
 * 3.0 field names; a CSV has one service per line with its organisation's columns (header below).
 * Each bad row is reported with its line (CSV: the file's line; JSON: the record's position, from
 * 1) and the field at fault.
 */

export const CSV_COLUMNS = [
  'organization_id', 'organization_name', 'legal_status', 'tax_id', 'runts_number', 'runts_section', 'organization_email',
  'service_id', 'service_name', 'status', 'needs', 'neighbourhoods', 'capacity_status', 'capacity_available', 'capacity_maximum', 'capacity_unit',
] as const;

export interface ParsedDirectory {
  organisations: RegisterOrganisationV1[];
  services: RegisterServiceV1[];
  problems: ImportProblemV1[];
}

/**
 * The separator a file uses: `;` when its first line has semicolons and no commas (what Italian
 * Excel saves, and the downloadable template), else `,`.
 */
export function csvSeparator(text: string): ',' | ';' {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  return first.includes(';') && !first.includes(',') ? ';' : ',';
}

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF; returns rows with their starting line number. */
export function parseCsv(text: string, separator: ',' | ';' = ','): { line: number; cells: string[] }[] {
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      if (cells.some((x) => x !== '')) rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      line++;
      rowLine = line;
    } else cell += c;
  }
  cells.push(cell);
  if (cells.some((x) => x !== '')) rows.push({ line: rowLine, cells });
  return rows;
}

const blankToUndefined = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v.trim());
const intOrText = (v: string | undefined): number | string | undefined => {
  const t = blankToUndefined(v);
  return t === undefined ? undefined : /^\d+$/.test(t) ? Number(t) : t;
};
const list = (v: string | undefined) => (blankToUndefined(v) ?? '').split(/[;|]/).map((x) => x.trim()).filter(Boolean);
const needsOf = (slugs: string[]) => slugs.map((s) => needOfSlug(s) ?? s);

async function check<T extends object>(cls: new () => T, plain: unknown, line: number, prefix: string, problems: ImportProblemV1[], fieldName: (f: string) => string): Promise<T | null> {
  try {
    return await parseContract(cls, plain);
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    const field = fieldName(err.field ?? 'payload');
    // Italian first, like every message a person reads ("italiano / english"); the web shows the reader's part.
    problems.push({ line, field: `${prefix}${field}`, message: italianFirst(err.message.replace(/^[^:]*: /, '')) });
    return null;
  }
}

const CSV_FIELD: Record<string, string> = {
  id: 'organization_id', name: 'organization_name', legalForm: 'legal_status', taxCode: 'tax_id', runtsNumber: 'runts_number', runtsSection: 'runts_section', email: 'organization_email',
};
const CSV_SERVICE_FIELD: Record<string, string> = {
  id: 'service_id', organisationId: 'organization_id', name: 'service_name', status: 'status', needs: 'needs', neighbourhoodCodes: 'neighbourhoods',
  capacityStatus: 'capacity_status', capacityAvailable: 'capacity_available', capacityMaximum: 'capacity_maximum', capacityUnit: 'capacity_unit',
};

export async function readCsv(content: string): Promise<ParsedDirectory> {
  const out: ParsedDirectory = { organisations: [], services: [], problems: [] };
  // A byte-order mark (Excel writes one) is not part of the first column's name.
  const text = content.replace(/^\uFEFF/, '');
  const rows = parseCsv(text, csvSeparator(text));
  const header = rows.shift();
  if (!header) return { ...out, problems: [{ line: 1, field: 'header', message: 'il file è vuoto / the file is empty' }] };
  const missing = CSV_COLUMNS.filter((c) => !header.cells.map((h) => h.trim()).includes(c));
  if (missing.length) return { ...out, problems: [{ line: header.line, field: missing[0], message: `colonna mancante / missing column: ${missing.join(', ')}` }] };
  const col = (cells: string[], name: string) => cells[header.cells.map((h) => h.trim()).indexOf(name)];
  const orgs = new Map<string, RegisterOrganisationV1>();
  for (const { line, cells } of rows) {
    if (cells.length !== header.cells.length) {
      out.problems.push({ line, field: 'row', message: `attese ${header.cells.length} colonne, trovate ${cells.length} / expected ${header.cells.length} columns, found ${cells.length}` });
      continue;
    }
    const orgPlain = Object.fromEntries(
      Object.entries(CSV_FIELD).map(([k, c]) => [k, blankToUndefined(col(cells, c))] as const).filter(([, v]) => v !== undefined),
    );
    const org = await check(RegisterOrganisationV1, orgPlain, line, '', out.problems, (f) => CSV_FIELD[f] ?? f);
    if (!org) continue;
    const seen = orgs.get(org.id);
    if (seen && (seen.taxCode !== org.taxCode || seen.name !== org.name)) {
      out.problems.push({ line, field: 'organization_id', message: 'la stessa organizzazione ha dati diversi su un’altra riga / the same organisation differs on another line' });
      continue;
    }
    const servicePlain = Object.fromEntries(
      Object.entries({
        id: blankToUndefined(col(cells, 'service_id')),
        organisationId: org.id,
        name: blankToUndefined(col(cells, 'service_name')),
        status: blankToUndefined(col(cells, 'status')),
        needs: needsOf(list(col(cells, 'needs'))),
        neighbourhoodCodes: list(col(cells, 'neighbourhoods')),
        capacityStatus: blankToUndefined(col(cells, 'capacity_status')),
        capacityAvailable: intOrText(col(cells, 'capacity_available')),
        capacityMaximum: intOrText(col(cells, 'capacity_maximum')),
        capacityUnit: blankToUndefined(col(cells, 'capacity_unit')),
      }).filter(([, v]) => v !== undefined),
    );
    const service = await check(RegisterServiceV1, servicePlain, line, '', out.problems, (f) => CSV_SERVICE_FIELD[f.split('.')[0]] ?? f);
    if (!service) continue;
    orgs.set(org.id, org);
    out.services.push(service);
  }
  out.organisations = [...orgs.values()];
  return out;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

const JSON_ORG_FIELD: Record<string, string> = { legalForm: 'legal_status', taxCode: 'tax_id', runtsNumber: 'organization_identifiers', runtsSection: 'organization_identifiers', website: 'website' };
const JSON_SERVICE_FIELD: Record<string, string> = {
  organisationId: 'organization_id', needs: 'attributes', neighbourhoodCodes: 'service_areas', capacityStatus: 'capacity_status',
  capacityAvailable: 'capacities', capacityMaximum: 'capacities', capacityUnit: 'capacities',
};

export async function readHsdsJson(text: string): Promise<ParsedDirectory> {
  const out: ParsedDirectory = { organisations: [], services: [], problems: [] };
  let doc: Json;
  try {
    doc = obj(JSON.parse(text));
  } catch (err) {
    return { ...out, problems: [{ line: 1, field: 'content', message: `JSON non valido / invalid JSON: ${(err as Error).message}` }] };
  }
  if (!Array.isArray(doc.organizations) || !Array.isArray(doc.services)) {
    return { ...out, problems: [{ line: 1, field: 'content', message: 'servono gli elenchi "organizations" e "services" / "organizations" and "services" lists are required' }] };
  }
  for (const [i, raw] of arr(doc.organizations).entries()) {
    const o = obj(raw);
    const runts = arr(o.organization_identifiers).map(obj).find((x) => String(x.identifier_scheme ?? '').toUpperCase() === 'RUNTS');
    const plain = Object.fromEntries(
      Object.entries({
        id: o.id, name: o.name, legalForm: o.legal_status, taxCode: o.tax_id, email: o.email, website: o.website, description: o.description,
        runtsNumber: runts?.identifier, runtsSection: runts ? String(runts.identifier_type ?? '').replace(/^sezione\s*/i, '') : undefined,
      }).filter(([, v]) => v !== undefined && v !== null),
    );
    const org = await check(RegisterOrganisationV1, plain, i + 1, `organizations[${i + 1}].`, out.problems, (f) => JSON_ORG_FIELD[f] ?? f);
    if (org) out.organisations.push(org);
  }
  const known = new Set(arr(doc.organizations).map((o) => String(obj(o).id ?? '')));
  for (const [i, raw] of arr(doc.services).entries()) {
    const s = obj(raw);
    const capacity = obj(arr(s.capacities)[0]);
    const plain = Object.fromEntries(
      Object.entries({
        id: s.id, organisationId: s.organization_id, name: s.name, description: s.description, status: s.status,
        needs: needsOf(arr(s.attributes).map((a) => String(obj(obj(a).taxonomy_term).code ?? obj(a).value ?? ''))),
        neighbourhoodCodes: arr(s.service_areas).map((a) => String(obj(a).name ?? '')),
        capacityStatus: s.capacity_status,
        capacityAvailable: capacity.available, capacityMaximum: capacity.maximum, capacityUnit: obj(capacity.unit).name,
      }).filter(([, v]) => v !== undefined && v !== null),
    );
    const service = await check(RegisterServiceV1, plain, i + 1, `services[${i + 1}].`, out.problems, (f) => JSON_SERVICE_FIELD[f.split('.')[0]] ?? f);
    if (service && !known.has(service.organisationId)) {
      out.problems.push({ line: i + 1, field: `services[${i + 1}].organization_id`, message: 'organizzazione non presente nel file / organisation not in the file' });
    } else if (service) out.services.push(service);
  }
  return out;
}

/** Needs as their taxonomy slugs, for messages. */
export const needSlug = (n: Need) => NEED_TAXONOMY[n].slug;
