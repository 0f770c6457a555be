/**
 * The vocabulary of volunteering (issue 17): what a volunteer offers, what a role asks, why a
 * sign-up is refused, where recorded hours came from. Values are the GraphQL enum names.
 */

/** What a volunteer can do (used to propose them, never to rank people). */
export enum VolunteerSkill {
  COMPANIONSHIP = 'COMPANIONSHIP',
  ACCOMPANYING = 'ACCOMPANYING',
  DRIVING = 'DRIVING',
  COOKING = 'COOKING',
  DIGITAL_HELP = 'DIGITAL_HELP',
  TEACHING = 'TEACHING',
  ARTS_AND_THEATRE = 'ARTS_AND_THEATRE',
  GARDENING = 'GARDENING',
  REPAIRS = 'REPAIRS',
  OFFICE = 'OFFICE',
}

/**
 * What a role may require of a volunteer. Each is held by the volunteer with an optional expiry:
 * a first-aid course lasts three years, a criminal-record certificate for work with minors
 * (D.Lgs. 39/2014) is asked again each year.
 */
export enum VolunteerRequirement {
  BASIC_TRAINING = 'BASIC_TRAINING',
  FIRST_AID = 'FIRST_AID',
  FOOD_HYGIENE = 'FOOD_HYGIENE',
  MINORS_RECORD_CHECK = 'MINORS_RECORD_CHECK',
  DRIVING_LICENCE = 'DRIVING_LICENCE',
}

/** Why a sign-up for a shift is refused: one code per reason (ErrorBody.reason, GraphQL extensions.reason). */
export enum SignUpRefusal {
  SHIFT_FULL = 'SHIFT_FULL',
  UNDER_MINIMUM_AGE = 'UNDER_MINIMUM_AGE',
  REQUIREMENT_MISSING = 'REQUIREMENT_MISSING',
  REQUIREMENT_EXPIRED = 'REQUIREMENT_EXPIRED',
  NO_INSURANCE = 'NO_INSURANCE',
}

/** Italian first, then English: what a volunteer reads when a sign-up is refused. */
export const SIGN_UP_REFUSAL_TEXT: Record<SignUpRefusal, (detail?: string) => string> = {
  [SignUpRefusal.SHIFT_FULL]: () => 'il turno è al completo / the shift is full',
  [SignUpRefusal.UNDER_MINIMUM_AGE]: (min) => `per questo ruolo servono almeno ${min} anni / this role needs volunteers aged ${min} or over`,
  [SignUpRefusal.REQUIREMENT_MISSING]: (what) => `manca un requisito del ruolo: ${what} / a requirement of the role is missing: ${what}`,
  [SignUpRefusal.REQUIREMENT_EXPIRED]: (what) => `un requisito è scaduto prima del turno: ${what} / a requirement expires before the shift: ${what}`,
  [SignUpRefusal.NO_INSURANCE]: () =>
    "l'ente non ha dichiarato l'assicurazione dei volontari per questo ruolo (Codice del Terzo settore, art. 18) / the organisation has not declared volunteer insurance for this role (Third Sector Code, art. 18)",
};

/** Where a line of the hours register came from. */
export enum HoursSource {
  /** Check-in and check-out at the shift. */
  CHECK_IN = 'CHECK_IN',
  /** Entered by hand by the organisation (who entered it is kept). */
  MANUAL = 'MANUAL',
}

/** A volunteer's place on a shift. */
export enum ShiftSignUpStatus {
  SIGNED_UP = 'SIGNED_UP',
  CONFIRMED = 'CONFIRMED',
  CANCELLED = 'CANCELLED',
}

/** How far ahead of a shift a volunteer is asked to confirm. */
export const CONFIRMATION_LEAD_HOURS = 48;

/** Italian words for the hours register (the CSV an organisation exports). */
export const REQUIREMENT_IT: Record<VolunteerRequirement, string> = {
  [VolunteerRequirement.BASIC_TRAINING]: 'formazione di base',
  [VolunteerRequirement.FIRST_AID]: 'primo soccorso',
  [VolunteerRequirement.FOOD_HYGIENE]: 'igiene alimentare (HACCP)',
  [VolunteerRequirement.MINORS_RECORD_CHECK]: 'certificato per attività con minori',
  [VolunteerRequirement.DRIVING_LICENCE]: 'patente di guida',
};

/** The age surely reached in a year by someone born in `birthYear` (only the year is kept). */
export function ageSurelyReached(birthYear: number, inYear: number): number {
  return inYear - birthYear - 1;
}
