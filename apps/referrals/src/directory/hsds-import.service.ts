import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, DomainError, ImportFieldV1, ImportHsdsV1, ImportReportV1, ImportResultV1, ImportRowStatus, ImportRowV1, Role } from '@prossimo/contracts';
import { CLOCK, Clock, Transactions } from '@prossimo/platform';
import { LocationEntity, OrganisationEntity, ServiceAtLocationEntity, ServiceEntity } from './directory.entities';
import { PhoneEntity, ScheduleEntity, TaxonomyEntity, TaxonomyTermEntity } from './directory-details.entities';
import { GRAPH_TABLES, GraphRow, HsdsGraph, readHsdsObjects, readTabularPackage } from './hsds-graph';
import { IdTable, ImportContext, ImportPlan, Outcome, Owner, importedId, isUuid, needsOf, planImport } from './hsds-import';
import { HsdsImportRepository } from './hsds-import.repository';

/** At most this many rows are listed one by one in the answer (every refusal and warning first). */
export const REPORT_ROWS_MAX = 1000;

const ORG_FIELDS: [keyof OrganisationEntity, string][] = [
  ['name', 'name'], ['description', 'description'], ['legalForm', 'legal_status'], ['taxCode', 'tax_id'], ['runtsNumber', 'organization_identifiers'],
  ['runtsSection', 'organization_identifiers.identifier_type'], ['email', 'email'], ['website', 'website'],
];
const SERVICE_FIELDS: [keyof ServiceEntity, string][] = [
  ['name', 'name'], ['description', 'description'], ['status', 'status'], ['applicationProcess', 'application_process'], ['eligibilityDescription', 'eligibility_description'],
  ['feesDescription', 'fees_description'], ['minimumAge', 'minimum_age'], ['maximumAge', 'maximum_age'], ['email', 'email'], ['url', 'url'],
  ['capacityStatus', 'capacity_status'], ['capacityAvailable', 'service_capacity.available'], ['capacityMaximum', 'service_capacity.maximum'], ['capacityUnit', 'service_capacity.unit'],
  ['needs', 'attributes'],
];
const LOCATION_FIELDS: [keyof LocationEntity, string][] = [
  ['name', 'name'], ['description', 'description'], ['transportation', 'transportation'], ['latitude', 'latitude'], ['longitude', 'longitude'], ['address', 'address_1'],
  ['city', 'city'], ['postalCode', 'postal_code'], ['stateProvince', 'state_province'], ['country', 'country'], ['organisationId', 'organization_id'],
];
const PHONE_FIELDS: [keyof PhoneEntity, string][] = [['number', 'number'], ['extension', 'extension'], ['type', 'type'], ['description', 'description']];
const SCHEDULE_FIELDS: [keyof ScheduleEntity, string][] = [
  ['freq', 'freq'], ['interval', 'interval'], ['byday', 'byday'], ['bymonthday', 'bymonthday'], ['opensAt', 'opens_at'], ['closesAt', 'closes_at'],
  ['validFrom', 'valid_from'], ['validTo', 'valid_to'], ['description', 'description'], ['notes', 'notes'], ['attendingType', 'attending_type'],
];

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields that differ (created: the fields given), named as the file names them. */
function diff<T>(before: T | undefined, after: T, fields: [keyof T, string][]): ImportFieldV1[] {
  const out: ImportFieldV1[] = [];
  for (const [key, name] of fields) {
    const a = after[key];
    if (!before) {
      if (a !== null && a !== undefined && !(Array.isArray(a) && a.length === 0)) out.push({ field: name, status: 'created', message: null });
    } else if (!same(before[key], a)) out.push({ field: name, status: 'updated', message: null });
  }
  // Two keys may share a name (RUNTS number and section): one line each.
  return out.filter((f, i) => out.findIndex((g) => g.field === f.field) === i);
}

/** The package's files: a JSON object of path → text (the gateway unzips a zip into it). */
function filesOf(content: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    throw DomainError.badInput('content', 'content: per hsds-tabular serve un oggetto JSON {"percorso": "testo"} dei file del pacchetto (o uno zip tramite POST /admin/directory-import) / for hsds-tabular, content is a JSON object {"path": "text"} of the package files (or a zip through POST /admin/directory-import)');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed) || !Object.values(parsed).every((v) => typeof v === 'string')) {
    throw DomainError.badInput('content', 'content: serve un oggetto JSON {"percorso": "testo"} / content must be a JSON object {"path": "text"}');
  }
  return parsed as Record<string, string>;
}

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+|-+$/g, '')
    .slice(0, 80);

/**
 * HSDS imports of other publishers' data (tabular data package, JSON objects): every valid row
 * lands, each refused row is named with the field at fault, warnings do not refuse, and the answer
 * says what happened to each row field by field. One transaction per import (a failure of the
 * database leaves nothing half-written); one import at a time per municipality.
 */
@Injectable()
export class HsdsImportService {
  constructor(
    private readonly tx: Transactions,
    private readonly repo: HsdsImportRepository,
    @Inject(CLOCK) private readonly now: Clock,
  ) {}

  async import(actor: Actor, input: ImportHsdsV1): Promise<ImportResultV1> {
    if (actor.role !== Role.ADMIN) throw DomainError.forbidden('only an administrator imports a directory');
    const graph = input.format === 'hsds-tabular' ? readTabularPackage(filesOf(input.content)) : readHsdsObjects(input.content);
    const source = input.source ?? (graph.name ? slug(graph.name) : '') ?? 'hsds';
    const fatal = graph.problems.length > 0 && GRAPH_TABLES.every((t) => graph.rows[t].length === 0);
    if (fatal) {
      return { imported: false, organisations: 0, services: 0, problems: graph.problems.map((p) => ({ line: p.line, field: p.field, message: p.message })), report: null };
    }
    return this.tx.run(async (em) => {
      await this.repo.lockImports(em, actor.municipality);
      const ctx = await this.context(em, actor.municipality, source || 'hsds', input.neighbourhoods ?? [], graph);
      const plan = planImport(graph, ctx);
      await this.refuseTakenTaxCodes(em, actor.municipality, plan);
      const status = new Map<string, ImportRowStatus>();
      const fieldsOf = new Map<GraphRow, ImportFieldV1[]>();
      const record = (o: Outcome, s: ImportRowStatus, changes: ImportFieldV1[]) => {
        status.set(o.row.ref, s);
        // A field that landed with a warning is reported once, as the warning.
        const warned = new Set([...o.fields, ...changes].filter((f) => f.status === 'warning').map((f) => f.field));
        fieldsOf.set(o.row, [...changes.filter((c) => c.status === 'warning' || !warned.has(c.field)), ...o.fields]);
      };
      await this.applyOrganisations(em, actor.municipality, source || 'hsds', plan, record);
      await this.applyTaxonomies(em, actor.municipality, plan, record);
      const dropped = new Set<string>();
      const unrouted = await this.applyServices(em, actor.municipality, source || 'hsds', plan, dropped, record);
      await this.applyLocations(em, source || 'hsds', plan, dropped, record);
      await this.applyPhonesAndSchedules(em, plan, dropped, record);
      const report = this.report(input.format, source || 'hsds', graph, plan, status, fieldsOf, unrouted, await this.repo.countUnmappedTerms(em, actor.municipality));
      const landed = plan.organisations.length + plan.services.length + plan.locations.length > 0;
      return {
        imported: landed,
        organisations: plan.organisations.length,
        services: plan.services.length,
        problems: [
          ...graph.problems.map((p) => ({ line: p.line, field: `${p.ref} ${p.field}`, message: p.message })),
          ...plan.refused.map((r) => ({ line: r.row.line, field: `${r.row.ref} ${r.fields[0]?.field ?? ''}`.trim(), message: r.fields[0]?.message ?? '' })),
        ],
        report,
      };
    });
  }

  /** Which ids the file's UUIDs already name elsewhere, and which rows it may refer to without carrying them. */
  private async context(em: EntityManager, municipality: string, source: string, neighbourhoods: { code: string; name: string }[], graph: HsdsGraph): Promise<ImportContext> {
    const elsewhere = new Map<IdTable, Set<string>>();
    const tables: [IdTable, GraphRow[]][] = [
      ['organizations', graph.rows.organizations], ['services', graph.rows.services], ['locations', graph.rows.locations],
      ['service_at_locations', graph.rows.service_at_locations], ['phones', graph.rows.phones], ['schedules', graph.rows.schedules],
      ['taxonomies', graph.rows.taxonomies], ['taxonomy_terms', graph.rows.taxonomy_terms],
    ];
    for (const [table, rows] of tables) {
      const ids = [...new Set(rows.map((r) => String(r.values.id ?? '').trim().toLowerCase()).filter(isUuid))];
      elsewhere.set(table, (await this.repo.placeOf(em, table, ids, municipality)).elsewhere);
    }
    const base = { municipality, source, takenElsewhere: (t: IdTable, id: string) => elsewhere.get(t)?.has(id) ?? false };
    const refs = (table: IdTable, values: unknown[]) => [...new Set(values.filter((v) => v !== undefined && v !== null).map((v) => importedId(base, table, String(v).trim())))];
    const all = GRAPH_TABLES.flatMap((t) => graph.rows[t]);
    const here = async (table: IdTable, key: string) => (await this.repo.placeOf(em, table, refs(table, all.map((r) => r.values[key])), municipality)).here;
    return {
      ...base,
      neighbourhoods,
      existingOrganisations: await here('organizations', 'organization_id'),
      existingServices: await here('services', 'service_id'),
      existingLocations: await here('locations', 'location_id'),
    };
  }

  /** An organisation whose tax code another organisation of the municipality holds is refused (the code is unique per municipality). */
  private async refuseTakenTaxCodes(em: EntityManager, municipality: string, plan: ImportPlan): Promise<void> {
    const holders = await this.repo.organisationsByTaxCode(em, municipality, plan.organisations.map((o) => o.values.taxCode).filter((t): t is string => !!t));
    const byCode = new Map(holders.map((h) => [h.taxCode, h]));
    const taken = plan.organisations.filter((o) => o.values.taxCode && byCode.has(o.values.taxCode) && byCode.get(o.values.taxCode)!.id !== o.id);
    for (const o of taken) {
      const holder = byCode.get(o.values.taxCode)!;
      plan.refused.push({ row: o.row, pid: o.pid, fields: [{ field: 'tax_id', status: 'refused', message: `il codice fiscale ${o.values.taxCode} è già di «${holder.name}» / tax code ${o.values.taxCode} already belongs to «${holder.name}»` }] });
    }
    if (!taken.length) return;
    // What depended on them goes too (services, then their places, phones and hours).
    const gone = new Set(taken.map((o) => o.id));
    plan.organisations = plan.organisations.filter((o) => !gone.has(o.id));
    const cascade = <T extends Outcome>(list: T[], dead: (x: T) => boolean, field: string, message: string): T[] => {
      const [out, keep] = [list.filter(dead), list.filter((x) => !dead(x))];
      out.forEach((x) => plan.refused.push({ row: x.row, pid: x.pid, fields: [{ field, status: 'refused', message }] }));
      return keep;
    };
    const orgGone = 'la sua organizzazione è stata rifiutata / its organisation was refused';
    const removed = new Set<string>(gone);
    const drop = <T extends Outcome & { id: string }>(list: T[], dead: (x: T) => boolean, field: string, message: string): T[] => {
      list.filter(dead).forEach((x) => removed.add(x.id));
      return cascade(list, dead, field, message);
    };
    plan.services = drop(plan.services, (s) => gone.has(s.organisationId), 'organization_id', orgGone);
    plan.locations = drop(plan.locations, (l) => gone.has(l.organisationId), 'organization_id', orgGone);
    plan.places = drop(plan.places, (p) => removed.has(p.serviceId) || removed.has(p.locationId), 'service_id', 'il servizio o il luogo è stato rifiutato / the service or the location was refused');
    const ownerGone = (o: Owner) => [o.organisationId, o.serviceId, o.locationId, o.serviceAtLocationId].some((id) => id !== null && removed.has(id));
    plan.phones = cascade(plan.phones, (p) => ownerGone(p.owner), 'service_id', 'ciò a cui apparteneva è stato rifiutato / what it belonged to was refused');
    plan.schedules = cascade(plan.schedules, (p) => ownerGone(p.owner), 'service_id', 'ciò a cui apparteneva è stato rifiutato / what it belonged to was refused');
  }

  private async applyOrganisations(em: EntityManager, municipality: string, source: string, plan: ImportPlan, record: (o: Outcome, s: ImportRowStatus, f: ImportFieldV1[]) => void): Promise<void> {
    const existing = new Map((await this.repo.organisations(em, plan.organisations.map((o) => o.id))).map((o) => [o.id, o]));
    const now = this.now();
    for (const o of plan.organisations) {
      const before = existing.get(o.id);
      const after = Object.assign(new OrganisationEntity(), {
        ...(before ?? { phone: null, createdAt: now }),
        id: o.id,
        municipality,
        ...o.values,
        source,
        externalId: o.pid,
      }) as OrganisationEntity;
      const changes = diff(before, after, ORG_FIELDS);
      const s: ImportRowStatus = !before ? 'created' : changes.length ? 'updated' : 'unchanged';
      if (s !== 'unchanged') await this.repo.saveOrganisation(em, { ...after, updatedAt: now });
      record(o, s, changes);
    }
  }

  private async applyTaxonomies(em: EntityManager, municipality: string, plan: ImportPlan, record: (o: Outcome, s: ImportRowStatus, f: ImportFieldV1[]) => void): Promise<void> {
    const taxonomies = new Map((await this.repo.taxonomies(em, plan.taxonomies.map((t) => t.id))).map((t) => [t.id, t]));
    for (const t of plan.taxonomies) {
      const before = taxonomies.get(t.id);
      const after = Object.assign(new TaxonomyEntity(), { id: t.id, municipality, ...t.values });
      const changes = diff(before, after, [['name', 'name'], ['description', 'description'], ['uri', 'uri'], ['version', 'version']]);
      const s: ImportRowStatus = !before ? 'created' : changes.length ? 'updated' : 'unchanged';
      if (s !== 'unchanged') await this.repo.saveTaxonomy(em, after);
      record(t, s, changes);
    }
    const terms = new Map((await this.repo.terms(em, plan.terms.map((t) => t.id))).map((t) => [t.id, t]));
    for (const t of plan.terms) {
      const before = terms.get(t.id);
      // The mapping is the ADMIN's: a re-import never changes it.
      const after = Object.assign(new TaxonomyTermEntity(), { id: t.id, municipality, parentId: null, need: before?.need ?? null, mappedAt: before?.mappedAt ?? null, mappedBy: before?.mappedBy ?? null, ...t.values });
      const changes = diff(before, after, [['taxonomyName', 'taxonomy'], ['code', 'code'], ['name', 'name'], ['description', 'description'], ['termUri', 'term_uri']]);
      const s: ImportRowStatus = !before ? 'created' : changes.length ? 'updated' : 'unchanged';
      if (s !== 'unchanged') await this.repo.saveTerm(em, after);
      const unmapped = !after.need ? [{ field: 'need', status: 'warning' as const, message: 'termine non ancora collegato a un bisogno: l’amministrazione lo collega nella pagina della tassonomia / term not mapped to a need yet: the administration maps it on the taxonomy page' }] : [];
      record(t, s, [...changes, ...unmapped]);
    }
  }

  /** Returns how many imported active services answer no need (listed publicly, never routed). */
  private async applyServices(em: EntityManager, municipality: string, source: string, plan: ImportPlan, dropped: Set<string>, record: (o: Outcome, s: ImportRowStatus, f: ImportFieldV1[]) => void): Promise<number> {
    const ids = plan.services.map((s) => s.id);
    const existing = new Map((await this.repo.services(em, ids)).map((s) => [s.id, s]));
    const areas = await this.repo.areasOf(em, ids, municipality);
    const attributes = await this.repo.attributesOf(em, ids);
    const termNeeds = await this.repo.termNeeds(em, [...new Set(plan.services.flatMap((s) => s.termIds))]);
    const now = this.now();
    let unrouted = 0;
    for (const p of plan.services) {
      const before = existing.get(p.id);
      if (before && before.organisationId !== p.organisationId) {
        plan.refused.push({ row: p.row, pid: p.pid, fields: [{ field: 'organization_id', status: 'refused', message: 'il servizio è già di un’altra organizzazione / the service already belongs to another organisation' }] });
        dropped.add(p.id);
        continue;
      }
      const needs = needsOf(p.declaredNeeds, p.termIds.map((t) => termNeeds.get(t) ?? null));
      const extra: ImportFieldV1[] = [];
      let capacity = p.capacity;
      if (!capacity?.status && !before) {
        extra.push({ field: 'capacity_status', status: 'warning', message: 'disponibilità non indicata: «serve una valutazione» finché l’ente non la aggiorna / capacity not given: «assessment required» until the organisation updates it' });
      }
      if (!capacity) capacity = { status: null, available: null, maximum: null, unit: null };
      const after = Object.assign(new ServiceEntity(), {
        ...(before ?? {}),
        id: p.id,
        organisationId: p.organisationId,
        ...p.values,
        needs,
        declaredNeeds: p.declaredNeeds,
        capacityStatus: capacity.status ?? before?.capacityStatus ?? 'additional-assessment-required',
        capacityAvailable: p.capacity ? capacity.available : (before?.capacityAvailable ?? null),
        capacityMaximum: p.capacity ? capacity.maximum : (before?.capacityMaximum ?? null),
        capacityUnit: p.capacity ? capacity.unit : (before?.capacityUnit ?? null),
        source,
        externalId: p.pid,
        updatedAt: before?.updatedAt ?? now,
      }) as ServiceEntity;
      const changes = diff(before, after, SERVICE_FIELDS);
      const beforeAreas = areas.get(p.id) ?? [];
      const areaChange = p.areas !== null && !same(beforeAreas, p.areas);
      if (areaChange || (!before && p.areas?.length)) changes.push({ field: 'service_areas', status: before ? 'updated' : 'created', message: null });
      const termChange = !same(attributes.get(p.id) ?? [], p.termIds);
      if (termChange && !changes.some((c) => c.field === 'attributes')) changes.push({ field: 'attributes', status: before ? 'updated' : 'created', message: null });
      if (needs.length === 0) {
        extra.push({ field: 'attributes', status: 'warning', message: 'nessun termine collegato a un bisogno: nel catalogo, ma non riceve invii / no term maps to a need: listed, but gets no referrals' });
        if (after.status === 'active') unrouted += 1;
      }
      const s: ImportRowStatus = !before ? 'created' : changes.length ? 'updated' : 'unchanged';
      if (s !== 'unchanged') await this.repo.saveService(em, { ...after, updatedAt: before ? now : (p.lastModified ?? now) });
      if (p.areas !== null && (areaChange || !before)) await this.repo.replaceAreas(em, p.id, municipality, p.areas);
      if (termChange) await this.repo.replaceAttributes(em, p.id, p.termIds);
      record(p, s, [...changes, ...extra]);
    }
    plan.services = plan.services.filter((s) => !dropped.has(s.id));
    return unrouted;
  }

  private async applyLocations(em: EntityManager, source: string, plan: ImportPlan, dropped: Set<string>, record: (o: Outcome, s: ImportRowStatus, f: ImportFieldV1[]) => void): Promise<void> {
    const existing = new Map((await this.repo.locations(em, plan.locations.map((l) => l.id))).map((l) => [l.id, l]));
    for (const l of plan.locations) {
      const before = existing.get(l.id);
      const after = Object.assign(new LocationEntity(), { ...(before ?? {}), id: l.id, organisationId: l.organisationId, ...l.values, source, externalId: l.pid }) as LocationEntity;
      const changes = diff(before, after, LOCATION_FIELDS);
      const s: ImportRowStatus = !before ? 'created' : changes.length ? 'updated' : 'unchanged';
      if (s !== 'unchanged') await this.repo.saveLocation(em, after);
      record(l, s, changes);
    }
    const places = new Map((await this.repo.places(em, plan.places.map((p) => p.id))).map((p) => [p.id, p]));
    for (const p of plan.places) {
      if (dropped.has(p.serviceId)) {
        plan.refused.push({ row: p.row, pid: p.pid, fields: [{ field: 'service_id', status: 'refused', message: 'il servizio è stato rifiutato / the service was refused' }] });
        dropped.add(p.id);
        continue;
      }
      const before = places.get(p.id);
      const after = Object.assign(new ServiceAtLocationEntity(), { id: p.id, serviceId: p.serviceId, locationId: p.locationId, description: p.description });
      const changes = diff(before, after, [['serviceId', 'service_id'], ['locationId', 'location_id'], ['description', 'description']]);
      const s: ImportRowStatus = !before ? 'created' : changes.length ? 'updated' : 'unchanged';
      if (s !== 'unchanged') await this.repo.savePlace(em, after);
      record(p, s, changes);
    }
  }

  /** The file's phones and hours replace those of every owner it imports (organisation, service, location, place). */
  private async applyPhonesAndSchedules(em: EntityManager, plan: ImportPlan, dropped: Set<string>, record: (o: Outcome, s: ImportRowStatus, f: ImportFieldV1[]) => void): Promise<void> {
    const owners = {
      organisationIds: plan.organisations.map((o) => o.id),
      serviceIds: plan.services.map((s) => s.id),
      locationIds: plan.locations.map((l) => l.id),
      serviceAtLocationIds: plan.places.map((p) => p.id),
    };
    const gone = (o: Owner) => [o.serviceId, o.serviceAtLocationId].some((id) => id !== null && dropped.has(id));
    const phones = await this.repo.phonesOf(em, owners);
    const keepPhones = new Set(plan.phones.map((p) => p.id));
    await this.repo.deletePhones(em, phones.filter((p) => !keepPhones.has(p.id)).map((p) => p.id));
    const phoneById = new Map(phones.map((p) => [p.id, p]));
    for (const p of plan.phones) {
      if (gone(p.owner)) {
        plan.refused.push({ row: p.row, pid: p.pid, fields: [{ field: 'service_id', status: 'refused', message: 'ciò a cui apparteneva è stato rifiutato / what it belonged to was refused' }] });
        continue;
      }
      const before = phoneById.get(p.id);
      const after = Object.assign(new PhoneEntity(), { id: p.id, ...p.owner, ...p.values });
      const changes = diff(before, after, PHONE_FIELDS);
      const s: ImportRowStatus = !before ? 'created' : changes.length || !sameOwner(before, p.owner) ? 'updated' : 'unchanged';
      if (s !== 'unchanged') await this.repo.savePhone(em, after);
      record(p, s, changes);
    }
    const schedules = await this.repo.schedulesOf(em, owners);
    const keepSchedules = new Set(plan.schedules.map((p) => p.id));
    await this.repo.deleteSchedules(em, schedules.filter((p) => !keepSchedules.has(p.id)).map((p) => p.id));
    const scheduleById = new Map(schedules.map((p) => [p.id, p]));
    for (const p of plan.schedules) {
      if (gone(p.owner)) {
        plan.refused.push({ row: p.row, pid: p.pid, fields: [{ field: 'service_id', status: 'refused', message: 'ciò a cui apparteneva è stato rifiutato / what it belonged to was refused' }] });
        continue;
      }
      const before = scheduleById.get(p.id);
      const after = Object.assign(new ScheduleEntity(), { id: p.id, serviceId: p.owner.serviceId, locationId: p.owner.locationId, serviceAtLocationId: p.owner.serviceAtLocationId, ...p.values });
      const changes = diff(before, after, SCHEDULE_FIELDS);
      const s: ImportRowStatus = !before ? 'created' : changes.length ? 'updated' : 'unchanged';
      if (s !== 'unchanged') await this.repo.saveSchedule(em, after);
      record(p, s, changes);
    }
  }

  private report(
    format: string,
    source: string,
    graph: HsdsGraph,
    plan: ImportPlan,
    status: Map<string, ImportRowStatus>,
    fieldsOf: Map<GraphRow, ImportFieldV1[]>,
    unrouted: number,
    unmappedTerms: number,
  ): ImportReportV1 {
    const refused = new Map(plan.refused.map((r) => [r.row, r]));
    const folded = new Map(plan.folded.map((f) => [f.row, f]));
    const rows: ImportRowV1[] = [];
    for (const table of GRAPH_TABLES) {
      for (const row of graph.rows[table]) {
        const r = refused.get(row);
        if (r) {
          rows.push({ table, ref: row.ref, line: row.line, id: r.pid, status: 'refused', fields: r.fields });
          continue;
        }
        const f = folded.get(row);
        if (f) {
          // Read into another row (an address into its location, an area into its service): that row's fate is its own.
          const parent = parentStatus(row, graph, status);
          rows.push({ table, ref: row.ref, line: row.line, id: f.pid, status: parent, fields: f.fields });
          continue;
        }
        const s = status.get(row.ref);
        if (s) rows.push({ table, ref: row.ref, line: row.line, id: row.values.id !== undefined ? String(row.values.id) : null, status: s, fields: fieldsOf.get(row) ?? [] });
        else rows.push({ table, ref: row.ref, line: row.line, id: row.values.id !== undefined ? String(row.values.id) : null, status: 'refused', fields: [{ field: 'id', status: 'refused', message: 'riga non importata / row not imported' }] });
      }
    }
    for (const p of graph.problems) rows.push({ table: p.ref.split(':')[0], ref: p.ref, line: p.line, id: null, status: 'refused', fields: [{ field: p.field, status: 'refused', message: p.message }] });
    const tables = GRAPH_TABLES.map((table) => {
      const of = rows.filter((r) => r.table === table);
      const count = (s: ImportRowStatus) => of.filter((r) => r.status === s).length;
      return { table, created: count('created'), updated: count('updated'), unchanged: count('unchanged'), refused: count('refused'), warnings: of.filter((r) => r.status !== 'refused' && r.fields.some((f) => f.status === 'warning')).length };
    }).filter((t) => t.created + t.updated + t.unchanged + t.refused > 0);
    const important = (r: ImportRowV1) => r.status === 'refused' || r.fields.some((f) => f.status === 'warning');
    const ordered = [...rows.filter(important), ...rows.filter((r) => !important(r))];
    return { format, source, tables, rows: ordered.slice(0, REPORT_ROWS_MAX), rowsLeftOut: Math.max(0, ordered.length - REPORT_ROWS_MAX), unrouted, unmappedTerms, ignored: graph.ignored };
  }
}

function sameOwner(p: PhoneEntity, o: Owner): boolean {
  return p.organisationId === o.organisationId && p.serviceId === o.serviceId && p.locationId === o.locationId && p.serviceAtLocationId === o.serviceAtLocationId;
}

/** A folded row takes the fate of the row it was read into (created, updated, unchanged), or refused when that one was. */
function parentStatus(row: GraphRow, graph: HsdsGraph, status: Map<string, ImportRowStatus>): ImportRowStatus {
  const v = row.values;
  const parentKey: Partial<Record<string, [keyof HsdsGraph['rows'], unknown]>> = {
    organization_identifiers: ['organizations', v.organization_id],
    addresses: ['locations', v.location_id],
    service_areas: ['services', v.service_id],
    cost_options: ['services', v.service_id],
    service_capacities: ['services', v.service_id],
    attributes: ['services', v.link_id],
  };
  const k = parentKey[row.table];
  if (!k) return 'unchanged';
  const parent = graph.rows[k[0]].find((r) => String(r.values.id ?? '') === String(k[1] ?? ''));
  const s = parent ? status.get(parent.ref) : undefined;
  return s ?? 'refused';
}
