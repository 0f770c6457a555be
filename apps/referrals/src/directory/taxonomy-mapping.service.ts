import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  Actor, DomainError, ListTaxonomyTermsV1, MapTaxonomyTermResultV1, MapTaxonomyTermV1, Need, Page, Role, TaxonomyTermMappingV1,
} from '@prossimo/contracts';
import { CLOCK, Clock, Keyset, Transactions } from '@prossimo/platform';
import { isUuid, needsOf } from './hsds-import';

interface TermRow {
  id: string;
  taxonomy_name: string;
  code: string | null;
  name: string;
  description: string | null;
  need: string | null;
  mapped_at: Date | null;
  services: number;
}

const toTerm = (r: TermRow): TaxonomyTermMappingV1 => ({
  id: r.id,
  taxonomy: r.taxonomy_name,
  code: r.code,
  name: r.name,
  description: r.description,
  need: (r.need as Need | null) ?? null,
  services: r.services,
  mappedAt: r.mapped_at ? new Date(r.mapped_at).toISOString() : null,
});

/** The terms by taxonomy, then name, then id. */
const TERMS_BY_NAME = new Keyset('ASC', [['t.taxonomy_name', 'text'], ['t.name', 'text'], ['t.id', 'uuid']]);

const TERM_SELECT = `SELECT t.id, t.taxonomy_name, t.code, t.name, t.description, t.need, t.mapped_at,
  (SELECT count(*)::int FROM service_attributes a WHERE a.term_id = t.id) AS services FROM taxonomy_terms t`;

/**
 * The ADMIN's mapping of other publishers' taxonomy terms to Prossimo's needs. Applied at import
 * (a term keeps its mapping across re-imports) and at once when it changes: every service carrying
 * the term gets its needs again (declared ∪ mapped), in the same transaction. A service whose terms
 * map to no need is still public, and matching never picks it (it needs a need).
 */
@Injectable()
export class TaxonomyMappingService {
  constructor(
    private readonly tx: Transactions,
    private readonly ds: DataSource,
    @Inject(CLOCK) private readonly now: Clock,
  ) {}

  async list(actor: Actor, q: ListTaxonomyTermsV1): Promise<Page<TaxonomyTermMappingV1>> {
    if (actor.role !== Role.ADMIN) throw DomainError.forbidden('only an administrator maps taxonomies');
    const page = TERMS_BY_NAME.request(q);
    const params: unknown[] = [actor.municipality];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const where = ['t.municipality = $1'];
    if (q.mapped === true) where.push('t.need IS NOT NULL');
    if (q.mapped === false) where.push('t.need IS NULL');
    if (q.search?.trim()) {
      const like = p(`%${q.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`(t.name ILIKE ${like} OR coalesce(t.code, '') ILIKE ${like} OR t.taxonomy_name ILIKE ${like})`);
    }
    if (page.after) where.push(TERMS_BY_NAME.after(page.after, p));
    const rows = await this.ds.query<TermRow[]>(`${TERM_SELECT} WHERE ${where.join(' AND ')} ORDER BY ${TERMS_BY_NAME.orderBy()} LIMIT ${page.limit}`, params);
    const { rows: kept, pageInfo } = TERMS_BY_NAME.page(rows, page, (r) => [r.taxonomy_name, r.name, r.id]);
    return { nodes: kept.map(toTerm), pageInfo };
  }

  async map(actor: Actor, cmd: MapTaxonomyTermV1): Promise<MapTaxonomyTermResultV1> {
    if (actor.role !== Role.ADMIN) throw DomainError.forbidden('only an administrator maps taxonomies');
    return this.tx.run(async (em) => {
      const [term] = await em.query<{ id: string; municipality: string }[]>(`SELECT id, municipality FROM taxonomy_terms WHERE id = $1 FOR UPDATE`, [cmd.termId]);
      if (!term || term.municipality !== actor.municipality) throw DomainError.notFound('taxonomy term');
      await em.query(`UPDATE taxonomy_terms SET need = $2, mapped_at = $3, mapped_by = $4 WHERE id = $1`, [cmd.termId, cmd.need ?? null, this.now(), actor.accountId && isUuid(actor.accountId) ? actor.accountId : null]);
      const servicesUpdated = await this.applyTo(em, cmd.termId);
      const [row] = await em.query<TermRow[]>(`${TERM_SELECT} WHERE t.id = $1`, [cmd.termId]);
      const [{ n }] = await em.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM services s JOIN organisations o ON o.id = s.organisation_id WHERE o.municipality = $1 AND s.status = 'active' AND cardinality(s.needs) = 0`,
        [actor.municipality],
      );
      return { term: toTerm(row), servicesUpdated, unrouted: n };
    });
  }

  /** Every service carrying the term gets its needs again; returns how many changed. */
  private async applyTo(em: EntityManager, termId: string): Promise<number> {
    const rows = await em.query<{ id: string; needs: string[]; declared_needs: string[]; mapped: (string | null)[] }[]>(
      `SELECT s.id, s.needs, s.declared_needs,
              ARRAY(SELECT t.need FROM service_attributes a JOIN taxonomy_terms t ON t.id = a.term_id WHERE a.service_id = s.id) AS mapped
         FROM services s WHERE EXISTS (SELECT 1 FROM service_attributes a WHERE a.service_id = s.id AND a.term_id = $1)
        ORDER BY s.id FOR UPDATE OF s`,
      [termId],
    );
    let changed = 0;
    for (const r of rows) {
      const needs = needsOf(r.declared_needs, r.mapped);
      if (JSON.stringify(needs) === JSON.stringify(needsOf(r.needs, []))) continue;
      await em.query(`UPDATE services SET needs = $2, updated_at = $3 WHERE id = $1`, [r.id, needs, this.now()]);
      changed += 1;
    }
    return changed;
  }
}
