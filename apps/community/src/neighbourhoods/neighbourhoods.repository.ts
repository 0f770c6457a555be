import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CommunityNeighbourhoodEntity } from './neighbourhood.entity';

@Injectable()
export class NeighbourhoodsRepository {
  constructor(private readonly ds: DataSource) {}

  /** Applies a neighbourhood.defined.v1 (an older event never overwrites a newer one). */
  async upsert(em: EntityManager, n: { municipality: string; code: string; name: string; updatedAt: Date }): Promise<void> {
    await em.query(
      `INSERT INTO neighbourhoods (municipality, code, name, updated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (municipality, code) DO UPDATE SET name = EXCLUDED.name, updated_at = EXCLUDED.updated_at
       WHERE neighbourhoods.updated_at <= EXCLUDED.updated_at`,
      [n.municipality, n.code, n.name, n.updatedAt],
    );
  }

  async exists(municipality: string, code: string): Promise<boolean> {
    return (await this.ds.getRepository(CommunityNeighbourhoodEntity).countBy({ municipality, code })) > 0;
  }

  async count(municipality: string): Promise<number> {
    return this.ds.getRepository(CommunityNeighbourhoodEntity).countBy({ municipality });
  }
}
