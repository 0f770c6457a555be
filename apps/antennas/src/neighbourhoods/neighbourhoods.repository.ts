import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { NeighbourhoodEntity } from './neighbourhood.entity';

/** A neighbourhood without its area: what lists need. */
export type NeighbourhoodSummary = Pick<NeighbourhoodEntity, 'municipality' | 'code' | 'name' | 'population' | 'approximate'>;

/** The only place that speaks TypeORM for neighbourhoods. Writes take the transaction they run in. */
@Injectable()
export class NeighbourhoodsRepository {
  constructor(readonly ds: DataSource) {}

  /** The neighbourhoods of one municipality, or of all when none is given, by name (areas left out). */
  findSummaries(municipality: string | undefined): Promise<NeighbourhoodSummary[]> {
    const qb = this.ds
      .getRepository(NeighbourhoodEntity)
      .createQueryBuilder('n')
      .select(['n.municipality', 'n.code', 'n.name', 'n.population', 'n.approximate'])
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

  /** Inserts unless (municipality, code) exists; true when this call created it. */
  async insertIfAbsent(em: EntityManager, n: NeighbourhoodEntity): Promise<boolean> {
    const result = await em.createQueryBuilder().insert().into(NeighbourhoodEntity).values(n).orIgnore().returning(['code']).execute();
    return (result.raw as unknown[]).length > 0;
  }
}
