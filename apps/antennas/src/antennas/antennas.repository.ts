import { Injectable } from '@nestjs/common';
import { AntennaKind, AntennaStatus } from '@prossimo/contracts';
import { DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { Keyset, KeysetQuery } from '@prossimo/platform';
import { AntennaEntity } from './antenna.entity';
import { AntennaStatusChangeEntity } from './antenna-status-change.entity';
import { AntennaApplicationEntity } from './antenna-application.entity';

/** The public face of an antenna: what anyone may see on the map. */
export type PublicAntenna = Pick<AntennaEntity, 'id' | 'name' | 'kind' | 'address' | 'neighbourhoodCode' | 'openingHours' | 'publicContact' | 'lat' | 'lng'>;

/** What the administration filters its list of antennas by. */
export interface AdminFilter {
  municipality: string;
  status?: AntennaStatus[];
  kind?: AntennaKind[];
  neighbourhoodCode?: string;
  search?: string;
}

export interface ListedFilter {
  municipality?: string;
  neighbourhoodCode?: string;
}

/** Antennas by name, then id (the administration's list and the public map without a point). */
export const ANTENNAS_BY_NAME = new Keyset('ASC', [['a.name', 'text'], ['a.id', 'uuid']]);

/** The only place that speaks TypeORM for antennas. Writes take the transaction they run in. */
@Injectable()
export class AntennasRepository {
  constructor(private readonly ds: DataSource) {}

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
  findListedPageByName(filter: ListedFilter, page: KeysetQuery<typeof ANTENNAS_BY_NAME>): Promise<PublicAntenna[]> {
    return ANTENNAS_BY_NAME.apply(this.listed(filter), page).getMany();
  }

  /**
   * Every listed antenna matching the filter, unordered (the caller orders them by distance).
   * Bounded in practice by the municipality: a city has hundreds of antennas, not millions.
   */
  findAllListed(filter: ListedFilter): Promise<PublicAntenna[]> {
    return this.listed(filter).getMany();
  }

  /** Listed antennas among these ids (a public page): public columns only. */
  findListedByIds(ids: string[]): Promise<PublicAntenna[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.listed({}).andWhere('a.id IN (:...ids)', { ids }).getMany();
  }

  /** Inserts unless an antenna with this id exists; true when this call created it. */
  async insertIfAbsent(em: EntityManager, a: AntennaEntity): Promise<boolean> {
    const result = await em.createQueryBuilder().insert().into(AntennaEntity).values(a).orIgnore().returning(['id']).execute();
    return (result.raw as unknown[]).length > 0;
  }

  /** Names and kinds of some antennas of a municipality (others are left out). */
  findNames(municipality: string, ids: string[]): Promise<Pick<AntennaEntity, 'id' | 'name' | 'kind'>[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.ds.getRepository(AntennaEntity).find({ where: { municipality, id: In(ids) }, select: { id: true, name: true, kind: true } });
  }

  findById(id: string): Promise<AntennaEntity | null> {
    return this.ds.getRepository(AntennaEntity).findOne({ where: { id } });
  }

  /** The antenna, locked for the rest of the transaction (one lifecycle move at a time). */
  findForUpdate(em: EntityManager, id: string): Promise<AntennaEntity | null> {
    return em.getRepository(AntennaEntity).createQueryBuilder('a').setLock('pessimistic_write').where('a.id = :id', { id }).getOne();
  }

  /** A page of the municipality's antennas by name, then id, any status. */
  findAdminPage(filter: AdminFilter, page: KeysetQuery<typeof ANTENNAS_BY_NAME>): Promise<AntennaEntity[]> {
    const qb = this.ds.getRepository(AntennaEntity).createQueryBuilder('a').where('a.municipality = :municipality', { municipality: filter.municipality });
    if (filter.status?.length) qb.andWhere('a.status IN (:...status)', { status: filter.status });
    if (filter.kind?.length) qb.andWhere('a.kind IN (:...kind)', { kind: filter.kind });
    if (filter.neighbourhoodCode) qb.andWhere('a.neighbourhood_code = :code', { code: filter.neighbourhoodCode });
    if (filter.search) qb.andWhere(`a.name ILIKE :search ESCAPE '\\'`, { search: `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    return ANTENNAS_BY_NAME.apply(qb, page).getMany();
  }

  /** The public applications behind some antennas (ADMIN's list and page). */
  findApplications(ids: string[]): Promise<AntennaApplicationEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.ds.getRepository(AntennaApplicationEntity).find({ where: { antennaId: In(ids) } });
  }

  /** The antenna's lifecycle, newest first, bounded. */
  findHistory(antennaId: string, limit = 50): Promise<AntennaStatusChangeEntity[]> {
    return this.ds.getRepository(AntennaStatusChangeEntity).find({ where: { antennaId }, order: { at: 'DESC' }, take: limit });
  }

  async insert(em: EntityManager, a: AntennaEntity): Promise<void> {
    await em.getRepository(AntennaEntity).insert(a);
  }

  async saveStatus(em: EntityManager, a: AntennaEntity): Promise<void> {
    await em.getRepository(AntennaEntity).update(
      { id: a.id },
      {
        status: a.status,
        statusReason: a.statusReason,
        statusChangedAt: a.statusChangedAt,
        trainedOn: a.trainedOn,
        codeOfConductAcceptedAt: a.codeOfConductAcceptedAt,
        updatedAt: a.updatedAt,
      },
    );
  }

  async addStatusChange(em: EntityManager, change: AntennaStatusChangeEntity): Promise<void> {
    await em.getRepository(AntennaStatusChangeEntity).insert(change);
  }

  /** Active antennas per neighbourhood code of one municipality. */
  async countActiveByNeighbourhood(municipality: string): Promise<Map<string, number>> {
    const rows = await this.ds.query<{ code: string; n: number }[]>(
      `SELECT neighbourhood_code AS code, count(*)::int AS n FROM antennas WHERE municipality = $1 AND status = $2 GROUP BY neighbourhood_code`,
      [municipality, AntennaStatus.ACTIVE],
    );
    return new Map(rows.map((r) => [r.code, r.n]));
  }

  /** The neighbourhood an antenna belongs to (null when the antenna is unknown here). */
  async neighbourhoodOf(em: EntityManager, id: string): Promise<{ municipality: string; neighbourhoodCode: string } | null> {
    const row = await em.getRepository(AntennaEntity).findOne({ where: { id }, select: { municipality: true, neighbourhoodCode: true } });
    return row ? { municipality: row.municipality, neighbourhoodCode: row.neighbourhoodCode } : null;
  }

  async counts(): Promise<{ neighbourhoods: number; activeAntennas: number }> {
    const [row] = await this.ds.query<{ neighbourhoods: number; activeAntennas: number }[]>(
      `SELECT (SELECT count(*) FROM neighbourhoods)::int AS neighbourhoods,
              (SELECT count(*) FROM antennas WHERE status = $1)::int AS "activeAntennas"`,
      [AntennaStatus.ACTIVE],
    );
    return row;
  }
}
