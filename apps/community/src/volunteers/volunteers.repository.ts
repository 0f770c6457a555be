import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { Keyset, KeysetQuery } from '@prossimo/platform';
import { ShiftSignUpEntity, VolunteerEntity, VolunteerHoursEntity, VolunteerMailEntity, VolunteerRoleEntity, VolunteerShiftEntity } from './volunteer.entities';

/** A line of the register of non-occasional volunteers, before it is worded. */
export interface RegisterRow {
  volunteer_id: string;
  display_name: string;
  email: string;
  phone: string | null;
  birth_year: number;
  first_day: string;
  last_day: string;
  roles: string[];
  minutes: number;
  by_check_in: number;
  by_hand: number;
}

/** From how many different days of service a volunteer is no longer occasional (the art. 17 register). */
export const NON_OCCASIONAL_DAYS = 2;

/** Roles, newest first (an organisation's, and the open ones). */
export const ROLES_ORDER = new Keyset('DESC', [
  ['r.created_at', 'timestamp'],
  ['r.id', 'uuid'],
]);
/** Hours lines, newest day first. */
export const HOURS_ORDER = new Keyset('DESC', [
  ['h.day', 'text'],
  ['h.id', 'uuid'],
]);

/** The only place that speaks TypeORM for volunteers. Writes take the transaction they run in. */
@Injectable()
export class VolunteersRepository {
  constructor(private readonly ds: DataSource) {}

  findVolunteer(em: EntityManager | null, id: string): Promise<VolunteerEntity | null> {
    return (em ?? this.ds.manager).getRepository(VolunteerEntity).findOne({ where: { id } });
  }

  async saveVolunteer(em: EntityManager, v: VolunteerEntity): Promise<void> {
    await em.getRepository(VolunteerEntity).save(v);
  }

  findRole(em: EntityManager | null, id: string): Promise<VolunteerRoleEntity | null> {
    return (em ?? this.ds.manager).getRepository(VolunteerRoleEntity).findOne({ where: { id } });
  }

  rolesByIds(ids: string[]): Promise<VolunteerRoleEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.ds.getRepository(VolunteerRoleEntity).find({ where: { id: In([...new Set(ids)]) } });
  }

  /** Inserts a role unless its id exists; true when inserted. */
  async insertRole(em: EntityManager, role: VolunteerRoleEntity): Promise<boolean> {
    const r = await em.createQueryBuilder().insert().into(VolunteerRoleEntity).values(role).orIgnore().returning(['id']).execute();
    return (r.raw as unknown[]).length > 0;
  }

  /** An organisation's roles, newest first, after a keyset cursor. */
  rolesOfOrganisation(organisationId: string, municipality: string, q: KeysetQuery<typeof ROLES_ORDER>): Promise<VolunteerRoleEntity[]> {
    const qb = this.ds.getRepository(VolunteerRoleEntity).createQueryBuilder('r').where('r.organisation_id = :o AND r.municipality = :m', { o: organisationId, m: municipality });
    return ROLES_ORDER.apply(qb, q).getMany();
  }

  /** Open roles of a municipality (insured, with a shift still to come), newest first, after a keyset cursor. */
  openRoles(municipality: string, neighbourhoodCode: string | undefined, now: Date, q: KeysetQuery<typeof ROLES_ORDER>): Promise<VolunteerRoleEntity[]> {
    const qb = this.ds
      .getRepository(VolunteerRoleEntity)
      .createQueryBuilder('r')
      .where('r.municipality = :m', { m: municipality })
      .andWhere('EXISTS (SELECT 1 FROM volunteer_shifts s WHERE s.role_id = r.id AND s.starts_at > :now)', { now });
    if (neighbourhoodCode) qb.andWhere('r.neighbourhood_code = :n', { n: neighbourhoodCode });
    return ROLES_ORDER.apply(qb, q).getMany();
  }

  /** The next shifts of some roles (at most `perRole` each), soonest first. */
  async upcomingShifts(roleIds: string[], now: Date, perRole: number): Promise<VolunteerShiftEntity[]> {
    if (roleIds.length === 0) return [];
    const rows = await this.ds.query(
      `SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY role_id ORDER BY starts_at, id) AS n FROM volunteer_shifts WHERE role_id = ANY($1) AND starts_at > $2) t WHERE n <= $3`,
      [roleIds, now, perRole],
    );
    const ids = (rows as { id: string }[]).map((r) => r.id);
    if (ids.length === 0) return [];
    return this.ds.getRepository(VolunteerShiftEntity).find({ where: { id: In(ids) }, order: { startsAt: 'ASC', id: 'ASC' } });
  }

  findShift(em: EntityManager | null, id: string): Promise<VolunteerShiftEntity | null> {
    return (em ?? this.ds.manager).getRepository(VolunteerShiftEntity).findOne({ where: { id } });
  }

  shiftsByIds(ids: string[]): Promise<VolunteerShiftEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.ds.getRepository(VolunteerShiftEntity).find({ where: { id: In([...new Set(ids)]) } });
  }

  async insertShift(em: EntityManager, shift: VolunteerShiftEntity): Promise<boolean> {
    const r = await em.createQueryBuilder().insert().into(VolunteerShiftEntity).values(shift).orIgnore().returning(['id']).execute();
    return (r.raw as unknown[]).length > 0;
  }

  /**
   * Takes one place on a shift if one is left: a conditional UPDATE, atomic under any number of
   * transactions and replicas (the row lock makes a second taker re-read `taken`). False: full.
   */
  async takePlace(em: EntityManager, shiftId: string): Promise<boolean> {
    const rows = await em.query<[unknown[], number]>(`UPDATE volunteer_shifts SET taken = taken + 1 WHERE id = $1 AND taken < capacity RETURNING id`, [shiftId]);
    return rows[1] === 1;
  }

  async givePlaceBack(em: EntityManager, shiftId: string): Promise<void> {
    await em.query(`UPDATE volunteer_shifts SET taken = taken - 1 WHERE id = $1 AND taken > 0`, [shiftId]);
  }

  /** The live sign-up of a volunteer on a shift, if any (locked when `em` is a transaction). */
  liveSignUp(em: EntityManager, shiftId: string, volunteerId: string): Promise<ShiftSignUpEntity | null> {
    return em
      .getRepository(ShiftSignUpEntity)
      .createQueryBuilder('s')
      .where('s.shift_id = :shiftId AND s.volunteer_id = :volunteerId AND s.status <> :c', { shiftId, volunteerId, c: 'CANCELLED' })
      .getOne();
  }

  async insertSignUp(em: EntityManager, s: ShiftSignUpEntity): Promise<void> {
    await em.getRepository(ShiftSignUpEntity).insert(s);
  }

  /** A sign-up, locked for the transaction. */
  lockSignUp(em: EntityManager, id: string): Promise<ShiftSignUpEntity | null> {
    return em.getRepository(ShiftSignUpEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async updateSignUp(em: EntityManager, id: string, patch: Partial<Pick<ShiftSignUpEntity, 'status' | 'confirmedAt' | 'checkedInAt' | 'checkedOutAt' | 'cancelledAt'>>): Promise<void> {
    await em.getRepository(ShiftSignUpEntity).update({ id }, patch);
  }

  /** A volunteer's live sign-ups in their municipality whose shift ends after `since`, soonest first. */
  signUpsOfVolunteer(volunteerId: string, municipality: string, since: Date, limit: number): Promise<ShiftSignUpEntity[]> {
    return this.ds
      .getRepository(ShiftSignUpEntity)
      .createQueryBuilder('su')
      .innerJoin(VolunteerShiftEntity, 's', 's.id = su.shift_id')
      .where('su.volunteer_id = :v AND su.municipality = :m', { v: volunteerId, m: municipality })
      .andWhere('su.status <> :c', { c: 'CANCELLED' })
      .andWhere('s.ends_at > :since', { since })
      .orderBy('s.starts_at', 'ASC')
      .addOrderBy('su.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** The live sign-ups of a shift, with the volunteers' names and contacts (the organisation's roster). */
  async roster(shiftId: string): Promise<{ signUp: ShiftSignUpEntity; volunteer: VolunteerEntity }[]> {
    const signUps = await this.ds.getRepository(ShiftSignUpEntity).find({ where: { shiftId }, order: { createdAt: 'ASC', id: 'ASC' }, take: 500 });
    const live = signUps.filter((s) => s.status !== 'CANCELLED');
    const volunteers = live.length === 0 ? [] : await this.ds.getRepository(VolunteerEntity).find({ where: { id: In(live.map((s) => s.volunteerId)) } });
    const byId = new Map(volunteers.map((v) => [v.id, v]));
    return live.flatMap((s) => (byId.has(s.volunteerId) ? [{ signUp: s, volunteer: byId.get(s.volunteerId)! }] : []));
  }

  /** Whether a volunteer ever took a place on a shift of this organisation (what lets it record their hours). */
  async servedOrganisation(volunteerId: string, organisationId: string): Promise<boolean> {
    const rows = (await this.ds.query<unknown[]>(
      `SELECT 1 FROM volunteer_sign_ups su JOIN volunteer_shifts s ON s.id = su.shift_id WHERE su.volunteer_id = $1 AND s.organisation_id = $2
       UNION ALL SELECT 1 FROM volunteer_hours h WHERE h.volunteer_id = $1 AND h.organisation_id = $2 LIMIT 1`,
      [volunteerId, organisationId],
    ));
    return rows.length > 0;
  }

  /** Inserts a line of hours unless its id (or its sign-up's line) exists; true when inserted. */
  async insertHours(em: EntityManager, h: VolunteerHoursEntity): Promise<boolean> {
    const r = await em.createQueryBuilder().insert().into(VolunteerHoursEntity).values(h).orIgnore().returning(['id']).execute();
    return (r.raw as unknown[]).length > 0;
  }

  findHours(id: string): Promise<VolunteerHoursEntity | null> {
    return this.ds.getRepository(VolunteerHoursEntity).findOne({ where: { id } });
  }

  /** An organisation's hours lines, newest day first, after a keyset cursor. */
  hoursOfOrganisation(organisationId: string, municipality: string, q: KeysetQuery<typeof HOURS_ORDER>): Promise<VolunteerHoursEntity[]> {
    const qb = this.ds.getRepository(VolunteerHoursEntity).createQueryBuilder('h').where('h.organisation_id = :o AND h.municipality = :m', { o: organisationId, m: municipality });
    return HOURS_ORDER.apply(qb, q).getMany();
  }

  volunteersByIds(ids: string[]): Promise<VolunteerEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.ds.getRepository(VolunteerEntity).find({ where: { id: In([...new Set(ids)]) } });
  }

  /**
   * The register of non-occasional volunteers of an organisation for the period [from, to]
   * (Third Sector Code art. 17). Non-occasional: the volunteer gave the organisation time on at
   * least two different days up to the period's end, counted over their whole history with it, so
   * a regular volunteer whose service crosses the period's start is not dropped as "one day" in
   * it; listed: those of them who served in the period. The first day is their first day ever
   * with the organisation (the start of their activity), the last the latest up to the period's
   * end; roles and hours are the period's.
   */
  async register(organisationId: string, municipality: string, from: string, to: string): Promise<RegisterRow[]> {
    return (await this.ds.query<RegisterRow[]>(
      `WITH regular AS (
         SELECT h.volunteer_id, min(h.day) AS first_day, max(h.day) AS last_day
           FROM volunteer_hours h
          WHERE h.organisation_id = $1 AND h.municipality = $4 AND h.day <= $3
          GROUP BY h.volunteer_id
         HAVING count(DISTINCT h.day) >= ${NON_OCCASIONAL_DAYS}
       )
       SELECT v.id AS volunteer_id, v.display_name, v.email, v.phone, v.birth_year,
              to_char(g.first_day, 'YYYY-MM-DD') AS first_day, to_char(g.last_day, 'YYYY-MM-DD') AS last_day,
              array_agg(DISTINCT r.title ORDER BY r.title) AS roles,
              sum(h.minutes)::int AS minutes,
              (sum(h.minutes) FILTER (WHERE h.source = 'CHECK_IN'))::int AS by_check_in,
              (sum(h.minutes) FILTER (WHERE h.source = 'MANUAL'))::int AS by_hand
         FROM regular g
         JOIN volunteer_hours h ON h.volunteer_id = g.volunteer_id AND h.organisation_id = $1 AND h.municipality = $4 AND h.day BETWEEN $2 AND $3
         JOIN volunteers v ON v.id = g.volunteer_id
         JOIN volunteer_roles r ON r.id = h.role_id
        GROUP BY v.id, g.first_day, g.last_day
        ORDER BY v.display_name, v.id
        LIMIT 5000`,
      [organisationId, from, to, municipality],
    ));
  }

  /**
   * Marks as asked the sign-ups whose shift starts within the lead time and queues their e-mail
   * (when `queueMail`): one UPDATE, so two sweeping replicas never ask twice (the second re-reads
   * the row after the first commits and no longer matches).
   */
  async askConfirmations(em: EntityManager, now: Date, until: Date, queueMail: boolean): Promise<string[]> {
    const rows = await em.query<[{ id: string }[], number]>(
      `UPDATE volunteer_sign_ups su SET confirmation_requested_at = $1
         FROM volunteer_shifts s
        WHERE s.id = su.shift_id AND su.status = 'SIGNED_UP' AND su.confirmation_requested_at IS NULL AND s.starts_at > $1 AND s.starts_at <= $2
        RETURNING su.id`,
      [now, until],
    );
    const ids = rows[0].map((r) => r.id);
    if (queueMail && ids.length > 0) {
      await em.query(
        `INSERT INTO volunteer_mails (id, sign_up_id, kind, state, attempts, created_at) SELECT gen_random_uuid(), x, 'confirm-shift', 'pending', 0, $2 FROM unnest($1::uuid[]) AS x ON CONFLICT DO NOTHING`,
        [ids, now],
      );
    }
    return ids;
  }

  /** Pending e-mails, claimed for this transaction (replicas skip each other's). */
  claimPendingMails(em: EntityManager, limit: number): Promise<VolunteerMailEntity[]> {
    return em.getRepository(VolunteerMailEntity).createQueryBuilder('m').where(`m.state = 'pending'`).orderBy('m.created_at', 'ASC').limit(limit).setLock('pessimistic_write').setOnLocked('skip_locked').getMany();
  }

  async settleMail(em: EntityManager, id: string, patch: Pick<VolunteerMailEntity, 'state' | 'attempts' | 'sentAt'>): Promise<void> {
    await em.getRepository(VolunteerMailEntity).update({ id }, patch);
  }

  /** What a confirmation e-mail needs: the address and the shift (null when the place was given back meanwhile). */
  async mailFacts(em: EntityManager, signUpId: string): Promise<{ email: string; displayName: string; status: string; startsAt: Date; title: string; meetingPoint: string | null } | null> {
    const rows = (await em.query<{ email: string; display_name: string; status: string; starts_at: Date; title: string; meeting_point: string | null }[]>(
      `SELECT v.email, v.display_name, su.status, s.starts_at, r.title, s.meeting_point
         FROM volunteer_sign_ups su JOIN volunteers v ON v.id = su.volunteer_id JOIN volunteer_shifts s ON s.id = su.shift_id JOIN volunteer_roles r ON r.id = s.role_id
        WHERE su.id = $1`,
      [signUpId],
    ));
    const r = rows[0];
    return r ? { email: r.email, displayName: r.display_name, status: r.status, startsAt: r.starts_at, title: r.title, meetingPoint: r.meeting_point } : null;
  }
}
