import { REQUIREMENT_IT, SignUpRefusal, VolunteerRequirement, ageSurelyReached } from '@prossimo/contracts';

/** What the rules read of a role. */
export interface RoleTerms {
  minimumAge: number;
  requirements: string[];
  insuranceProvided: boolean;
}

/** What the rules read of a volunteer. */
export interface VolunteerFacts {
  birthYear: number;
  requirements: { requirement: string; validUntil: string | null }[];
}

export interface Refusal {
  reason: SignUpRefusal;
  /** What the message names: the minimum age, or the requirement in Italian words. */
  detail?: string;
}

/** The calendar day of an instant in Europe/Rome, yyyy-mm-dd. */
export function romeDay(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/**
 * Whether a volunteer may take a place on a shift of a role, before its capacity is tried (a full
 * shift is the last refusal, decided atomically by the store). The order is fixed so the same
 * volunteer always reads the same first reason: the organisation's insurance (Third Sector Code
 * art. 18), the minimum age (only the year of birth is kept, so the age counted is the one surely
 * reached in the shift's year), then each requirement, missing or expiring before the shift's day.
 */
export function refusalFor(role: RoleTerms, volunteer: VolunteerFacts, shiftStartsAt: Date): Refusal | null {
  if (!role.insuranceProvided) return { reason: SignUpRefusal.NO_INSURANCE };
  const day = romeDay(shiftStartsAt);
  if (ageSurelyReached(volunteer.birthYear, Number(day.slice(0, 4))) < role.minimumAge) return { reason: SignUpRefusal.UNDER_MINIMUM_AGE, detail: String(role.minimumAge) };
  for (const needed of role.requirements) {
    const held = volunteer.requirements.find((r) => r.requirement === needed);
    const words = REQUIREMENT_IT[needed as VolunteerRequirement] ?? needed;
    if (!held) return { reason: SignUpRefusal.REQUIREMENT_MISSING, detail: words };
    if (held.validUntil !== null && held.validUntil < day) return { reason: SignUpRefusal.REQUIREMENT_EXPIRED, detail: words };
  }
  return null;
}
