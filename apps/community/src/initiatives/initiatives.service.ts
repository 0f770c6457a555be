import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  Actor,
  DEFAULT_PAGE_SIZE,
  DomainError,
  InitiativeFieldsV1,
  InitiativeKind,
  InitiativeStatus,
  InitiativeV1,
  InitiativeWithSessionsV1,
  MAX_PAGE_SIZE,
  MyInitiativesV1,
  Page,
  PublishInitiativeV1,
  Role,
  ScheduleSeriesV1,
  ScheduleSessionV1,
  SessionStatus,
  SessionV1,
  UpdateInitiativeV1,
  UpdateSessionV1,
  decodeCursor,
  encodeCursor,
} from '@prossimo/contracts';
import { Outbox } from '@prossimo/messaging';
import { CLOCK, Clock } from '@prossimo/platform';
import { NeighbourhoodsRepository } from '../neighbourhoods/neighbourhoods.repository';
import { assertMayManage, organiserFor } from './access';
import { derivedId } from './ids';
import { InitiativeEntity } from './initiative.entity';
import { InitiativesRepository } from './initiatives.repository';
import { toInitiative, toSession } from './mapping';
import { PlaceEntity } from './place.entity';
import { weeklyOccurrences } from './recurrence';
import { SessionSeriesEntity } from './session-series.entity';
import { SessionEntity } from './session.entity';

/** The longest one session may last. */
const MAX_SESSION_HOURS = 12;
/** How many sessions the operator's view of an initiative lists. */
const MANAGED_SESSIONS = 100;

const clean = (s: string | undefined): string | null => (s === undefined ? null : s.trim() || null);

/** Session moves an organiser may make (CANCELLED is final: schedule a new session instead). */
const SESSION_MOVES: Record<SessionStatus, SessionStatus[]> = {
  [SessionStatus.SCHEDULED]: [SessionStatus.CANCELLED, SessionStatus.POSTPONED],
  [SessionStatus.POSTPONED]: [SessionStatus.SCHEDULED, SessionStatus.CANCELLED],
  [SessionStatus.CANCELLED]: [],
};

/**
 * Initiatives, their places and their sessions, as organisers publish them. Every change is one
 * transaction with its event in the outbox (public facts only).
 */
@Injectable()
export class InitiativesService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: InitiativesRepository,
    private readonly neighbourhoods: NeighbourhoodsRepository,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async publish(actor: Actor, cmd: PublishInitiativeV1): Promise<InitiativeWithSessionsV1> {
    const organiser = organiserFor(actor, cmd.organiserOrganisationId);
    const existing = await this.repo.findById(cmd.id);
    if (existing) return this.sameOrConflict(actor, existing.initiative, cmd);
    await this.checkFields(actor, cmd);
    const now = this.clock();
    const place = this.placeOf(cmd, derivedId(cmd.id, 'place'), actor.municipality, now);
    const row = Object.assign(new InitiativeEntity(), {
      id: cmd.id,
      municipality: actor.municipality,
      status: InitiativeStatus.PUBLISHED,
      organiserOrganisationId: organiser,
      placeId: place.id,
      createdBy: actor.accountId,
      createdAt: now,
      ...this.fieldsOf(cmd, now),
    });
    try {
      await this.ds.transaction(async (em) => {
        await this.repo.insertPlace(em, place);
        await this.repo.saveInitiative(em, row);
        await this.emitInitiative(em, 'initiative.published.v1', row, place);
      });
    } catch (err) {
      const winner = await this.repo.findById(cmd.id);
      if (winner) return this.sameOrConflict(actor, winner.initiative, cmd);
      throw err;
    }
    return this.get(actor, cmd.id);
  }

  async update(actor: Actor, cmd: UpdateInitiativeV1): Promise<InitiativeWithSessionsV1> {
    await this.checkFields(actor, cmd);
    await this.ds.transaction(async (em) => {
      const row = await this.repo.findForUpdate(em, cmd.id);
      assertMayManage(actor, row);
      if (row.status !== InitiativeStatus.PUBLISHED) throw DomainError.conflict('l’iniziativa è stata ritirata / the initiative was withdrawn');
      const organiser = actor.role === Role.ADMIN ? (cmd.organiserOrganisationId ?? null) : row.organiserOrganisationId;
      if (actor.role === Role.ORG_OPERATOR && cmd.organiserOrganisationId && cmd.organiserOrganisationId !== row.organiserOrganisationId) {
        throw DomainError.badInput('organiserOrganisationId', 'organiserOrganisationId: puoi pubblicare solo per il tuo ente / you may publish only for your own organisation');
      }
      const now = this.clock();
      const place = this.placeOf(cmd, row.placeId, row.municipality, now);
      const previous = await em.getRepository(PlaceEntity).findOneByOrFail({ id: row.placeId });
      place.createdAt = previous.createdAt;
      Object.assign(row, this.fieldsOf(cmd, now), { organiserOrganisationId: organiser });
      await this.repo.savePlace(em, place);
      await this.repo.saveInitiative(em, row);
      // The sessions' open-data records name the initiative's place and title: they changed too.
      await this.repo.touchSessions(em, row.id);
      await this.emitInitiative(em, 'initiative.updated.v1', row, place);
    });
    return this.get(actor, cmd.id);
  }

  /** Withdraws an initiative: off the finder and the open data (as deleted); its sessions stay for the record. */
  async withdraw(actor: Actor, id: string): Promise<InitiativeWithSessionsV1> {
    await this.ds.transaction(async (em) => {
      const row = await this.repo.findForUpdate(em, id);
      assertMayManage(actor, row);
      if (row.status === InitiativeStatus.WITHDRAWN) return;
      row.status = InitiativeStatus.WITHDRAWN;
      row.updatedAt = this.clock();
      await this.repo.saveInitiative(em, row);
      await this.repo.touchSessions(em, row.id);
      const place = await em.getRepository(PlaceEntity).findOneByOrFail({ id: row.placeId });
      await this.emitInitiative(em, 'initiative.withdrawn.v1', row, place);
    });
    return this.get(actor, id);
  }

  /** The organiser's view: the initiative and its sessions from today on. */
  async get(actor: Actor, id: string): Promise<InitiativeWithSessionsV1> {
    const found = await this.repo.findById(id);
    assertMayManage(actor, found?.initiative ?? null);
    const sessions = (await this.repo.findUpcomingSessions(id, this.startOfToday(), MANAGED_SESSIONS)).map(toSession);
    return this.withSessions(toInitiative(found!.initiative, found!.place), sessions);
  }

  async mine(actor: Actor, q: MyInitiativesV1): Promise<Page<InitiativeWithSessionsV1>> {
    if (actor.role === Role.ORG_OPERATOR && !actor.organisationId) throw DomainError.forbidden('il tuo account non appartiene a un ente / your account belongs to no organisation');
    const first = Math.min(q.first ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const cursor = decodeCursor(q.after, ['timestamp', 'uuid']);
    const rows = await this.repo.findManagedPage(
      { municipality: actor.municipality, organiserOrganisationId: actor.role === Role.ORG_OPERATOR ? actor.organisationId : undefined, includeWithdrawn: q.includeWithdrawn === true },
      first + 1,
      cursor ? { updatedAt: cursor[0], id: cursor[1] } : null,
    );
    const page = rows.slice(0, first);
    const from = this.startOfToday();
    const nodes: InitiativeWithSessionsV1[] = [];
    for (const r of page) {
      nodes.push(this.withSessions(toInitiative(r.initiative, r.place), (await this.repo.findUpcomingSessions(r.initiative.id, from, 5)).map(toSession)));
    }
    const last = page[page.length - 1];
    return { nodes, pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor([last.initiative.updatedAt.toISOString(), last.initiative.id]) : null } };
  }

  async scheduleSession(actor: Actor, cmd: ScheduleSessionV1): Promise<SessionV1> {
    const existing = await this.repo.findSession(cmd.id);
    if (existing) {
      if (existing.initiativeId !== cmd.initiativeId || existing.startsAt.toISOString() !== new Date(cmd.startsAt).toISOString()) {
        throw DomainError.conflict('questo id è già usato da un altro incontro / this session id is already taken');
      }
      return toSession(existing);
    }
    const startsAt = new Date(cmd.startsAt);
    const endsAt = new Date(cmd.endsAt);
    this.checkTimes(startsAt, endsAt);
    this.checkSeats(cmd.publicSeats, cmd.referralSeats);
    let made: SessionEntity | null = null;
    try {
      await this.ds.transaction(async (em) => {
        const initiative = await this.repo.findForUpdate(em, cmd.initiativeId);
        this.assertOpen(actor, initiative);
        made = this.sessionRow(cmd.id, initiative!, null, startsAt, endsAt, cmd.publicSeats, cmd.referralSeats);
        await this.repo.saveSession(em, made);
        await this.emitSession(em, 'initiative.session-scheduled.v1', initiative!, made);
      });
    } catch (err) {
      const winner = await this.repo.findSession(cmd.id);
      if (winner) return toSession(winner);
      throw err;
    }
    return toSession(made!);
  }

  /** A weekly series: every session it names, in one transaction (or none). A retry returns the same sessions. */
  async scheduleSeries(actor: Actor, cmd: ScheduleSeriesV1): Promise<SessionV1[]> {
    const existing = await this.repo.findSeries(cmd.id);
    if (existing) {
      if (existing.initiativeId !== cmd.initiativeId) throw DomainError.conflict('questo id è già usato da un’altra serie / this series id is already taken');
      return (await this.repo.findSessionsOfSeries(cmd.id)).map(toSession);
    }
    this.checkSeats(cmd.publicSeats, cmd.referralSeats);
    const occurrences = weeklyOccurrences(cmd);
    const now = this.clock();
    if (occurrences[0].startsAt <= now) throw DomainError.badInput('firstDate', 'firstDate: il primo incontro sarebbe già iniziato / the first session would already have started');
    const made: SessionEntity[] = [];
    try {
      await this.ds.transaction(async (em) => {
        const initiative = await this.repo.findForUpdate(em, cmd.initiativeId);
        this.assertOpen(actor, initiative);
        await this.repo.insertSeries(em, Object.assign(new SessionSeriesEntity(), { id: cmd.id, initiativeId: cmd.initiativeId, rule: { ...cmd }, createdAt: now }));
        for (const o of occurrences) {
          const s = this.sessionRow(derivedId(cmd.id, o.date), initiative!, cmd.id, o.startsAt, o.endsAt, cmd.publicSeats, cmd.referralSeats);
          await this.repo.saveSession(em, s);
          await this.emitSession(em, 'initiative.session-scheduled.v1', initiative!, s);
          made.push(s);
        }
      });
    } catch (err) {
      if (await this.repo.findSeries(cmd.id)) return (await this.repo.findSessionsOfSeries(cmd.id)).map(toSession);
      throw err;
    }
    return made.map(toSession);
  }

  /** Status, times or seats of one session. Seats never go under those taken; a cancelled session stays cancelled. */
  async updateSession(actor: Actor, cmd: UpdateSessionV1): Promise<SessionV1> {
    if (cmd.status === undefined && cmd.startsAt === undefined && cmd.endsAt === undefined && cmd.publicSeats === undefined && cmd.referralSeats === undefined && cmd.note === undefined) {
      throw DomainError.badInput('status', 'status: niente da cambiare / nothing to change');
    }
    let out: SessionEntity | null = null;
    await this.ds.transaction(async (em) => {
      const s = await this.repo.findSessionForUpdate(em, cmd.id);
      if (!s || s.municipality !== actor.municipality) throw DomainError.notFound('session');
      const initiative = await this.repo.findForUpdate(em, s.initiativeId);
      assertMayManage(actor, initiative);
      const from = s.status as SessionStatus;
      if (cmd.status !== undefined && cmd.status !== from) {
        if (!SESSION_MOVES[from].includes(cmd.status)) {
          throw DomainError.conflict(`un incontro ${from} non può diventare ${cmd.status} / a ${from} session cannot become ${cmd.status}`);
        }
        s.status = cmd.status;
      } else if (from === SessionStatus.CANCELLED && (cmd.startsAt || cmd.endsAt || cmd.publicSeats !== undefined || cmd.referralSeats !== undefined)) {
        throw DomainError.conflict('l’incontro è annullato: programmane uno nuovo / the session is cancelled: schedule a new one');
      }
      const startsAt = cmd.startsAt ? new Date(cmd.startsAt) : s.startsAt;
      const endsAt = cmd.endsAt ? new Date(cmd.endsAt) : s.endsAt;
      if (cmd.startsAt || cmd.endsAt) this.checkTimes(startsAt, endsAt);
      const publicSeats = cmd.publicSeats ?? s.publicSeats;
      const referralSeats = cmd.referralSeats ?? s.referralSeats;
      if (publicSeats < s.publicTaken) throw DomainError.badInput('publicSeats', `publicSeats: ${s.publicTaken} posti sono già presi / ${s.publicTaken} seats are already taken`);
      if (referralSeats < s.referralTaken) throw DomainError.badInput('referralSeats', `referralSeats: ${s.referralTaken} posti riservati sono già presi / ${s.referralTaken} reserved seats are already taken`);
      this.checkSeats(publicSeats, referralSeats);
      Object.assign(s, { startsAt, endsAt, publicSeats, referralSeats, updatedAt: this.clock() });
      if (cmd.note !== undefined) s.note = clean(cmd.note);
      await this.repo.saveSession(em, s);
      await this.emitSession(em, 'initiative.session-changed.v1', initiative, s);
      out = s;
    });
    return toSession(out!);
  }

  private assertOpen(actor: Actor, initiative: InitiativeEntity | null): asserts initiative is InitiativeEntity {
    assertMayManage(actor, initiative);
    if (initiative.status !== InitiativeStatus.PUBLISHED) throw DomainError.conflict('l’iniziativa è stata ritirata / the initiative was withdrawn');
  }

  private checkTimes(startsAt: Date, endsAt: Date): void {
    if (endsAt <= startsAt) throw DomainError.badInput('endsAt', 'endsAt: deve essere dopo startsAt / must be after startsAt');
    if (endsAt.getTime() - startsAt.getTime() > MAX_SESSION_HOURS * 3600_000) throw DomainError.badInput('endsAt', `endsAt: un incontro dura al massimo ${MAX_SESSION_HOURS} ore / a session lasts ${MAX_SESSION_HOURS} hours at most`);
    if (startsAt <= this.clock()) throw DomainError.badInput('startsAt', 'startsAt: deve essere nel futuro / must be in the future');
  }

  private checkSeats(publicSeats: number, referralSeats: number): void {
    if (publicSeats + referralSeats === 0) throw DomainError.badInput('publicSeats', 'publicSeats: serve almeno un posto / at least one seat is needed');
  }

  private async checkFields(actor: Actor, f: InitiativeFieldsV1): Promise<void> {
    if (f.ageMin !== undefined && f.ageMax !== undefined && f.ageMin > f.ageMax) throw DomainError.badInput('ageMax', 'ageMax: deve essere almeno ageMin / must be at least ageMin');
    if (!(await this.neighbourhoods.exists(actor.municipality, f.neighbourhoodCode))) {
      throw DomainError.badInput('neighbourhoodCode', `neighbourhoodCode: "${f.neighbourhoodCode}" non è un quartiere del comune / is not a neighbourhood of the municipality`);
    }
  }

  private fieldsOf(f: InitiativeFieldsV1, now: Date): Partial<InitiativeEntity> {
    return {
      kind: f.kind,
      titleIt: f.titleIt.trim(),
      titleEn: clean(f.titleEn),
      descriptionIt: f.descriptionIt.trim(),
      descriptionEn: clean(f.descriptionEn),
      neighbourhoodCode: f.neighbourhoodCode,
      ageMin: f.ageMin ?? null,
      ageMax: f.ageMax ?? null,
      free: f.free,
      costText: f.free ? null : clean(f.costText),
      accessibilitySupport: clean(f.accessibilitySupport),
      goodForLivingAlone: f.goodForLivingAlone,
      publicContact: clean(f.publicContact),
      updatedAt: now,
    };
  }

  private placeOf(f: InitiativeFieldsV1, id: string, municipality: string, now: Date): PlaceEntity {
    return Object.assign(new PlaceEntity(), {
      id,
      municipality,
      neighbourhoodCode: f.neighbourhoodCode,
      name: f.place.name.trim(),
      address: f.place.address.trim(),
      lat: f.place.position.lat,
      lng: f.place.position.lng,
      stepFree: f.place.stepFree,
      createdAt: now,
      updatedAt: now,
    });
  }

  private sessionRow(id: string, i: InitiativeEntity, seriesId: string | null, startsAt: Date, endsAt: Date, publicSeats: number, referralSeats: number): SessionEntity {
    const now = this.clock();
    return Object.assign(new SessionEntity(), {
      id,
      initiativeId: i.id,
      municipality: i.municipality,
      seriesId,
      startsAt,
      endsAt,
      status: SessionStatus.SCHEDULED,
      note: null,
      publicSeats,
      referralSeats,
      publicTaken: 0,
      referralTaken: 0,
      createdAt: now,
      updatedAt: now,
    });
  }

  private async sameOrConflict(actor: Actor, existing: InitiativeEntity, cmd: PublishInitiativeV1): Promise<InitiativeWithSessionsV1> {
    if (existing.municipality !== actor.municipality || existing.titleIt !== cmd.titleIt.trim() || existing.kind !== cmd.kind) {
      throw DomainError.conflict('questo id è già usato da un’altra iniziativa / this initiative id is already taken');
    }
    return this.get(actor, existing.id);
  }

  private withSessions(i: InitiativeV1, sessions: SessionV1[]): InitiativeWithSessionsV1 {
    const now = this.clock().toISOString();
    return { ...i, sessions, nextSession: sessions.find((s) => s.status === SessionStatus.SCHEDULED && s.startsAt > now) ?? null };
  }

  private startOfToday(): Date {
    return new Date(this.clock().getTime() - 24 * 3600_000);
  }

  private async emitInitiative(em: EntityManager, type: 'initiative.published.v1' | 'initiative.updated.v1' | 'initiative.withdrawn.v1', i: InitiativeEntity, p: PlaceEntity): Promise<void> {
    await this.outbox.add(em, type, {
      municipality: i.municipality,
      initiativeId: i.id,
      kind: i.kind as InitiativeKind,
      status: i.status as InitiativeStatus,
      ...(i.organiserOrganisationId ? { organiserOrganisationId: i.organiserOrganisationId } : {}),
      neighbourhoodCode: i.neighbourhoodCode,
      free: i.free,
      stepFree: p.stepFree,
      goodForLivingAlone: i.goodForLivingAlone,
      occurredAt: i.updatedAt.toISOString(),
    });
  }

  private async emitSession(em: EntityManager, type: 'initiative.session-scheduled.v1' | 'initiative.session-changed.v1', i: InitiativeEntity, s: SessionEntity): Promise<void> {
    await this.outbox.add(em, type, {
      municipality: s.municipality,
      initiativeId: i.id,
      sessionId: s.id,
      neighbourhoodCode: i.neighbourhoodCode,
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
      status: s.status as SessionStatus,
      publicSeats: s.publicSeats,
      referralSeats: s.referralSeats,
    });
  }
}
