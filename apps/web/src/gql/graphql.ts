/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AddVolunteerShiftInput = {
  capacity: number;
  endsAt?: string | null | undefined;
  /** Made by the client (UUID) */
  id: string | number;
  meetingPoint?: string | null | undefined;
  roleId: string | number;
  /** A session of the role's initiative: the shift takes its times */
  sessionId?: string | number | null | undefined;
  /** ISO 8601, without a session */
  startsAt?: string | null | undefined;
};

export type AgeBand =
  | 'AGE_18_34'
  | 'AGE_35_64'
  | 'AGE_65_79'
  | 'AGE_80_PLUS'
  | 'UNDER_18'
  | 'UNKNOWN';

export type AntennaKind =
  | 'ASSOCIATION'
  | 'CITIZEN_VOLUNTEER'
  | 'LIBRARY'
  | 'PARISH'
  | 'PHARMACY'
  | 'SCHOOL'
  | 'SHOP';

/** PROPOSED → TRAINED → ACTIVE ⇄ SUSPENDED → RETIRED; only ACTIVE antennas report and are listed */
export type AntennaStatus =
  | 'ACTIVE'
  | 'PROPOSED'
  | 'RETIRED'
  | 'SUSPENDED'
  | 'TRAINED';

/** An offer to become a proximity point (no sign-in). */
export type ApplyAsProximityPointInput = {
  address: string;
  applicantEmail?: string | null | undefined;
  /** Who to talk to */
  applicantName: string;
  applicantPhone?: string | null | undefined;
  /** applicationChallenge.id */
  challenge: string;
  /** Agreed that the contact is kept to follow up the application */
  consent: boolean;
  /** Made by the client (UUID): a retry returns the same receipt */
  id: string | number;
  kind: AntennaKind;
  /** What they offer, in their words (at most 500 characters) */
  message?: string | null | undefined;
  municipality: string;
  /** The shop, parish, association or citizen */
  name: string;
  neighbourhoodCode: string;
  openingHours?: string | null | undefined;
  /** The street's position from the gazetteer, when found */
  position?: GeoPointInput | null | undefined;
  /** The proof of work found for the challenge */
  proof: string;
  /** Leave empty (a field people never see) */
  website?: string | null | undefined;
};

/** What became of asking one volunteer */
export type BuddyAskStatus =
  | 'ACCEPTED'
  | 'ASKED'
  | 'DECLINED'
  | 'WITHDRAWN';

/** OPEN: nobody asked; ASKED: one volunteer asked; MATCHED: they accepted; ENDED: the prescription ended */
export type BuddyRequestStatus =
  | 'ASKED'
  | 'ENDED'
  | 'MATCHED'
  | 'OPEN';

export type ClosureReason =
  | 'DECEASED'
  | 'MOVED'
  | 'NOT_ELIGIBLE'
  | 'NO_CAPACITY'
  | 'REFUSED'
  | 'RESOLVED'
  | 'UNABLE_TO_CONTACT';

/** All an antenna ever sees of a report */
export type CoarseStatus =
  | 'CLOSED'
  | 'IN_CARE'
  | 'RECEIVED'
  | 'WITHDRAWN';

export type ContactAttemptInput = {
  /** ISO 8601 time of the attempt */
  attemptedAt: string;
  /** PHONE, VISIT, LETTER, EMAIL, THROUGH_ANTENNA, OTHER */
  channel: string;
  note?: string | null | undefined;
  /** REACHED, NO_ANSWER, WRONG_DETAILS, REFUSED, OTHER */
  outcome: string;
  reportId: string | number;
};

/** In Europe/Rome: MORNING before 13:00, AFTERNOON 13–18, EVENING from 18:00 */
export type DayPart =
  | 'AFTERNOON'
  | 'EVENING'
  | 'MORNING';

export type GeoPointInput = {
  lat: number;
  lng: number;
};

export type HeldRequirementInput = {
  requirement: VolunteerRequirement;
  /** yyyy-mm-dd */
  validUntil?: string | null | undefined;
};

/** Where a line of the hours register came from: check-in/out, or entered by hand */
export type HoursSource =
  | 'CHECK_IN'
  | 'MANUAL';

/** An initiative as published (publish and update take the same fields). */
export type InitiativeInput = {
  accessibilitySupport?: string | null | undefined;
  ageMax?: number | null | undefined;
  ageMin?: number | null | undefined;
  /** Required when not free */
  costText?: string | null | undefined;
  descriptionEn?: string | null | undefined;
  descriptionIt: string;
  free: boolean;
  goodForLivingAlone: boolean;
  /** Made by the client (UUID): a retry returns the same initiative; for an update, the initiative */
  id: string | number;
  kind: InitiativeKind;
  neighbourhoodCode: string;
  /** ORG_OPERATOR: yours (or none); ADMIN: any organisation, none for the municipality's own */
  organiserOrganisationId?: string | number | null | undefined;
  place: InitiativePlaceInput;
  publicContact?: string | null | undefined;
  titleEn?: string | null | undefined;
  titleIt: string;
};

/** What kind of initiative (issue 17) */
export type InitiativeKind =
  | 'CONCILIATION'
  | 'CULTURE'
  | 'ELDERLY_PLACE'
  | 'LIFESTYLE_EXPERIMENT'
  | 'SOCIAL_THEATRE'
  | 'VOLUNTEERING';

export type InitiativePlaceInput = {
  address: string;
  name: string;
  position: GeoPointInput;
  stepFree: boolean;
};

export type InitiativeStatus =
  | 'PUBLISHED'
  | 'WITHDRAWN';

export type InviteAccountInput = {
  /** Required for ANTENNA: the antenna the person reports for */
  antennaId?: string | number | null | undefined;
  displayName: string;
  email: string;
  /** Required for ORG_OPERATOR: their organisation */
  organisationId?: string | number | null | undefined;
  role: Role;
};

/** The needs taxonomy (ARCHITECTURE.md) */
export type Need =
  | 'DIGITAL_DIVIDE'
  | 'DISABILITY'
  | 'DOPO_DI_NOI'
  | 'ECONOMIC_HARDSHIP'
  | 'ELDERLY_CARE'
  | 'FAMILY_CONFLICT'
  | 'FOOD'
  | 'HEALTH_ACCESS'
  | 'HOUSING'
  | 'LONELINESS'
  | 'MENTAL_HEALTH'
  | 'WORK'
  | 'YOUTH_AT_RISK';

/** Weekly opening hours: days (MO,TU,...) from opensAt to closesAt (HH:MM), or only a description. */
export type OpeningHoursInput = {
  closesAt?: string | null | undefined;
  days?: string | null | undefined;
  description?: string | null | undefined;
  opensAt?: string | null | undefined;
};

/** When a UCLA-3 loneliness measurement is taken: at the start, and 12 weeks (84 days) later */
export type OutcomePhase =
  | 'START'
  | 'WEEK_12';

/** What a referral does in a pathway: the law-112/2016 fund actions A–E (DOPO_DI_NOI) or a mental-health pact axis (MENTAL_HEALTH) */
export type PathwayAction =
  | 'A_LEAVING_FAMILY_HOME'
  | 'B_SUPPORT_IN_HOUSING'
  | 'C_AUTONOMY_SKILLS'
  | 'D_HOUSING_WORKS'
  | 'EDUCATION'
  | 'E_EMERGENCY_STAY'
  | 'HEALTH_CARE'
  | 'HOUSING'
  | 'SOCIAL_RELATIONS'
  | 'WORK';

/** A life-project pathway: «Dopo di noi» (law 112/2016) or the mental-health pact */
export type PathwayKind =
  | 'DOPO_DI_NOI'
  | 'MENTAL_HEALTH';

export type ProposeAntennaInput = {
  /** Where the public meets it; for a volunteer, a public meeting place (never a home) or set publicMeetingPlace: false */
  address: string;
  /** Made by the client (UUID): a retry returns the same antenna */
  id: string | number;
  kind: AntennaKind;
  name: string;
  needs?: Array<Need> | null | undefined;
  /** Derived from the position; when given it must agree */
  neighbourhoodCode?: string | null | undefined;
  openingHours?: string | null | undefined;
  position: GeoPointInput;
  publicContact?: string | null | undefined;
  /** CITIZEN_VOLUNTEER only (required): listed only when true */
  publicMeetingPlace?: boolean | null | undefined;
};

/** A public phone number, as people write it. */
export type PublicPhoneInput = {
  /** what it is for */
  description?: string | null | undefined;
  number: string;
};

/** A place where a service is given: one of the organisation's (its id) or a new one. */
export type PublicPlaceInput = {
  address: string;
  city?: string | null | undefined;
  hours?: Array<OpeningHoursInput> | null | undefined;
  id?: string | number | null | undefined;
  name: string;
  postalCode?: string | null | undefined;
  transportation?: string | null | undefined;
};

export type PublishVolunteerRoleInput = {
  description: string;
  /** Made by the client (UUID): a retry returns the same role */
  id: string | number;
  initiativeId?: string | number | null | undefined;
  insuranceProvided: boolean;
  minimumAge: number;
  neighbourhoodCode: string;
  requirements: Array<VolunteerRequirement>;
  title: string;
};

export type RecordVolunteerHoursInput = {
  /** yyyy-mm-dd */
  day: string;
  /** Made by the client (UUID): a retry records nothing twice */
  id: string | number;
  minutes: number;
  roleId: string | number;
  shiftId?: string | number | null | undefined;
  volunteerId: string | number;
};

/** FHIR SDOH referral Task statuses */
export type ReferralStatus =
  | 'ACCEPTED'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'ENTERED_IN_ERROR'
  | 'FAILED'
  | 'IN_PROGRESS'
  | 'ON_HOLD'
  | 'REJECTED'
  | 'REQUESTED';

/** What a referral sends the person to: a service, or an initiative’s session (a social prescription) */
export type ReferralTargetKind =
  | 'INITIATIVE'
  | 'SERVICE';

export type RegisterOrganisationInput = {
  description?: string | null | undefined;
  email?: string | null | undefined;
  id: string | number;
  legalForm: string;
  name: string;
  phone?: string | null | undefined;
  runtsNumber?: string | null | undefined;
  runtsSection?: string | null | undefined;
  taxCode: string;
  website?: string | null | undefined;
};

export type RegisterServiceInput = {
  address?: string | null | undefined;
  /** how to access it (absent: kept; empty: cleared) */
  applicationProcess?: string | null | undefined;
  capacityAvailable?: number | null | undefined;
  capacityMaximum?: number | null | undefined;
  capacityStatus: string;
  capacityUnit?: string | null | undefined;
  description?: string | null | undefined;
  /** updateService: change the public details alone; name, status, needs, areas and capacity stay as they are */
  detailsOnly?: boolean | null | undefined;
  /** who may use it (absent: kept; empty: cleared) */
  eligibilityDescription?: string | null | undefined;
  /** the service's public e-mail ('' clears it) */
  email?: string | null | undefined;
  /** what it costs (absent: kept; empty: cleared) */
  feesDescription?: string | null | undefined;
  /** the service's own hours (given: they replace its own) */
  hours?: Array<OpeningHoursInput> | null | undefined;
  id: string | number;
  maximumAge?: number | null | undefined;
  minimumAge?: number | null | undefined;
  name: string;
  needs: Array<Need>;
  neighbourhoodCodes: Array<string>;
  organisationId: string | number;
  /** the service's phones (given: they replace its own) */
  phones?: Array<PublicPhoneInput> | null | undefined;
  /** where it is given, each with its hours there (given: they replace its places) */
  places?: Array<PublicPlaceInput> | null | undefined;
  status: string;
  /** the service's web page ('' clears it) */
  url?: string | null | undefined;
};

export type Role =
  | 'ADMIN'
  | 'ANTENNA'
  | 'CITIZEN'
  | 'CITY_ANALYST'
  | 'ORG_OPERATOR'
  | 'SOCIAL_WORKER';

export type ScheduleSessionInput = {
  endsAt: string;
  /** Made by the client (UUID) */
  id: string | number;
  initiativeId: string | number;
  publicSeats: number;
  referralSeats: number;
  /** ISO 8601 date and time */
  startsAt: string;
};

/** A bounded weekly rule: on these weekdays from firstDate until untilDate, at most maxOccurrences sessions, times in Europe/Rome. */
export type ScheduleSessionSeriesInput = {
  /** HH:MM */
  endTime: string;
  /** YYYY-MM-DD */
  firstDate: string;
  /** The series' id, made by the client: a retry returns the same sessions */
  id: string | number;
  initiativeId: string | number;
  maxOccurrences?: number | null | undefined;
  publicSeats: number;
  referralSeats: number;
  /** HH:MM */
  startTime: string;
  /** YYYY-MM-DD (inclusive) */
  untilDate: string;
  weekdays: Array<Weekday>;
};

export type SchoolClassGroupInput = {
  doneHours: number;
  /** "3ª B" */
  label: string;
  plannedHours: number;
  studentCount: number;
};

export type SchoolProtocolInput = {
  activities: Array<string>;
  classGroups: Array<SchoolClassGroupInput>;
  /** Made by the client (UUID): saving again with the same id replaces the protocol */
  id: string | number;
  neighbourhoodCode?: string | null | undefined;
  schoolCode?: string | null | undefined;
  schoolName: string;
  schoolYear: string;
  signedOn: string;
  tutorName: string;
  validUntil?: string | null | undefined;
};

/** The band of a UCLA-3 total: LOW 3–4, MEDIUM 5–6, HIGH 7–9 (higher is lonelier) */
export type ScoreBand =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type SessionStatus =
  | 'CANCELLED'
  | 'POSTPONED'
  | 'SCHEDULED';

/** Fields left out keep their value; null clears patronDay, deskEmail or supervisorEmail. */
export type SetMunicipalityPolicyInput = {
  /** 1–1440 minutes */
  alertEscalationMinutes?: number | null | undefined;
  deskEmail?: string | null | undefined;
  patronDay?: string | null | undefined;
  requireRunts?: boolean | null | undefined;
  slaDayMode?: string | null | undefined;
  supervisorEmail?: string | null | undefined;
  targets?: Array<SlaTargetInput> | null | undefined;
};

export type ShiftSignUpStatus =
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'SIGNED_UP';

export type SignUpAsVolunteerInput = {
  /** applicationChallenge.id */
  challenge: string;
  displayName: string;
  email: string;
  /** ISTAT code of the municipality (publicInfo.municipalities) */
  municipality: string;
  password: string;
  /** The solved proof of work */
  proof: string;
  trustDevice?: boolean | null | undefined;
  /** Leave empty (a field people never see) */
  website?: string | null | undefined;
};

export type SlaTargetInput = {
  acceptHours: number;
  firstContactHours: number;
  urgency: Urgency;
};

/** Optional identifying data of the person flagged; encrypted at rest. */
export type SubjectInput = {
  address?: string | null | undefined;
  name?: string | null | undefined;
  phone?: string | null | undefined;
};

export type SubmitReportInput = {
  ageBand: AgeBand;
  consentToContact: boolean;
  /** What was seen (at most 4,000 characters) */
  description: string;
  /** Do not contact the person directly */
  doNotContact?: boolean | null | undefined;
  /** Made by the client (UUID): a retry with the same id returns the same report */
  id: string | number;
  needs: Array<Need>;
  neighbourhoodCode: string;
  subject?: SubjectInput | null | undefined;
  urgency: Urgency;
};

/** Why a count is hidden */
export type SuppressionReason =
  /** The count may be k or more, hidden so that a small one cannot be worked out from the totals: show "nascosto per riservatezza", never "< 10", and never draw it as a small value */
  | 'COMPLEMENTARY'
  /** The count is under k: show "< 10" */
  | 'SMALL';

export type TriageFilterInput = {
  maxAgeDays?: number | null | undefined;
  minAgeDays?: number | null | undefined;
  need?: Need | null | undefined;
  neighbourhoodCode?: string | null | undefined;
  ownerDeskId?: string | number | null | undefined;
  /** A reference code as typed ("cb 7k4q" finds CB-7K4Q): that report, open or closed */
  reference?: string | null | undefined;
  urgency?: Urgency | null | undefined;
};

export type UpdateCapacityInput = {
  capacityAvailable?: number | null | undefined;
  capacityMaximum?: number | null | undefined;
  capacityStatus: string;
  serviceId: string | number;
};

/** An organisation's details (the same as its registration): it must exist already. Tax code and legal form absent: kept. */
export type UpdateOrganisationInput = {
  description?: string | null | undefined;
  email?: string | null | undefined;
  id: string | number;
  /** true: the tax code and the RUNTS registration stay as they are (the public-details form sends neither) */
  keepRegistration?: boolean | null | undefined;
  legalForm?: string | null | undefined;
  name: string;
  phone?: string | null | undefined;
  runtsNumber?: string | null | undefined;
  runtsSection?: string | null | undefined;
  taxCode?: string | null | undefined;
  website?: string | null | undefined;
};

/** A service's details, all given (the same as its registration); `address` empty keeps its place. It must exist already, in the same organisation. */
export type UpdateServiceInput = {
  address?: string | null | undefined;
  /** how to access it (absent: kept; empty: cleared) */
  applicationProcess?: string | null | undefined;
  capacityAvailable?: number | null | undefined;
  capacityMaximum?: number | null | undefined;
  capacityStatus: string;
  capacityUnit?: string | null | undefined;
  description?: string | null | undefined;
  /** updateService: change the public details alone; name, status, needs, areas and capacity stay as they are */
  detailsOnly?: boolean | null | undefined;
  /** who may use it (absent: kept; empty: cleared) */
  eligibilityDescription?: string | null | undefined;
  /** the service's public e-mail ('' clears it) */
  email?: string | null | undefined;
  /** what it costs (absent: kept; empty: cleared) */
  feesDescription?: string | null | undefined;
  /** the service's own hours (given: they replace its own) */
  hours?: Array<OpeningHoursInput> | null | undefined;
  id: string | number;
  maximumAge?: number | null | undefined;
  minimumAge?: number | null | undefined;
  name: string;
  needs: Array<Need>;
  neighbourhoodCodes: Array<string>;
  organisationId: string | number;
  /** the service's phones (given: they replace its own) */
  phones?: Array<PublicPhoneInput> | null | undefined;
  /** where it is given, each with its hours there (given: they replace its places) */
  places?: Array<PublicPlaceInput> | null | undefined;
  status: string;
  /** the service's web page ('' clears it) */
  url?: string | null | undefined;
};

export type UpdateSessionInput = {
  endsAt?: string | null | undefined;
  id: string | number;
  /** Shown to the public beside a cancelled or postponed session */
  note?: string | null | undefined;
  publicSeats?: number | null | undefined;
  referralSeats?: number | null | undefined;
  startsAt?: string | null | undefined;
  status?: SessionStatus | null | undefined;
};

export type Urgency =
  | 'EMERGENCY'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type VolunteerProfileInput = {
  /** "MONDAY_MORNING" … "SUNDAY_EVENING" */
  availability: Array<string>;
  birthYear: number;
  displayName: string;
  email: string;
  languages: Array<string>;
  neighbourhoodCode: string;
  phone?: string | null | undefined;
  requirements: Array<HeldRequirementInput>;
  skills: Array<VolunteerSkill>;
  travelKm: number;
};

/** What a volunteer role may require (held with an optional expiry) */
export type VolunteerRequirement =
  | 'BASIC_TRAINING'
  | 'DRIVING_LICENCE'
  | 'FIRST_AID'
  | 'FOOD_HYGIENE'
  | 'MINORS_RECORD_CHECK';

export type VolunteerSkill =
  | 'ACCOMPANYING'
  | 'ARTS_AND_THEATRE'
  | 'COMPANIONSHIP'
  | 'COOKING'
  | 'DIGITAL_HELP'
  | 'DRIVING'
  | 'GARDENING'
  | 'OFFICE'
  | 'REPAIRS'
  | 'TEACHING';

export type Weekday =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

export type SessionPayloadFragment = { token: string, refreshToken: string, expiresAt: string, trustedDevice: boolean, account: { id: string, email: string, displayName: string, role: Role, municipality: string, antennaId: string | null, organisationId: string | null } };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
  trustDevice?: boolean | null | undefined;
}>;


export type LoginMutation = { login: { token: string, refreshToken: string, expiresAt: string, trustedDevice: boolean, account: { id: string, email: string, displayName: string, role: Role, municipality: string, antennaId: string | null, organisationId: string | null } } };

export type RefreshMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshMutation = { refreshSession: { token: string, refreshToken: string, expiresAt: string, trustedDevice: boolean, account: { id: string, email: string, displayName: string, role: Role, municipality: string, antennaId: string | null, organisationId: string | null } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type ReferralMessagesQueryVariables = Exact<{
  referralId: string | number;
  first?: number | null | undefined;
}>;


export type ReferralMessagesQuery = { referralMessages: { nodes: Array<{ id: string, authorRole: string, byYou: boolean, text: string | null, createdAt: string }>, pageInfo: { hasNextPage: boolean } } };

export type PostReferralMessageMutationVariables = Exact<{
  id?: string | number | null | undefined;
  referralId: string | number;
  text: string;
}>;


export type PostReferralMessageMutation = { postReferralMessage: { id: string, authorRole: string, byYou: boolean, text: string | null, createdAt: string } };

export type NeighbourhoodsQueryVariables = Exact<{ [key: string]: never; }>;


export type NeighbourhoodsQuery = { neighbourhoods: Array<{ code: string, name: string }> };

export type AcceptInvitationMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { token: string, refreshToken: string, expiresAt: string, trustedDevice: boolean, account: { id: string, email: string, displayName: string, role: Role, municipality: string, antennaId: string | null, organisationId: string | null } } };

export type ResetMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type ResetMutation = { completePasswordReset: boolean };

export type RedeemMutationVariables = Exact<{
  email: string;
  code: string;
  password: string;
  trustDevice?: boolean | null | undefined;
}>;


export type RedeemMutation = { redeemAccountCode: { token: string, refreshToken: string, expiresAt: string, trustedDevice: boolean, account: { id: string, email: string, displayName: string, role: Role, municipality: string, antennaId: string | null, organisationId: string | null } } };

export type SignInOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInOptionsQuery = { signInOptions: { passwordResetByEmail: boolean } };

export type RequestResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestResetMutation = { requestPasswordReset: boolean };

export type ChangePasswordMutationVariables = Exact<{
  current: string;
  next: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type LogoutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutEverywhereMutation = { logoutEverywhere: boolean };

export type AccountSessionsQueryVariables = Exact<{
  accountId: string | number;
}>;


export type AccountSessionsQuery = { accountSessions: Array<{ id: string, createdAt: string, lastUsedAt: string | null, expiresAt: string, trusted: boolean }> };

export type EndAccountSessionsMutationVariables = Exact<{
  accountId: string | number;
}>;


export type EndAccountSessionsMutation = { endAccountSessions: number };

export type AdminAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminAccountsQuery = { accounts: Array<{ id: string, email: string, displayName: string, role: Role, antennaId: string | null, organisationId: string | null }>, antennas: { nodes: Array<{ id: string, name: string, status: AntennaStatus }> }, organisations: Array<{ id: string, name: string }> };

export type AntennaMoveFragment = { id: string, status: AntennaStatus, statusReason: string | null };

export type TrainAntennaMutationVariables = Exact<{
  id: string | number;
  trainedOn: string;
  codeOfConductAccepted: boolean;
  reason?: string | null | undefined;
}>;


export type TrainAntennaMutation = { trainAntenna: { id: string, status: AntennaStatus, statusReason: string | null } };

export type ActivateAntennaMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type ActivateAntennaMutation = { activateAntenna: { id: string, status: AntennaStatus, statusReason: string | null } };

export type SuspendAntennaMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type SuspendAntennaMutation = { suspendAntenna: { id: string, status: AntennaStatus, statusReason: string | null } };

export type ReactivateAntennaMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type ReactivateAntennaMutation = { reactivateAntenna: { id: string, status: AntennaStatus, statusReason: string | null } };

export type RetireAntennaMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RetireAntennaMutation = { retireAntenna: { id: string, status: AntennaStatus, statusReason: string | null } };

export type InviteAntennaMemberMutationVariables = Exact<{
  input: InviteAccountInput;
}>;


export type InviteAntennaMemberMutation = { inviteAccount: { token: string, code: string | null, email: string, expiresAt: string } };

export type RemoveAntennaMemberMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveAntennaMemberMutation = { removeAntennaMember: { id: string } };

export type AdminAntennasQueryVariables = Exact<{
  status?: Array<AntennaStatus> | AntennaStatus | null | undefined;
  search?: string | null | undefined;
}>;


export type AdminAntennasQuery = { antennas: { nodes: Array<{ id: string, name: string, kind: AntennaKind, address: string, neighbourhoodCode: string, status: AntennaStatus, statusReason: string | null, members: Array<{ id: string, displayName: string, email: string, createdAt: string }> }>, pageInfo: { hasNextPage: boolean } }, neighbourhoods: Array<{ code: string, name: string }> };

export type AntennaApplicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type AntennaApplicationsQuery = { antennas: { nodes: Array<{ id: string, application: { applicantName: string, applicantPhone: string | null, applicantEmail: string | null, message: string | null, appliedAt: string, positionApproximate: boolean } | null }> } };

export type ImportDirectoryMutationVariables = Exact<{
  content: string;
  format: string;
}>;


export type ImportDirectoryMutation = { importDirectory: { imported: boolean, organisations: number, services: number, problems: Array<{ line: number, field: string, message: string }> } };

export type ImportNeighbourhoodsMutationVariables = Exact<{
  municipality: string;
  geojson: string;
  approximate?: boolean | null | undefined;
}>;


export type ImportNeighbourhoodsMutation = { importNeighbourhoods: { municipality: string, created: Array<string>, updated: Array<string>, untouched: Array<string> } };

export type InviteAccountMutationVariables = Exact<{
  input: InviteAccountInput;
}>;


export type InviteAccountMutation = { inviteAccount: { token: string, code: string | null, email: string, expiresAt: string } };

export type RegisterOrganisationMutationVariables = Exact<{
  input: RegisterOrganisationInput;
}>;


export type RegisterOrganisationMutation = { registerOrganisation: { id: string, name: string } };

export type UpdateOrganisationMutationVariables = Exact<{
  input: UpdateOrganisationInput;
}>;


export type UpdateOrganisationMutation = { updateOrganisation: { id: string, name: string } };

export type AdminOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminOrganisationsQuery = { organisations: Array<{ id: string, name: string, legalForm: string | null, taxCode: string | null, runtsNumber: string | null, runtsSection: string | null, email: string | null, phone: string | null, website: string | null, description: string | null }>, neighbourhoods: Array<{ code: string, name: string }>, municipalityPolicy: { requireRunts: boolean } };

export type AdminServicesQueryVariables = Exact<{
  organisationId?: string | number | null | undefined;
}>;


export type AdminServicesQuery = { services: Array<{ id: string, organisationId: string, name: string, status: string, needs: Array<Need>, neighbourhoodCodes: Array<string>, capacityStatus: string, capacityAvailable: number | null, capacityMaximum: number | null, capacityUnit: string | null, description: string | null, updatedAt: string }> };

export type PolicyFieldsFragment = { municipality: string, requireRunts: boolean, slaDayMode: string, patronDay: string | null, deskEmail: string | null, alertEscalationMinutes: number, supervisorEmail: string | null, targets: Array<{ urgency: Urgency, acceptHours: number, firstContactHours: number }> };

export type AdminPolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminPolicyQuery = { municipalityPolicy: { municipality: string, requireRunts: boolean, slaDayMode: string, patronDay: string | null, deskEmail: string | null, alertEscalationMinutes: number, supervisorEmail: string | null, targets: Array<{ urgency: Urgency, acceptHours: number, firstContactHours: number }> } };

export type SetMunicipalityPolicyMutationVariables = Exact<{
  input: SetMunicipalityPolicyInput;
}>;


export type SetMunicipalityPolicyMutation = { setMunicipalityPolicy: { municipality: string, requireRunts: boolean, slaDayMode: string, patronDay: string | null, deskEmail: string | null, alertEscalationMinutes: number, supervisorEmail: string | null, targets: Array<{ urgency: Urgency, acceptHours: number, firstContactHours: number }> } };

export type AddressLookupAvailableQueryVariables = Exact<{ [key: string]: never; }>;


export type AddressLookupAvailableQuery = { addressLookupAvailable: boolean };

export type GeocodeAddressQueryVariables = Exact<{
  address: string;
}>;


export type GeocodeAddressQuery = { geocodeAddress: Array<{ label: string, lat: number, lng: number }> };

export type ProposeAntennaMutationVariables = Exact<{
  input: ProposeAntennaInput;
}>;


export type ProposeAntennaMutation = { proposeAntenna: { id: string, name: string, status: AntennaStatus, neighbourhoodCode: string } };

export type IssuePasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type IssuePasswordResetMutation = { issuePasswordReset: { token: string, code: string | null, email: string, expiresAt: string } };

export type AdminRetentionQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminRetentionQuery = { retention: { municipality: string, closedCaseMonths: number, signalDays: number } };

export type SetRetentionMutationVariables = Exact<{
  closedCaseMonths: number;
  signalDays: number;
}>;


export type SetRetentionMutation = { setRetention: { closedCaseMonths: number, signalDays: number } };

export type SchoolProtocolsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type SchoolProtocolsQuery = { schoolProtocols: { nodes: Array<{ id: string, schoolName: string, schoolCode: string | null, neighbourhoodCode: string | null, schoolYear: string, tutorName: string, activities: Array<string>, signedOn: string, validUntil: string | null, plannedHours: number, doneHours: number, students: number, classGroups: Array<{ label: string, studentCount: number, plannedHours: number, doneHours: number }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, schoolTotals: Array<{ schoolYear: string, protocols: number, classGroups: number, students: number, plannedHours: number, doneHours: number }>, neighbourhoods: Array<{ code: string, name: string }> };

export type SaveSchoolProtocolMutationVariables = Exact<{
  input: SchoolProtocolInput;
}>;


export type SaveSchoolProtocolMutation = { saveSchoolProtocol: { id: string } };

export type RegisterServiceMutationVariables = Exact<{
  input: RegisterServiceInput;
}>;


export type RegisterServiceMutation = { registerService: { id: string, name: string } };

export type UpdateServiceMutationVariables = Exact<{
  input: UpdateServiceInput;
}>;


export type UpdateServiceMutation = { updateService: { id: string, name: string } };

export type TaxonomyTermsQueryVariables = Exact<{
  mapped?: boolean | null | undefined;
}>;


export type TaxonomyTermsQuery = { taxonomyTerms: { nodes: Array<{ id: string, taxonomy: string, code: string | null, name: string, description: string | null, need: Need | null, services: number }>, pageInfo: { hasNextPage: boolean } } };

export type MapTermMutationVariables = Exact<{
  termId: string | number;
  need?: Need | null | undefined;
}>;


export type MapTermMutation = { mapTaxonomyTerm: { servicesUpdated: number, unrouted: number, term: { id: string, need: Need | null } } };

export type MyReportsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type MyReportsQuery = { myReports: { nodes: Array<{ id: string, reference: string, submittedAt: string, needs: Array<Need>, urgency: Urgency, ageBand: AgeBand, status: CoarseStatus, descriptionStart: string | null, ownerDesk: { name: string, phone: string | null, hours: string | null } | null }>, pageInfo: { hasNextPage: boolean } } };

export type AddFollowUpMutationVariables = Exact<{
  reportId: string | number;
  note: string;
}>;


export type AddFollowUpMutation = { addReportFollowUp: boolean };

export type WithdrawMutationVariables = Exact<{
  reportId: string | number;
  reason: string;
}>;


export type WithdrawMutation = { withdrawReport: boolean };

export type SubmittedReportFragment = { id: string, reference: string, advice: string | null, ageBand: AgeBand, needs: Array<Need>, neighbourhoodCode: string, status: CoarseStatus, submittedAt: string, urgency: Urgency, ownerDesk: { name: string, phone: string | null, hours: string | null } | null, nextStep: { acceptBy: string } | null };

export type SubmitReportMutationVariables = Exact<{
  input: SubmitReportInput;
}>;


export type SubmitReportMutation = { submitReport: { id: string, reference: string, advice: string | null, ageBand: AgeBand, needs: Array<Need>, neighbourhoodCode: string, status: CoarseStatus, submittedAt: string, urgency: Urgency, ownerDesk: { name: string, phone: string | null, hours: string | null } | null, nextStep: { acceptBy: string } | null } };

export type FlagNeighbourhoodsQueryVariables = Exact<{
  municipality?: string | null | undefined;
}>;


export type FlagNeighbourhoodsQuery = { neighbourhoods: Array<{ code: string, name: string }> };

export type FlagMyAntennaQueryVariables = Exact<{ [key: string]: never; }>;


export type FlagMyAntennaQuery = { myAntenna: { neighbourhoodCode: string } };

export type InitiativesQueryVariables = Exact<{
  m?: string | null | undefined;
  h?: string | null | undefined;
  part?: DayPart | null | undefined;
  kind?: InitiativeKind | null | undefined;
  free?: boolean | null | undefined;
  stepFree?: boolean | null | undefined;
  alone?: boolean | null | undefined;
  after?: string | null | undefined;
}>;


export type InitiativesQuery = { initiatives: { nodes: Array<{ id: string, municipality: string, kind: InitiativeKind, status: InitiativeStatus, titleIt: string, titleEn: string | null, descriptionIt: string, descriptionEn: string | null, neighbourhoodCode: string, ageMin: number | null, ageMax: number | null, free: boolean, costText: string | null, accessibilitySupport: string | null, goodForLivingAlone: boolean, publicContact: string | null, updatedAt: string, organiser: { id: string, name: string | null } | null, place: { id: string, name: string, address: string, lat: number, lng: number, stepFree: boolean }, nextSession: { id: string, initiativeId: string, seriesId: string | null, startsAt: string, endsAt: string, status: SessionStatus, note: string | null, publicSeats: number, referralSeats: number, publicTaken: number, referralTaken: number, publicLeft: number, referralLeft: number } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type InitiativeQueryVariables = Exact<{
  id: string | number;
}>;


export type InitiativeQuery = { initiative: { id: string, municipality: string, kind: InitiativeKind, status: InitiativeStatus, titleIt: string, titleEn: string | null, descriptionIt: string, descriptionEn: string | null, neighbourhoodCode: string, ageMin: number | null, ageMax: number | null, free: boolean, costText: string | null, accessibilitySupport: string | null, goodForLivingAlone: boolean, publicContact: string | null, updatedAt: string, organiser: { id: string, name: string | null } | null, place: { id: string, name: string, address: string, lat: number, lng: number, stepFree: boolean }, sessions: Array<{ id: string, initiativeId: string, seriesId: string | null, startsAt: string, endsAt: string, status: SessionStatus, note: string | null, publicSeats: number, referralSeats: number, publicTaken: number, referralTaken: number, publicLeft: number, referralLeft: number }>, nextSession: { id: string, initiativeId: string, seriesId: string | null, startsAt: string, endsAt: string, status: SessionStatus, note: string | null, publicSeats: number, referralSeats: number, publicTaken: number, referralTaken: number, publicLeft: number, referralLeft: number } | null } };

export type MyInitiativesQueryVariables = Exact<{
  withdrawn?: boolean | null | undefined;
  after?: string | null | undefined;
}>;


export type MyInitiativesQuery = { myInitiatives: { nodes: Array<{ id: string, municipality: string, kind: InitiativeKind, status: InitiativeStatus, titleIt: string, titleEn: string | null, descriptionIt: string, descriptionEn: string | null, neighbourhoodCode: string, ageMin: number | null, ageMax: number | null, free: boolean, costText: string | null, accessibilitySupport: string | null, goodForLivingAlone: boolean, publicContact: string | null, updatedAt: string, organiser: { id: string, name: string | null } | null, place: { id: string, name: string, address: string, lat: number, lng: number, stepFree: boolean }, sessions: Array<{ id: string, initiativeId: string, seriesId: string | null, startsAt: string, endsAt: string, status: SessionStatus, note: string | null, publicSeats: number, referralSeats: number, publicTaken: number, referralTaken: number, publicLeft: number, referralLeft: number }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PublishInitiativeMutationVariables = Exact<{
  input: InitiativeInput;
}>;


export type PublishInitiativeMutation = { publishInitiative: { id: string, titleIt: string } };

export type UpdateInitiativeMutationVariables = Exact<{
  input: InitiativeInput;
}>;


export type UpdateInitiativeMutation = { updateInitiative: { id: string, titleIt: string } };

export type WithdrawInitiativeMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawInitiativeMutation = { withdrawInitiative: { id: string, titleIt: string } };

export type ScheduleSeriesMutationVariables = Exact<{
  input: ScheduleSessionSeriesInput;
}>;


export type ScheduleSeriesMutation = { scheduleSessionSeries: Array<{ id: string }> };

export type ScheduleSessionMutationVariables = Exact<{
  input: ScheduleSessionInput;
}>;


export type ScheduleSessionMutation = { scheduleSession: { id: string } };

export type UpdateSessionMutationVariables = Exact<{
  input: UpdateSessionInput;
}>;


export type UpdateSessionMutation = { updateSession: { id: string, status: SessionStatus } };

export type TableFieldsFragment = { rows: Array<string>, columns: Array<string>, rowTotals: Array<number | null>, columnTotals: Array<number | null>, total: number | null, rowTotalReasons: Array<SuppressionReason | null>, columnTotalReasons: Array<SuppressionReason | null>, totalReason: SuppressionReason | null, cells: Array<{ row: string, total: number | null, values: Array<number | null>, reasons: Array<SuppressionReason | null>, totalReason: SuppressionReason | null }> };

export type TimesFieldsFragment = { count: number | null, medianMinutes: number | null, p90Minutes: number | null };

export type DashboardQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type DashboardQuery = { dashboard: { from: string, to: string, k: number, municipality: string, unownedReports: number, deadLetters: number, acceptance: { count: number | null, medianMinutes: number | null, p90Minutes: number | null }, firstContact: { count: number | null, medianMinutes: number | null, p90Minutes: number | null }, referralsByState: { rows: Array<string>, columns: Array<string>, rowTotals: Array<number | null>, columnTotals: Array<number | null>, total: number | null, rowTotalReasons: Array<SuppressionReason | null>, columnTotalReasons: Array<SuppressionReason | null>, totalReason: SuppressionReason | null, cells: Array<{ row: string, total: number | null, values: Array<number | null>, reasons: Array<SuppressionReason | null>, totalReason: SuppressionReason | null }> }, reportsByMonthAndNeed: { rows: Array<string>, columns: Array<string>, rowTotals: Array<number | null>, columnTotals: Array<number | null>, total: number | null, rowTotalReasons: Array<SuppressionReason | null>, columnTotalReasons: Array<SuppressionReason | null>, totalReason: SuppressionReason | null, cells: Array<{ row: string, total: number | null, values: Array<number | null>, reasons: Array<SuppressionReason | null>, totalReason: SuppressionReason | null }> }, reportsByNeighbourhoodAndNeed: { rows: Array<string>, columns: Array<string>, rowTotals: Array<number | null>, columnTotals: Array<number | null>, total: number | null, rowTotalReasons: Array<SuppressionReason | null>, columnTotalReasons: Array<SuppressionReason | null>, totalReason: SuppressionReason | null, cells: Array<{ row: string, total: number | null, values: Array<number | null>, reasons: Array<SuppressionReason | null>, totalReason: SuppressionReason | null }> }, reportsByNeighbourhoodAndMonth: { rows: Array<string>, columns: Array<string>, rowTotals: Array<number | null>, columnTotals: Array<number | null>, total: number | null, rowTotalReasons: Array<SuppressionReason | null>, columnTotalReasons: Array<SuppressionReason | null>, totalReason: SuppressionReason | null, cells: Array<{ row: string, total: number | null, values: Array<number | null>, reasons: Array<SuppressionReason | null>, totalReason: SuppressionReason | null }> }, slaBreachesByMonth: { rows: Array<string>, columns: Array<string>, rowTotals: Array<number | null>, columnTotals: Array<number | null>, total: number | null, rowTotalReasons: Array<SuppressionReason | null>, columnTotalReasons: Array<SuppressionReason | null>, totalReason: SuppressionReason | null, cells: Array<{ row: string, total: number | null, values: Array<number | null>, reasons: Array<SuppressionReason | null>, totalReason: SuppressionReason | null }> }, unmetNeed: { rows: Array<string>, columns: Array<string>, rowTotals: Array<number | null>, columnTotals: Array<number | null>, total: number | null, rowTotalReasons: Array<SuppressionReason | null>, columnTotalReasons: Array<SuppressionReason | null>, totalReason: SuppressionReason | null, cells: Array<{ row: string, total: number | null, values: Array<number | null>, reasons: Array<SuppressionReason | null>, totalReason: SuppressionReason | null }> }, outcomesByNeighbourhood: { rows: Array<string>, columns: Array<string>, rowTotals: Array<number | null>, columnTotals: Array<number | null>, total: number | null, rowTotalReasons: Array<SuppressionReason | null>, columnTotalReasons: Array<SuppressionReason | null>, totalReason: SuppressionReason | null, cells: Array<{ row: string, total: number | null, values: Array<number | null>, reasons: Array<SuppressionReason | null>, totalReason: SuppressionReason | null }> }, outcomesByMonth: { rows: Array<string>, columns: Array<string>, rowTotals: Array<number | null>, columnTotals: Array<number | null>, total: number | null, rowTotalReasons: Array<SuppressionReason | null>, columnTotalReasons: Array<SuppressionReason | null>, totalReason: SuppressionReason | null, cells: Array<{ row: string, total: number | null, values: Array<number | null>, reasons: Array<SuppressionReason | null>, totalReason: SuppressionReason | null }> }, pathwaysOpenedByMonth: { rows: Array<string>, columns: Array<string>, rowTotals: Array<number | null>, columnTotals: Array<number | null>, total: number | null, rowTotalReasons: Array<SuppressionReason | null>, columnTotalReasons: Array<SuppressionReason | null>, totalReason: SuppressionReason | null, cells: Array<{ row: string, total: number | null, values: Array<number | null>, reasons: Array<SuppressionReason | null>, totalReason: SuppressionReason | null }> }, pathwaysClosedByMonth: { rows: Array<string>, columns: Array<string>, rowTotals: Array<number | null>, columnTotals: Array<number | null>, total: number | null, rowTotalReasons: Array<SuppressionReason | null>, columnTotalReasons: Array<SuppressionReason | null>, totalReason: SuppressionReason | null, cells: Array<{ row: string, total: number | null, values: Array<number | null>, reasons: Array<SuppressionReason | null>, totalReason: SuppressionReason | null }> }, pathwayActionsByMonth: { rows: Array<string>, columns: Array<string>, rowTotals: Array<number | null>, columnTotals: Array<number | null>, total: number | null, rowTotalReasons: Array<SuppressionReason | null>, columnTotalReasons: Array<SuppressionReason | null>, totalReason: SuppressionReason | null, cells: Array<{ row: string, total: number | null, values: Array<number | null>, reasons: Array<SuppressionReason | null>, totalReason: SuppressionReason | null }> }, initiativesByNeighbourhoodAndKind: { rows: Array<string>, columns: Array<string>, rowTotals: Array<number | null>, columnTotals: Array<number | null>, total: number | null, rowTotalReasons: Array<SuppressionReason | null>, columnTotalReasons: Array<SuppressionReason | null>, totalReason: SuppressionReason | null, cells: Array<{ row: string, total: number | null, values: Array<number | null>, reasons: Array<SuppressionReason | null>, totalReason: SuppressionReason | null }> }, sessionsByNeighbourhoodAndMonth: { rows: Array<string>, columns: Array<string>, rowTotals: Array<number | null>, columnTotals: Array<number | null>, total: number | null, rowTotalReasons: Array<SuppressionReason | null>, columnTotalReasons: Array<SuppressionReason | null>, totalReason: SuppressionReason | null, cells: Array<{ row: string, total: number | null, values: Array<number | null>, reasons: Array<SuppressionReason | null>, totalReason: SuppressionReason | null }> }, seatsOfferedByNeighbourhood: { rows: Array<string>, columns: Array<string>, rowTotals: Array<number | null>, columnTotals: Array<number | null>, total: number | null, rowTotalReasons: Array<SuppressionReason | null>, columnTotalReasons: Array<SuppressionReason | null>, totalReason: SuppressionReason | null, cells: Array<{ row: string, total: number | null, values: Array<number | null>, reasons: Array<SuppressionReason | null>, totalReason: SuppressionReason | null }> }, seatsTakenByNeighbourhood: { rows: Array<string>, columns: Array<string>, rowTotals: Array<number | null>, columnTotals: Array<number | null>, total: number | null, rowTotalReasons: Array<SuppressionReason | null>, columnTotalReasons: Array<SuppressionReason | null>, totalReason: SuppressionReason | null, cells: Array<{ row: string, total: number | null, values: Array<number | null>, reasons: Array<SuppressionReason | null>, totalReason: SuppressionReason | null }> }, seatsTakenByMonth: { rows: Array<string>, columns: Array<string>, rowTotals: Array<number | null>, columnTotals: Array<number | null>, total: number | null, rowTotalReasons: Array<SuppressionReason | null>, columnTotalReasons: Array<SuppressionReason | null>, totalReason: SuppressionReason | null, cells: Array<{ row: string, total: number | null, values: Array<number | null>, reasons: Array<SuppressionReason | null>, totalReason: SuppressionReason | null }> }, prescriptionsByState: { rows: Array<string>, columns: Array<string>, rowTotals: Array<number | null>, columnTotals: Array<number | null>, total: number | null, rowTotalReasons: Array<SuppressionReason | null>, columnTotalReasons: Array<SuppressionReason | null>, totalReason: SuppressionReason | null, cells: Array<{ row: string, total: number | null, values: Array<number | null>, reasons: Array<SuppressionReason | null>, totalReason: SuppressionReason | null }> }, firstAttendanceByMonth: { rows: Array<string>, columns: Array<string>, rowTotals: Array<number | null>, columnTotals: Array<number | null>, total: number | null, rowTotalReasons: Array<SuppressionReason | null>, columnTotalReasons: Array<SuppressionReason | null>, totalReason: SuppressionReason | null, cells: Array<{ row: string, total: number | null, values: Array<number | null>, reasons: Array<SuppressionReason | null>, totalReason: SuppressionReason | null }> }, firstAttendance: { accepted: number | null, firstAttended: number | null, ratePercent: number | null, reason: SuppressionReason | null }, volunteerHoursByNeighbourhoodAndMonth: { rows: Array<string>, columns: Array<string>, rowTotals: Array<number | null>, columnTotals: Array<number | null>, total: number | null, rowTotalReasons: Array<SuppressionReason | null>, columnTotalReasons: Array<SuppressionReason | null>, totalReason: SuppressionReason | null, cells: Array<{ row: string, total: number | null, values: Array<number | null>, reasons: Array<SuppressionReason | null>, totalReason: SuppressionReason | null }> }, coverage: { desertThresholdPer1000: number, deserts: Array<string>, neighbourhoods: Array<{ code: string, name: string, activeAntennas: number, desert: boolean, per1000Residents: number | null, population: number | null }> } } };

export type DashboardNeighbourhoodsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardNeighbourhoodsQuery = { neighbourhoods: Array<{ code: string, name: string, population: number | null, boundary: string | null }> };

export type ReportsArrivingSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ReportsArrivingSubscription = { reportsArriving: { at: string, municipality: string } };

export type ReferralsMovingSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ReferralsMovingSubscription = { referralsMoving: { at: string, municipality: string } };

export type UpdateCapacityMutationVariables = Exact<{
  input: UpdateCapacityInput;
}>;


export type UpdateCapacityMutation = { updateServiceCapacity: { id: string, capacityStatus: string, capacityAvailable: number | null, capacityMaximum: number | null, capacityUnit: string | null, updatedAt: string } };

export type ServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ServicesQuery = { services: Array<{ id: string, organisationId: string, name: string, description: string | null, needs: Array<Need>, neighbourhoodCodes: Array<string>, capacityStatus: string, capacityAvailable: number | null, capacityMaximum: number | null, capacityUnit: string | null, status: string, updatedAt: string }> };

export type MyOrganisationQueryVariables = Exact<{ [key: string]: never; }>;


export type MyOrganisationQuery = { myOrganisation: { id: string, name: string, legalForm: string | null, email: string | null, phone: string | null, website: string | null, description: string | null } };

export type UpdateMyOrganisationMutationVariables = Exact<{
  input: UpdateOrganisationInput;
}>;


export type UpdateMyOrganisationMutation = { updateOrganisation: { id: string } };

export type ServiceDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type ServiceDetailsQuery = { serviceDetails: { id: string, applicationProcess: string | null, eligibilityDescription: string | null, feesDescription: string | null, minimumAge: number | null, maximumAge: number | null, email: string | null, url: string | null, phones: Array<{ number: string, description: string | null }>, schedules: Array<{ byday: string | null, opensAt: string | null, closesAt: string | null, description: string | null }>, places: Array<{ id: string, name: string, address: string | null, city: string | null, postalCode: string | null, transportation: string | null, schedules: Array<{ byday: string | null, opensAt: string | null, closesAt: string | null, description: string | null }> }> } };

export type UpdateServiceDetailsMutationVariables = Exact<{
  input: UpdateServiceInput;
}>;


export type UpdateServiceDetailsMutation = { updateService: { id: string } };

export type InboxCardFragment = { id: string, reportId: string, reportReference: string | null, status: ReferralStatus, needs: Array<Need>, neighbourhoodCode: string, urgency: Urgency, serviceName: string, createdAt: string, updatedAt: string, dueAt: string | null, dueKind: string | null, ageBand: AgeBand | null, consentToContact: boolean | null, doNotContact: boolean | null, firstContactRequestedAt: string | null, contactHandedOverAt: string | null, holdsPlace: boolean, capacityAvailable: number | null, capacityMaximum: number | null, capacityUnit: string | null, targetKind: ReferralTargetKind, initiativeTitle: string | null, initiativeTitleEn: string | null, sessionStartsAt: string | null, buddyRequested: boolean, firstAttendedAt: string | null };

export type InboxQueryVariables = Exact<{
  first?: number | null | undefined;
  status?: Array<ReferralStatus> | ReferralStatus | null | undefined;
}>;


export type InboxQuery = { referrals: { nodes: Array<{ id: string, reportId: string, reportReference: string | null, status: ReferralStatus, needs: Array<Need>, neighbourhoodCode: string, urgency: Urgency, serviceName: string, createdAt: string, updatedAt: string, dueAt: string | null, dueKind: string | null, ageBand: AgeBand | null, consentToContact: boolean | null, doNotContact: boolean | null, firstContactRequestedAt: string | null, contactHandedOverAt: string | null, holdsPlace: boolean, capacityAvailable: number | null, capacityMaximum: number | null, capacityUnit: string | null, targetKind: ReferralTargetKind, initiativeTitle: string | null, initiativeTitleEn: string | null, sessionStartsAt: string | null, buddyRequested: boolean, firstAttendedAt: string | null }>, pageInfo: { hasNextPage: boolean } } };

export type ReferralUpdatesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ReferralUpdatesSubscription = { referralUpdates: { referralId: string, status: ReferralStatus, at: string, byYou: boolean, step: string | null } };

export type AcceptReferralMutationVariables = Exact<{
  id: string | number;
}>;


export type AcceptReferralMutation = { acceptReferral: { id: string, reportId: string, reportReference: string | null, status: ReferralStatus, needs: Array<Need>, neighbourhoodCode: string, urgency: Urgency, serviceName: string, createdAt: string, updatedAt: string, dueAt: string | null, dueKind: string | null, ageBand: AgeBand | null, consentToContact: boolean | null, doNotContact: boolean | null, firstContactRequestedAt: string | null, contactHandedOverAt: string | null, holdsPlace: boolean, capacityAvailable: number | null, capacityMaximum: number | null, capacityUnit: string | null, targetKind: ReferralTargetKind, initiativeTitle: string | null, initiativeTitleEn: string | null, sessionStartsAt: string | null, buddyRequested: boolean, firstAttendedAt: string | null } };

export type RejectMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RejectMutation = { rejectReferral: { id: string, reportId: string, reportReference: string | null, status: ReferralStatus, needs: Array<Need>, neighbourhoodCode: string, urgency: Urgency, serviceName: string, createdAt: string, updatedAt: string, dueAt: string | null, dueKind: string | null, ageBand: AgeBand | null, consentToContact: boolean | null, doNotContact: boolean | null, firstContactRequestedAt: string | null, contactHandedOverAt: string | null, holdsPlace: boolean, capacityAvailable: number | null, capacityMaximum: number | null, capacityUnit: string | null, targetKind: ReferralTargetKind, initiativeTitle: string | null, initiativeTitleEn: string | null, sessionStartsAt: string | null, buddyRequested: boolean, firstAttendedAt: string | null } };

export type StartMutationVariables = Exact<{
  id: string | number;
}>;


export type StartMutation = { startReferral: { id: string, reportId: string, reportReference: string | null, status: ReferralStatus, needs: Array<Need>, neighbourhoodCode: string, urgency: Urgency, serviceName: string, createdAt: string, updatedAt: string, dueAt: string | null, dueKind: string | null, ageBand: AgeBand | null, consentToContact: boolean | null, doNotContact: boolean | null, firstContactRequestedAt: string | null, contactHandedOverAt: string | null, holdsPlace: boolean, capacityAvailable: number | null, capacityMaximum: number | null, capacityUnit: string | null, targetKind: ReferralTargetKind, initiativeTitle: string | null, initiativeTitleEn: string | null, sessionStartsAt: string | null, buddyRequested: boolean, firstAttendedAt: string | null } };

export type HoldMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type HoldMutation = { holdReferral: { id: string, reportId: string, reportReference: string | null, status: ReferralStatus, needs: Array<Need>, neighbourhoodCode: string, urgency: Urgency, serviceName: string, createdAt: string, updatedAt: string, dueAt: string | null, dueKind: string | null, ageBand: AgeBand | null, consentToContact: boolean | null, doNotContact: boolean | null, firstContactRequestedAt: string | null, contactHandedOverAt: string | null, holdsPlace: boolean, capacityAvailable: number | null, capacityMaximum: number | null, capacityUnit: string | null, targetKind: ReferralTargetKind, initiativeTitle: string | null, initiativeTitleEn: string | null, sessionStartsAt: string | null, buddyRequested: boolean, firstAttendedAt: string | null } };

export type ResumeMutationVariables = Exact<{
  id: string | number;
}>;


export type ResumeMutation = { resumeReferral: { id: string, reportId: string, reportReference: string | null, status: ReferralStatus, needs: Array<Need>, neighbourhoodCode: string, urgency: Urgency, serviceName: string, createdAt: string, updatedAt: string, dueAt: string | null, dueKind: string | null, ageBand: AgeBand | null, consentToContact: boolean | null, doNotContact: boolean | null, firstContactRequestedAt: string | null, contactHandedOverAt: string | null, holdsPlace: boolean, capacityAvailable: number | null, capacityMaximum: number | null, capacityUnit: string | null, targetKind: ReferralTargetKind, initiativeTitle: string | null, initiativeTitleEn: string | null, sessionStartsAt: string | null, buddyRequested: boolean, firstAttendedAt: string | null } };

export type FailMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type FailMutation = { failReferral: { id: string, reportId: string, reportReference: string | null, status: ReferralStatus, needs: Array<Need>, neighbourhoodCode: string, urgency: Urgency, serviceName: string, createdAt: string, updatedAt: string, dueAt: string | null, dueKind: string | null, ageBand: AgeBand | null, consentToContact: boolean | null, doNotContact: boolean | null, firstContactRequestedAt: string | null, contactHandedOverAt: string | null, holdsPlace: boolean, capacityAvailable: number | null, capacityMaximum: number | null, capacityUnit: string | null, targetKind: ReferralTargetKind, initiativeTitle: string | null, initiativeTitleEn: string | null, sessionStartsAt: string | null, buddyRequested: boolean, firstAttendedAt: string | null } };

export type CompleteMutationVariables = Exact<{
  id: string | number;
  outcome: string;
}>;


export type CompleteMutation = { completeReferral: { id: string, reportId: string, reportReference: string | null, status: ReferralStatus, needs: Array<Need>, neighbourhoodCode: string, urgency: Urgency, serviceName: string, createdAt: string, updatedAt: string, dueAt: string | null, dueKind: string | null, ageBand: AgeBand | null, consentToContact: boolean | null, doNotContact: boolean | null, firstContactRequestedAt: string | null, contactHandedOverAt: string | null, holdsPlace: boolean, capacityAvailable: number | null, capacityMaximum: number | null, capacityUnit: string | null, targetKind: ReferralTargetKind, initiativeTitle: string | null, initiativeTitleEn: string | null, sessionStartsAt: string | null, buddyRequested: boolean, firstAttendedAt: string | null } };

export type RecordFirstAttendanceMutationVariables = Exact<{
  id: string | number;
}>;


export type RecordFirstAttendanceMutation = { recordFirstAttendance: { id: string, reportId: string, reportReference: string | null, status: ReferralStatus, needs: Array<Need>, neighbourhoodCode: string, urgency: Urgency, serviceName: string, createdAt: string, updatedAt: string, dueAt: string | null, dueKind: string | null, ageBand: AgeBand | null, consentToContact: boolean | null, doNotContact: boolean | null, firstContactRequestedAt: string | null, contactHandedOverAt: string | null, holdsPlace: boolean, capacityAvailable: number | null, capacityMaximum: number | null, capacityUnit: string | null, targetKind: ReferralTargetKind, initiativeTitle: string | null, initiativeTitleEn: string | null, sessionStartsAt: string | null, buddyRequested: boolean, firstAttendedAt: string | null } };

export type RequestDeskFirstContactMutationVariables = Exact<{
  id: string | number;
}>;


export type RequestDeskFirstContactMutation = { requestDeskFirstContact: { id: string, reportId: string, reportReference: string | null, status: ReferralStatus, needs: Array<Need>, neighbourhoodCode: string, urgency: Urgency, serviceName: string, createdAt: string, updatedAt: string, dueAt: string | null, dueKind: string | null, ageBand: AgeBand | null, consentToContact: boolean | null, doNotContact: boolean | null, firstContactRequestedAt: string | null, contactHandedOverAt: string | null, holdsPlace: boolean, capacityAvailable: number | null, capacityMaximum: number | null, capacityUnit: string | null, targetKind: ReferralTargetKind, initiativeTitle: string | null, initiativeTitleEn: string | null, sessionStartsAt: string | null, buddyRequested: boolean, firstAttendedAt: string | null } };

export type RevealMutationVariables = Exact<{
  reportId: string | number;
}>;


export type RevealMutation = { revealContact: { reportId: string, basis: string, subject: { name: string | null, phone: string | null, address: string | null } } };

export type ReferralBriefsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ReferralBriefsQuery = { referralBriefs: Array<{ referralId: string, held: boolean, contextLine: string | null, description: string | null }> };

export type PublicInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicInfoQuery = { publicInfo: { municipalities: Array<string>, mapTileUrl: string | null, mapTileAttribution: string | null } };

export type PublicNeighbourhoodsQueryVariables = Exact<{
  m?: string | null | undefined;
}>;


export type PublicNeighbourhoodsQuery = { neighbourhoods: Array<{ code: string, name: string, boundary: string | null }> };

export type PublicPointsQueryVariables = Exact<{
  m?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type PublicPointsQuery = { proximityPoints: { nodes: Array<{ id: string, name: string, kind: AntennaKind, address: string, neighbourhoodCode: string, openingHours: string | null, publicContact: string | null, lat: number, lng: number }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PublicPointQueryVariables = Exact<{
  id: string | number;
}>;


export type PublicPointQuery = { proximityPoint: { id: string, name: string, kind: AntennaKind, address: string, neighbourhoodCode: string, openingHours: string | null, publicContact: string | null, lat: number, lng: number } };

export type PublicStreetsQueryVariables = Exact<{
  m: string;
  s: string;
}>;


export type PublicStreetsQuery = { streets: Array<{ name: string, neighbourhoodCode: string | null, lat: number, lng: number }> };

export type PublicDesksQueryVariables = Exact<{
  m: string;
}>;


export type PublicDesksQuery = { publicDesks: Array<{ neighbourhoodCode: string, name: string, phone: string | null, hours: string | null }> };

export type CatalogueQueryVariables = Exact<{
  m?: string | null | undefined;
  need?: Need | null | undefined;
  h?: string | null | undefined;
  q?: string | null | undefined;
  now?: boolean | null | undefined;
  after?: string | null | undefined;
}>;


export type CatalogueQuery = { catalogue: { nodes: Array<{ id: string, name: string, description: string | null, status: string, organisationName: string, needs: Array<Need>, neighbourhoodCodes: Array<string>, capacityStatus: string, capacityAvailable: number | null, capacityUnit: string | null, availableNow: boolean, places: Array<{ name: string, address: string | null }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PhoneFieldsFragment = { number: string, extension: number | null, type: string | null, description: string | null };

export type ScheduleFieldsFragment = { freq: string | null, byday: string | null, opensAt: string | null, closesAt: string | null, validFrom: string | null, validTo: string | null, description: string | null, notes: string | null };

export type CatalogueServiceQueryVariables = Exact<{
  id: string | number;
}>;


export type CatalogueServiceQuery = { catalogueService: { id: string, name: string, description: string | null, status: string, organisationName: string, needs: Array<Need>, neighbourhoodCodes: Array<string>, capacityStatus: string, capacityAvailable: number | null, capacityMaximum: number | null, capacityUnit: string | null, availableNow: boolean, applicationProcess: string | null, eligibilityDescription: string | null, feesDescription: string | null, minimumAge: number | null, maximumAge: number | null, email: string | null, url: string | null, updatedAt: string, organisation: { id: string, name: string, description: string | null, legalForm: string | null, website: string | null, email: string | null, phones: Array<{ number: string, extension: number | null, type: string | null, description: string | null }> }, phones: Array<{ number: string, extension: number | null, type: string | null, description: string | null }>, schedules: Array<{ freq: string | null, byday: string | null, opensAt: string | null, closesAt: string | null, validFrom: string | null, validTo: string | null, description: string | null, notes: string | null }>, places: Array<{ id: string, name: string, description: string | null, address: string | null, city: string | null, postalCode: string | null, transportation: string | null, latitude: number | null, longitude: number | null, phones: Array<{ number: string, extension: number | null, type: string | null, description: string | null }>, schedules: Array<{ freq: string | null, byday: string | null, opensAt: string | null, closesAt: string | null, validFrom: string | null, validTo: string | null, description: string | null, notes: string | null }> }> } };

export type ApplicationChallengeQueryVariables = Exact<{ [key: string]: never; }>;


export type ApplicationChallengeQuery = { applicationChallenge: { id: string, bits: number, expiresAt: string } };

export type ApplyMutationVariables = Exact<{
  input: ApplyAsProximityPointInput;
}>;


export type ApplyMutation = { applyAsProximityPoint: { id: string, name: string, neighbourhoodCode: string, receivedAt: string } };

export type HandOverFirstContactMutationVariables = Exact<{
  id: string | number;
}>;


export type HandOverFirstContactMutation = { handOverFirstContact: { id: string, contactHandedOverAt: string | null } };

export type OrganisationContextQueryVariables = Exact<{
  reportId: string | number;
}>;


export type OrganisationContextQuery = { organisationContext: { text: string | null, updatedAt: string } | null };

export type SetOrganisationContextMutationVariables = Exact<{
  reportId: string | number;
  text: string;
}>;


export type SetOrganisationContextMutation = { setOrganisationContext: { text: string | null, updatedAt: string } | null };

export type PrescribableQueryVariables = Exact<{
  m?: string | null | undefined;
}>;


export type PrescribableQuery = { initiatives: { nodes: Array<{ id: string, titleIt: string, titleEn: string | null, neighbourhoodCode: string, organiser: { id: string } | null }> } };

export type PrescribableSessionsQueryVariables = Exact<{
  id: string | number;
}>;


export type PrescribableSessionsQuery = { initiative: { id: string, sessions: Array<{ id: string, startsAt: string, status: SessionStatus, referralLeft: number }> } };

export type PrescribeInitiativeMutationVariables = Exact<{
  reportId: string | number;
  initiativeId: string | number;
  sessionId: string | number;
  buddyRequested: boolean;
}>;


export type PrescribeInitiativeMutation = { prescribeInitiative: { id: string, status: ReferralStatus } };

export type TriageQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: TriageFilterInput | null | undefined;
  reference?: string | null | undefined;
}>;


export type TriageQuery = { triage: { nodes: Array<{ id: string, reference: string, closedAt: string | null, submittedAt: string, needs: Array<Need>, urgency: Urgency, ageBand: AgeBand, neighbourhoodCode: string, contactAttempts: number, takenInHandAt: string | null, assigneeId: string | null, ownerDeskId: string, linkedReports: number, antennaName: string | null, excerpt: string | null, slaDueAt: string | null }>, pageInfo: { hasNextPage: boolean } } };

export type OutcomesQueryVariables = Exact<{
  reportId: string | number;
}>;


export type OutcomesQuery = { outcomes: { reportId: string, week12DueOn: string | null, week12Due: boolean, measurements: Array<{ id: string, phase: OutcomePhase, measuredOn: string, lackCompanionship: number | null, leftOut: number | null, isolated: number | null, total: number | null, band: ScoreBand | null, recordedByRole: Role, recordedByYou: boolean, recordedAt: string }> } };

export type RecordOutcomeMutationVariables = Exact<{
  id: string | number;
  reportId: string | number;
  phase: OutcomePhase;
  measuredOn: string;
  lackCompanionship: number;
  leftOut: number;
  isolated: number;
}>;


export type RecordOutcomeMutation = { recordOutcome: { id: string, total: number | null, band: ScoreBand | null } };

export type PathwayViewFragment = { id: string, reportId: string, kind: PathwayKind, openedAt: string, closedAt: string | null, referrals: Array<{ referralId: string, action: PathwayAction, taggedAt: string }>, wishes: Array<{ text: string | null, reviewOn: string, writtenAt: string }> };

export type PathwayQueryVariables = Exact<{
  reportId: string | number;
}>;


export type PathwayQuery = { pathway: { id: string, reportId: string, kind: PathwayKind, openedAt: string, closedAt: string | null, referrals: Array<{ referralId: string, action: PathwayAction, taggedAt: string }>, wishes: Array<{ text: string | null, reviewOn: string, writtenAt: string }> } | null };

export type OpenPathwayMutationVariables = Exact<{
  reportId: string | number;
  kind: PathwayKind;
}>;


export type OpenPathwayMutation = { openPathway: { id: string, reportId: string, kind: PathwayKind, openedAt: string, closedAt: string | null, referrals: Array<{ referralId: string, action: PathwayAction, taggedAt: string }>, wishes: Array<{ text: string | null, reviewOn: string, writtenAt: string }> } };

export type TagPathwayReferralMutationVariables = Exact<{
  pathwayId: string | number;
  referralId: string | number;
  action: PathwayAction;
}>;


export type TagPathwayReferralMutation = { tagPathwayReferral: { id: string, reportId: string, kind: PathwayKind, openedAt: string, closedAt: string | null, referrals: Array<{ referralId: string, action: PathwayAction, taggedAt: string }>, wishes: Array<{ text: string | null, reviewOn: string, writtenAt: string }> } };

export type UntagPathwayReferralMutationVariables = Exact<{
  pathwayId: string | number;
  referralId: string | number;
}>;


export type UntagPathwayReferralMutation = { untagPathwayReferral: { id: string, reportId: string, kind: PathwayKind, openedAt: string, closedAt: string | null, referrals: Array<{ referralId: string, action: PathwayAction, taggedAt: string }>, wishes: Array<{ text: string | null, reviewOn: string, writtenAt: string }> } };

export type UpdatePathwayWishesMutationVariables = Exact<{
  pathwayId: string | number;
  text: string;
  reviewOn: string;
}>;


export type UpdatePathwayWishesMutation = { updatePathwayWishes: { id: string, reportId: string, kind: PathwayKind, openedAt: string, closedAt: string | null, referrals: Array<{ referralId: string, action: PathwayAction, taggedAt: string }>, wishes: Array<{ text: string | null, reviewOn: string, writtenAt: string }> } };

export type ClosePathwayMutationVariables = Exact<{
  pathwayId: string | number;
}>;


export type ClosePathwayMutation = { closePathway: { id: string, reportId: string, kind: PathwayKind, openedAt: string, closedAt: string | null, referrals: Array<{ referralId: string, action: PathwayAction, taggedAt: string }>, wishes: Array<{ text: string | null, reviewOn: string, writtenAt: string }> } };

export type ReportQueryVariables = Exact<{
  id: string | number;
}>;


export type ReportQuery = { report: { id: string, reference: string, submittedAt: string, description: string | null, needs: Array<Need>, urgency: Urgency, ageBand: AgeBand, neighbourhoodCode: string, consentToContact: boolean, doNotContact: boolean, ownerDeskId: string, assigneeId: string | null, status: string, takenInHandAt: string | null, closedAt: string | null, closureReason: ClosureReason | null, withdrawnAt: string | null, objection: boolean, erased: boolean, antennaName: string | null, slaDueAt: string | null, reopenableUntil: string | null, reopenedAt: string | null, reopenWindowHours: number, contactAttempts: number, linkedReports: number, linkedReportIds: Array<string>, subject: { name: string | null, phone: string | null, address: string | null } | null, contactAttemptList: Array<{ id: string, channel: string, outcome: string, attemptedAt: string, note: string | null, recordedBy: string }>, followUps: Array<{ at: string, note: string }> } };

export type ReportReferralsQueryVariables = Exact<{
  reportId: string | number;
}>;


export type ReportReferralsQuery = { reportReferrals: Array<{ id: string, serviceName: string, status: ReferralStatus, needs: Array<Need>, urgency: Urgency, createdAt: string, updatedAt: string, reason: string | null, outcome: string | null, explanation: string, consentToContact: boolean | null, doNotContact: boolean | null, firstContactRequestedAt: string | null, contactHandedOverAt: string | null, targetKind: ReferralTargetKind, initiativeTitle: string | null, initiativeTitleEn: string | null, sessionStartsAt: string | null, buddyRequested: boolean, firstAttendedAt: string | null, history: Array<{ at: string, from: ReferralStatus | null, to: ReferralStatus, reason: string | null, actorAccountId: string | null }> }> };

export type DesksQueryVariables = Exact<{ [key: string]: never; }>;


export type DesksQuery = { desks: Array<{ id: string, name: string, neighbourhoodCode: string }> };

export type TriageMoveFragment = { id: string, ownerDeskId: string, assigneeId: string | null, takenInHandAt: string | null };

export type TakeMutationVariables = Exact<{
  id: string | number;
}>;


export type TakeMutation = { takeReport: { id: string, ownerDeskId: string, assigneeId: string | null, takenInHandAt: string | null } };

export type HandOverMutationVariables = Exact<{
  id: string | number;
  toDeskId: string | number;
}>;


export type HandOverMutation = { handOverReport: { id: string, ownerDeskId: string, assigneeId: string | null, takenInHandAt: string | null } };

export type CloseMutationVariables = Exact<{
  id: string | number;
  reason: ClosureReason;
}>;


export type CloseMutation = { closeReport: { id: string, ownerDeskId: string, assigneeId: string | null, takenInHandAt: string | null } };

export type ReopenMutationVariables = Exact<{
  id: string | number;
}>;


export type ReopenMutation = { reopenReport: { id: string, ownerDeskId: string, assigneeId: string | null, takenInHandAt: string | null } };

export type RerouteMutationVariables = Exact<{
  id: string | number;
  reason: string;
  serviceId?: string | number | null | undefined;
}>;


export type RerouteMutation = { rerouteReferral: { id: string, status: ReferralStatus } };

export type RerouteOptionsQueryVariables = Exact<{
  id: string | number;
}>;


export type RerouteOptionsQuery = { rerouteOptions: { referralId: string, needs: Array<Need>, reroutable: boolean, unmet: Array<Need>, byRule: Array<{ serviceId: string, serviceName: string, needs: Array<Need> }>, candidates: Array<{ serviceId: string, serviceName: string, organisationName: string, needsCovered: Array<Need>, capacityStatus: string, eligible: boolean, reasons: Array<string> }> } };

export type RecordAttemptMutationVariables = Exact<{
  input: ContactAttemptInput;
}>;


export type RecordAttemptMutation = { recordContactAttempt: { id: string, channel: string, outcome: string, attemptedAt: string, note: string | null, recordedBy: string } };

export type BreakGlassMutationVariables = Exact<{
  reportId: string | number;
  reason: string;
}>;


export type BreakGlassMutation = { breakTheGlass: { id: string, grantedAt: string, expiresAt: string } };

export type DeskAlertFieldsFragment = { id: string, reportId: string, reportReference: string | null, kind: string, needs: Array<Need>, createdAt: string, severity: number, acknowledgedAt: string | null, acknowledgedByName: string | null, resolvedAt: string | null, resolution: string | null, escalationLevel: number, escalatedAt: string | null, why: Array<{ need: Need, services: Array<{ serviceName: string, reasons: Array<string> }> }> | null };

export type DeskAlertsQueryVariables = Exact<{
  reportId?: string | number | null | undefined;
  first?: number | null | undefined;
  includeResolved?: boolean | null | undefined;
}>;


export type DeskAlertsQuery = { deskAlerts: { nodes: Array<{ id: string, reportId: string, reportReference: string | null, kind: string, needs: Array<Need>, createdAt: string, severity: number, acknowledgedAt: string | null, acknowledgedByName: string | null, resolvedAt: string | null, resolution: string | null, escalationLevel: number, escalatedAt: string | null, why: Array<{ need: Need, services: Array<{ serviceName: string, reasons: Array<string> }> }> | null }>, pageInfo: { hasNextPage: boolean } } };

export type DeskAlertRaisedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DeskAlertRaisedSubscription = { deskAlertRaised: { alertId: string, reportId: string } };

export type DeskAlertChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DeskAlertChangedSubscription = { deskAlertChanged: { alertId: string, reportId: string, change: string } };

export type AcknowledgeDeskAlertMutationVariables = Exact<{
  id: string | number;
}>;


export type AcknowledgeDeskAlertMutation = { acknowledgeDeskAlert: { id: string, reportId: string, reportReference: string | null, kind: string, needs: Array<Need>, createdAt: string, severity: number, acknowledgedAt: string | null, acknowledgedByName: string | null, resolvedAt: string | null, resolution: string | null, escalationLevel: number, escalatedAt: string | null, why: Array<{ need: Need, services: Array<{ serviceName: string, reasons: Array<string> }> }> | null } };

export type MyBuddyRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyBuddyRequestsQuery = { myBuddyRequests: Array<{ referralId: string, ask: BuddyAskStatus, initiativeTitleIt: string, initiativeTitleEn: string, sessionStartsAt: string | null, neighbourhoodCode: string, neighbourhoodName: string, ageBand: AgeBand | null, ended: boolean, prescriptionAccepted: boolean, meetingPoint: { name: string, address: string } | null }> };

export type AnswerBuddyRequestMutationVariables = Exact<{
  r: string | number;
  accept: boolean;
}>;


export type AnswerBuddyRequestMutation = { answerBuddyRequest: { referralId: string, ask: BuddyAskStatus, ended: boolean, prescriptionAccepted: boolean, meetingPoint: { name: string, address: string } | null } };

export type RevealBuddyContactMutationVariables = Exact<{
  r: string | number;
}>;


export type RevealBuddyContactMutation = { revealBuddyContact: { referralId: string, name: string | null, phone: string | null } };

export type OrganisationBuddyRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationBuddyRequestsQuery = { organisationBuddyRequests: Array<{ referralId: string, initiativeTitleIt: string, initiativeTitleEn: string, sessionStartsAt: string | null, neighbourhoodCode: string, ageBand: AgeBand | null, status: BuddyRequestStatus, volunteerId: string | null, volunteerName: string | null, referralStatus: ReferralStatus }> };

export type BuddyProposalsQueryVariables = Exact<{
  r: string | number;
  language?: string | null | undefined;
}>;


export type BuddyProposalsQuery = { buddyProposals: { request: { referralId: string, status: BuddyRequestStatus, volunteerId: string | null, volunteerName: string | null }, proposals: Array<{ volunteerId: string, displayName: string, neighbourhoodCode: string, sameNeighbourhood: boolean, distanceKm: number | null, languages: Array<string>, skills: Array<VolunteerSkill>, reasons: Array<string>, asked: BuddyAskStatus | null }> } };

export type AskBuddyMutationVariables = Exact<{
  r: string | number;
  v: string | number;
}>;


export type AskBuddyMutation = { askBuddy: { referralId: string, status: BuddyRequestStatus, volunteerId: string | null, volunteerName: string | null } };

export type SignUpAsVolunteerMutationVariables = Exact<{
  input: SignUpAsVolunteerInput;
}>;


export type SignUpAsVolunteerMutation = { signUpAsVolunteer: { token: string, refreshToken: string, expiresAt: string, trustedDevice: boolean, account: { id: string, email: string, displayName: string, role: Role, municipality: string, antennaId: string | null, organisationId: string | null } } };

export type MyVolunteerProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MyVolunteerProfileQuery = { myVolunteerProfile: { displayName: string, email: string, phone: string | null, birthYear: number, neighbourhoodCode: string, travelKm: number, skills: Array<VolunteerSkill>, languages: Array<string>, availability: Array<string>, requirements: Array<{ requirement: VolunteerRequirement, validUntil: string | null }> } | null, neighbourhoods: Array<{ code: string, name: string }> };

export type SaveVolunteerProfileMutationVariables = Exact<{
  input: VolunteerProfileInput;
}>;


export type SaveVolunteerProfileMutation = { saveVolunteerProfile: { displayName: string, email: string, phone: string | null, birthYear: number, neighbourhoodCode: string, travelKm: number, skills: Array<VolunteerSkill>, languages: Array<string>, availability: Array<string>, requirements: Array<{ requirement: VolunteerRequirement, validUntil: string | null }> } };

export type MyShiftsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyShiftsQuery = { myShifts: Array<{ confirmationDue: boolean, signUp: { id: string, shiftId: string, status: ShiftSignUpStatus, confirmationRequestedAt: string | null, confirmedAt: string | null, checkedInAt: string | null, checkedOutAt: string | null }, shift: { id: string, roleId: string, startsAt: string, endsAt: string, capacity: number, taken: number, placesLeft: number, meetingPoint: string | null }, role: { id: string, organisationId: string, organisationName: string | null, title: string, description: string, neighbourhoodCode: string, minimumAge: number, requirements: Array<VolunteerRequirement>, insuranceProvided: boolean } }>, myVolunteerProfile: { neighbourhoodCode: string } | null };

export type VolunteerOpportunitiesQueryVariables = Exact<{
  n?: string | null | undefined;
}>;


export type VolunteerOpportunitiesQuery = { volunteerOpportunities: { nodes: Array<{ role: { id: string, organisationId: string, organisationName: string | null, title: string, description: string, neighbourhoodCode: string, minimumAge: number, requirements: Array<VolunteerRequirement>, insuranceProvided: boolean }, shifts: Array<{ id: string, roleId: string, startsAt: string, endsAt: string, capacity: number, taken: number, placesLeft: number, meetingPoint: string | null }> }> }, neighbourhoods: Array<{ code: string, name: string }> };

export type SignUpForShiftMutationVariables = Exact<{
  s: string | number;
}>;


export type SignUpForShiftMutation = { signUpForShift: { id: string, shiftId: string, status: ShiftSignUpStatus, confirmationRequestedAt: string | null, confirmedAt: string | null, checkedInAt: string | null, checkedOutAt: string | null } };

export type CancelShiftSignUpMutationVariables = Exact<{
  s: string | number;
}>;


export type CancelShiftSignUpMutation = { cancelShiftSignUp: { id: string, shiftId: string, status: ShiftSignUpStatus, confirmationRequestedAt: string | null, confirmedAt: string | null, checkedInAt: string | null, checkedOutAt: string | null } };

export type ConfirmShiftMutationVariables = Exact<{
  s: string | number;
}>;


export type ConfirmShiftMutation = { confirmShift: { id: string, shiftId: string, status: ShiftSignUpStatus, confirmationRequestedAt: string | null, confirmedAt: string | null, checkedInAt: string | null, checkedOutAt: string | null } };

export type CheckInShiftMutationVariables = Exact<{
  s: string | number;
}>;


export type CheckInShiftMutation = { checkInShift: { id: string, shiftId: string, status: ShiftSignUpStatus, confirmationRequestedAt: string | null, confirmedAt: string | null, checkedInAt: string | null, checkedOutAt: string | null } };

export type CheckOutShiftMutationVariables = Exact<{
  s: string | number;
}>;


export type CheckOutShiftMutation = { checkOutShift: { id: string, shiftId: string, status: ShiftSignUpStatus, confirmationRequestedAt: string | null, confirmedAt: string | null, checkedInAt: string | null, checkedOutAt: string | null } };

export type OrganisationVolunteerRolesQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationVolunteerRolesQuery = { organisationVolunteerRoles: { nodes: Array<{ role: { id: string, organisationId: string, organisationName: string | null, title: string, description: string, neighbourhoodCode: string, minimumAge: number, requirements: Array<VolunteerRequirement>, insuranceProvided: boolean }, shifts: Array<{ id: string, roleId: string, startsAt: string, endsAt: string, capacity: number, taken: number, placesLeft: number, meetingPoint: string | null }> }> }, neighbourhoods: Array<{ code: string, name: string }> };

export type PublishVolunteerRoleMutationVariables = Exact<{
  input: PublishVolunteerRoleInput;
}>;


export type PublishVolunteerRoleMutation = { publishVolunteerRole: { id: string, organisationId: string, organisationName: string | null, title: string, description: string, neighbourhoodCode: string, minimumAge: number, requirements: Array<VolunteerRequirement>, insuranceProvided: boolean } };

export type AddVolunteerShiftMutationVariables = Exact<{
  input: AddVolunteerShiftInput;
}>;


export type AddVolunteerShiftMutation = { addVolunteerShift: { id: string, roleId: string, startsAt: string, endsAt: string, capacity: number, taken: number, placesLeft: number, meetingPoint: string | null } };

export type ShiftRosterQueryVariables = Exact<{
  s: string | number;
}>;


export type ShiftRosterQuery = { shiftRoster: Array<{ volunteerId: string, displayName: string, email: string, phone: string | null, signUp: { id: string, shiftId: string, status: ShiftSignUpStatus, confirmationRequestedAt: string | null, confirmedAt: string | null, checkedInAt: string | null, checkedOutAt: string | null } }> };

export type VolunteerHoursQueryVariables = Exact<{ [key: string]: never; }>;


export type VolunteerHoursQuery = { volunteerHours: { nodes: Array<{ id: string, volunteerId: string, volunteerName: string, roleTitle: string, day: string, minutes: number, source: HoursSource }> } };

export type RecordVolunteerHoursMutationVariables = Exact<{
  input: RecordVolunteerHoursInput;
}>;


export type RecordVolunteerHoursMutation = { recordVolunteerHours: { id: string } };

/** An operation as the string that is sent, typed with its answer and its variables (scripts/codegen.ts). */
export type TypedDocumentString<TResult, TVariables> = string & DocumentTypeDecoration<TResult, TVariables>;
export const SessionPayloadFragmentDoc = `
    fragment SessionPayload on AuthPayload {
  token
  refreshToken
  expiresAt
  trustedDevice
  account {
    id
    email
    displayName
    role
    municipality
    antennaId
    organisationId
  }
}
    ` as TypedDocumentString<SessionPayloadFragment, unknown>;
export const AntennaMoveFragmentDoc = `
    fragment AntennaMove on Antenna {
  id
  status
  statusReason
}
    ` as TypedDocumentString<AntennaMoveFragment, unknown>;
export const PolicyFieldsFragmentDoc = `
    fragment PolicyFields on MunicipalityPolicy {
  municipality
  requireRunts
  slaDayMode
  patronDay
  deskEmail
  alertEscalationMinutes
  supervisorEmail
  targets {
    urgency
    acceptHours
    firstContactHours
  }
}
    ` as TypedDocumentString<PolicyFieldsFragment, unknown>;
export const SubmittedReportFragmentDoc = `
    fragment SubmittedReport on Report {
  id
  reference
  advice
  ageBand
  needs
  neighbourhoodCode
  status
  submittedAt
  urgency
  ownerDesk {
    name
    phone
    hours
  }
  nextStep {
    acceptBy
  }
}
    ` as TypedDocumentString<SubmittedReportFragment, unknown>;
export const TableFieldsFragmentDoc = `
    fragment TableFields on SuppressedTable {
  rows
  columns
  cells {
    row
    total
    values
    reasons
    totalReason
  }
  rowTotals
  columnTotals
  total
  rowTotalReasons
  columnTotalReasons
  totalReason
}
    ` as TypedDocumentString<TableFieldsFragment, unknown>;
export const TimesFieldsFragmentDoc = `
    fragment TimesFields on AcceptanceTimes {
  count
  medianMinutes
  p90Minutes
}
    ` as TypedDocumentString<TimesFieldsFragment, unknown>;
export const InboxCardFragmentDoc = `
    fragment InboxCard on Referral {
  id
  reportId
  reportReference
  status
  needs
  neighbourhoodCode
  urgency
  serviceName
  createdAt
  updatedAt
  dueAt
  dueKind
  ageBand
  consentToContact
  doNotContact
  firstContactRequestedAt
  contactHandedOverAt
  holdsPlace
  capacityAvailable
  capacityMaximum
  capacityUnit
  targetKind
  initiativeTitle
  initiativeTitleEn
  sessionStartsAt
  buddyRequested
  firstAttendedAt
}
    ` as TypedDocumentString<InboxCardFragment, unknown>;
export const PhoneFieldsFragmentDoc = `
    fragment PhoneFields on PublicPhone {
  number
  extension
  type
  description
}
    ` as TypedDocumentString<PhoneFieldsFragment, unknown>;
export const ScheduleFieldsFragmentDoc = `
    fragment ScheduleFields on PublicSchedule {
  freq
  byday
  opensAt
  closesAt
  validFrom
  validTo
  description
  notes
}
    ` as TypedDocumentString<ScheduleFieldsFragment, unknown>;
export const PathwayViewFragmentDoc = `
    fragment PathwayView on LifePathway {
  id
  reportId
  kind
  openedAt
  closedAt
  referrals {
    referralId
    action
    taggedAt
  }
  wishes {
    text
    reviewOn
    writtenAt
  }
}
    ` as TypedDocumentString<PathwayViewFragment, unknown>;
export const TriageMoveFragmentDoc = `
    fragment TriageMove on TriageItem {
  id
  ownerDeskId
  assigneeId
  takenInHandAt
}
    ` as TypedDocumentString<TriageMoveFragment, unknown>;
export const DeskAlertFieldsFragmentDoc = `
    fragment DeskAlertFields on DeskAlert {
  id
  reportId
  reportReference
  kind
  needs
  createdAt
  severity
  acknowledgedAt
  acknowledgedByName
  resolvedAt
  resolution
  escalationLevel
  escalatedAt
  why {
    need
    services {
      serviceName
      reasons
    }
  }
}
    ` as TypedDocumentString<DeskAlertFieldsFragment, unknown>;
export const LoginDocument = `
    mutation Login($email: String!, $password: String!, $trustDevice: Boolean) {
  login(email: $email, password: $password, trustDevice: $trustDevice) {
    ...SessionPayload
  }
}
    fragment SessionPayload on AuthPayload {
  token
  refreshToken
  expiresAt
  trustedDevice
  account {
    id
    email
    displayName
    role
    municipality
    antennaId
    organisationId
  }
}` as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const RefreshDocument = `
    mutation Refresh($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) {
    ...SessionPayload
  }
}
    fragment SessionPayload on AuthPayload {
  token
  refreshToken
  expiresAt
  trustedDevice
  account {
    id
    email
    displayName
    role
    municipality
    antennaId
    organisationId
  }
}` as TypedDocumentString<RefreshMutation, RefreshMutationVariables>;
export const LogoutDocument = `
    mutation Logout {
  logout
}
    ` as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const ReferralMessagesDocument = `
    query ReferralMessages($referralId: ID!, $first: Int) {
  referralMessages(referralId: $referralId, first: $first) {
    nodes {
      id
      authorRole
      byYou
      text
      createdAt
    }
    pageInfo {
      hasNextPage
    }
  }
}
    ` as TypedDocumentString<ReferralMessagesQuery, ReferralMessagesQueryVariables>;
export const PostReferralMessageDocument = `
    mutation PostReferralMessage($id: ID, $referralId: ID!, $text: String!) {
  postReferralMessage(id: $id, referralId: $referralId, text: $text) {
    id
    authorRole
    byYou
    text
    createdAt
  }
}
    ` as TypedDocumentString<PostReferralMessageMutation, PostReferralMessageMutationVariables>;
export const NeighbourhoodsDocument = `
    query Neighbourhoods {
  neighbourhoods {
    code
    name
  }
}
    ` as TypedDocumentString<NeighbourhoodsQuery, NeighbourhoodsQueryVariables>;
export const AcceptInvitationDocument = `
    mutation AcceptInvitation($token: String!, $password: String!) {
  acceptInvitation(token: $token, password: $password) {
    ...SessionPayload
  }
}
    fragment SessionPayload on AuthPayload {
  token
  refreshToken
  expiresAt
  trustedDevice
  account {
    id
    email
    displayName
    role
    municipality
    antennaId
    organisationId
  }
}` as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const ResetDocument = `
    mutation Reset($token: String!, $password: String!) {
  completePasswordReset(token: $token, password: $password)
}
    ` as TypedDocumentString<ResetMutation, ResetMutationVariables>;
export const RedeemDocument = `
    mutation Redeem($email: String!, $code: String!, $password: String!, $trustDevice: Boolean) {
  redeemAccountCode(
    email: $email
    code: $code
    password: $password
    trustDevice: $trustDevice
  ) {
    ...SessionPayload
  }
}
    fragment SessionPayload on AuthPayload {
  token
  refreshToken
  expiresAt
  trustedDevice
  account {
    id
    email
    displayName
    role
    municipality
    antennaId
    organisationId
  }
}` as TypedDocumentString<RedeemMutation, RedeemMutationVariables>;
export const SignInOptionsDocument = `
    query SignInOptions {
  signInOptions {
    passwordResetByEmail
  }
}
    ` as TypedDocumentString<SignInOptionsQuery, SignInOptionsQueryVariables>;
export const RequestResetDocument = `
    mutation RequestReset($email: String!) {
  requestPasswordReset(email: $email)
}
    ` as TypedDocumentString<RequestResetMutation, RequestResetMutationVariables>;
export const ChangePasswordDocument = `
    mutation ChangePassword($current: String!, $next: String!) {
  changePassword(currentPassword: $current, newPassword: $next)
}
    ` as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const LogoutEverywhereDocument = `
    mutation LogoutEverywhere {
  logoutEverywhere
}
    ` as TypedDocumentString<LogoutEverywhereMutation, LogoutEverywhereMutationVariables>;
export const AccountSessionsDocument = `
    query AccountSessions($accountId: ID!) {
  accountSessions(accountId: $accountId) {
    id
    createdAt
    lastUsedAt
    expiresAt
    trusted
  }
}
    ` as TypedDocumentString<AccountSessionsQuery, AccountSessionsQueryVariables>;
export const EndAccountSessionsDocument = `
    mutation EndAccountSessions($accountId: ID!) {
  endAccountSessions(accountId: $accountId)
}
    ` as TypedDocumentString<EndAccountSessionsMutation, EndAccountSessionsMutationVariables>;
export const AdminAccountsDocument = `
    query AdminAccounts {
  accounts {
    id
    email
    displayName
    role
    antennaId
    organisationId
  }
  antennas(first: 100) {
    nodes {
      id
      name
      status
    }
  }
  organisations {
    id
    name
  }
}
    ` as TypedDocumentString<AdminAccountsQuery, AdminAccountsQueryVariables>;
export const TrainAntennaDocument = `
    mutation TrainAntenna($id: ID!, $trainedOn: String!, $codeOfConductAccepted: Boolean!, $reason: String) {
  trainAntenna(
    id: $id
    trainedOn: $trainedOn
    codeOfConductAccepted: $codeOfConductAccepted
    reason: $reason
  ) {
    ...AntennaMove
  }
}
    fragment AntennaMove on Antenna {
  id
  status
  statusReason
}` as TypedDocumentString<TrainAntennaMutation, TrainAntennaMutationVariables>;
export const ActivateAntennaDocument = `
    mutation ActivateAntenna($id: ID!, $reason: String) {
  activateAntenna(id: $id, reason: $reason) {
    ...AntennaMove
  }
}
    fragment AntennaMove on Antenna {
  id
  status
  statusReason
}` as TypedDocumentString<ActivateAntennaMutation, ActivateAntennaMutationVariables>;
export const SuspendAntennaDocument = `
    mutation SuspendAntenna($id: ID!, $reason: String!) {
  suspendAntenna(id: $id, reason: $reason) {
    ...AntennaMove
  }
}
    fragment AntennaMove on Antenna {
  id
  status
  statusReason
}` as TypedDocumentString<SuspendAntennaMutation, SuspendAntennaMutationVariables>;
export const ReactivateAntennaDocument = `
    mutation ReactivateAntenna($id: ID!, $reason: String) {
  reactivateAntenna(id: $id, reason: $reason) {
    ...AntennaMove
  }
}
    fragment AntennaMove on Antenna {
  id
  status
  statusReason
}` as TypedDocumentString<ReactivateAntennaMutation, ReactivateAntennaMutationVariables>;
export const RetireAntennaDocument = `
    mutation RetireAntenna($id: ID!, $reason: String!) {
  retireAntenna(id: $id, reason: $reason) {
    ...AntennaMove
  }
}
    fragment AntennaMove on Antenna {
  id
  status
  statusReason
}` as TypedDocumentString<RetireAntennaMutation, RetireAntennaMutationVariables>;
export const InviteAntennaMemberDocument = `
    mutation InviteAntennaMember($input: InviteAccountInput!) {
  inviteAccount(input: $input) {
    token
    code
    email
    expiresAt
  }
}
    ` as TypedDocumentString<InviteAntennaMemberMutation, InviteAntennaMemberMutationVariables>;
export const RemoveAntennaMemberDocument = `
    mutation RemoveAntennaMember($id: ID!) {
  removeAntennaMember(id: $id) {
    id
  }
}
    ` as TypedDocumentString<RemoveAntennaMemberMutation, RemoveAntennaMemberMutationVariables>;
export const AdminAntennasDocument = `
    query AdminAntennas($status: [AntennaStatus!], $search: String) {
  antennas(first: 100, status: $status, search: $search) {
    nodes {
      id
      name
      kind
      address
      neighbourhoodCode
      status
      statusReason
      members {
        id
        displayName
        email
        createdAt
      }
    }
    pageInfo {
      hasNextPage
    }
  }
  neighbourhoods {
    code
    name
  }
}
    ` as TypedDocumentString<AdminAntennasQuery, AdminAntennasQueryVariables>;
export const AntennaApplicationsDocument = `
    query AntennaApplications {
  antennas(status: [PROPOSED], first: 100) {
    nodes {
      id
      application {
        applicantName
        applicantPhone
        applicantEmail
        message
        appliedAt
        positionApproximate
      }
    }
  }
}
    ` as TypedDocumentString<AntennaApplicationsQuery, AntennaApplicationsQueryVariables>;
export const ImportDirectoryDocument = `
    mutation ImportDirectory($content: String!, $format: String!) {
  importDirectory(content: $content, format: $format) {
    imported
    organisations
    services
    problems {
      line
      field
      message
    }
  }
}
    ` as TypedDocumentString<ImportDirectoryMutation, ImportDirectoryMutationVariables>;
export const ImportNeighbourhoodsDocument = `
    mutation ImportNeighbourhoods($municipality: String!, $geojson: String!, $approximate: Boolean) {
  importNeighbourhoods(
    municipality: $municipality
    geojson: $geojson
    approximate: $approximate
  ) {
    municipality
    created
    updated
    untouched
  }
}
    ` as TypedDocumentString<ImportNeighbourhoodsMutation, ImportNeighbourhoodsMutationVariables>;
export const InviteAccountDocument = `
    mutation InviteAccount($input: InviteAccountInput!) {
  inviteAccount(input: $input) {
    token
    code
    email
    expiresAt
  }
}
    ` as TypedDocumentString<InviteAccountMutation, InviteAccountMutationVariables>;
export const RegisterOrganisationDocument = `
    mutation RegisterOrganisation($input: RegisterOrganisationInput!) {
  registerOrganisation(input: $input) {
    id
    name
  }
}
    ` as TypedDocumentString<RegisterOrganisationMutation, RegisterOrganisationMutationVariables>;
export const UpdateOrganisationDocument = `
    mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
  updateOrganisation(input: $input) {
    id
    name
  }
}
    ` as TypedDocumentString<UpdateOrganisationMutation, UpdateOrganisationMutationVariables>;
export const AdminOrganisationsDocument = `
    query AdminOrganisations {
  organisations {
    id
    name
    legalForm
    taxCode
    runtsNumber
    runtsSection
    email
    phone
    website
    description
  }
  neighbourhoods {
    code
    name
  }
  municipalityPolicy {
    requireRunts
  }
}
    ` as TypedDocumentString<AdminOrganisationsQuery, AdminOrganisationsQueryVariables>;
export const AdminServicesDocument = `
    query AdminServices($organisationId: ID) {
  services(organisationId: $organisationId) {
    id
    organisationId
    name
    status
    needs
    neighbourhoodCodes
    capacityStatus
    capacityAvailable
    capacityMaximum
    capacityUnit
    description
    updatedAt
  }
}
    ` as TypedDocumentString<AdminServicesQuery, AdminServicesQueryVariables>;
export const AdminPolicyDocument = `
    query AdminPolicy {
  municipalityPolicy {
    ...PolicyFields
  }
}
    fragment PolicyFields on MunicipalityPolicy {
  municipality
  requireRunts
  slaDayMode
  patronDay
  deskEmail
  alertEscalationMinutes
  supervisorEmail
  targets {
    urgency
    acceptHours
    firstContactHours
  }
}` as TypedDocumentString<AdminPolicyQuery, AdminPolicyQueryVariables>;
export const SetMunicipalityPolicyDocument = `
    mutation SetMunicipalityPolicy($input: SetMunicipalityPolicyInput!) {
  setMunicipalityPolicy(input: $input) {
    ...PolicyFields
  }
}
    fragment PolicyFields on MunicipalityPolicy {
  municipality
  requireRunts
  slaDayMode
  patronDay
  deskEmail
  alertEscalationMinutes
  supervisorEmail
  targets {
    urgency
    acceptHours
    firstContactHours
  }
}` as TypedDocumentString<SetMunicipalityPolicyMutation, SetMunicipalityPolicyMutationVariables>;
export const AddressLookupAvailableDocument = `
    query AddressLookupAvailable {
  addressLookupAvailable
}
    ` as TypedDocumentString<AddressLookupAvailableQuery, AddressLookupAvailableQueryVariables>;
export const GeocodeAddressDocument = `
    query GeocodeAddress($address: String!) {
  geocodeAddress(address: $address) {
    label
    lat
    lng
  }
}
    ` as TypedDocumentString<GeocodeAddressQuery, GeocodeAddressQueryVariables>;
export const ProposeAntennaDocument = `
    mutation ProposeAntenna($input: ProposeAntennaInput!) {
  proposeAntenna(input: $input) {
    id
    name
    status
    neighbourhoodCode
  }
}
    ` as TypedDocumentString<ProposeAntennaMutation, ProposeAntennaMutationVariables>;
export const IssuePasswordResetDocument = `
    mutation IssuePasswordReset($email: String!) {
  issuePasswordReset(email: $email) {
    token
    code
    email
    expiresAt
  }
}
    ` as TypedDocumentString<IssuePasswordResetMutation, IssuePasswordResetMutationVariables>;
export const AdminRetentionDocument = `
    query AdminRetention {
  retention {
    municipality
    closedCaseMonths
    signalDays
  }
}
    ` as TypedDocumentString<AdminRetentionQuery, AdminRetentionQueryVariables>;
export const SetRetentionDocument = `
    mutation SetRetention($closedCaseMonths: Int!, $signalDays: Int!) {
  setRetention(closedCaseMonths: $closedCaseMonths, signalDays: $signalDays) {
    closedCaseMonths
    signalDays
  }
}
    ` as TypedDocumentString<SetRetentionMutation, SetRetentionMutationVariables>;
export const SchoolProtocolsDocument = `
    query SchoolProtocols($after: String) {
  schoolProtocols(first: 20, after: $after) {
    nodes {
      id
      schoolName
      schoolCode
      neighbourhoodCode
      schoolYear
      tutorName
      activities
      classGroups {
        label
        studentCount
        plannedHours
        doneHours
      }
      signedOn
      validUntil
      plannedHours
      doneHours
      students
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
  schoolTotals {
    schoolYear
    protocols
    classGroups
    students
    plannedHours
    doneHours
  }
  neighbourhoods {
    code
    name
  }
}
    ` as TypedDocumentString<SchoolProtocolsQuery, SchoolProtocolsQueryVariables>;
export const SaveSchoolProtocolDocument = `
    mutation SaveSchoolProtocol($input: SchoolProtocolInput!) {
  saveSchoolProtocol(input: $input) {
    id
  }
}
    ` as TypedDocumentString<SaveSchoolProtocolMutation, SaveSchoolProtocolMutationVariables>;
export const RegisterServiceDocument = `
    mutation RegisterService($input: RegisterServiceInput!) {
  registerService(input: $input) {
    id
    name
  }
}
    ` as TypedDocumentString<RegisterServiceMutation, RegisterServiceMutationVariables>;
export const UpdateServiceDocument = `
    mutation UpdateService($input: UpdateServiceInput!) {
  updateService(input: $input) {
    id
    name
  }
}
    ` as TypedDocumentString<UpdateServiceMutation, UpdateServiceMutationVariables>;
export const TaxonomyTermsDocument = `
    query TaxonomyTerms($mapped: Boolean) {
  taxonomyTerms(mapped: $mapped, first: 100) {
    nodes {
      id
      taxonomy
      code
      name
      description
      need
      services
    }
    pageInfo {
      hasNextPage
    }
  }
}
    ` as TypedDocumentString<TaxonomyTermsQuery, TaxonomyTermsQueryVariables>;
export const MapTermDocument = `
    mutation MapTerm($termId: ID!, $need: Need) {
  mapTaxonomyTerm(termId: $termId, need: $need) {
    servicesUpdated
    unrouted
    term {
      id
      need
    }
  }
}
    ` as TypedDocumentString<MapTermMutation, MapTermMutationVariables>;
export const MyReportsDocument = `
    query MyReports($first: Int) {
  myReports(first: $first) {
    nodes {
      id
      reference
      submittedAt
      needs
      urgency
      ageBand
      status
      descriptionStart
      ownerDesk {
        name
        phone
        hours
      }
    }
    pageInfo {
      hasNextPage
    }
  }
}
    ` as TypedDocumentString<MyReportsQuery, MyReportsQueryVariables>;
export const AddFollowUpDocument = `
    mutation AddFollowUp($reportId: ID!, $note: String!) {
  addReportFollowUp(reportId: $reportId, note: $note)
}
    ` as TypedDocumentString<AddFollowUpMutation, AddFollowUpMutationVariables>;
export const WithdrawDocument = `
    mutation Withdraw($reportId: ID!, $reason: String!) {
  withdrawReport(reportId: $reportId, reason: $reason)
}
    ` as TypedDocumentString<WithdrawMutation, WithdrawMutationVariables>;
export const SubmitReportDocument = `
    mutation SubmitReport($input: SubmitReportInput!) {
  submitReport(input: $input) {
    ...SubmittedReport
  }
}
    fragment SubmittedReport on Report {
  id
  reference
  advice
  ageBand
  needs
  neighbourhoodCode
  status
  submittedAt
  urgency
  ownerDesk {
    name
    phone
    hours
  }
  nextStep {
    acceptBy
  }
}` as TypedDocumentString<SubmitReportMutation, SubmitReportMutationVariables>;
export const FlagNeighbourhoodsDocument = `
    query FlagNeighbourhoods($municipality: String) {
  neighbourhoods(municipality: $municipality) {
    code
    name
  }
}
    ` as TypedDocumentString<FlagNeighbourhoodsQuery, FlagNeighbourhoodsQueryVariables>;
export const FlagMyAntennaDocument = `
    query FlagMyAntenna {
  myAntenna {
    neighbourhoodCode
  }
}
    ` as TypedDocumentString<FlagMyAntennaQuery, FlagMyAntennaQueryVariables>;
export const InitiativesDocument = `
    query Initiatives($m: String, $h: String, $part: DayPart, $kind: InitiativeKind, $free: Boolean, $stepFree: Boolean, $alone: Boolean, $after: String) {
  initiatives(
    municipality: $m
    neighbourhoodCode: $h
    dayPart: $part
    kind: $kind
    free: $free
    stepFree: $stepFree
    goodForLivingAlone: $alone
    first: 20
    after: $after
  ) {
    nodes {
      id
      municipality
      kind
      status
      titleIt
      titleEn
      descriptionIt
      descriptionEn
      organiser {
        id
        name
      }
      neighbourhoodCode
      place {
        id
        name
        address
        lat
        lng
        stepFree
      }
      ageMin
      ageMax
      free
      costText
      accessibilitySupport
      goodForLivingAlone
      publicContact
      updatedAt
      nextSession {
        id
        initiativeId
        seriesId
        startsAt
        endsAt
        status
        note
        publicSeats
        referralSeats
        publicTaken
        referralTaken
        publicLeft
        referralLeft
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    ` as TypedDocumentString<InitiativesQuery, InitiativesQueryVariables>;
export const InitiativeDocument = `
    query Initiative($id: ID!) {
  initiative(id: $id) {
    id
    municipality
    kind
    status
    titleIt
    titleEn
    descriptionIt
    descriptionEn
    organiser {
      id
      name
    }
    neighbourhoodCode
    place {
      id
      name
      address
      lat
      lng
      stepFree
    }
    ageMin
    ageMax
    free
    costText
    accessibilitySupport
    goodForLivingAlone
    publicContact
    updatedAt
    sessions {
      id
      initiativeId
      seriesId
      startsAt
      endsAt
      status
      note
      publicSeats
      referralSeats
      publicTaken
      referralTaken
      publicLeft
      referralLeft
    }
    nextSession {
      id
      initiativeId
      seriesId
      startsAt
      endsAt
      status
      note
      publicSeats
      referralSeats
      publicTaken
      referralTaken
      publicLeft
      referralLeft
    }
  }
}
    ` as TypedDocumentString<InitiativeQuery, InitiativeQueryVariables>;
export const MyInitiativesDocument = `
    query MyInitiatives($withdrawn: Boolean, $after: String) {
  myInitiatives(includeWithdrawn: $withdrawn, first: 20, after: $after) {
    nodes {
      id
      municipality
      kind
      status
      titleIt
      titleEn
      descriptionIt
      descriptionEn
      organiser {
        id
        name
      }
      neighbourhoodCode
      place {
        id
        name
        address
        lat
        lng
        stepFree
      }
      ageMin
      ageMax
      free
      costText
      accessibilitySupport
      goodForLivingAlone
      publicContact
      updatedAt
      sessions {
        id
        initiativeId
        seriesId
        startsAt
        endsAt
        status
        note
        publicSeats
        referralSeats
        publicTaken
        referralTaken
        publicLeft
        referralLeft
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    ` as TypedDocumentString<MyInitiativesQuery, MyInitiativesQueryVariables>;
export const PublishInitiativeDocument = `
    mutation PublishInitiative($input: InitiativeInput!) {
  publishInitiative(input: $input) {
    id
    titleIt
  }
}
    ` as TypedDocumentString<PublishInitiativeMutation, PublishInitiativeMutationVariables>;
export const UpdateInitiativeDocument = `
    mutation UpdateInitiative($input: InitiativeInput!) {
  updateInitiative(input: $input) {
    id
    titleIt
  }
}
    ` as TypedDocumentString<UpdateInitiativeMutation, UpdateInitiativeMutationVariables>;
export const WithdrawInitiativeDocument = `
    mutation WithdrawInitiative($id: ID!) {
  withdrawInitiative(id: $id) {
    id
    titleIt
  }
}
    ` as TypedDocumentString<WithdrawInitiativeMutation, WithdrawInitiativeMutationVariables>;
export const ScheduleSeriesDocument = `
    mutation ScheduleSeries($input: ScheduleSessionSeriesInput!) {
  scheduleSessionSeries(input: $input) {
    id
  }
}
    ` as TypedDocumentString<ScheduleSeriesMutation, ScheduleSeriesMutationVariables>;
export const ScheduleSessionDocument = `
    mutation ScheduleSession($input: ScheduleSessionInput!) {
  scheduleSession(input: $input) {
    id
  }
}
    ` as TypedDocumentString<ScheduleSessionMutation, ScheduleSessionMutationVariables>;
export const UpdateSessionDocument = `
    mutation UpdateSession($input: UpdateSessionInput!) {
  updateSession(input: $input) {
    id
    status
  }
}
    ` as TypedDocumentString<UpdateSessionMutation, UpdateSessionMutationVariables>;
export const DashboardDocument = `
    query Dashboard($from: String, $to: String) {
  dashboard(from: $from, to: $to) {
    from
    to
    k
    municipality
    unownedReports
    deadLetters
    acceptance {
      ...TimesFields
    }
    firstContact {
      ...TimesFields
    }
    referralsByState {
      ...TableFields
    }
    reportsByMonthAndNeed {
      ...TableFields
    }
    reportsByNeighbourhoodAndNeed {
      ...TableFields
    }
    reportsByNeighbourhoodAndMonth {
      ...TableFields
    }
    slaBreachesByMonth {
      ...TableFields
    }
    unmetNeed {
      ...TableFields
    }
    outcomesByNeighbourhood {
      ...TableFields
    }
    outcomesByMonth {
      ...TableFields
    }
    pathwaysOpenedByMonth {
      ...TableFields
    }
    pathwaysClosedByMonth {
      ...TableFields
    }
    pathwayActionsByMonth {
      ...TableFields
    }
    initiativesByNeighbourhoodAndKind {
      ...TableFields
    }
    sessionsByNeighbourhoodAndMonth {
      ...TableFields
    }
    seatsOfferedByNeighbourhood {
      ...TableFields
    }
    seatsTakenByNeighbourhood {
      ...TableFields
    }
    seatsTakenByMonth {
      ...TableFields
    }
    prescriptionsByState {
      ...TableFields
    }
    firstAttendanceByMonth {
      ...TableFields
    }
    firstAttendance {
      accepted
      firstAttended
      ratePercent
      reason
    }
    volunteerHoursByNeighbourhoodAndMonth {
      ...TableFields
    }
    coverage {
      desertThresholdPer1000
      deserts
      neighbourhoods {
        code
        name
        activeAntennas
        desert
        per1000Residents
        population
      }
    }
  }
}
    fragment TableFields on SuppressedTable {
  rows
  columns
  cells {
    row
    total
    values
    reasons
    totalReason
  }
  rowTotals
  columnTotals
  total
  rowTotalReasons
  columnTotalReasons
  totalReason
}
fragment TimesFields on AcceptanceTimes {
  count
  medianMinutes
  p90Minutes
}` as TypedDocumentString<DashboardQuery, DashboardQueryVariables>;
export const DashboardNeighbourhoodsDocument = `
    query DashboardNeighbourhoods {
  neighbourhoods {
    code
    name
    population
    boundary
  }
}
    ` as TypedDocumentString<DashboardNeighbourhoodsQuery, DashboardNeighbourhoodsQueryVariables>;
export const ReportsArrivingDocument = `
    subscription ReportsArriving {
  reportsArriving {
    at
    municipality
  }
}
    ` as TypedDocumentString<ReportsArrivingSubscription, ReportsArrivingSubscriptionVariables>;
export const ReferralsMovingDocument = `
    subscription ReferralsMoving {
  referralsMoving {
    at
    municipality
  }
}
    ` as TypedDocumentString<ReferralsMovingSubscription, ReferralsMovingSubscriptionVariables>;
export const UpdateCapacityDocument = `
    mutation UpdateCapacity($input: UpdateCapacityInput!) {
  updateServiceCapacity(input: $input) {
    id
    capacityStatus
    capacityAvailable
    capacityMaximum
    capacityUnit
    updatedAt
  }
}
    ` as TypedDocumentString<UpdateCapacityMutation, UpdateCapacityMutationVariables>;
export const ServicesDocument = `
    query Services {
  services {
    id
    organisationId
    name
    description
    needs
    neighbourhoodCodes
    capacityStatus
    capacityAvailable
    capacityMaximum
    capacityUnit
    status
    updatedAt
  }
}
    ` as TypedDocumentString<ServicesQuery, ServicesQueryVariables>;
export const MyOrganisationDocument = `
    query MyOrganisation {
  myOrganisation {
    id
    name
    legalForm
    email
    phone
    website
    description
  }
}
    ` as TypedDocumentString<MyOrganisationQuery, MyOrganisationQueryVariables>;
export const UpdateMyOrganisationDocument = `
    mutation UpdateMyOrganisation($input: UpdateOrganisationInput!) {
  updateOrganisation(input: $input) {
    id
  }
}
    ` as TypedDocumentString<UpdateMyOrganisationMutation, UpdateMyOrganisationMutationVariables>;
export const ServiceDetailsDocument = `
    query ServiceDetails($id: ID!) {
  serviceDetails(id: $id) {
    id
    applicationProcess
    eligibilityDescription
    feesDescription
    minimumAge
    maximumAge
    email
    url
    phones {
      number
      description
    }
    schedules {
      byday
      opensAt
      closesAt
      description
    }
    places {
      id
      name
      address
      city
      postalCode
      transportation
      schedules {
        byday
        opensAt
        closesAt
        description
      }
    }
  }
}
    ` as TypedDocumentString<ServiceDetailsQuery, ServiceDetailsQueryVariables>;
export const UpdateServiceDetailsDocument = `
    mutation UpdateServiceDetails($input: UpdateServiceInput!) {
  updateService(input: $input) {
    id
  }
}
    ` as TypedDocumentString<UpdateServiceDetailsMutation, UpdateServiceDetailsMutationVariables>;
export const InboxDocument = `
    query Inbox($first: Int, $status: [ReferralStatus!]) {
  referrals(first: $first, status: $status) {
    nodes {
      ...InboxCard
    }
    pageInfo {
      hasNextPage
    }
  }
}
    fragment InboxCard on Referral {
  id
  reportId
  reportReference
  status
  needs
  neighbourhoodCode
  urgency
  serviceName
  createdAt
  updatedAt
  dueAt
  dueKind
  ageBand
  consentToContact
  doNotContact
  firstContactRequestedAt
  contactHandedOverAt
  holdsPlace
  capacityAvailable
  capacityMaximum
  capacityUnit
  targetKind
  initiativeTitle
  initiativeTitleEn
  sessionStartsAt
  buddyRequested
  firstAttendedAt
}` as TypedDocumentString<InboxQuery, InboxQueryVariables>;
export const ReferralUpdatesDocument = `
    subscription ReferralUpdates {
  referralUpdates {
    referralId
    status
    at
    byYou
    step
  }
}
    ` as TypedDocumentString<ReferralUpdatesSubscription, ReferralUpdatesSubscriptionVariables>;
export const AcceptReferralDocument = `
    mutation AcceptReferral($id: ID!) {
  acceptReferral(id: $id) {
    ...InboxCard
  }
}
    fragment InboxCard on Referral {
  id
  reportId
  reportReference
  status
  needs
  neighbourhoodCode
  urgency
  serviceName
  createdAt
  updatedAt
  dueAt
  dueKind
  ageBand
  consentToContact
  doNotContact
  firstContactRequestedAt
  contactHandedOverAt
  holdsPlace
  capacityAvailable
  capacityMaximum
  capacityUnit
  targetKind
  initiativeTitle
  initiativeTitleEn
  sessionStartsAt
  buddyRequested
  firstAttendedAt
}` as TypedDocumentString<AcceptReferralMutation, AcceptReferralMutationVariables>;
export const RejectDocument = `
    mutation Reject($id: ID!, $reason: String!) {
  rejectReferral(id: $id, reason: $reason) {
    ...InboxCard
  }
}
    fragment InboxCard on Referral {
  id
  reportId
  reportReference
  status
  needs
  neighbourhoodCode
  urgency
  serviceName
  createdAt
  updatedAt
  dueAt
  dueKind
  ageBand
  consentToContact
  doNotContact
  firstContactRequestedAt
  contactHandedOverAt
  holdsPlace
  capacityAvailable
  capacityMaximum
  capacityUnit
  targetKind
  initiativeTitle
  initiativeTitleEn
  sessionStartsAt
  buddyRequested
  firstAttendedAt
}` as TypedDocumentString<RejectMutation, RejectMutationVariables>;
export const StartDocument = `
    mutation Start($id: ID!) {
  startReferral(id: $id) {
    ...InboxCard
  }
}
    fragment InboxCard on Referral {
  id
  reportId
  reportReference
  status
  needs
  neighbourhoodCode
  urgency
  serviceName
  createdAt
  updatedAt
  dueAt
  dueKind
  ageBand
  consentToContact
  doNotContact
  firstContactRequestedAt
  contactHandedOverAt
  holdsPlace
  capacityAvailable
  capacityMaximum
  capacityUnit
  targetKind
  initiativeTitle
  initiativeTitleEn
  sessionStartsAt
  buddyRequested
  firstAttendedAt
}` as TypedDocumentString<StartMutation, StartMutationVariables>;
export const HoldDocument = `
    mutation Hold($id: ID!, $reason: String!) {
  holdReferral(id: $id, reason: $reason) {
    ...InboxCard
  }
}
    fragment InboxCard on Referral {
  id
  reportId
  reportReference
  status
  needs
  neighbourhoodCode
  urgency
  serviceName
  createdAt
  updatedAt
  dueAt
  dueKind
  ageBand
  consentToContact
  doNotContact
  firstContactRequestedAt
  contactHandedOverAt
  holdsPlace
  capacityAvailable
  capacityMaximum
  capacityUnit
  targetKind
  initiativeTitle
  initiativeTitleEn
  sessionStartsAt
  buddyRequested
  firstAttendedAt
}` as TypedDocumentString<HoldMutation, HoldMutationVariables>;
export const ResumeDocument = `
    mutation Resume($id: ID!) {
  resumeReferral(id: $id) {
    ...InboxCard
  }
}
    fragment InboxCard on Referral {
  id
  reportId
  reportReference
  status
  needs
  neighbourhoodCode
  urgency
  serviceName
  createdAt
  updatedAt
  dueAt
  dueKind
  ageBand
  consentToContact
  doNotContact
  firstContactRequestedAt
  contactHandedOverAt
  holdsPlace
  capacityAvailable
  capacityMaximum
  capacityUnit
  targetKind
  initiativeTitle
  initiativeTitleEn
  sessionStartsAt
  buddyRequested
  firstAttendedAt
}` as TypedDocumentString<ResumeMutation, ResumeMutationVariables>;
export const FailDocument = `
    mutation Fail($id: ID!, $reason: String!) {
  failReferral(id: $id, reason: $reason) {
    ...InboxCard
  }
}
    fragment InboxCard on Referral {
  id
  reportId
  reportReference
  status
  needs
  neighbourhoodCode
  urgency
  serviceName
  createdAt
  updatedAt
  dueAt
  dueKind
  ageBand
  consentToContact
  doNotContact
  firstContactRequestedAt
  contactHandedOverAt
  holdsPlace
  capacityAvailable
  capacityMaximum
  capacityUnit
  targetKind
  initiativeTitle
  initiativeTitleEn
  sessionStartsAt
  buddyRequested
  firstAttendedAt
}` as TypedDocumentString<FailMutation, FailMutationVariables>;
export const CompleteDocument = `
    mutation Complete($id: ID!, $outcome: String!) {
  completeReferral(id: $id, outcome: $outcome) {
    ...InboxCard
  }
}
    fragment InboxCard on Referral {
  id
  reportId
  reportReference
  status
  needs
  neighbourhoodCode
  urgency
  serviceName
  createdAt
  updatedAt
  dueAt
  dueKind
  ageBand
  consentToContact
  doNotContact
  firstContactRequestedAt
  contactHandedOverAt
  holdsPlace
  capacityAvailable
  capacityMaximum
  capacityUnit
  targetKind
  initiativeTitle
  initiativeTitleEn
  sessionStartsAt
  buddyRequested
  firstAttendedAt
}` as TypedDocumentString<CompleteMutation, CompleteMutationVariables>;
export const RecordFirstAttendanceDocument = `
    mutation RecordFirstAttendance($id: ID!) {
  recordFirstAttendance(referralId: $id) {
    ...InboxCard
  }
}
    fragment InboxCard on Referral {
  id
  reportId
  reportReference
  status
  needs
  neighbourhoodCode
  urgency
  serviceName
  createdAt
  updatedAt
  dueAt
  dueKind
  ageBand
  consentToContact
  doNotContact
  firstContactRequestedAt
  contactHandedOverAt
  holdsPlace
  capacityAvailable
  capacityMaximum
  capacityUnit
  targetKind
  initiativeTitle
  initiativeTitleEn
  sessionStartsAt
  buddyRequested
  firstAttendedAt
}` as TypedDocumentString<RecordFirstAttendanceMutation, RecordFirstAttendanceMutationVariables>;
export const RequestDeskFirstContactDocument = `
    mutation RequestDeskFirstContact($id: ID!) {
  requestDeskFirstContact(id: $id) {
    ...InboxCard
  }
}
    fragment InboxCard on Referral {
  id
  reportId
  reportReference
  status
  needs
  neighbourhoodCode
  urgency
  serviceName
  createdAt
  updatedAt
  dueAt
  dueKind
  ageBand
  consentToContact
  doNotContact
  firstContactRequestedAt
  contactHandedOverAt
  holdsPlace
  capacityAvailable
  capacityMaximum
  capacityUnit
  targetKind
  initiativeTitle
  initiativeTitleEn
  sessionStartsAt
  buddyRequested
  firstAttendedAt
}` as TypedDocumentString<RequestDeskFirstContactMutation, RequestDeskFirstContactMutationVariables>;
export const RevealDocument = `
    mutation Reveal($reportId: ID!) {
  revealContact(reportId: $reportId) {
    reportId
    basis
    subject {
      name
      phone
      address
    }
  }
}
    ` as TypedDocumentString<RevealMutation, RevealMutationVariables>;
export const ReferralBriefsDocument = `
    query ReferralBriefs($ids: [ID!]!) {
  referralBriefs(referralIds: $ids) {
    referralId
    held
    contextLine
    description
  }
}
    ` as TypedDocumentString<ReferralBriefsQuery, ReferralBriefsQueryVariables>;
export const PublicInfoDocument = `
    query PublicInfo {
  publicInfo {
    municipalities
    mapTileUrl
    mapTileAttribution
  }
}
    ` as TypedDocumentString<PublicInfoQuery, PublicInfoQueryVariables>;
export const PublicNeighbourhoodsDocument = `
    query PublicNeighbourhoods($m: String) {
  neighbourhoods(municipality: $m) {
    code
    name
    boundary
  }
}
    ` as TypedDocumentString<PublicNeighbourhoodsQuery, PublicNeighbourhoodsQueryVariables>;
export const PublicPointsDocument = `
    query PublicPoints($m: String, $after: String) {
  proximityPoints(municipality: $m, first: 100, after: $after) {
    nodes {
      id
      name
      kind
      address
      neighbourhoodCode
      openingHours
      publicContact
      lat
      lng
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    ` as TypedDocumentString<PublicPointsQuery, PublicPointsQueryVariables>;
export const PublicPointDocument = `
    query PublicPoint($id: ID!) {
  proximityPoint(id: $id) {
    id
    name
    kind
    address
    neighbourhoodCode
    openingHours
    publicContact
    lat
    lng
  }
}
    ` as TypedDocumentString<PublicPointQuery, PublicPointQueryVariables>;
export const PublicStreetsDocument = `
    query PublicStreets($m: String!, $s: String!) {
  streets(municipality: $m, search: $s, first: 8) {
    name
    neighbourhoodCode
    lat
    lng
  }
}
    ` as TypedDocumentString<PublicStreetsQuery, PublicStreetsQueryVariables>;
export const PublicDesksDocument = `
    query PublicDesks($m: String!) {
  publicDesks(municipality: $m) {
    neighbourhoodCode
    name
    phone
    hours
  }
}
    ` as TypedDocumentString<PublicDesksQuery, PublicDesksQueryVariables>;
export const CatalogueDocument = `
    query Catalogue($m: String, $need: Need, $h: String, $q: String, $now: Boolean, $after: String) {
  catalogue(
    municipality: $m
    need: $need
    neighbourhoodCode: $h
    search: $q
    availableNow: $now
    first: 20
    after: $after
  ) {
    nodes {
      id
      name
      description
      status
      organisationName
      needs
      neighbourhoodCodes
      capacityStatus
      capacityAvailable
      capacityUnit
      availableNow
      places {
        name
        address
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    ` as TypedDocumentString<CatalogueQuery, CatalogueQueryVariables>;
export const CatalogueServiceDocument = `
    query CatalogueService($id: ID!) {
  catalogueService(id: $id) {
    id
    name
    description
    status
    organisationName
    needs
    neighbourhoodCodes
    capacityStatus
    capacityAvailable
    capacityMaximum
    capacityUnit
    availableNow
    applicationProcess
    eligibilityDescription
    feesDescription
    minimumAge
    maximumAge
    email
    url
    updatedAt
    organisation {
      id
      name
      description
      legalForm
      website
      email
      phones {
        ...PhoneFields
      }
    }
    phones {
      ...PhoneFields
    }
    schedules {
      ...ScheduleFields
    }
    places {
      id
      name
      description
      address
      city
      postalCode
      transportation
      latitude
      longitude
      phones {
        ...PhoneFields
      }
      schedules {
        ...ScheduleFields
      }
    }
  }
}
    fragment PhoneFields on PublicPhone {
  number
  extension
  type
  description
}
fragment ScheduleFields on PublicSchedule {
  freq
  byday
  opensAt
  closesAt
  validFrom
  validTo
  description
  notes
}` as TypedDocumentString<CatalogueServiceQuery, CatalogueServiceQueryVariables>;
export const ApplicationChallengeDocument = `
    query ApplicationChallenge {
  applicationChallenge {
    id
    bits
    expiresAt
  }
}
    ` as TypedDocumentString<ApplicationChallengeQuery, ApplicationChallengeQueryVariables>;
export const ApplyDocument = `
    mutation Apply($input: ApplyAsProximityPointInput!) {
  applyAsProximityPoint(input: $input) {
    id
    name
    neighbourhoodCode
    receivedAt
  }
}
    ` as TypedDocumentString<ApplyMutation, ApplyMutationVariables>;
export const HandOverFirstContactDocument = `
    mutation HandOverFirstContact($id: ID!) {
  handOverFirstContact(id: $id) {
    id
    contactHandedOverAt
  }
}
    ` as TypedDocumentString<HandOverFirstContactMutation, HandOverFirstContactMutationVariables>;
export const OrganisationContextDocument = `
    query OrganisationContext($reportId: ID!) {
  organisationContext(reportId: $reportId) {
    text
    updatedAt
  }
}
    ` as TypedDocumentString<OrganisationContextQuery, OrganisationContextQueryVariables>;
export const SetOrganisationContextDocument = `
    mutation SetOrganisationContext($reportId: ID!, $text: String!) {
  setOrganisationContext(reportId: $reportId, text: $text) {
    text
    updatedAt
  }
}
    ` as TypedDocumentString<SetOrganisationContextMutation, SetOrganisationContextMutationVariables>;
export const PrescribableDocument = `
    query Prescribable($m: String) {
  initiatives(municipality: $m, first: 100) {
    nodes {
      id
      titleIt
      titleEn
      neighbourhoodCode
      organiser {
        id
      }
    }
  }
}
    ` as TypedDocumentString<PrescribableQuery, PrescribableQueryVariables>;
export const PrescribableSessionsDocument = `
    query PrescribableSessions($id: ID!) {
  initiative(id: $id) {
    id
    sessions {
      id
      startsAt
      status
      referralLeft
    }
  }
}
    ` as TypedDocumentString<PrescribableSessionsQuery, PrescribableSessionsQueryVariables>;
export const PrescribeInitiativeDocument = `
    mutation PrescribeInitiative($reportId: ID!, $initiativeId: ID!, $sessionId: ID!, $buddyRequested: Boolean!) {
  prescribeInitiative(
    reportId: $reportId
    initiativeId: $initiativeId
    sessionId: $sessionId
    buddyRequested: $buddyRequested
  ) {
    id
    status
  }
}
    ` as TypedDocumentString<PrescribeInitiativeMutation, PrescribeInitiativeMutationVariables>;
export const TriageDocument = `
    query Triage($first: Int, $filter: TriageFilterInput, $reference: String) {
  triage(first: $first, filter: $filter, reference: $reference) {
    nodes {
      id
      reference
      closedAt
      submittedAt
      needs
      urgency
      ageBand
      neighbourhoodCode
      contactAttempts
      takenInHandAt
      assigneeId
      ownerDeskId
      linkedReports
      antennaName
      excerpt
      slaDueAt
    }
    pageInfo {
      hasNextPage
    }
  }
}
    ` as TypedDocumentString<TriageQuery, TriageQueryVariables>;
export const OutcomesDocument = `
    query Outcomes($reportId: ID!) {
  outcomes(reportId: $reportId) {
    reportId
    week12DueOn
    week12Due
    measurements {
      id
      phase
      measuredOn
      lackCompanionship
      leftOut
      isolated
      total
      band
      recordedByRole
      recordedByYou
      recordedAt
    }
  }
}
    ` as TypedDocumentString<OutcomesQuery, OutcomesQueryVariables>;
export const RecordOutcomeDocument = `
    mutation RecordOutcome($id: ID!, $reportId: ID!, $phase: OutcomePhase!, $measuredOn: String!, $lackCompanionship: Int!, $leftOut: Int!, $isolated: Int!) {
  recordOutcome(
    id: $id
    reportId: $reportId
    phase: $phase
    measuredOn: $measuredOn
    lackCompanionship: $lackCompanionship
    leftOut: $leftOut
    isolated: $isolated
  ) {
    id
    total
    band
  }
}
    ` as TypedDocumentString<RecordOutcomeMutation, RecordOutcomeMutationVariables>;
export const PathwayDocument = `
    query Pathway($reportId: ID!) {
  pathway(reportId: $reportId) {
    ...PathwayView
  }
}
    fragment PathwayView on LifePathway {
  id
  reportId
  kind
  openedAt
  closedAt
  referrals {
    referralId
    action
    taggedAt
  }
  wishes {
    text
    reviewOn
    writtenAt
  }
}` as TypedDocumentString<PathwayQuery, PathwayQueryVariables>;
export const OpenPathwayDocument = `
    mutation OpenPathway($reportId: ID!, $kind: PathwayKind!) {
  openPathway(reportId: $reportId, kind: $kind) {
    ...PathwayView
  }
}
    fragment PathwayView on LifePathway {
  id
  reportId
  kind
  openedAt
  closedAt
  referrals {
    referralId
    action
    taggedAt
  }
  wishes {
    text
    reviewOn
    writtenAt
  }
}` as TypedDocumentString<OpenPathwayMutation, OpenPathwayMutationVariables>;
export const TagPathwayReferralDocument = `
    mutation TagPathwayReferral($pathwayId: ID!, $referralId: ID!, $action: PathwayAction!) {
  tagPathwayReferral(
    pathwayId: $pathwayId
    referralId: $referralId
    action: $action
  ) {
    ...PathwayView
  }
}
    fragment PathwayView on LifePathway {
  id
  reportId
  kind
  openedAt
  closedAt
  referrals {
    referralId
    action
    taggedAt
  }
  wishes {
    text
    reviewOn
    writtenAt
  }
}` as TypedDocumentString<TagPathwayReferralMutation, TagPathwayReferralMutationVariables>;
export const UntagPathwayReferralDocument = `
    mutation UntagPathwayReferral($pathwayId: ID!, $referralId: ID!) {
  untagPathwayReferral(pathwayId: $pathwayId, referralId: $referralId) {
    ...PathwayView
  }
}
    fragment PathwayView on LifePathway {
  id
  reportId
  kind
  openedAt
  closedAt
  referrals {
    referralId
    action
    taggedAt
  }
  wishes {
    text
    reviewOn
    writtenAt
  }
}` as TypedDocumentString<UntagPathwayReferralMutation, UntagPathwayReferralMutationVariables>;
export const UpdatePathwayWishesDocument = `
    mutation UpdatePathwayWishes($pathwayId: ID!, $text: String!, $reviewOn: String!) {
  updatePathwayWishes(pathwayId: $pathwayId, text: $text, reviewOn: $reviewOn) {
    ...PathwayView
  }
}
    fragment PathwayView on LifePathway {
  id
  reportId
  kind
  openedAt
  closedAt
  referrals {
    referralId
    action
    taggedAt
  }
  wishes {
    text
    reviewOn
    writtenAt
  }
}` as TypedDocumentString<UpdatePathwayWishesMutation, UpdatePathwayWishesMutationVariables>;
export const ClosePathwayDocument = `
    mutation ClosePathway($pathwayId: ID!) {
  closePathway(pathwayId: $pathwayId) {
    ...PathwayView
  }
}
    fragment PathwayView on LifePathway {
  id
  reportId
  kind
  openedAt
  closedAt
  referrals {
    referralId
    action
    taggedAt
  }
  wishes {
    text
    reviewOn
    writtenAt
  }
}` as TypedDocumentString<ClosePathwayMutation, ClosePathwayMutationVariables>;
export const ReportDocument = `
    query Report($id: ID!) {
  report(id: $id) {
    id
    reference
    submittedAt
    description
    needs
    urgency
    ageBand
    neighbourhoodCode
    consentToContact
    doNotContact
    ownerDeskId
    assigneeId
    status
    takenInHandAt
    closedAt
    closureReason
    withdrawnAt
    objection
    erased
    antennaName
    slaDueAt
    reopenableUntil
    reopenedAt
    reopenWindowHours
    subject {
      name
      phone
      address
    }
    contactAttempts
    contactAttemptList {
      id
      channel
      outcome
      attemptedAt
      note
      recordedBy
    }
    followUps {
      at
      note
    }
    linkedReports
    linkedReportIds
  }
}
    ` as TypedDocumentString<ReportQuery, ReportQueryVariables>;
export const ReportReferralsDocument = `
    query ReportReferrals($reportId: ID!) {
  reportReferrals(reportId: $reportId) {
    id
    serviceName
    status
    needs
    urgency
    createdAt
    updatedAt
    reason
    outcome
    explanation
    consentToContact
    doNotContact
    firstContactRequestedAt
    contactHandedOverAt
    targetKind
    initiativeTitle
    initiativeTitleEn
    sessionStartsAt
    buddyRequested
    firstAttendedAt
    history {
      at
      from
      to
      reason
      actorAccountId
    }
  }
}
    ` as TypedDocumentString<ReportReferralsQuery, ReportReferralsQueryVariables>;
export const DesksDocument = `
    query Desks {
  desks {
    id
    name
    neighbourhoodCode
  }
}
    ` as TypedDocumentString<DesksQuery, DesksQueryVariables>;
export const TakeDocument = `
    mutation Take($id: ID!) {
  takeReport(id: $id) {
    ...TriageMove
  }
}
    fragment TriageMove on TriageItem {
  id
  ownerDeskId
  assigneeId
  takenInHandAt
}` as TypedDocumentString<TakeMutation, TakeMutationVariables>;
export const HandOverDocument = `
    mutation HandOver($id: ID!, $toDeskId: ID!) {
  handOverReport(id: $id, toDeskId: $toDeskId) {
    ...TriageMove
  }
}
    fragment TriageMove on TriageItem {
  id
  ownerDeskId
  assigneeId
  takenInHandAt
}` as TypedDocumentString<HandOverMutation, HandOverMutationVariables>;
export const CloseDocument = `
    mutation Close($id: ID!, $reason: ClosureReason!) {
  closeReport(id: $id, reason: $reason) {
    ...TriageMove
  }
}
    fragment TriageMove on TriageItem {
  id
  ownerDeskId
  assigneeId
  takenInHandAt
}` as TypedDocumentString<CloseMutation, CloseMutationVariables>;
export const ReopenDocument = `
    mutation Reopen($id: ID!) {
  reopenReport(id: $id) {
    ...TriageMove
  }
}
    fragment TriageMove on TriageItem {
  id
  ownerDeskId
  assigneeId
  takenInHandAt
}` as TypedDocumentString<ReopenMutation, ReopenMutationVariables>;
export const RerouteDocument = `
    mutation Reroute($id: ID!, $reason: String!, $serviceId: ID) {
  rerouteReferral(id: $id, reason: $reason, serviceId: $serviceId) {
    id
    status
  }
}
    ` as TypedDocumentString<RerouteMutation, RerouteMutationVariables>;
export const RerouteOptionsDocument = `
    query RerouteOptions($id: ID!) {
  rerouteOptions(id: $id) {
    referralId
    needs
    reroutable
    unmet
    byRule {
      serviceId
      serviceName
      needs
    }
    candidates {
      serviceId
      serviceName
      organisationName
      needsCovered
      capacityStatus
      eligible
      reasons
    }
  }
}
    ` as TypedDocumentString<RerouteOptionsQuery, RerouteOptionsQueryVariables>;
export const RecordAttemptDocument = `
    mutation RecordAttempt($input: ContactAttemptInput!) {
  recordContactAttempt(input: $input) {
    id
    channel
    outcome
    attemptedAt
    note
    recordedBy
  }
}
    ` as TypedDocumentString<RecordAttemptMutation, RecordAttemptMutationVariables>;
export const BreakGlassDocument = `
    mutation BreakGlass($reportId: ID!, $reason: String!) {
  breakTheGlass(reportId: $reportId, reason: $reason) {
    id
    grantedAt
    expiresAt
  }
}
    ` as TypedDocumentString<BreakGlassMutation, BreakGlassMutationVariables>;
export const DeskAlertsDocument = `
    query DeskAlerts($reportId: ID, $first: Int, $includeResolved: Boolean) {
  deskAlerts(
    reportId: $reportId
    first: $first
    includeResolved: $includeResolved
  ) {
    nodes {
      ...DeskAlertFields
    }
    pageInfo {
      hasNextPage
    }
  }
}
    fragment DeskAlertFields on DeskAlert {
  id
  reportId
  reportReference
  kind
  needs
  createdAt
  severity
  acknowledgedAt
  acknowledgedByName
  resolvedAt
  resolution
  escalationLevel
  escalatedAt
  why {
    need
    services {
      serviceName
      reasons
    }
  }
}` as TypedDocumentString<DeskAlertsQuery, DeskAlertsQueryVariables>;
export const DeskAlertRaisedDocument = `
    subscription DeskAlertRaised {
  deskAlertRaised {
    alertId
    reportId
  }
}
    ` as TypedDocumentString<DeskAlertRaisedSubscription, DeskAlertRaisedSubscriptionVariables>;
export const DeskAlertChangedDocument = `
    subscription DeskAlertChanged {
  deskAlertChanged {
    alertId
    reportId
    change
  }
}
    ` as TypedDocumentString<DeskAlertChangedSubscription, DeskAlertChangedSubscriptionVariables>;
export const AcknowledgeDeskAlertDocument = `
    mutation AcknowledgeDeskAlert($id: ID!) {
  acknowledgeDeskAlert(id: $id) {
    ...DeskAlertFields
  }
}
    fragment DeskAlertFields on DeskAlert {
  id
  reportId
  reportReference
  kind
  needs
  createdAt
  severity
  acknowledgedAt
  acknowledgedByName
  resolvedAt
  resolution
  escalationLevel
  escalatedAt
  why {
    need
    services {
      serviceName
      reasons
    }
  }
}` as TypedDocumentString<AcknowledgeDeskAlertMutation, AcknowledgeDeskAlertMutationVariables>;
export const MyBuddyRequestsDocument = `
    query MyBuddyRequests {
  myBuddyRequests {
    referralId
    ask
    initiativeTitleIt
    initiativeTitleEn
    sessionStartsAt
    neighbourhoodCode
    neighbourhoodName
    ageBand
    ended
    meetingPoint {
      name
      address
    }
    prescriptionAccepted
  }
}
    ` as TypedDocumentString<MyBuddyRequestsQuery, MyBuddyRequestsQueryVariables>;
export const AnswerBuddyRequestDocument = `
    mutation AnswerBuddyRequest($r: ID!, $accept: Boolean!) {
  answerBuddyRequest(referralId: $r, accept: $accept) {
    referralId
    ask
    ended
    meetingPoint {
      name
      address
    }
    prescriptionAccepted
  }
}
    ` as TypedDocumentString<AnswerBuddyRequestMutation, AnswerBuddyRequestMutationVariables>;
export const RevealBuddyContactDocument = `
    mutation RevealBuddyContact($r: ID!) {
  revealBuddyContact(referralId: $r) {
    referralId
    name
    phone
  }
}
    ` as TypedDocumentString<RevealBuddyContactMutation, RevealBuddyContactMutationVariables>;
export const OrganisationBuddyRequestsDocument = `
    query OrganisationBuddyRequests {
  organisationBuddyRequests {
    referralId
    initiativeTitleIt
    initiativeTitleEn
    sessionStartsAt
    neighbourhoodCode
    ageBand
    status
    volunteerId
    volunteerName
    referralStatus
  }
}
    ` as TypedDocumentString<OrganisationBuddyRequestsQuery, OrganisationBuddyRequestsQueryVariables>;
export const BuddyProposalsDocument = `
    query BuddyProposals($r: ID!, $language: String) {
  buddyProposals(referralId: $r, language: $language) {
    request {
      referralId
      status
      volunteerId
      volunteerName
    }
    proposals {
      volunteerId
      displayName
      neighbourhoodCode
      sameNeighbourhood
      distanceKm
      languages
      skills
      reasons
      asked
    }
  }
}
    ` as TypedDocumentString<BuddyProposalsQuery, BuddyProposalsQueryVariables>;
export const AskBuddyDocument = `
    mutation AskBuddy($r: ID!, $v: ID!) {
  askBuddy(referralId: $r, volunteerId: $v) {
    referralId
    status
    volunteerId
    volunteerName
  }
}
    ` as TypedDocumentString<AskBuddyMutation, AskBuddyMutationVariables>;
export const SignUpAsVolunteerDocument = `
    mutation SignUpAsVolunteer($input: SignUpAsVolunteerInput!) {
  signUpAsVolunteer(input: $input) {
    token
    refreshToken
    expiresAt
    trustedDevice
    account {
      id
      email
      displayName
      role
      municipality
      antennaId
      organisationId
    }
  }
}
    ` as TypedDocumentString<SignUpAsVolunteerMutation, SignUpAsVolunteerMutationVariables>;
export const MyVolunteerProfileDocument = `
    query MyVolunteerProfile {
  myVolunteerProfile {
    displayName
    email
    phone
    birthYear
    neighbourhoodCode
    travelKm
    skills
    languages
    availability
    requirements {
      requirement
      validUntil
    }
  }
  neighbourhoods {
    code
    name
  }
}
    ` as TypedDocumentString<MyVolunteerProfileQuery, MyVolunteerProfileQueryVariables>;
export const SaveVolunteerProfileDocument = `
    mutation SaveVolunteerProfile($input: VolunteerProfileInput!) {
  saveVolunteerProfile(input: $input) {
    displayName
    email
    phone
    birthYear
    neighbourhoodCode
    travelKm
    skills
    languages
    availability
    requirements {
      requirement
      validUntil
    }
  }
}
    ` as TypedDocumentString<SaveVolunteerProfileMutation, SaveVolunteerProfileMutationVariables>;
export const MyShiftsDocument = `
    query MyShifts {
  myShifts {
    signUp {
      id
      shiftId
      status
      confirmationRequestedAt
      confirmedAt
      checkedInAt
      checkedOutAt
    }
    shift {
      id
      roleId
      startsAt
      endsAt
      capacity
      taken
      placesLeft
      meetingPoint
    }
    role {
      id
      organisationId
      organisationName
      title
      description
      neighbourhoodCode
      minimumAge
      requirements
      insuranceProvided
    }
    confirmationDue
  }
  myVolunteerProfile {
    neighbourhoodCode
  }
}
    ` as TypedDocumentString<MyShiftsQuery, MyShiftsQueryVariables>;
export const VolunteerOpportunitiesDocument = `
    query VolunteerOpportunities($n: String) {
  volunteerOpportunities(neighbourhoodCode: $n, first: 30) {
    nodes {
      role {
        id
        organisationId
        organisationName
        title
        description
        neighbourhoodCode
        minimumAge
        requirements
        insuranceProvided
      }
      shifts {
        id
        roleId
        startsAt
        endsAt
        capacity
        taken
        placesLeft
        meetingPoint
      }
    }
  }
  neighbourhoods {
    code
    name
  }
}
    ` as TypedDocumentString<VolunteerOpportunitiesQuery, VolunteerOpportunitiesQueryVariables>;
export const SignUpForShiftDocument = `
    mutation SignUpForShift($s: ID!) {
  signUpForShift(shiftId: $s) {
    id
    shiftId
    status
    confirmationRequestedAt
    confirmedAt
    checkedInAt
    checkedOutAt
  }
}
    ` as TypedDocumentString<SignUpForShiftMutation, SignUpForShiftMutationVariables>;
export const CancelShiftSignUpDocument = `
    mutation CancelShiftSignUp($s: ID!) {
  cancelShiftSignUp(signUpId: $s) {
    id
    shiftId
    status
    confirmationRequestedAt
    confirmedAt
    checkedInAt
    checkedOutAt
  }
}
    ` as TypedDocumentString<CancelShiftSignUpMutation, CancelShiftSignUpMutationVariables>;
export const ConfirmShiftDocument = `
    mutation ConfirmShift($s: ID!) {
  confirmShift(signUpId: $s) {
    id
    shiftId
    status
    confirmationRequestedAt
    confirmedAt
    checkedInAt
    checkedOutAt
  }
}
    ` as TypedDocumentString<ConfirmShiftMutation, ConfirmShiftMutationVariables>;
export const CheckInShiftDocument = `
    mutation CheckInShift($s: ID!) {
  checkInShift(signUpId: $s) {
    id
    shiftId
    status
    confirmationRequestedAt
    confirmedAt
    checkedInAt
    checkedOutAt
  }
}
    ` as TypedDocumentString<CheckInShiftMutation, CheckInShiftMutationVariables>;
export const CheckOutShiftDocument = `
    mutation CheckOutShift($s: ID!) {
  checkOutShift(signUpId: $s) {
    id
    shiftId
    status
    confirmationRequestedAt
    confirmedAt
    checkedInAt
    checkedOutAt
  }
}
    ` as TypedDocumentString<CheckOutShiftMutation, CheckOutShiftMutationVariables>;
export const OrganisationVolunteerRolesDocument = `
    query OrganisationVolunteerRoles {
  organisationVolunteerRoles(first: 50) {
    nodes {
      role {
        id
        organisationId
        organisationName
        title
        description
        neighbourhoodCode
        minimumAge
        requirements
        insuranceProvided
      }
      shifts {
        id
        roleId
        startsAt
        endsAt
        capacity
        taken
        placesLeft
        meetingPoint
      }
    }
  }
  neighbourhoods {
    code
    name
  }
}
    ` as TypedDocumentString<OrganisationVolunteerRolesQuery, OrganisationVolunteerRolesQueryVariables>;
export const PublishVolunteerRoleDocument = `
    mutation PublishVolunteerRole($input: PublishVolunteerRoleInput!) {
  publishVolunteerRole(input: $input) {
    id
    organisationId
    organisationName
    title
    description
    neighbourhoodCode
    minimumAge
    requirements
    insuranceProvided
  }
}
    ` as TypedDocumentString<PublishVolunteerRoleMutation, PublishVolunteerRoleMutationVariables>;
export const AddVolunteerShiftDocument = `
    mutation AddVolunteerShift($input: AddVolunteerShiftInput!) {
  addVolunteerShift(input: $input) {
    id
    roleId
    startsAt
    endsAt
    capacity
    taken
    placesLeft
    meetingPoint
  }
}
    ` as TypedDocumentString<AddVolunteerShiftMutation, AddVolunteerShiftMutationVariables>;
export const ShiftRosterDocument = `
    query ShiftRoster($s: ID!) {
  shiftRoster(shiftId: $s) {
    volunteerId
    displayName
    email
    phone
    signUp {
      id
      shiftId
      status
      confirmationRequestedAt
      confirmedAt
      checkedInAt
      checkedOutAt
    }
  }
}
    ` as TypedDocumentString<ShiftRosterQuery, ShiftRosterQueryVariables>;
export const VolunteerHoursDocument = `
    query VolunteerHours {
  volunteerHours(first: 50) {
    nodes {
      id
      volunteerId
      volunteerName
      roleTitle
      day
      minutes
      source
    }
  }
}
    ` as TypedDocumentString<VolunteerHoursQuery, VolunteerHoursQueryVariables>;
export const RecordVolunteerHoursDocument = `
    mutation RecordVolunteerHours($input: RecordVolunteerHoursInput!) {
  recordVolunteerHours(input: $input) {
    id
  }
}
    ` as TypedDocumentString<RecordVolunteerHoursMutation, RecordVolunteerHoursMutationVariables>;