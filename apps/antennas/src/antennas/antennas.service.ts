import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  Actor,
  AntennaKind,
  AntennaApplicationV1,
  AntennaNameV1,
  AntennaStatus,
  AntennaV1,
  DomainError,
  ListAntennasV1,
  Need,
  Page,
  ProposeAntennaV1,
  Role,
  TransitionAntennaV1,
} from '@prossimo/contracts';
import { Outbox } from '@prossimo/messaging';
import { CLOCK, Clock, Transactions } from '@prossimo/platform';
import { neighbourhoodAt } from '../geo/geo';
import { NeighbourhoodsRepository } from '../neighbourhoods/neighbourhoods.repository';
import { romeDay } from '../time/rome';
import { AntennaEntity } from './antenna.entity';
import { AntennaStatusChangeEntity } from './antenna-status-change.entity';
import { ANTENNAS_BY_NAME, AntennasRepository } from './antennas.repository';
import { nextStatus } from './lifecycle';
import { listedByDefault } from './listing';
import { AntennaApplicationEntity } from './antenna-application.entity';

function toApplication(a: AntennaApplicationEntity): AntennaApplicationV1 {
  return {
    applicantName: a.applicantName,
    applicantPhone: a.applicantPhone,
    applicantEmail: a.applicantEmail,
    message: a.message,
    appliedAt: a.appliedAt.toISOString(),
    positionApproximate: a.positionApproximate,
  };
}

function toAntenna(a: AntennaEntity, history: AntennaStatusChangeEntity[] = []): AntennaV1 {
  return {
    id: a.id,
    municipality: a.municipality,
    name: a.name,
    kind: a.kind,
    address: a.address,
    lat: a.lat,
    lng: a.lng,
    neighbourhoodCode: a.neighbourhoodCode,
    openingHours: a.openingHours,
    publicContact: a.publicContact,
    needs: (a.needs ?? []),
    status: a.status,
    statusReason: a.statusReason,
    publiclyListed: a.publiclyListed,
    trainedOn: a.trainedOn,
    codeOfConductAcceptedAt: a.codeOfConductAcceptedAt ? a.codeOfConductAcceptedAt.toISOString() : null,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    history: history.map((h) => ({
      from: h.fromStatus,
      to: h.toStatus,
      reason: h.reason,
      at: h.at.toISOString(),
      byAccountId: h.byAccountId,
    })),
  };
}

/**
 * Onboarding and lifecycle of the antennas of the administration's municipality. Every move is
 * one transaction: the antenna row (locked), a history row with the reason, and the
 * antenna.status-changed.v1 event in the outbox (no reason in it: free text stays here).
 */
@Injectable()
export class AntennasService {
  constructor(
    private readonly tx: Transactions,
    private readonly repo: AntennasRepository,
    private readonly neighbourhoods: NeighbourhoodsRepository,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Creates a PROPOSED antenna in the actor's municipality; its neighbourhood comes from its position. */
  async propose(actor: Actor, cmd: ProposeAntennaV1): Promise<AntennaV1> {
    const existing = await this.repo.findById(cmd.id);
    if (existing) return this.sameOrConflict(actor, existing, cmd);
    if (cmd.kind !== AntennaKind.CITIZEN_VOLUNTEER && cmd.publicMeetingPlace !== undefined) {
      throw DomainError.badInput('publicMeetingPlace', 'publicMeetingPlace: solo per i cittadini volontari / only for a citizen volunteer');
    }
    const areas = await this.neighbourhoods.findAreas(actor.municipality);
    if (areas.length === 0) throw DomainError.badInput('position', `position: il comune ${actor.municipality} non ha quartieri: importali prima / no neighbourhoods are defined for ${actor.municipality}: import them first`);
    const code = neighbourhoodAt(cmd.position, areas);
    if (!code) throw DomainError.badInput('position', 'position: il punto è fuori da ogni quartiere del comune / the position lies outside every neighbourhood of the municipality');
    if (cmd.neighbourhoodCode && cmd.neighbourhoodCode !== code) {
      throw DomainError.badInput('neighbourhoodCode', `neighbourhoodCode: la posizione è nel quartiere "${code}" / the position lies in "${code}", not "${cmd.neighbourhoodCode}"`);
    }
    const now = this.clock();
    const row = Object.assign(new AntennaEntity(), {
      id: cmd.id,
      municipality: actor.municipality,
      name: cmd.name.trim(),
      kind: cmd.kind,
      address: cmd.address.trim(),
      lat: cmd.position.lat,
      lng: cmd.position.lng,
      neighbourhoodCode: code,
      openingHours: cmd.openingHours?.trim() || null,
      publicContact: cmd.publicContact?.trim() || null,
      needs: cmd.needs ?? [],
      status: AntennaStatus.PROPOSED,
      statusReason: null,
      statusChangedAt: now,
      trainedOn: null,
      codeOfConductAcceptedAt: null,
      // A volunteer is on the public map only at a public meeting place they chose; never at home.
      publiclyListed: cmd.kind === AntennaKind.CITIZEN_VOLUNTEER ? cmd.publicMeetingPlace === true : listedByDefault(cmd.kind),
      createdAt: now,
      updatedAt: now,
    });
    try {
      await this.tx.run(async (em) => {
        await this.repo.insert(em, row);
        await this.repo.addStatusChange(em, this.change(row.id, null, AntennaStatus.PROPOSED, null, now, actor));
        await this.outbox.add(em, 'antenna.status-changed.v1', {
          municipality: row.municipality,
          antennaId: row.id,
          kind: cmd.kind,
          neighbourhoodCode: code,
          to: AntennaStatus.PROPOSED,
          action: 'propose',
          occurredAt: now.toISOString(),
        });
      });
    } catch (err) {
      // Two identical proposals raced: the loser returns the winner.
      const winner = await this.repo.findById(cmd.id);
      if (winner) return this.sameOrConflict(actor, winner, cmd);
      throw err;
    }
    return this.get(actor, row.id);
  }

  private async sameOrConflict(actor: Actor, existing: AntennaEntity, cmd: ProposeAntennaV1): Promise<AntennaV1> {
    if (existing.municipality !== actor.municipality || existing.name !== cmd.name.trim() || existing.kind !== cmd.kind) {
      throw DomainError.conflict('questo id è già usato da un’altra antenna / this antenna id is already taken');
    }
    return this.get(actor, existing.id);
  }

  /** One lifecycle move (lifecycle.ts decides what is legal). */
  async transition(actor: Actor, cmd: TransitionAntennaV1): Promise<AntennaV1> {
    await this.tx.run(async (em) => {
      const a = await this.repo.findForUpdate(em, cmd.id);
      if (!a || a.municipality !== actor.municipality) throw DomainError.notFound('antenna');
      const now = this.clock();
      const from = a.status;
      const to = nextStatus(from, cmd.action, { reason: cmd.reason, trainedOn: cmd.trainedOn, codeOfConductAccepted: cmd.codeOfConductAccepted, today: romeDay(now) });
      // Consumers apply antenna events by occurredAt: keep them strictly increasing per antenna.
      const at = new Date(Math.max(now.getTime(), a.statusChangedAt.getTime() + 1));
      a.status = to;
      a.statusReason = cmd.reason?.trim() || null;
      a.statusChangedAt = at;
      a.updatedAt = at;
      if (cmd.action === 'train') {
        a.trainedOn = cmd.trainedOn!;
        a.codeOfConductAcceptedAt = at;
      }
      await this.repo.saveStatus(em, a);
      await this.repo.addStatusChange(em, this.change(a.id, from, to, a.statusReason, at, actor));
      await this.outbox.add(em, 'antenna.status-changed.v1', {
        municipality: a.municipality,
        antennaId: a.id,
        kind: a.kind,
        neighbourhoodCode: a.neighbourhoodCode,
        from,
        to,
        action: cmd.action,
        occurredAt: at.toISOString(),
      });
    });
    return this.get(actor, cmd.id);
  }

  async get(actor: Actor, id: string): Promise<AntennaV1> {
    const a = await this.repo.findById(id);
    if (!a || a.municipality !== actor.municipality) throw DomainError.notFound('antenna');
    const application = actor.role === Role.ADMIN ? (await this.applicationsOf([id])).get(id) : undefined;
    return { ...toAntenna(a, await this.repo.findHistory(id)), ...(application ? { application } : {}) };
  }

  /**
   * The names of some antennas of the caller's municipality, so the social desk knows which shop
   * flagged a report (and can reach the person «tramite l'antenna»). Unknown ids and those of
   * another municipality are left out.
   */
  async names(actor: Actor, ids: string[]): Promise<AntennaNameV1[]> {
    const rows = await this.repo.findNames(actor.municipality, ids);
    return rows.map((a) => ({ id: a.id, name: a.name, kind: a.kind }));
  }

  /** The municipality's antennas by name, any status, filtered; a page at a time. */
  async list(actor: Actor, q: ListAntennasV1): Promise<Page<AntennaV1>> {
    const page = ANTENNAS_BY_NAME.request(q);
    const rows = await this.repo.findAdminPage({ municipality: actor.municipality, status: q.status, kind: q.kind, neighbourhoodCode: q.neighbourhoodCode, search: q.search }, page);
    const { rows: kept, pageInfo } = ANTENNAS_BY_NAME.page(rows, page, (a) => [a.name, a.id]);
    // Who applied from the public form, for the administration to follow up (ADMIN only, never public).
    const applications = actor.role === Role.ADMIN ? await this.applicationsOf(kept.map((a) => a.id)) : new Map();
    return { nodes: kept.map((a) => ({ ...toAntenna(a), ...(applications.has(a.id) ? { application: applications.get(a.id) } : {}) })), pageInfo };
  }

  private async applicationsOf(ids: string[]): Promise<Map<string, AntennaApplicationV1>> {
    return new Map((await this.repo.findApplications(ids)).map((a: AntennaApplicationEntity) => [a.antennaId, toApplication(a)]));
  }

  private change(antennaId: string, from: AntennaStatus | null, to: AntennaStatus, reason: string | null, at: Date, actor: Actor): AntennaStatusChangeEntity {
    return Object.assign(new AntennaStatusChangeEntity(), { id: randomUUID(), antennaId, fromStatus: from, toStatus: to, reason, at, byAccountId: actor.accountId });
  }
}
