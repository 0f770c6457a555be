import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  Actor, AddVolunteerShiftV1, AgeBand, CONFIRMATION_LEAD_HOURS, DomainError, HoursSource, MyShiftV1, OrganisationRolesV1, Page, PublishVolunteerRoleV1,
  RecordVolunteerHoursV1, Role, SIGN_UP_REFUSAL_TEXT, SaveVolunteerProfileV1, ShiftRosterEntryV1, ShiftSignUpStatus, ShiftSignUpV1, SignUpRefusal, VolunteerHoursV1, VolunteerOpportunitiesV1,
  VolunteerOpportunityV1, VolunteerProfileV1, VolunteerRegisterQueryV1, VolunteerRegisterV1, VolunteerRequirement, VolunteerRoleV1, VolunteerShiftV1, VolunteerSkill, ageSurelyReached,
} from '@prossimo/contracts';
import { Outbox } from '@prossimo/messaging';
import { CLOCK, Clock, Transactions } from '@prossimo/platform';
import { refusalFor, romeDay } from './eligibility';
import { ShiftSignUpEntity, VolunteerEntity, VolunteerHoursEntity, VolunteerRoleEntity, VolunteerShiftEntity } from './volunteer.entities';
import { HOURS_ORDER, ROLES_ORDER, VolunteersRepository } from './volunteers.repository';
import { SessionTimes } from './session-times';
import { NeighbourhoodsRepository } from '../neighbourhoods/neighbourhoods.repository';

/** How early before a shift's start a volunteer may check in. */
const CHECK_IN_EARLY_MS = 60 * 60_000;


/** The age band of a volunteer (from the year of birth), for events: active ageing counts people over 65. */
export function ageBandOf(birthYear: number, at: Date): AgeBand {
  const age = ageSurelyReached(birthYear, Number(romeDay(at).slice(0, 4)));
  if (age < 18) return AgeBand.UNDER_18;
  if (age < 35) return AgeBand.AGE_18_34;
  if (age < 65) return AgeBand.AGE_35_64;
  if (age < 80) return AgeBand.AGE_65_79;
  return AgeBand.AGE_80_PLUS;
}

/**
 * Volunteers and active ageing (issue 17): a resident's profile, roles published by
 * organisations with their terms, shifts with a capacity that holds under concurrency, sign-ups
 * refused with one reason each, confirmation before the shift, hours by check-in/out or by hand,
 * and the organisation's register of non-occasional volunteers (Third Sector Code art. 17).
 */
@Injectable()
export class VolunteersService {
  constructor(
    private readonly tx: Transactions,
    private readonly repo: VolunteersRepository,
    private readonly outbox: Outbox,
    private readonly sessions: SessionTimes,
    private readonly neighbourhoods: NeighbourhoodsRepository,
    @Inject(CLOCK) private readonly now: Clock,
  ) {}

  // ── the volunteer ──────────────────────────────────────────────────────────

  async saveProfile(actor: Actor, input: SaveVolunteerProfileV1): Promise<VolunteerProfileV1> {
    this.citizen(actor);
    await this.assertNeighbourhood(actor.municipality, input.neighbourhoodCode);
    const at = this.now();
    const existing = await this.repo.findVolunteer(null, actor.accountId);
    // An account id is one person's: a token of another municipality naming it changes nothing here.
    if (existing && existing.municipality !== actor.municipality) throw DomainError.conflict('questo profilo appartiene a un altro Comune / this profile belongs to another municipality');
    const v = Object.assign(existing ?? new VolunteerEntity(), {
      id: actor.accountId,
      municipality: actor.municipality,
      displayName: input.displayName.trim(),
      email: input.email.trim().toLowerCase(),
      phone: input.phone?.trim() || null,
      birthYear: input.birthYear,
      neighbourhoodCode: input.neighbourhoodCode,
      travelKm: input.travelKm,
      skills: input.skills,
      languages: input.languages,
      availability: input.availability,
      requirements: input.requirements.map((r) => ({ requirement: r.requirement, validUntil: r.validUntil ?? null })),
      createdAt: existing?.createdAt ?? at,
      updatedAt: at,
    });
    if (input.birthYear > Number(romeDay(at).slice(0, 4))) throw DomainError.badInput('birthYear', 'birthYear: un anno passato / a past year');
    await this.tx.run((em) => this.repo.saveVolunteer(em, v));
    return toProfile(v);
  }

  async myProfile(actor: Actor): Promise<VolunteerProfileV1 | null> {
    this.citizen(actor);
    const v = await this.repo.findVolunteer(null, actor.accountId);
    return v && v.municipality === actor.municipality ? toProfile(v) : null;
  }

  // ── the organisation's roles and shifts ───────────────────────────────────

  async publishRole(actor: Actor, input: PublishVolunteerRoleV1): Promise<VolunteerRoleV1> {
    const organisationId = this.operator(actor);
    await this.assertNeighbourhood(actor.municipality, input.neighbourhoodCode);
    if (input.initiativeId) await this.sessions.assertInitiative(actor.municipality, organisationId, input.initiativeId);
    const role = Object.assign(new VolunteerRoleEntity(), {
      id: input.id,
      municipality: actor.municipality,
      organisationId,
      title: input.title.trim(),
      description: input.description.trim(),
      neighbourhoodCode: input.neighbourhoodCode,
      minimumAge: input.minimumAge,
      requirements: input.requirements,
      insuranceProvided: input.insuranceProvided,
      initiativeId: input.initiativeId ?? null,
      createdBy: actor.accountId,
      createdAt: this.now(),
    });
    const inserted = await this.tx.run((em) => this.repo.insertRole(em, role));
    const saved = inserted ? role : await this.repo.findRole(null, input.id);
    if (!saved || saved.organisationId !== organisationId || saved.municipality !== actor.municipality) throw DomainError.conflict('questo id è già usato / this id is already used');
    return toRole(saved);
  }

  async addShift(actor: Actor, input: AddVolunteerShiftV1): Promise<VolunteerShiftV1> {
    const organisationId = this.operator(actor);
    const role = await this.repo.findRole(null, input.roleId);
    if (!role || role.organisationId !== organisationId || role.municipality !== actor.municipality) throw DomainError.notFound('role');
    let startsAt: Date;
    let endsAt: Date;
    if (input.sessionId) {
      const session = await this.sessions.sessionTimes(actor.municipality, input.sessionId);
      if (!session) throw DomainError.badInput('sessionId', "sessionId: nessun incontro con questo id nel Comune / no session with this id in the municipality");
      ({ startsAt, endsAt } = session);
    } else {
      if (!input.startsAt) throw DomainError.badInput('startsAt', 'startsAt: serve l\u2019inizio del turno (o un incontro) / the start of the shift (or a session) is needed');
      if (!input.endsAt) throw DomainError.badInput('endsAt', 'endsAt: serve la fine del turno / the end of the shift is needed');
      startsAt = new Date(input.startsAt);
      endsAt = new Date(input.endsAt);
    }
    if (endsAt <= startsAt) throw DomainError.badInput('endsAt', 'endsAt: la fine viene dopo l\u2019inizio / the end comes after the start');
    if (endsAt.getTime() - startsAt.getTime() > 24 * 3600_000) throw DomainError.badInput('endsAt', 'endsAt: un turno dura al massimo 24 ore / a shift lasts 24 hours at most');
    if (startsAt <= this.now()) throw DomainError.badInput('startsAt', 'startsAt: il turno deve essere nel futuro / the shift must be in the future');
    const shift = Object.assign(new VolunteerShiftEntity(), {
      id: input.id,
      roleId: role.id,
      municipality: actor.municipality,
      organisationId,
      sessionId: input.sessionId ?? null,
      startsAt,
      endsAt,
      capacity: input.capacity,
      taken: 0,
      meetingPoint: input.meetingPoint?.trim() || null,
      createdAt: this.now(),
    });
    const inserted = await this.tx.run((em) => this.repo.insertShift(em, shift));
    const saved = inserted ? shift : await this.repo.findShift(null, input.id);
    if (!saved || saved.organisationId !== organisationId || saved.municipality !== actor.municipality) throw DomainError.conflict('questo id è già usato / this id is already used');
    return toShift(saved);
  }

  /** Open roles (with a shift still to come) and their next shifts; anyone may look. */
  async opportunities(actor: Actor | undefined, q: VolunteerOpportunitiesV1): Promise<Page<VolunteerOpportunityV1>> {
    const municipality = q.municipality ?? actor?.municipality;
    if (!municipality) throw DomainError.badInput('municipality', 'municipality: il codice ISTAT del Comune / the ISTAT code of the municipality');
    const req = ROLES_ORDER.request(q);
    const now = this.now();
    const { rows: page, pageInfo } = ROLES_ORDER.page(await this.repo.openRoles(municipality, q.neighbourhoodCode, now, req), req, (r) => [r.createdAt.toISOString(), r.id]);
    const shifts = await this.repo.upcomingShifts(page.map((r) => r.id), now, 6);
    return { nodes: page.map((r) => ({ role: toRole(r), shifts: shifts.filter((s) => s.roleId === r.id).map(toShift) })), pageInfo };
  }

  /** The organisation's own roles with their shifts (coming ones, and the last month's). */
  async organisationRoles(actor: Actor, q: OrganisationRolesV1): Promise<Page<VolunteerOpportunityV1>> {
    const organisationId = this.operator(actor);
    const req = ROLES_ORDER.request(q);
    const { rows: page, pageInfo } = ROLES_ORDER.page(await this.repo.rolesOfOrganisation(organisationId, actor.municipality, req), req, (r) => [r.createdAt.toISOString(), r.id]);
    const shifts = await this.repo.upcomingShifts(page.map((r) => r.id), new Date(this.now().getTime() - 31 * 24 * 3600_000), 50);
    return { nodes: page.map((r) => ({ role: toRole(r), shifts: shifts.filter((s) => s.roleId === r.id).map(toShift) })), pageInfo };
  }

  /** Who is on a shift of the organisation: their names and contacts, given for this. */
  async roster(actor: Actor, shiftId: string): Promise<ShiftRosterEntryV1[]> {
    const organisationId = this.operator(actor);
    const shift = await this.repo.findShift(null, shiftId);
    if (!shift || shift.organisationId !== organisationId || shift.municipality !== actor.municipality) throw DomainError.notFound('shift');
    return (await this.repo.roster(shiftId)).map(({ signUp, volunteer }) => ({ signUp: toSignUp(signUp), displayName: volunteer.displayName, email: volunteer.email, phone: volunteer.phone }));
  }

  // ── signing up ─────────────────────────────────────────────────────────────

  /**
   * Takes a place on a shift, or refuses with one reason (ErrorBody.reason): the organisation's
   * insurance, the minimum age, a requirement missing or expired, then a full shift. A second call
   * for the same shift returns the same place.
   */
  async signUp(actor: Actor, shiftId: string): Promise<ShiftSignUpV1> {
    this.citizen(actor);
    const volunteer = await this.repo.findVolunteer(null, actor.accountId);
    if (!volunteer || volunteer.municipality !== actor.municipality) throw DomainError.conflict('completa prima il tuo profilo di volontario / complete your volunteer profile first');
    const shift = await this.repo.findShift(null, shiftId);
    if (!shift || shift.municipality !== actor.municipality) throw DomainError.notFound('shift');
    if (shift.startsAt <= this.now()) throw DomainError.conflict('il turno è già iniziato / the shift has already started');
    const role = (await this.repo.findRole(null, shift.roleId))!;
    return this.tx.run(async (em) => {
      const existing = await this.repo.liveSignUp(em, shift.id, volunteer.id);
      if (existing) return toSignUp(existing);
      const refusal = refusalFor(role, volunteer, shift.startsAt);
      if (refusal) throw DomainError.refused(refusal.reason, SIGN_UP_REFUSAL_TEXT[refusal.reason](refusal.detail));
      const signUp = Object.assign(new ShiftSignUpEntity(), {
        id: randomUUID(), shiftId: shift.id, volunteerId: volunteer.id, municipality: actor.municipality, status: ShiftSignUpStatus.SIGNED_UP,
        confirmationRequestedAt: null, confirmedAt: null, checkedInAt: null, checkedOutAt: null, cancelledAt: null, createdAt: this.now(),
      });
      // The place first: a full shift refuses before anything is written (the row lock orders concurrent takers).
      if (!(await this.repo.takePlace(em, shift.id))) throw DomainError.refused(SignUpRefusal.SHIFT_FULL, SIGN_UP_REFUSAL_TEXT[SignUpRefusal.SHIFT_FULL]());
      await this.repo.insertSignUp(em, signUp);
      await this.outbox.add(em, 'volunteer.signed-up.v1', this.signUpEvent(signUp, shift, role, volunteer));
      return toSignUp(signUp);
    });
  }

  /** Gives the place back (before the shift starts); the place is free for someone else at once. */
  async cancel(actor: Actor, signUpId: string): Promise<ShiftSignUpV1> {
    this.citizen(actor);
    return this.tx.run(async (em) => {
      const s = await this.ownSignUp(em, actor, signUpId);
      if (s.status === ShiftSignUpStatus.CANCELLED) return toSignUp(s);
      const shift = (await this.repo.findShift(em, s.shiftId))!;
      if (shift.startsAt <= this.now()) throw DomainError.conflict('il turno è già iniziato: avvisa l\u2019ente / the shift has already started: tell the organisation');
      const at = this.now();
      await this.repo.updateSignUp(em, s.id, { status: ShiftSignUpStatus.CANCELLED, cancelledAt: at });
      await this.repo.givePlaceBack(em, shift.id);
      const role = (await this.repo.findRole(em, shift.roleId))!;
      const volunteer = (await this.repo.findVolunteer(em, s.volunteerId))!;
      await this.outbox.add(em, 'volunteer.sign-up-cancelled.v1', this.signUpEvent(s, shift, role, volunteer));
      return toSignUp({ ...s, status: ShiftSignUpStatus.CANCELLED, cancelledAt: at });
    });
  }

  /** «Conferma la tua presenza»: the volunteer says they will come. */
  async confirm(actor: Actor, signUpId: string): Promise<ShiftSignUpV1> {
    this.citizen(actor);
    return this.tx.run(async (em) => {
      const s = await this.ownSignUp(em, actor, signUpId);
      if (s.status === ShiftSignUpStatus.CONFIRMED) return toSignUp(s);
      if (s.status === ShiftSignUpStatus.CANCELLED) throw DomainError.conflict('hai già rinunciato a questo turno / you gave this shift back');
      const at = this.now();
      await this.repo.updateSignUp(em, s.id, { status: ShiftSignUpStatus.CONFIRMED, confirmedAt: at });
      return toSignUp({ ...s, status: ShiftSignUpStatus.CONFIRMED, confirmedAt: at });
    });
  }

  /** The volunteer's shifts still to come or under way, soonest first. */
  async myShifts(actor: Actor): Promise<MyShiftV1[]> {
    this.citizen(actor);
    const now = this.now();
    const signUps = await this.repo.signUpsOfVolunteer(actor.accountId, actor.municipality, new Date(now.getTime() - 12 * 3600_000), 100);
    const shifts = new Map((await this.repo.shiftsByIds(signUps.map((s) => s.shiftId))).map((s) => [s.id, s]));
    const roles = new Map((await this.repo.rolesByIds([...shifts.values()].map((s) => s.roleId))).map((r) => [r.id, r]));
    return signUps.map((s) => {
      const shift = shifts.get(s.shiftId)!;
      const role = roles.get(shift.roleId)!;
      const due = s.status === ShiftSignUpStatus.SIGNED_UP && shift.startsAt > now && shift.startsAt.getTime() - now.getTime() <= CONFIRMATION_LEAD_HOURS * 3600_000;
      return { signUp: toSignUp(s), shift: toShift(shift), role: toRole(role), confirmationDue: due };
    });
  }

  // ── hours ──────────────────────────────────────────────────────────────────

  /** Arrived: by the volunteer on their phone, or by the organisation's operator (from an hour before the start to the end). */
  async checkIn(actor: Actor, signUpId: string): Promise<ShiftSignUpV1> {
    return this.tx.run(async (em) => {
      const { signUp, shift } = await this.attendance(em, actor, signUpId);
      const now = this.now();
      if (signUp.checkedInAt) return toSignUp(signUp);
      if (now.getTime() < shift.startsAt.getTime() - CHECK_IN_EARLY_MS || now > shift.endsAt) throw DomainError.conflict('si registra l\u2019arrivo durante il turno / arrival is recorded during the shift');
      await this.repo.updateSignUp(em, signUp.id, { checkedInAt: now });
      return toSignUp({ ...signUp, checkedInAt: now });
    });
  }

  /** Left: the time between check-in and check-out becomes a line of the hours register (source CHECK_IN). */
  async checkOut(actor: Actor, signUpId: string): Promise<ShiftSignUpV1> {
    return this.tx.run(async (em) => {
      const { signUp, shift } = await this.attendance(em, actor, signUpId);
      if (signUp.checkedOutAt) return toSignUp(signUp);
      if (!signUp.checkedInAt) throw DomainError.conflict('prima serve l\u2019arrivo / check in first');
      const now = this.now();
      const minutes = Math.min(24 * 60, Math.max(1, Math.round((now.getTime() - signUp.checkedInAt.getTime()) / 60_000)));
      await this.repo.updateSignUp(em, signUp.id, { checkedOutAt: now });
      const role = (await this.repo.findRole(em, shift.roleId))!;
      const volunteer = (await this.repo.findVolunteer(em, signUp.volunteerId))!;
      await this.addHours(em, Object.assign(new VolunteerHoursEntity(), {
        id: randomUUID(), municipality: shift.municipality, organisationId: shift.organisationId, volunteerId: signUp.volunteerId, roleId: role.id, shiftId: shift.id, signUpId: signUp.id,
        day: romeDay(signUp.checkedInAt), minutes, source: HoursSource.CHECK_IN, enteredBy: actor.accountId, neighbourhoodCode: role.neighbourhoodCode, createdAt: now,
      }), volunteer);
      return toSignUp({ ...signUp, checkedOutAt: now });
    });
  }

  /** Hours entered by hand by the organisation (source MANUAL; who entered them is kept). */
  async recordHours(actor: Actor, input: RecordVolunteerHoursV1): Promise<VolunteerHoursV1> {
    const organisationId = this.operator(actor);
    const role = await this.repo.findRole(null, input.roleId);
    if (!role || role.organisationId !== organisationId || role.municipality !== actor.municipality) throw DomainError.notFound('role');
    if (input.shiftId) {
      const shift = await this.repo.findShift(null, input.shiftId);
      if (!shift || shift.roleId !== role.id) throw DomainError.badInput('shiftId', 'shiftId: non è un turno di questo ruolo / not a shift of this role');
    }
    const volunteer = await this.repo.findVolunteer(null, input.volunteerId);
    if (!volunteer || volunteer.municipality !== actor.municipality || !(await this.repo.servedOrganisation(volunteer.id, organisationId))) throw DomainError.notFound('volunteer');
    if (input.day > romeDay(this.now())) throw DomainError.badInput('day', 'day: non nel futuro / not in the future');
    const line = Object.assign(new VolunteerHoursEntity(), {
      id: input.id, municipality: actor.municipality, organisationId, volunteerId: volunteer.id, roleId: role.id, shiftId: input.shiftId ?? null, signUpId: null,
      day: input.day, minutes: input.minutes, source: HoursSource.MANUAL, enteredBy: actor.accountId, neighbourhoodCode: role.neighbourhoodCode, createdAt: this.now(),
    });
    const inserted = await this.tx.run((em) => this.addHours(em, line, volunteer));
    const saved = inserted ? line : await this.repo.findHours(input.id);
    if (!saved || saved.organisationId !== organisationId) throw DomainError.conflict('questo id è già usato / this id is already used');
    return toHours(saved, volunteer.displayName, role.title);
  }

  async hours(actor: Actor, q: OrganisationRolesV1): Promise<Page<VolunteerHoursV1>> {
    const organisationId = this.operator(actor);
    const req = HOURS_ORDER.request(q);
    const { rows: page, pageInfo } = HOURS_ORDER.page(await this.repo.hoursOfOrganisation(organisationId, actor.municipality, req), req, (h) => [h.day, h.id]);
    const volunteers = new Map((await this.repo.volunteersByIds(page.map((h) => h.volunteerId))).map((v) => [v.id, v.displayName]));
    const roles = new Map((await this.repo.rolesByIds(page.map((h) => h.roleId))).map((r) => [r.id, r.title]));
    return { nodes: page.map((h) => toHours(h, volunteers.get(h.volunteerId) ?? '', roles.get(h.roleId) ?? '')), pageInfo };
  }

  /** The register of non-occasional volunteers (Third Sector Code art. 17) for a period (by default this calendar year). */
  async register(actor: Actor, q: VolunteerRegisterQueryV1): Promise<VolunteerRegisterV1> {
    const organisationId = this.operator(actor);
    const today = romeDay(this.now());
    const from = q.from ?? `${today.slice(0, 4)}-01-01`;
    const to = q.to ?? today;
    if (to < from) throw DomainError.badInput('to', 'to: la fine viene dopo l\u2019inizio / the end comes after the start');
    const rows = await this.repo.register(organisationId, actor.municipality, from, to);
    return {
      organisationId,
      organisationName: null,
      from,
      to,
      rows: rows.map((r) => ({
        volunteerId: r.volunteer_id, displayName: r.display_name, email: r.email, phone: r.phone, birthYear: r.birth_year, firstDay: r.first_day, lastDay: r.last_day,
        roles: r.roles, minutes: r.minutes, minutesByCheckIn: r.by_check_in ?? 0, minutesByHand: r.by_hand ?? 0,
      })),
    };
  }

  // ── helpers ────────────────────────────────────────────────────────────────

  private async addHours(em: EntityManager, line: VolunteerHoursEntity, volunteer: VolunteerEntity): Promise<boolean> {
    if (!(await this.repo.insertHours(em, line))) return false;
    await this.outbox.add(em, 'volunteer.hours-recorded.v1', {
      municipality: line.municipality, hoursId: line.id, organisationId: line.organisationId, roleId: line.roleId, neighbourhoodCode: line.neighbourhoodCode,
      ageBand: ageBandOf(volunteer.birthYear, new Date(`${line.day}T12:00:00Z`)), day: line.day, minutes: line.minutes, source: line.source,
    });
    return true;
  }

  private signUpEvent(s: ShiftSignUpEntity, shift: VolunteerShiftEntity, role: VolunteerRoleEntity, v: VolunteerEntity) {
    return {
      municipality: shift.municipality, signUpId: s.id, shiftId: shift.id, roleId: role.id, organisationId: shift.organisationId, neighbourhoodCode: role.neighbourhoodCode,
      ageBand: ageBandOf(v.birthYear, shift.startsAt), shiftStartsAt: shift.startsAt.toISOString(),
    };
  }

  /** The volunteer's own sign-up (another's reads as absent), locked. */
  private async ownSignUp(em: EntityManager, actor: Actor, id: string): Promise<ShiftSignUpEntity> {
    const s = await this.repo.lockSignUp(em, id);
    if (!s || s.volunteerId !== actor.accountId || s.municipality !== actor.municipality) throw DomainError.notFound('sign-up');
    return s;
  }

  /** A sign-up for attendance: the volunteer's own, or one on a shift of the operator's organisation. */
  private async attendance(em: EntityManager, actor: Actor, id: string): Promise<{ signUp: ShiftSignUpEntity; shift: VolunteerShiftEntity }> {
    const signUp = await this.repo.lockSignUp(em, id);
    if (!signUp || signUp.municipality !== actor.municipality) throw DomainError.notFound('sign-up');
    const shift = (await this.repo.findShift(em, signUp.shiftId))!;
    const mine = actor.role === Role.CITIZEN ? signUp.volunteerId === actor.accountId : actor.role === Role.ORG_OPERATOR && !!actor.organisationId && shift.organisationId === actor.organisationId;
    if (!mine) throw DomainError.notFound('sign-up');
    if (signUp.status === ShiftSignUpStatus.CANCELLED) throw DomainError.conflict('il posto è stato lasciato / the place was given back');
    return { signUp, shift };
  }

  private async assertNeighbourhood(municipality: string, code: string): Promise<void> {
    if (!(await this.neighbourhoods.exists(municipality, code))) throw DomainError.badInput('neighbourhoodCode', 'neighbourhoodCode: quartiere sconosciuto / unknown neighbourhood');
  }

  private citizen(actor: Actor): void {
    if (actor.role !== Role.CITIZEN) throw DomainError.forbidden('solo per i volontari / volunteers only');
  }

  private operator(actor: Actor): string {
    if (actor.role !== Role.ORG_OPERATOR || !actor.organisationId) throw DomainError.forbidden("solo per gli operatori di un ente / an organisation's operators only");
    return actor.organisationId;
  }

}

function toProfile(v: VolunteerEntity): VolunteerProfileV1 {
  return {
    id: v.id, municipality: v.municipality, displayName: v.displayName, email: v.email, phone: v.phone, birthYear: v.birthYear, neighbourhoodCode: v.neighbourhoodCode, travelKm: v.travelKm,
    skills: v.skills as VolunteerSkill[], languages: v.languages, availability: v.availability,
    requirements: v.requirements.map((r) => ({ requirement: r.requirement as VolunteerRequirement, validUntil: r.validUntil })), createdAt: v.createdAt.toISOString(),
  };
}

/** The organisation's name is the directory's (apps/referrals): the gateway adds it. */
function toRole(r: VolunteerRoleEntity): VolunteerRoleV1 {
  return {
    id: r.id, municipality: r.municipality, organisationId: r.organisationId, organisationName: null, title: r.title, description: r.description, neighbourhoodCode: r.neighbourhoodCode,
    minimumAge: r.minimumAge, requirements: r.requirements as VolunteerRequirement[], insuranceProvided: r.insuranceProvided, initiativeId: r.initiativeId, createdAt: r.createdAt.toISOString(),
  };
}

function toShift(s: VolunteerShiftEntity): VolunteerShiftV1 {
  return { id: s.id, roleId: s.roleId, sessionId: s.sessionId, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString(), capacity: s.capacity, taken: s.taken, meetingPoint: s.meetingPoint };
}

function toSignUp(s: ShiftSignUpEntity): ShiftSignUpV1 {
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    id: s.id, shiftId: s.shiftId, volunteerId: s.volunteerId, status: s.status, confirmationRequestedAt: iso(s.confirmationRequestedAt), confirmedAt: iso(s.confirmedAt),
    checkedInAt: iso(s.checkedInAt), checkedOutAt: iso(s.checkedOutAt), createdAt: s.createdAt.toISOString(),
  };
}

function toHours(h: VolunteerHoursEntity, volunteerName: string, roleTitle: string): VolunteerHoursV1 {
  return { id: h.id, volunteerId: h.volunteerId, volunteerName, roleId: h.roleId, roleTitle, shiftId: h.shiftId, day: h.day, minutes: h.minutes, source: h.source, enteredBy: h.enteredBy, createdAt: h.createdAt.toISOString() };
}
