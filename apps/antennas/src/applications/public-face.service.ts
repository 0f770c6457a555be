import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import {
  AntennaKind, AntennaStatus, ApplicationReceiptV1, ApplyAsAntennaV1, DomainError, ProximityPointV1, PublicPointQueryV1, StreetV1, StreetsQueryV1,
} from '@prossimo/contracts';
import { Outbox } from '@prossimo/messaging';
import { CLOCK, Clock, Transactions } from '@prossimo/platform';
import { AntennaEntity } from '../antennas/antenna.entity';
import { AntennaStatusChangeEntity } from '../antennas/antenna-status-change.entity';
import { AntennasRepository } from '../antennas/antennas.repository';
import { listedByDefault } from '../antennas/listing';
import { AreaGeometry, neighbourhoodAt, pointInside } from '../geo/geo';
import { streetKey } from '../gazetteer/gazetteer';
import { GazetteerRepository } from '../gazetteer/gazetteer.repository';
import { NeighbourhoodsRepository } from '../neighbourhoods/neighbourhoods.repository';
import { AntennaApplicationEntity } from '../antennas/antenna-application.entity';

/**
 * What residents reach without signing in: one proximity point's page, the street gazetteer, the
 * municipalities served, and the application to become a proximity point (a PROPOSED antenna and
 * the applicant's own contact, for the administration only; the same antenna.status-changed.v1 as
 * an ADMIN's proposal, without any contact in it).
 */
@Injectable()
export class PublicFaceService {
  constructor(
    private readonly tx: Transactions,
    private readonly antennas: AntennasRepository,
    private readonly neighbourhoods: NeighbourhoodsRepository,
    private readonly streets: GazetteerRepository,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** An ACTIVE, publicly listed antenna's public fields; anything else is NOT_FOUND (never "it exists, but..."). */
  async point(q: PublicPointQueryV1): Promise<ProximityPointV1> {
    const [a] = await this.antennas.findListedByIds([q.id]);
    if (!a) throw DomainError.notFound('proximity point');
    return { id: a.id, name: a.name, kind: a.kind, address: a.address, neighbourhoodCode: a.neighbourhoodCode, openingHours: a.openingHours, publicContact: a.publicContact, lat: a.lat, lng: a.lng, distanceMeters: null };
  }

  /** The municipalities with neighbourhoods (those this deployment serves). */
  municipalities(): Promise<string[]> {
    return this.neighbourhoods.municipalities();
  }

  async findStreets(q: StreetsQueryV1): Promise<StreetV1[]> {
    const key = streetKey(q.search);
    if (key.length < 2) return [];
    const rows = await this.streets.search(q.municipality, key, q.first ?? 8);
    return rows.map((s) => ({ name: s.name, neighbourhoodCode: s.neighbourhoodCode, lat: s.lat, lng: s.lng }));
  }

  async apply(cmd: ApplyAsAntennaV1): Promise<ApplicationReceiptV1> {
    const existing = await this.antennas.findById(cmd.id);
    if (existing) return this.sameOrConflict(existing, cmd);
    const areas = await this.neighbourhoods.findAreas(cmd.municipality);
    const area = areas.find((a) => a.properties.code === cmd.neighbourhoodCode);
    if (!area) throw DomainError.badInput('neighbourhoodCode', `neighbourhoodCode: "${cmd.neighbourhoodCode}" non è un quartiere del comune / is not a neighbourhood of the municipality`);
    // The street's middle when it lies in the chosen neighbourhood, else the neighbourhood's: approximate either way.
    const position = cmd.position && neighbourhoodAt(cmd.position, [area]) === cmd.neighbourhoodCode ? cmd.position : pointInside(area.geometry);
    const now = this.clock();
    const row = Object.assign(new AntennaEntity(), {
      id: cmd.id,
      municipality: cmd.municipality,
      name: cmd.name.trim(),
      kind: cmd.kind,
      address: cmd.address.trim(),
      lat: position.lat,
      lng: position.lng,
      neighbourhoodCode: cmd.neighbourhoodCode,
      openingHours: cmd.openingHours?.trim() || null,
      publicContact: null,
      needs: [],
      status: AntennaStatus.PROPOSED,
      statusReason: null,
      statusChangedAt: now,
      trainedOn: null,
      codeOfConductAcceptedAt: null,
      // A citizen is never on the public map until the administration records a public meeting place.
      publiclyListed: listedByDefault(cmd.kind),
      createdAt: now,
      updatedAt: now,
    });
    try {
      await this.tx.run(async (em) => {
        await this.antennas.insert(em, row);
        await em.getRepository(AntennaStatusChangeEntity).insert(
          Object.assign(new AntennaStatusChangeEntity(), { id: randomUUID(), antennaId: row.id, fromStatus: null, toStatus: AntennaStatus.PROPOSED, reason: 'candidatura dal sito pubblico / application from the public site', at: now, byAccountId: null }),
        );
        await this.insertApplication(em, {
          antennaId: row.id,
          applicantName: cmd.applicantName.trim(),
          applicantPhone: cmd.applicantPhone?.trim() || null,
          applicantEmail: cmd.applicantEmail?.trim() || null,
          message: cmd.message?.trim() || null,
          positionApproximate: true,
          challengeId: cmd.challengeId,
          appliedAt: now,
        });
        await this.outbox.add(em, 'antenna.status-changed.v1', {
          municipality: row.municipality,
          antennaId: row.id,
          kind: cmd.kind,
          neighbourhoodCode: row.neighbourhoodCode,
          to: AntennaStatus.PROPOSED,
          action: 'propose',
          occurredAt: now.toISOString(),
        });
      });
    } catch (err) {
      const winner = await this.antennas.findById(cmd.id);
      if (winner) return this.sameOrConflict(winner, cmd);
      if ((err as { code?: string }).code === '23505') throw DomainError.conflict('questa verifica è già stata usata: ricarica la pagina / this check was already used: reload the page');
      throw err;
    }
    return { id: row.id, name: row.name, neighbourhoodCode: row.neighbourhoodCode, receivedAt: now.toISOString() };
  }

  private async insertApplication(em: EntityManager, a: AntennaApplicationEntity): Promise<void> {
    await em.getRepository(AntennaApplicationEntity).insert(a);
  }

  /** A retry of the same application answers the same receipt; anything else under that id is CONFLICT. */
  private async sameOrConflict(existing: AntennaEntity, cmd: ApplyAsAntennaV1): Promise<ApplicationReceiptV1> {
    const application = await this.tx.reads.findOne(AntennaApplicationEntity, { where: { antennaId: existing.id } });
    if (!application || application.challengeId !== cmd.challengeId || existing.name !== cmd.name.trim()) {
      throw DomainError.conflict('questo id è già usato / this id is already taken');
    }
    return { id: existing.id, name: existing.name, neighbourhoodCode: existing.neighbourhoodCode, receivedAt: application.appliedAt.toISOString() };
  }
}
