import { DataSource, EntityManager } from 'typeorm';
import { DEMO_ACCOUNTS, DEMO_MUNICIPALITY, DEMO_PAST_HOURS, DEMO_SCHOOL_PROTOCOLS, DEMO_SIGN_UPS, DEMO_VOLUNTEER_ROLES, DEMO_VOLUNTEERS, DemoVolunteerRole } from '@prossimo/demo';
import { Role } from '@prossimo/contracts';
import { dataSourceOptions } from '@prossimo/platform';
import { COMMUNITY_DATABASE } from '../database/community.database';

const DAY = 24 * 3600_000;

/** The instant of a local time (HH:MM) in Europe/Rome on the day of `day` (yyyy-mm-dd). */
export function romeInstant(day: string, hhmm: string): Date {
  const guess = new Date(`${day}T${hhmm}:00Z`);
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Rome', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(guess);
  const [h, m] = parts.split(':').map(Number);
  let offset = h * 60 + m - (guess.getUTCHours() * 60 + guess.getUTCMinutes());
  if (offset > 720) offset -= 1440;
  if (offset < -720) offset += 1440;
  return new Date(guess.getTime() - offset * 60_000);
}

const romeDay = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

/** The shifts of a demo role from `now`: each rule's next weekday, then weekly. Ids are fixed by role and position. */
export function demoShifts(r: DemoVolunteerRole, now: Date): { id: string; startsAt: Date; endsAt: Date; capacity: number }[] {
  const out: { id: string; startsAt: Date; endsAt: Date; capacity: number }[] = [];
  for (const rule of r.shifts) {
    let first = 1;
    // The next day with this weekday, from tomorrow (ISO: 1 Monday … 7 Sunday).
    while (((new Date(now.getTime() + first * DAY).getUTCDay() + 6) % 7) + 1 !== rule.weekday) first++;
    for (let w = 0; w < rule.weeks; w++) {
      const day = romeDay(new Date(now.getTime() + (first + 7 * w) * DAY));
      const roleNo = String(Number(r.id.slice(-12))).padStart(5, '0');
      out.push({ id: `7e3${roleNo}-0000-4000-8000-${String(out.length + 1).padStart(12, '0')}`, startsAt: romeInstant(day, rule.starts), endsAt: romeInstant(day, rule.ends), capacity: rule.capacity });
    }
  }
  return out;
}

/**
 * The volunteers' demo (issue 17): profiles, roles, shifts in the weeks after the seed, a few
 * sign-ups (one shift full), months of hours for the register, and two school protocols.
 * Idempotent: what exists is left as it is.
 */
export async function seedCommunityVolunteersDemo(em: EntityManager, now = new Date()): Promise<{ volunteers: number; roles: number; shifts: number; protocols: number }> {
  const operator = DEMO_ACCOUNTS.find((a) => a.role === Role.ORG_OPERATOR)!.id;
  const admin = DEMO_ACCOUNTS.find((a) => a.role === Role.ADMIN)!.id;
  for (const v of DEMO_VOLUNTEERS) {
    await em.query(
      `INSERT INTO volunteers (id, municipality, display_name, email, phone, birth_year, neighbourhood_code, travel_km, skills, languages, availability, requirements, created_at, updated_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$13) ON CONFLICT (id) DO NOTHING`,
      [v.id, DEMO_MUNICIPALITY, v.displayName, v.email, v.phone, v.birthYear, v.neighbourhoodCode, v.travelKm, v.skills, v.languages, v.availability, JSON.stringify(v.requirements), new Date(now.getTime() - 90 * DAY)],
    );
  }
  let shifts = 0;
  const shiftIds = new Map<string, string[]>();
  for (const r of DEMO_VOLUNTEER_ROLES) {
    await em.query(
      `INSERT INTO volunteer_roles (id, municipality, organisation_id, title, description, neighbourhood_code, minimum_age, requirements, insurance_provided, initiative_id, created_by, created_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12) ON CONFLICT (id) DO NOTHING`,
      [r.id, DEMO_MUNICIPALITY, r.organisationId, r.title, r.description, r.neighbourhoodCode, r.minimumAge, r.requirements, r.insuranceProvided, r.initiativeId ?? null, operator, new Date(now.getTime() - 60 * DAY)],
    );
    const list = demoShifts(r, now);
    shiftIds.set(r.id, list.map((s) => s.id));
    for (const s of list) {
      const inserted = (await em.query<unknown[]>(
        `INSERT INTO volunteer_shifts (id, role_id, municipality, organisation_id, session_id, starts_at, ends_at, capacity, taken, meeting_point, created_at)
         VALUES ($1,$2,$3,$4,NULL,$5,$6,$7,0,$8,$9) ON CONFLICT (id) DO NOTHING RETURNING id`,
        [s.id, r.id, DEMO_MUNICIPALITY, r.organisationId, s.startsAt, s.endsAt, s.capacity, r.meetingPoint, now],
      ));
      shifts += inserted.length;
    }
  }
  for (const [i, su] of DEMO_SIGN_UPS.entries()) {
    const shiftId = shiftIds.get(su.roleId)![su.shiftIndex];
    const id = `7e400000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`;
    const inserted = (await em.query<unknown[]>(
      `INSERT INTO volunteer_sign_ups (id, shift_id, volunteer_id, municipality, status, created_at) VALUES ($1,$2,$3,$4,'SIGNED_UP',$5) ON CONFLICT DO NOTHING RETURNING id`,
      [id, shiftId, su.volunteerId, DEMO_MUNICIPALITY, now],
    ));
    if (inserted.length > 0) await em.query(`UPDATE volunteer_shifts SET taken = taken + 1 WHERE id = $1 AND taken < capacity`, [shiftId]);
  }
  let n = 0;
  for (const h of DEMO_PAST_HOURS) {
    const r = DEMO_VOLUNTEER_ROLES.find((x) => x.id === h.roleId)!;
    for (const weeks of h.weeksAgo) {
      n += 1;
      await em.query(
        `INSERT INTO volunteer_hours (id, municipality, organisation_id, volunteer_id, role_id, shift_id, sign_up_id, day, minutes, source, entered_by, neighbourhood_code, created_at)
         VALUES ($1,$2,$3,$4,$5,NULL,NULL,$6,$7,$8,$9,$10,$11) ON CONFLICT (id) DO NOTHING`,
        [`7e500000-0000-4000-8000-${String(n).padStart(12, '0')}`, DEMO_MUNICIPALITY, r.organisationId, h.volunteerId, r.id, romeDay(new Date(now.getTime() - weeks * 7 * DAY)), h.minutes, h.source, h.source === 'MANUAL' ? operator : h.volunteerId, r.neighbourhoodCode, now],
      );
    }
  }
  for (const p of DEMO_SCHOOL_PROTOCOLS) {
    const inserted = (await em.query<unknown[]>(
      `INSERT INTO school_protocols (id, municipality, school_name, school_code, neighbourhood_code, school_year, tutor_name, activities, signed_on, valid_until, updated_by, created_at, updated_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$12) ON CONFLICT (id) DO NOTHING RETURNING id`,
      [p.id, DEMO_MUNICIPALITY, p.schoolName, p.schoolCode, p.neighbourhoodCode, p.schoolYear, p.tutorName, p.activities, p.signedOn, p.validUntil, admin, now],
    ));
    if (inserted.length === 0) continue;
    for (const [position, g] of p.classGroups.entries()) {
      await em.query(`INSERT INTO school_class_groups (id, protocol_id, label, student_count, planned_hours, done_hours, position) VALUES (gen_random_uuid(),$1,$2,$3,$4,$5,$6)`, [p.id, g.label, g.studentCount, g.plannedHours, g.doneHours, position]);
    }
  }
  return { volunteers: DEMO_VOLUNTEERS.length, roles: DEMO_VOLUNTEER_ROLES.length, shifts, protocols: DEMO_SCHOOL_PROTOCOLS.length };
}

export async function runCommunityVolunteersDemoSeed(databaseUrl: string): Promise<{ volunteers: number; roles: number; shifts: number; protocols: number }> {
  const ds = new DataSource(dataSourceOptions(databaseUrl, COMMUNITY_DATABASE, 2));
  await ds.initialize();
  try {
    return await ds.transaction((em) => seedCommunityVolunteersDemo(em));
  } finally {
    await ds.destroy();
  }
}
