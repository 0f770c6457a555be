import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DayPart, InitiativeKind } from '@prossimo/contracts';
import { InitiativeEntity } from './initiative.entity';
import { PlaceEntity } from './place.entity';
import { SessionSeriesEntity } from './session-series.entity';
import { SessionEntity } from './session.entity';

/** Rome hours that bound each part of the day (morning before 13, evening from 18). */
export const DAY_PART_HOURS: Record<DayPart, [number, number]> = {
  [DayPart.MORNING]: [0, 13],
  [DayPart.AFTERNOON]: [13, 18],
  [DayPart.EVENING]: [18, 24],
};

export interface FinderFilter {
  municipality: string;
  now: Date;
  neighbourhoodCode?: string;
  dayPart?: DayPart;
  kind?: InitiativeKind;
  free?: boolean;
  stepFree?: boolean;
  goodForLivingAlone?: boolean;
}

/** A published initiative with its place and its next session (what the finder lists). */
export interface FinderRow {
  initiative: InitiativeEntity;
  place: PlaceEntity;
  next: SessionEntity;
}

const NEXT_SEQ = `nextval('community_modified_seq')`;

/** Rows from a raw query, mapped to entities by TypeORM's metadata (column names to properties). */
function hydrate<T>(em: EntityManager | DataSource, target: new () => T, raw: Record<string, unknown>, prefix = ''): T {
  const meta = em.getRepository(target).metadata;
  const row = new target() as Record<string, unknown>;
  for (const c of meta.columns) {
    let v = raw[`${prefix}${c.databaseName}`];
    if (v !== null && v !== undefined && (c.type === 'timestamptz' || c.type === 'timestamp with time zone') && !(v instanceof Date)) v = new Date(v as string);
    row[c.propertyName] = v;
  }
  return row as T;
}

@Injectable()
export class InitiativesRepository {
  constructor(private readonly ds: DataSource) {}

  async findById(id: string, em: EntityManager | DataSource = this.ds): Promise<{ initiative: InitiativeEntity; place: PlaceEntity } | null> {
    const initiative = await em.getRepository(InitiativeEntity).findOneBy({ id });
    if (!initiative) return null;
    const place = await em.getRepository(PlaceEntity).findOneByOrFail({ id: initiative.placeId });
    return { initiative, place };
  }

  async findForUpdate(em: EntityManager, id: string): Promise<InitiativeEntity | null> {
    return em.getRepository(InitiativeEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async insertPlace(em: EntityManager, p: PlaceEntity): Promise<void> {
    await em.getRepository(PlaceEntity).insert(p);
  }

  async savePlace(em: EntityManager, p: PlaceEntity): Promise<void> {
    await em.getRepository(PlaceEntity).save(p);
  }

  /** Inserts or updates an initiative, giving it the next `modified` of the open-data feed. */
  async saveInitiative(em: EntityManager, i: InitiativeEntity): Promise<void> {
    const [{ seq }] = (await em.query(`SELECT ${NEXT_SEQ}::text AS seq`)) as { seq: string }[];
    i.modifiedSeq = seq;
    await em.getRepository(InitiativeEntity).save(i);
  }

  /** Inserts or updates a session, giving it the next `modified`. */
  async saveSession(em: EntityManager, s: SessionEntity): Promise<void> {
    const [{ seq }] = (await em.query(`SELECT ${NEXT_SEQ}::text AS seq`)) as { seq: string }[];
    s.modifiedSeq = seq;
    await em.getRepository(SessionEntity).save(s);
  }

  /** Moves every session of an initiative to the end of the feed (its initiative changed). */
  async touchSessions(em: EntityManager, initiativeId: string): Promise<void> {
    await em.query(`UPDATE sessions SET modified_seq = ${NEXT_SEQ} WHERE initiative_id = $1`, [initiativeId]);
  }

  async findSession(id: string, em: EntityManager | DataSource = this.ds): Promise<SessionEntity | null> {
    return em.getRepository(SessionEntity).findOneBy({ id });
  }

  async findSessionForUpdate(em: EntityManager, id: string): Promise<SessionEntity | null> {
    return em.getRepository(SessionEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async findSessionsByIds(ids: string[]): Promise<SessionEntity[]> {
    if (ids.length === 0) return [];
    return this.ds.getRepository(SessionEntity).createQueryBuilder('s').where('s.id IN (:...ids)', { ids }).orderBy('s.starts_at', 'ASC').addOrderBy('s.id', 'ASC').getMany();
  }

  async findSeries(id: string, em: EntityManager | DataSource = this.ds): Promise<SessionSeriesEntity | null> {
    return em.getRepository(SessionSeriesEntity).findOneBy({ id });
  }

  async insertSeries(em: EntityManager, s: SessionSeriesEntity): Promise<void> {
    await em.getRepository(SessionSeriesEntity).save(s);
  }

  async findSessionsOfSeries(seriesId: string): Promise<SessionEntity[]> {
    return this.ds.getRepository(SessionEntity).find({ where: { seriesId }, order: { startsAt: 'ASC', id: 'ASC' } });
  }

  /** An initiative's sessions from `from` on (any status), earliest first. */
  async findUpcomingSessions(initiativeId: string, from: Date, limit: number): Promise<SessionEntity[]> {
    return this.ds
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .where('s.initiative_id = :initiativeId AND s.ends_at > :from', { initiativeId, from })
      .orderBy('s.starts_at', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** The initiatives of a municipality (or of one organiser), most recently changed first, a page at a time. */
  async findManagedPage(
    q: { municipality: string; organiserOrganisationId?: string; includeWithdrawn: boolean },
    limit: number,
    after: { updatedAt: string; id: string } | null,
  ): Promise<{ initiative: InitiativeEntity; place: PlaceEntity }[]> {
    const qb = this.ds.getRepository(InitiativeEntity).createQueryBuilder('i').where('i.municipality = :m', { m: q.municipality });
    if (q.organiserOrganisationId) qb.andWhere('i.organiser_organisation_id = :o', { o: q.organiserOrganisationId });
    if (!q.includeWithdrawn) qb.andWhere(`i.status = 'PUBLISHED'`);
    if (after) qb.andWhere('(i.updated_at, i.id) < (:at, :id)', { at: after.updatedAt, id: after.id });
    const rows = await qb.orderBy('i.updated_at', 'DESC').addOrderBy('i.id', 'DESC').limit(limit).getMany();
    const places = await this.placesByIds(rows.map((r) => r.placeId));
    return rows.map((initiative) => ({ initiative, place: places.get(initiative.placeId)! }));
  }

  async placesByIds(ids: string[]): Promise<Map<string, PlaceEntity>> {
    if (ids.length === 0) return new Map();
    const rows = await this.ds.getRepository(PlaceEntity).createQueryBuilder('p').where('p.id IN (:...ids)', { ids }).getMany();
    return new Map(rows.map((p) => [p.id, p]));
  }

  /**
   * The finder: published initiatives with a SCHEDULED session to come (in the day part asked
   * for), ordered by that next session, then id; keyset-paged on (next start, id).
   */
  async findPublicPage(f: FinderFilter, limit: number, after: { startsAt: string; id: string } | null): Promise<FinderRow[]> {
    const params: unknown[] = [f.municipality, f.now];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const sessionWhere = [`s.initiative_id = i.id`, `s.status = 'SCHEDULED'`, `s.starts_at > $2`];
    if (f.dayPart) {
      const [from, to] = DAY_PART_HOURS[f.dayPart];
      sessionWhere.push(`extract(hour from s.starts_at AT TIME ZONE 'Europe/Rome') >= ${p(from)}`, `extract(hour from s.starts_at AT TIME ZONE 'Europe/Rome') < ${p(to)}`);
    }
    const where = [`i.municipality = $1`, `i.status = 'PUBLISHED'`];
    if (f.neighbourhoodCode) where.push(`i.neighbourhood_code = ${p(f.neighbourhoodCode)}`);
    if (f.kind) where.push(`i.kind = ${p(f.kind)}`);
    if (f.free !== undefined) where.push(`i.free = ${p(f.free)}`);
    if (f.stepFree !== undefined) where.push(`pl.step_free = ${p(f.stepFree)}`);
    if (f.goodForLivingAlone !== undefined) where.push(`i.good_for_living_alone = ${p(f.goodForLivingAlone)}`);
    if (after) where.push(`(n.starts_at, i.id) > (${p(after.startsAt)}::timestamptz, ${p(after.id)}::uuid)`);
    const sql = `
      SELECT ${this.columns('i', InitiativeEntity, 'i_')}, ${this.columns('pl', PlaceEntity, 'p_')}, ${this.columns('n', SessionEntity, 's_')}
      FROM initiatives i
      JOIN places pl ON pl.id = i.place_id
      JOIN LATERAL (SELECT s.* FROM sessions s WHERE ${sessionWhere.join(' AND ')} ORDER BY s.starts_at, s.id LIMIT 1) n ON true
      WHERE ${where.join(' AND ')}
      ORDER BY n.starts_at, i.id
      LIMIT ${p(limit)}`;
    const raw = (await this.ds.query(sql, params)) as Record<string, unknown>[];
    return raw.map((r) => ({ initiative: hydrate(this.ds, InitiativeEntity, r, 'i_'), place: hydrate(this.ds, PlaceEntity, r, 'p_'), next: hydrate(this.ds, SessionEntity, r, 's_') }));
  }

  /** The open-data feed of initiatives: every change after (modified, id), in that order. */
  async feedInitiatives(afterSeq: string, afterId: string, limit: number): Promise<{ initiative: InitiativeEntity; place: PlaceEntity }[]> {
    const rows = await this.ds
      .getRepository(InitiativeEntity)
      .createQueryBuilder('i')
      .where('(i.modified_seq, i.id) > (:seq, :id)', { seq: afterSeq, id: afterId })
      .orderBy('i.modified_seq', 'ASC')
      .addOrderBy('i.id', 'ASC')
      .limit(limit)
      .getMany();
    const places = await this.placesByIds(rows.map((r) => r.placeId));
    return rows.map((initiative) => ({ initiative, place: places.get(initiative.placeId)! }));
  }

  /** The open-data feed of sessions, with each one's initiative status. */
  async feedSessions(afterSeq: string, afterId: string, limit: number): Promise<{ session: SessionEntity; initiativeStatus: string }[]> {
    const raw = (await this.ds.query(
      `SELECT ${this.columns('s', SessionEntity, 's_')}, i.status AS initiative_status
       FROM sessions s JOIN initiatives i ON i.id = s.initiative_id
       WHERE (s.modified_seq, s.id) > ($1::bigint, $2::uuid)
       ORDER BY s.modified_seq, s.id LIMIT $3`,
      [afterSeq, afterId, limit],
    )) as Record<string, unknown>[];
    return raw.map((r) => ({ session: hydrate(this.ds, SessionEntity, r, 's_'), initiativeStatus: r.initiative_status as string }));
  }

  private columns(alias: string, target: new () => unknown, prefix: string): string {
    return this.ds
      .getRepository(target)
      .metadata.columns.map((c) => `${alias}."${c.databaseName}" AS "${prefix}${c.databaseName}"`)
      .join(', ');
  }
}
