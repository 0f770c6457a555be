import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AntennaKind, AntennaStatus } from '@prossimo/contracts';
import { DEMO_ANTENNAS, DEMO_MUNICIPALITY, DEMO_NEIGHBOURHOODS, DEMO_STREETS } from '@prossimo/demo';
import { Outbox } from '@prossimo/messaging';
import { dataSourceOptions } from '@prossimo/platform';
import { AntennaEntity } from '../antennas/antenna.entity';
import { AntennaStatusChangeEntity } from '../antennas/antenna-status-change.entity';
import { AntennasRepository } from '../antennas/antennas.repository';
import { listedByDefault } from '../antennas/listing';
import { ANTENNAS_DATABASE } from '../database/antennas.database';
import { isAreaGeometry, neighbourhoodAt } from '../geo/geo';
import { NeighbourhoodEntity } from '../neighbourhoods/neighbourhood.entity';
import { NeighbourhoodsRepository } from '../neighbourhoods/neighbourhoods.repository';
import { streetKey } from '../gazetteer/gazetteer';
import { GazetteerRepository } from '../gazetteer/gazetteer.repository';
import { StreetEntity } from '../gazetteer/street.entity';

const DEMO_TRAINED_ON = '2026-10-15';
const DEMO_REASONS: Partial<Record<AntennaStatus, string>> = {
  [AntennaStatus.SUSPENDED]: 'gestione cambiata, nuova formazione da fare / new management, to be trained again',
  [AntennaStatus.RETIRED]: 'attività chiusa / the shop closed',
};

export interface AntennasDemoCounts {
  /** Neighbourhoods this run created (0 when they were all there already). */
  neighbourhoods: number;
  /** Antennas this run created. */
  antennas: number;
}

/**
 * Loads the demo neighbourhoods and antennas, with their events, in one transaction. Idempotent:
 * rows already there are left alone and not announced again, so a second run inserts and emits
 * nothing. Each antenna's neighbourhood is found by point in polygon.
 * The caller refuses demo data in production (assertDemoAllowed); the running service's relay
 * publishes the events afterwards.
 */
export async function seedAntennasDemo(ds: DataSource, outbox: Outbox, now: Date = new Date()): Promise<AntennasDemoCounts> {
  const features = DEMO_NEIGHBOURHOODS.features;
  for (const f of features) {
    if (!isAreaGeometry(f.geometry)) throw new Error(`demo neighbourhood ${f.properties.code} has no valid Polygon or MultiPolygon`);
  }
  // Place every antenna before writing anything: a bad coordinate fails the whole seed, not half of it.
  const placed = DEMO_ANTENNAS.map((a) => {
    const code = neighbourhoodAt(a, features);
    if (!code) throw new Error(`demo antenna ${a.id} (${a.name}) at ${a.lat},${a.lng} lies in no demo neighbourhood`);
    return { a, code };
  });
  const neighbourhoods = new NeighbourhoodsRepository(ds);
  const antennas = new AntennasRepository(ds);
  const occurredAt = now.toISOString();

  return ds.transaction(async (em) => {
    const counts: AntennasDemoCounts = { neighbourhoods: 0, antennas: 0 };
    for (const f of features) {
      const n = Object.assign(new NeighbourhoodEntity(), {
        municipality: DEMO_MUNICIPALITY,
        code: f.properties.code,
        name: f.properties.name,
        population: f.properties.population ?? null,
        population75Plus: f.properties.population75plus ?? null,
        approximate: f.properties.approximate ?? DEMO_NEIGHBOURHOODS.approximate ?? false,
        geometry: f.geometry,
        updatedAt: now,
      });
      if (!(await neighbourhoods.insertIfAbsent(em, n))) continue;
      counts.neighbourhoods++;
      await outbox.add(em, 'neighbourhood.defined.v1', {
        municipality: n.municipality,
        code: n.code,
        name: n.name,
        ...(n.population !== null ? { population: n.population } : {}),
        approximate: n.approximate,
        ...(n.population75Plus !== null ? { population75Plus: n.population75Plus } : {}),
        occurredAt,
      });
    }
    for (const { a, code } of placed) {
      const row = Object.assign(new AntennaEntity(), {
        id: a.id,
        municipality: DEMO_MUNICIPALITY,
        name: a.name,
        kind: a.kind,
        address: a.address,
        lat: a.lat,
        lng: a.lng,
        neighbourhoodCode: code,
        openingHours: a.openingHours,
        publicContact: a.publicContact,
        status: a.status,
        // A volunteer is listed only at a public meeting place they chose.
        publiclyListed: a.kind === AntennaKind.CITIZEN_VOLUNTEER ? a.publicMeetingPlace === true : listedByDefault(a.kind),
        needs: [],
        trainedOn: a.status === AntennaStatus.PROPOSED ? null : DEMO_TRAINED_ON,
        codeOfConductAcceptedAt: a.status === AntennaStatus.PROPOSED ? null : now,
        statusReason: a.status === AntennaStatus.SUSPENDED || a.status === AntennaStatus.RETIRED ? DEMO_REASONS[a.status] : null,
        statusChangedAt: now,
        createdAt: now,
        updatedAt: now,
      });
      if (!(await antennas.insertIfAbsent(em, row))) continue;
      counts.antennas++;
      await antennas.addStatusChange(
        em,
        Object.assign(new AntennaStatusChangeEntity(), { id: randomUUID(), antennaId: row.id, fromStatus: null, toStatus: a.status, reason: 'dati dimostrativi / demo data', at: now, byAccountId: null }),
      );
      // Creation: no `from`.
      await outbox.add(em, 'antenna.status-changed.v1', {
        municipality: row.municipality,
        antennaId: row.id,
        kind: a.kind,
        neighbourhoodCode: code,
        to: a.status,
        occurredAt,
      });
    }
    // The street gazetteer (the public finder's "by address"): each street's neighbourhood by point in polygon.
    const gazetteer = new GazetteerRepository(ds);
    for (const [name, lat, lng] of DEMO_STREETS) {
      await gazetteer.insertIfAbsent(em, Object.assign(new StreetEntity(), { municipality: DEMO_MUNICIPALITY, name, searchKey: streetKey(name), lat, lng, neighbourhoodCode: neighbourhoodAt({ lat, lng }, features) }));
    }
    return counts;
  });
}

/**
 * The demo seed without Nest, for the launcher: opens the antennas database (already migrated),
 * seeds it, and closes it. `root` is the subject root the outbox rows are addressed to.
 */
export async function runAntennasDemoSeed(databaseUrl: string, root: string): Promise<AntennasDemoCounts> {
  const ds = new DataSource(dataSourceOptions(databaseUrl, ANTENNAS_DATABASE, 2));
  await ds.initialize();
  try {
    return await seedAntennasDemo(ds, new Outbox(root));
  } finally {
    await ds.destroy();
  }
}
