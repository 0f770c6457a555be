import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { AreaFeature } from '../geo/geo';
import { NeighbourhoodEntity } from './neighbourhood.entity';

/** A neighbourhood without its area: what lists need. */
export type NeighbourhoodSummary = Pick<NeighbourhoodEntity, 'municipality' | 'code' | 'name' | 'population' | 'approximate'> & Partial<Pick<NeighbourhoodEntity, 'geometry'>>;

/** The only place that speaks TypeORM for neighbourhoods. Writes take the transaction they run in. */
@Injectable()
export class NeighbourhoodsRepository {
  constructor(private readonly ds: DataSource) {}

  /** The neighbourhoods of one municipality, or of all when none is given, by name (areas left out). */
  findSummaries(municipality: string | undefined, withGeometry = false): Promise<NeighbourhoodSummary[]> {
    const qb = this.ds
      .getRepository(NeighbourhoodEntity)
      .createQueryBuilder('n')
      .select(['n.municipality', 'n.code', 'n.name', 'n.population', 'n.approximate', ...(withGeometry ? ['n.geometry'] : [])])
      .orderBy('n.name', 'ASC')
      .addOrderBy('n.municipality', 'ASC')
      .addOrderBy('n.code', 'ASC');
    if (municipality) qb.where('n.municipality = :municipality', { municipality });
    return qb.getMany();
  }

  /** Whether a neighbourhood with this code exists (in the municipality, when one is given). */
  exists(code: string, municipality: string | undefined): Promise<boolean> {
    return this.ds.getRepository(NeighbourhoodEntity).exists({ where: municipality ? { code, municipality } : { code } });
  }

  /** The municipalities that have neighbourhoods (those this deployment serves), by code. */
  async municipalities(): Promise<string[]> {
    const rows = await this.ds.query<{ municipality: string }[]>(`SELECT DISTINCT municipality FROM neighbourhoods ORDER BY municipality`);
    return rows.map((r) => r.municipality);
  }

  /** The areas of a municipality's neighbourhoods, for point in polygon (ordered by code: a stable first match). */
  async findAreas(municipality: string): Promise<AreaFeature[]> {
    const rows = await this.ds.getRepository(NeighbourhoodEntity).find({ where: { municipality }, select: { code: true, geometry: true }, order: { code: 'ASC' } });
    return rows.map((r) => ({ properties: { code: r.code }, geometry: r.geometry }));
  }

  /** A municipality's neighbourhoods with their population figures, by name (areas left out). */
  findWithPopulation(municipality: string): Promise<NeighbourhoodEntity[]> {
    return this.ds.getRepository(NeighbourhoodEntity).find({
      where: { municipality },
      select: { municipality: true, code: true, name: true, population: true, population75Plus: true, approximate: true },
      order: { name: 'ASC', code: 'ASC' },
    });
  }

  /** The codes a municipality already has. */
  async findCodes(em: EntityManager, municipality: string): Promise<string[]> {
    const rows = await em.getRepository(NeighbourhoodEntity).find({ where: { municipality }, select: { code: true } });
    return rows.map((r) => r.code);
  }

  /** Inserts or replaces a neighbourhood (name, figures, area). */
  async upsert(em: EntityManager, n: NeighbourhoodEntity): Promise<void> {
    await em
      .createQueryBuilder()
      .insert()
      .into(NeighbourhoodEntity)
      .values(n)
      .orUpdate(['name', 'population', 'population_75_plus', 'approximate', 'geometry', 'updated_at'], ['municipality', 'code'])
      .execute();
  }

  /** Inserts unless (municipality, code) exists; true when this call created it. */
  async insertIfAbsent(em: EntityManager, n: NeighbourhoodEntity): Promise<boolean> {
    const result = await em.createQueryBuilder().insert().into(NeighbourhoodEntity).values(n).orIgnore().returning(['code']).execute();
    return (result.raw as unknown[]).length > 0;
  }
}
