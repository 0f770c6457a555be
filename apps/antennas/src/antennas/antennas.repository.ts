import { Injectable } from '@nestjs/common';
import { AntennaStatus } from '@prossimo/contracts';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { AntennaEntity } from './antenna.entity';

/** The public face of an antenna: what anyone may see on the map. */
export type PublicAntenna = Pick<AntennaEntity, 'id' | 'name' | 'kind' | 'address' | 'neighbourhoodCode' | 'openingHours' | 'publicContact' | 'lat' | 'lng'>;

export interface ListedFilter {
  municipality?: string;
  neighbourhoodCode?: string;
}

/** The only place that speaks TypeORM for antennas. Writes take the transaction they run in. */
@Injectable()
export class AntennasRepository {
  constructor(readonly ds: DataSource) {}

  /** ACTIVE, publicly listed antennas: public columns only, never anything else. */
  private listed(filter: ListedFilter): SelectQueryBuilder<AntennaEntity> {
    const qb = this.ds
      .getRepository(AntennaEntity)
      .createQueryBuilder('a')
      .select(['a.id', 'a.name', 'a.kind', 'a.address', 'a.neighbourhoodCode', 'a.openingHours', 'a.publicContact', 'a.lat', 'a.lng'])
      .where('a.status = :status', { status: AntennaStatus.ACTIVE })
      .andWhere('a.publicly_listed = true');
    if (filter.municipality) qb.andWhere('a.municipality = :municipality', { municipality: filter.municipality });
    if (filter.neighbourhoodCode) qb.andWhere('a.neighbourhood_code = :code', { code: filter.neighbourhoodCode });
    return qb;
  }

  /** A page of the listed antennas by name, then id, after a keyset cursor. */
  findListedPageByName(filter: ListedFilter, limit: number, after: { name: string; id: string } | null): Promise<PublicAntenna[]> {
    const qb = this.listed(filter).orderBy('a.name', 'ASC').addOrderBy('a.id', 'ASC').limit(limit);
    if (after) qb.andWhere('(a.name, a.id) > (:afterName, :afterId)', { afterName: after.name, afterId: after.id });
    return qb.getMany();
  }

  /**
   * Every listed antenna matching the filter, unordered (the caller orders them by distance).
   * Bounded in practice by the municipality: a city has hundreds of antennas, not millions.
   */
  findAllListed(filter: ListedFilter): Promise<PublicAntenna[]> {
    return this.listed(filter).getMany();
  }

  /** Inserts unless an antenna with this id exists; true when this call created it. */
  async insertIfAbsent(em: EntityManager, a: AntennaEntity): Promise<boolean> {
    const result = await em.createQueryBuilder().insert().into(AntennaEntity).values(a).orIgnore().returning(['id']).execute();
    return (result.raw as unknown[]).length > 0;
  }

  async counts(): Promise<{ neighbourhoods: number; activeAntennas: number }> {
    const [row] = (await this.ds.query(
      `SELECT (SELECT count(*) FROM neighbourhoods)::int AS neighbourhoods,
              (SELECT count(*) FROM antennas WHERE status = $1)::int AS "activeAntennas"`,
      [AntennaStatus.ACTIVE],
    )) as { neighbourhoods: number; activeAntennas: number }[];
    return row;
  }
}
