import { Injectable } from '@nestjs/common';
import { Actor, ListNeighbourhoodsV1, NeighbourhoodV1 } from '@prossimo/contracts';
import { NeighbourhoodsRepository } from './neighbourhoods.repository';

@Injectable()
export class NeighbourhoodsService {
  constructor(private readonly repo: NeighbourhoodsRepository) {}

  /**
   * The neighbourhoods of a municipality, by name. Without one in the query: the caller's own
   * municipality when a token came with the request, else every municipality served.
   */
  async list(actor: Actor | undefined, query: ListNeighbourhoodsV1): Promise<NeighbourhoodV1[]> {
    const rows = await this.repo.findSummaries(query.municipality ?? actor?.municipality);
    return rows.map((n) => ({ municipality: n.municipality, code: n.code, name: n.name, population: n.population, approximate: n.approximate }));
  }
}
