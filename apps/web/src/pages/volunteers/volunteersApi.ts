/** The volunteers' operations (issue 17) and the shapes the pages read. */

export const REQUIREMENTS = ['BASIC_TRAINING', 'FIRST_AID', 'FOOD_HYGIENE', 'MINORS_RECORD_CHECK', 'DRIVING_LICENCE'] as const;
export type Requirement = (typeof REQUIREMENTS)[number];
export const SKILLS = ['COMPANIONSHIP', 'ACCOMPANYING', 'DRIVING', 'COOKING', 'DIGITAL_HELP', 'TEACHING', 'ARTS_AND_THEATRE', 'GARDENING', 'REPAIRS', 'OFFICE'] as const;
export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export const DAY_PARTS = ['MORNING', 'AFTERNOON', 'EVENING'] as const;
export const LANGUAGES = ['it', 'en', 'fr', 'es', 'ar', 'ro', 'zh', 'uk'] as const;

export interface VolunteerRole {
  id: string;
  organisationId: string;
  organisationName: string | null;
  title: string;
  description: string;
  neighbourhoodCode: string;
  minimumAge: number;
  requirements: Requirement[];
  insuranceProvided: boolean;
}

export interface VolunteerShift {
  id: string;
  roleId: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  taken: number;
  placesLeft: number;
  meetingPoint: string | null;
}

export interface ShiftSignUp {
  id: string;
  shiftId: string;
  status: 'SIGNED_UP' | 'CONFIRMED' | 'CANCELLED';
  confirmationRequestedAt: string | null;
  confirmedAt: string | null;
  checkedInAt: string | null;
  checkedOutAt: string | null;
}

export interface MyShift {
  signUp: ShiftSignUp;
  shift: VolunteerShift;
  role: VolunteerRole;
  confirmationDue: boolean;
}

export interface VolunteerProfile {
  displayName: string;
  email: string;
  phone: string | null;
  birthYear: number;
  neighbourhoodCode: string;
  travelKm: number;
  skills: string[];
  languages: string[];
  availability: string[];
  requirements: { requirement: Requirement; validUntil: string | null }[];
}

const ROLE = 'id organisationId organisationName title description neighbourhoodCode minimumAge requirements insuranceProvided';
const SHIFT = 'id roleId startsAt endsAt capacity taken placesLeft meetingPoint';
const SIGN_UP = 'id shiftId status confirmationRequestedAt confirmedAt checkedInAt checkedOutAt';
const PROFILE = 'displayName email phone birthYear neighbourhoodCode travelKm skills languages availability requirements { requirement validUntil }';

export const CHALLENGE = `query { applicationChallenge { id bits } }`;
export const SIGN_UP_AS_VOLUNTEER = `mutation($input: SignUpAsVolunteerInput!) { signUpAsVolunteer(input: $input) { token refreshToken expiresAt trustedDevice account { id email displayName role municipality antennaId organisationId } } }`;
export const PUBLIC_INFO = `query { publicInfo { municipalities } neighbourhoods { code name } }`;
export const MY_PROFILE = `query { myVolunteerProfile { ${PROFILE} } neighbourhoods { code name } }`;
export const SAVE_PROFILE = `mutation($input: VolunteerProfileInput!) { saveVolunteerProfile(input: $input) { ${PROFILE} } }`;
export const MY_SHIFTS = `query { myShifts { signUp { ${SIGN_UP} } shift { ${SHIFT} } role { ${ROLE} } confirmationDue } myVolunteerProfile { neighbourhoodCode } }`;
export const OPPORTUNITIES = `query($n: String) { volunteerOpportunities(neighbourhoodCode: $n, first: 30) { nodes { role { ${ROLE} } shifts { ${SHIFT} } } } neighbourhoods { code name } }`;
export const SIGN_UP_FOR_SHIFT = `mutation($s: ID!) { signUpForShift(shiftId: $s) { ${SIGN_UP} } }`;
export const CANCEL_SIGN_UP = `mutation($s: ID!) { cancelShiftSignUp(signUpId: $s) { ${SIGN_UP} } }`;
export const CONFIRM_SHIFT = `mutation($s: ID!) { confirmShift(signUpId: $s) { ${SIGN_UP} } }`;
export const CHECK_IN = `mutation($s: ID!) { checkInShift(signUpId: $s) { ${SIGN_UP} } }`;
export const CHECK_OUT = `mutation($s: ID!) { checkOutShift(signUpId: $s) { ${SIGN_UP} } }`;

export const ORGANISATION_ROLES = `query { organisationVolunteerRoles(first: 50) { nodes { role { ${ROLE} } shifts { ${SHIFT} } } } neighbourhoods { code name } }`;
export const PUBLISH_ROLE = `mutation($input: PublishVolunteerRoleInput!) { publishVolunteerRole(input: $input) { ${ROLE} } }`;
export const ADD_SHIFT = `mutation($input: AddVolunteerShiftInput!) { addVolunteerShift(input: $input) { ${SHIFT} } }`;
export const ROSTER = `query($s: ID!) { shiftRoster(shiftId: $s) { volunteerId displayName email phone signUp { ${SIGN_UP} } } }`;
export const HOURS = `query { volunteerHours(first: 50) { nodes { id volunteerId volunteerName roleTitle day minutes source } } }`;
export const RECORD_HOURS = `mutation($input: RecordVolunteerHoursInput!) { recordVolunteerHours(input: $input) { id } }`;

/** "2 h 30" */
export function hoursText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, '0')}`;
}
