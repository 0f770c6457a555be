import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { StreetEntity } from './street.entity';

/** A municipality's streets (the gazetteer). */
@Injectable()
export class GazetteerRepository {
  constructor(private readonly ds: DataSource) {}

  /** Streets whose folded name starts with the key, then those containing it, by name; at most `limit`. */
  async search(municipality: string, key: string, limit: number): Promise<StreetEntity[]> {
    const like = key.replace(/[\\%_]/g, (c) => `\\${c}`);
    return this.ds.query<StreetEntity[]>(
      `SELECT name, search_key AS "searchKey", lat, lng, neighbourhood_code AS "neighbourhoodCode", municipality FROM streets
        WHERE municipality = $1 AND (search_key LIKE $2 OR search_key LIKE $3 OR search_key LIKE $4)
        ORDER BY (search_key LIKE $2) DESC, (search_key LIKE $3) DESC, name LIMIT $5`,
      [municipality, `${like}%`, `% ${like}%`, `%${like}%`, limit],
    );
  }

  async insertIfAbsent(em: EntityManager, s: StreetEntity): Promise<boolean> {
    const result = await em.createQueryBuilder().insert().into(StreetEntity).values(s).orIgnore().returning(['name']).execute();
    return (result.raw as unknown[]).length > 0;
  }
}
