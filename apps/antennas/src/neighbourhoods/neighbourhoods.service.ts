import { Inject, Injectable } from '@nestjs/common';
import { Actor, DomainError, ErrorCode, ImportNeighbourhoodsResultV1, ImportNeighbourhoodsV1, ListNeighbourhoodsV1, NeighbourhoodV1 } from '@prossimo/contracts';
import { Outbox } from '@prossimo/messaging';
import { CLOCK, Clock, SETTINGS, Transactions } from '@prossimo/platform';
import { AntennasSettings } from '../config/antennas.env';
import { NeighbourhoodEntity } from './neighbourhood.entity';
import { parseNeighbourhoodFile } from './neighbourhood-import';
import { NeighbourhoodsRepository } from './neighbourhoods.repository';

@Injectable()
export class NeighbourhoodsService {
  constructor(
    private readonly repo: NeighbourhoodsRepository,
    private readonly tx: Transactions,
    private readonly outbox: Outbox,
    @Inject(SETTINGS) private readonly settings: AntennasSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * The neighbourhoods of a municipality, by name. Without one in the query: the caller's own
   * municipality when a token came with the request, else every municipality served.
   */
  async list(actor: Actor | undefined, query: ListNeighbourhoodsV1): Promise<NeighbourhoodV1[]> {
    const municipality = query.municipality ?? actor?.municipality;
    // Areas are large: one municipality's at a time (the map of the signed-in city, or the one asked for).
    if (query.withBoundary && !municipality) throw DomainError.badInput('municipality', 'municipality: serve per avere i confini / needed to get the boundaries');
    const rows = await this.repo.findSummaries(municipality, query.withBoundary === true);
    return rows.map((n) => ({
      municipality: n.municipality,
      code: n.code,
      name: n.name,
      population: n.population,
      approximate: n.approximate,
      ...(query.withBoundary && n.geometry ? { boundary: n.geometry } : {}),
    }));
  }

  /**
   * Imports a municipality's neighbourhoods from GeoJSON, all or nothing: the file is checked
   * whole first (neighbourhood-import.ts), then every neighbourhood is created or replaced with
   * its neighbourhood.defined.v1 event in one transaction. Neighbourhoods absent from the file
   * are kept (antennas may stand in them). Only the ADMIN's own municipality: a new city gets its
   * first ADMIN from the operators (`prossimo.js invite-admin`), who then imports its neighbourhoods.
   */
  async import(actor: Actor, cmd: ImportNeighbourhoodsV1): Promise<ImportNeighbourhoodsResultV1> {
    const municipality = cmd.municipality ?? actor.municipality;
    if (municipality !== actor.municipality) {
      throw new DomainError(ErrorCode.FORBIDDEN, 'puoi importare solo i quartieri del tuo comune / you may import only your own municipality\'s neighbourhoods', 'municipality');
    }
    const parsed = parseNeighbourhoodFile(cmd.geojson, {
      municipality,
      approximate: cmd.approximate ?? false,
      overlapTolerance: this.settings.NEIGHBOURHOOD_OVERLAP_TOLERANCE,
    });
    const now = this.clock();
    return this.tx.run(async (em) => {
      const before = new Set(await this.repo.findCodes(em, municipality));
      const result: ImportNeighbourhoodsResultV1 = { municipality: municipality, created: [], updated: [], untouched: [] };
      for (const n of parsed) {
        await this.repo.upsert(
          em,
          Object.assign(new NeighbourhoodEntity(), {
            municipality: municipality,
            code: n.code,
            name: n.name,
            population: n.population,
            population75Plus: n.population75Plus,
            approximate: n.approximate,
            geometry: n.geometry,
            updatedAt: now,
          }),
        );
        (before.has(n.code) ? result.updated : result.created).push(n.code);
        await this.outbox.add(em, 'neighbourhood.defined.v1', {
          municipality: municipality,
          code: n.code,
          name: n.name,
          ...(n.population !== null ? { population: n.population } : {}),
          ...(n.population75Plus !== null ? { population75Plus: n.population75Plus } : {}),
          approximate: n.approximate,
          occurredAt: now.toISOString(),
        });
      }
      const imported = new Set(parsed.map((n) => n.code));
      result.untouched = [...before].filter((c) => !imported.has(c)).sort();
      return result;
    });
  }
}
