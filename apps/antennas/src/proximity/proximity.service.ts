import { Injectable } from '@nestjs/common';
import {
  Actor,
  AntennaKind,
  DEFAULT_PAGE_SIZE,
  DomainError,
  MAX_PAGE_SIZE,
  Page,
  ProximityPointV1,
  ProximityPointsQueryV1,
} from '@prossimo/contracts';
import { AntennasRepository, ListedFilter, PublicAntenna } from '../antennas/antennas.repository';
import { GeoPoint, distanceMeters } from '../geo/geo';
import { NeighbourhoodsRepository } from '../neighbourhoods/neighbourhoods.repository';
import { ProximityCursor, decodeProximityCursor, encodeProximityCursor } from './proximity-cursor';

/** Public fields only, listed one by one: a new column never leaks onto the public map by accident. */
function toPoint(a: PublicAntenna, meters: number | null): ProximityPointV1 {
  return {
    id: a.id,
    name: a.name,
    kind: a.kind,
    address: a.address,
    neighbourhoodCode: a.neighbourhoodCode,
    openingHours: a.openingHours,
    publicContact: a.publicContact,
    lat: a.lat,
    lng: a.lng,
    distanceMeters: meters === null ? null : Math.round(meters),
  };
}

@Injectable()
export class ProximityService {
  constructor(
    private readonly antennas: AntennasRepository,
    private readonly neighbourhoods: NeighbourhoodsRepository,
  ) {}

  /**
   * The public map: ACTIVE, publicly listed antennas, nearest first when a point is given (with
   * the distance in whole metres), else by name. Scoped to the query's municipality, else to the
   * caller's when a token came with the request, else to every municipality served.
   */
  async points(actor: Actor | undefined, query: ProximityPointsQueryV1): Promise<Page<ProximityPointV1>> {
    const municipality = query.municipality ?? actor?.municipality;
    if (query.neighbourhoodCode && !(await this.neighbourhoods.exists(query.neighbourhoodCode, municipality))) {
      throw DomainError.badInput('neighbourhoodCode', `neighbourhoodCode: "${query.neighbourhoodCode}" is not a known neighbourhood`);
    }
    const first = Math.min(query.first ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const cursor = query.after ? decodeProximityCursor(query.after) : null;
    if (query.after && (!cursor || cursor.by !== (query.near ? 'distance' : 'name'))) {
      throw DomainError.badInput('after', 'after: not a cursor from this list');
    }
    const filter: ListedFilter = { municipality, neighbourhoodCode: query.neighbourhoodCode };
    return query.near
      ? this.byDistance(filter, query.near, first, cursor?.by === 'distance' ? cursor : null)
      : this.byName(filter, first, cursor?.by === 'name' ? cursor : null);
  }

  private async byName(filter: ListedFilter, first: number, after: Extract<ProximityCursor, { by: 'name' }> | null): Promise<Page<ProximityPointV1>> {
    const rows = await this.antennas.findListedPageByName(filter, { limit: first + 1, after: after ? [after.name, after.id] : null });
    const page = rows.slice(0, first);
    const last = page[page.length - 1];
    return {
      nodes: page.map((a) => toPoint(a, null)),
      pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeProximityCursor({ by: 'name', name: last.name, id: last.id }) : null },
    };
  }

  /** Distances are computed here with turf (no PostGIS); the keyset is the exact distance, then the id. */
  private async byDistance(filter: ListedFilter, near: GeoPoint, first: number, after: Extract<ProximityCursor, { by: 'distance' }> | null): Promise<Page<ProximityPointV1>> {
    const ranked = (await this.antennas.findAllListed(filter))
      .map((a) => ({ a, meters: distanceMeters(near, a) }))
      .sort((x, y) => x.meters - y.meters || (x.a.id < y.a.id ? -1 : x.a.id > y.a.id ? 1 : 0))
      .filter((r) => !after || r.meters > after.meters || (r.meters === after.meters && r.a.id > after.id));
    const page = ranked.slice(0, first);
    const last = page[page.length - 1];
    return {
      nodes: page.map((r) => toPoint(r.a, r.meters)),
      pageInfo: { hasNextPage: ranked.length > first, endCursor: last ? encodeProximityCursor({ by: 'distance', meters: last.meters, id: last.a.id }) : null },
    };
  }
}
