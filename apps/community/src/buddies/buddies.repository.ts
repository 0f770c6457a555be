import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, Not } from 'typeorm';
import { BuddyAskStatus, BuddyRequestStatus } from '@prossimo/contracts';
import { Candidate, Point } from './matching';
import { BuddyAskEntity, BuddyRequestEntity } from './buddy.entities';

/** What buddies read of a session, its initiative and its place (the initiatives room's tables, read by plain SQL). */
export interface SessionFacts {
  sessionId: string;
  startsAt: Date;
  initiativeId: string;
  titleIt: string;
  titleEn: string | null;
  placeName: string;
  placeAddress: string;
  placeNeighbourhoodCode: string;
  place: Point;
}

/** Buddy requests and asks; reads of sessions, places and volunteer profiles beside them in the same database. */
@Injectable()
export class BuddiesRepository {
  constructor(private readonly ds: DataSource) {}

  private m(em: EntityManager | null): EntityManager {
    return em ?? this.ds.manager;
  }

  /** Inserts the request unless one is there for the referral already (a redelivered event). */
  async insertRequest(em: EntityManager, r: BuddyRequestEntity): Promise<void> {
    await em.createQueryBuilder().insert().into(BuddyRequestEntity).values(r).orIgnore().execute();
  }

  findRequest(em: EntityManager | null, referralId: string, lock = false): Promise<BuddyRequestEntity | null> {
    return this.m(em).findOne(BuddyRequestEntity, { where: { referralId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  async updateRequest(em: EntityManager, referralId: string, patch: Partial<BuddyRequestEntity>): Promise<void> {
    await em.update(BuddyRequestEntity, { referralId }, patch);
  }

  /** An organisation's buddy requests still running, newest first. */
  requestsOfOrganisation(municipality: string, organisationId: string): Promise<BuddyRequestEntity[]> {
    return this.ds.manager.find(BuddyRequestEntity, { where: { municipality, organisationId, status: Not(BuddyRequestStatus.ENDED) }, order: { createdAt: 'DESC' }, take: 100 });
  }

  requestsByIds(referralIds: string[]): Promise<BuddyRequestEntity[]> {
    return referralIds.length ? this.ds.manager.find(BuddyRequestEntity, { where: { referralId: In(referralIds) } }) : Promise.resolve([]);
  }

  asksOf(em: EntityManager | null, referralId: string): Promise<BuddyAskEntity[]> {
    return this.m(em).find(BuddyAskEntity, { where: { referralId } });
  }

  findAsk(em: EntityManager, referralId: string, volunteerId: string): Promise<BuddyAskEntity | null> {
    return em.findOne(BuddyAskEntity, { where: { referralId, volunteerId } });
  }

  async saveAsk(em: EntityManager, a: BuddyAskEntity): Promise<void> {
    await em.upsert(BuddyAskEntity, a, ['referralId', 'volunteerId']);
  }

  /** Moves this request's asks in `from` to `to`. */
  async moveAsks(em: EntityManager, referralId: string, from: BuddyAskStatus[], to: BuddyAskStatus, at: Date): Promise<void> {
    await em.update(BuddyAskEntity, { referralId, status: In(from) }, { status: to, answeredAt: at });
  }

  /** A volunteer's asks, newest first. */
  asksOfVolunteer(volunteerId: string): Promise<BuddyAskEntity[]> {
    return this.ds.manager.find(BuddyAskEntity, { where: { volunteerId }, order: { askedAt: 'DESC' }, take: 50 });
  }

  async sessions(sessionIds: string[]): Promise<Map<string, SessionFacts>> {
    if (!sessionIds.length) return new Map();
    const rows = await this.ds.query<{ id: string; starts_at: Date; initiative_id: string; title_it: string; title_en: string | null; name: string; address: string; neighbourhood_code: string; lat: number; lng: number }[]>(
      `SELECT s.id, s.starts_at, i.id AS initiative_id, i.title_it, i.title_en, p.name, p.address, p.neighbourhood_code, p.lat, p.lng
         FROM sessions s JOIN initiatives i ON i.id = s.initiative_id JOIN places p ON p.id = i.place_id WHERE s.id = ANY($1)`,
      [sessionIds],
    );
    return new Map(rows.map((r) => [r.id, {
      sessionId: r.id, startsAt: r.starts_at, initiativeId: r.initiative_id, titleIt: r.title_it, titleEn: r.title_en, placeName: r.name, placeAddress: r.address,
      placeNeighbourhoodCode: r.neighbourhood_code, place: { lat: r.lat, lon: r.lng },
    }]));
  }

  /** Where each neighbourhood is, as the mean of the places community knows in it (the only points it has). */
  async neighbourhoodPoints(municipality: string): Promise<Map<string, Point>> {
    const rows = await this.ds.query<{ code: string; lat: number; lng: number }[]>(`SELECT neighbourhood_code AS code, avg(lat) AS lat, avg(lng) AS lng FROM places WHERE municipality = $1 GROUP BY neighbourhood_code`, [municipality]);
    return new Map(rows.map((r) => [r.code, { lat: Number(r.lat), lon: Number(r.lng) }]));
  }

  async neighbourhoodNames(municipality: string): Promise<Map<string, string>> {
    const rows = await this.ds.query<{ code: string; name: string }[]>(`SELECT code, name FROM neighbourhoods WHERE municipality = $1`, [municipality]);
    return new Map(rows.map((r) => [r.code, r.name]));
  }

  /** The municipality's volunteers free in this slot of the week (the rest of the matching is rankBuddies'). */
  async candidates(municipality: string, slot: string, only?: string): Promise<Candidate[]> {
    const rows = await this.ds.query<{ id: string; display_name: string; birth_year: number; neighbourhood_code: string; travel_km: number; skills: string[]; languages: string[]; availability: string[] }[]>(
      `SELECT id, display_name, birth_year, neighbourhood_code, travel_km, skills, languages, availability FROM volunteers
        WHERE municipality = $1 AND $2 = ANY(availability) AND ($3::uuid IS NULL OR id = $3) ORDER BY display_name LIMIT 2000`,
      [municipality, slot, only ?? null],
    );
    return rows.map((r) => ({ id: r.id, displayName: r.display_name, birthYear: r.birth_year, neighbourhoodCode: r.neighbourhood_code, travelKm: r.travel_km, skills: r.skills, languages: r.languages, availability: r.availability }));
  }

  async volunteerNames(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await this.ds.query<{ id: string; display_name: string }[]>(`SELECT id, display_name FROM volunteers WHERE id = ANY($1)`, [ids]);
    return new Map(rows.map((r) => [r.id, r.display_name]));
  }
}
