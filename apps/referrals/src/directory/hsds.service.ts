import { Injectable } from '@nestjs/common';
import { DEFAULT_PAGE_SIZE, DomainError, HsdsGetV1, HsdsListV1, HsdsPage, Need } from '@prossimo/contracts';
import { HSDS_PROFILE, HSDS_VERSION, TAXONOMY_ID, hsdsOrganization, hsdsService, hsdsStoredAttribute, hsdsStoredTerm, hsdsServiceAtLocation, hsdsServiceSummary, hsdsTaxonomy, hsdsTaxonomyTerm, needOfTerm } from './hsds';
import { HsdsRepository, ServiceFilter } from './hsds.repository';

function page<T>(contents: T[], total: number, pageNumber: number, perPage: number): HsdsPage<T> {
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: pageNumber,
    size: contents.length,
    first_page: pageNumber === 1,
    last_page: pageNumber >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

/** The public directory (GET /hsds/...): HSDS 3.0 objects, paginated. Organisations and services only. */
@Injectable()
export class HsdsService {
  constructor(private readonly repo: HsdsRepository) {}

  meta() {
    return { version: HSDS_VERSION, profile: HSDS_PROFILE };
  }

  private paging(q: HsdsListV1) {
    const perPage = q.per_page ?? DEFAULT_PAGE_SIZE;
    const pageNumber = q.page ?? 1;
    return { perPage, pageNumber, offset: (pageNumber - 1) * perPage };
  }

  /** A taxonomy filter outside our taxonomy matches nothing; the term becomes the need. */
  /** Prossimo's own taxonomy and terms filter by need; another publisher's by the services carrying them. */
  private filter(q: HsdsListV1): ServiceFilter {
    const need = q.taxonomy_term_id ? needOfTerm(q.taxonomy_term_id) : null;
    return {
      termId: q.taxonomy_term_id && !need ? q.taxonomy_term_id : null,
      taxonomyId: q.taxonomy_id && q.taxonomy_id !== TAXONOMY_ID ? q.taxonomy_id : null,
      search: q.search ?? null,
      organisationId: q.organization_id ?? null,
      need,
      modifiedAfter: q.modified_after ?? null,
      municipality: q.municipality ?? null,
      neighbourhood: q.neighbourhood ?? null,
      status: q.status ?? null,
      serviceId: q.service_id ?? null,
    };
  }

  async services(q: HsdsListV1) {
    const { perPage, pageNumber, offset } = this.paging(q);
    const f = this.filter(q);
    const { total, rows } = await this.repo.pageServices(f, perPage, offset);
    const orgs = await this.repo.organisations([...new Set(rows.map((r) => r.organisation_id))]);
    return page(rows.map((s) => hsdsServiceSummary(s, orgs.get(s.organisation_id)!)), total, pageNumber, perPage);
  }

  async service(q: HsdsGetV1) {
    const none: ServiceFilter = { termId: null, taxonomyId: null, search: null, organisationId: null, need: null, modifiedAfter: null, municipality: null, neighbourhood: null, status: null, serviceId: q.id };
    const { rows } = await this.repo.pageServices(none, 1, 0);
    const s = rows[0];
    if (!s) throw DomainError.notFound('service');
    const orgs = await this.repo.organisations([s.organisation_id]);
    const sals = await this.repo.serviceAtLocations([s.id]);
    const details = await this.repo.details({ organisations: [s.organisation_id], services: [s.id], locations: sals.map((l) => l.location_id), places: sals.map((l) => l.id) });
    const full = hsdsService(s, orgs.get(s.organisation_id)!, sals, details);
    // Other publishers' terms the service carries, kept as they are.
    const stored = await this.repo.termsOf([s.id]);
    return { ...full, attributes: [...full.attributes, ...stored.map((t) => hsdsStoredAttribute(s.id, t))] };
  }

  async organizations(q: HsdsListV1) {
    const { perPage, pageNumber, offset } = this.paging(q);
    const { total, rows } = await this.repo.pageOrganisations(q.search ?? null, perPage, offset);
    return page(rows.map(hsdsOrganization), total, pageNumber, perPage);
  }

  async organization(q: HsdsGetV1) {
    const org = (await this.repo.organisations([q.id])).get(q.id);
    if (!org) throw DomainError.notFound('organization');
    return hsdsOrganization(org);
  }

  /** Prossimo's needs taxonomy, then the other publishers' taxonomies kept here. */
  async taxonomies(q: HsdsListV1) {
    const { perPage, pageNumber, offset } = this.paging(q);
    const stored = (await this.repo.storedTaxonomies()).map((t) => ({ id: t.id, name: t.name, description: t.description ?? t.name, ...(t.uri ? { uri: t.uri } : {}), ...(t.version ? { version: t.version } : {}) }));
    const all = [hsdsTaxonomy(), ...stored].filter((t) => !q.search || t.name.includes(q.search));
    return page(all.slice(offset, offset + perPage), all.length, pageNumber, perPage);
  }

  /** Prossimo's needs, then the terms of other publishers that services carry. */
  async taxonomyTerms(q: HsdsListV1) {
    const { perPage, pageNumber, offset } = this.paging(q);
    const ours = (Object.values(Need)).map(hsdsTaxonomyTerm);
    const theirs = q.taxonomy_id === TAXONOMY_ID ? [] : (await this.repo.storedTerms(q.taxonomy_id ?? null)).map(hsdsStoredTerm);
    const all = [...ours, ...theirs].filter(
      (t) => (!q.taxonomy_id || ('taxonomy_id' in t && t.taxonomy_id === q.taxonomy_id)) && !q.parent_id && (!q.search || t.name.includes(q.search) || t.description.includes(q.search)),
    );
    return page(all.slice(offset, offset + perPage), all.length, pageNumber, perPage);
  }

  async serviceAtLocations(q: HsdsListV1) {
    const { perPage, pageNumber, offset } = this.paging(q);
    const f = this.filter(q);
    const { total, rows } = await this.repo.pageServiceAtLocations(f, perPage, offset);
    const details = await this.repo.details({ locations: [...new Set(rows.map((l) => l.location_id))], places: rows.map((l) => l.id) });
    return page(rows.map((l) => hsdsServiceAtLocation(l, details)), total, pageNumber, perPage);
  }
}
