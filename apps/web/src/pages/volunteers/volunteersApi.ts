import { graphql } from '../../gql';
import type { MyShiftsQuery, MyVolunteerProfileQuery, VolunteerOpportunitiesQuery } from '../../gql/graphql';

/**
 * The volunteers' operations (issue 17) and the shapes the pages read (generated from the schema;
 * the fields are written out in each operation: fragments cost more under the gateway's query-cost
 * limit, and a page's `first` multiplies what each node costs).
 */

export const REQUIREMENTS = ['BASIC_TRAINING', 'FIRST_AID', 'FOOD_HYGIENE', 'MINORS_RECORD_CHECK', 'DRIVING_LICENCE'] as const;
export type Requirement = (typeof REQUIREMENTS)[number];
export const SKILLS = ['COMPANIONSHIP', 'ACCOMPANYING', 'DRIVING', 'COOKING', 'DIGITAL_HELP', 'TEACHING', 'ARTS_AND_THEATRE', 'GARDENING', 'REPAIRS', 'OFFICE'] as const;
export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export const DAY_PARTS = ['MORNING', 'AFTERNOON', 'EVENING'] as const;
export const LANGUAGES = ['it', 'en', 'fr', 'es', 'ar', 'ro', 'zh', 'uk'] as const;

export const SIGN_UP_AS_VOLUNTEER = graphql(`mutation SignUpAsVolunteer($input: SignUpAsVolunteerInput!) {
  signUpAsVolunteer(input: $input) { token refreshToken expiresAt trustedDevice account { id email displayName role municipality antennaId organisationId } } }`);
export const MY_PROFILE = graphql(`query MyVolunteerProfile {
  myVolunteerProfile { displayName email phone birthYear neighbourhoodCode travelKm skills languages availability requirements { requirement validUntil } }
  neighbourhoods { code name } }`);
export const SAVE_PROFILE = graphql(`mutation SaveVolunteerProfile($input: VolunteerProfileInput!) {
  saveVolunteerProfile(input: $input) { displayName email phone birthYear neighbourhoodCode travelKm skills languages availability requirements { requirement validUntil } } }`);
export const MY_SHIFTS = graphql(`query MyShifts {
  myShifts {
    signUp { id shiftId status confirmationRequestedAt confirmedAt checkedInAt checkedOutAt }
    shift { id roleId startsAt endsAt capacity taken placesLeft meetingPoint }
    role { id organisationId organisationName title description neighbourhoodCode minimumAge requirements insuranceProvided }
    confirmationDue }
  myVolunteerProfile { neighbourhoodCode } }`);
export const OPPORTUNITIES = graphql(`query VolunteerOpportunities($n: String) {
  volunteerOpportunities(neighbourhoodCode: $n, first: 30) { nodes {
    role { id organisationId organisationName title description neighbourhoodCode minimumAge requirements insuranceProvided }
    shifts { id roleId startsAt endsAt capacity taken placesLeft meetingPoint } } }
  neighbourhoods { code name } }`);
export const SIGN_UP_FOR_SHIFT = graphql(`mutation SignUpForShift($s: ID!) { signUpForShift(shiftId: $s) { id shiftId status confirmationRequestedAt confirmedAt checkedInAt checkedOutAt } }`);
export const CANCEL_SIGN_UP = graphql(`mutation CancelShiftSignUp($s: ID!) { cancelShiftSignUp(signUpId: $s) { id shiftId status confirmationRequestedAt confirmedAt checkedInAt checkedOutAt } }`);
export const CONFIRM_SHIFT = graphql(`mutation ConfirmShift($s: ID!) { confirmShift(signUpId: $s) { id shiftId status confirmationRequestedAt confirmedAt checkedInAt checkedOutAt } }`);
export const CHECK_IN = graphql(`mutation CheckInShift($s: ID!) { checkInShift(signUpId: $s) { id shiftId status confirmationRequestedAt confirmedAt checkedInAt checkedOutAt } }`);
export const CHECK_OUT = graphql(`mutation CheckOutShift($s: ID!) { checkOutShift(signUpId: $s) { id shiftId status confirmationRequestedAt confirmedAt checkedInAt checkedOutAt } }`);

export const ORGANISATION_ROLES = graphql(`query OrganisationVolunteerRoles {
  organisationVolunteerRoles(first: 50) { nodes {
    role { id organisationId organisationName title description neighbourhoodCode minimumAge requirements insuranceProvided }
    shifts { id roleId startsAt endsAt capacity taken placesLeft meetingPoint } } }
  neighbourhoods { code name } }`);
export const PUBLISH_ROLE = graphql(`mutation PublishVolunteerRole($input: PublishVolunteerRoleInput!) {
  publishVolunteerRole(input: $input) { id organisationId organisationName title description neighbourhoodCode minimumAge requirements insuranceProvided } }`);
export const ADD_SHIFT = graphql(`mutation AddVolunteerShift($input: AddVolunteerShiftInput!) { addVolunteerShift(input: $input) { id roleId startsAt endsAt capacity taken placesLeft meetingPoint } }`);
export const ROSTER = graphql(`query ShiftRoster($s: ID!) {
  shiftRoster(shiftId: $s) { volunteerId displayName email phone signUp { id shiftId status confirmationRequestedAt confirmedAt checkedInAt checkedOutAt } } }`);
export const HOURS = graphql(`query VolunteerHours { volunteerHours(first: 50) { nodes { id volunteerId volunteerName roleTitle day minutes source } } }`);
export const RECORD_HOURS = graphql(`mutation RecordVolunteerHours($input: RecordVolunteerHoursInput!) { recordVolunteerHours(input: $input) { id } }`);

export type VolunteerProfile = NonNullable<MyVolunteerProfileQuery['myVolunteerProfile']>;
export type MyShift = MyShiftsQuery['myShifts'][number];
export type ShiftSignUp = MyShift['signUp'];
export type VolunteerOpportunity = VolunteerOpportunitiesQuery['volunteerOpportunities']['nodes'][number];
export type VolunteerRole = VolunteerOpportunity['role'];
export type VolunteerShift = VolunteerOpportunity['shifts'][number];

/** "2 h 30" */
export function hoursText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, '0')}`;
}
