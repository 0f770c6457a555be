/**
 * What the initiatives pages ask the gateway (apps/community, issue 17). The finder and an
 * initiative's page need no login; the rest is for the organisers (ORG_OPERATOR, ADMIN).
 */

const SESSION = 'id initiativeId seriesId startsAt endsAt status note publicSeats referralSeats publicTaken referralTaken publicLeft referralLeft';
const INITIATIVE = `id municipality kind status titleIt titleEn descriptionIt descriptionEn organiser { id name } neighbourhoodCode
  place { id name address lat lng stepFree } ageMin ageMax free costText accessibilitySupport goodForLivingAlone publicContact updatedAt`;

export const FINDER = `query Initiatives($m: String, $h: String, $part: DayPart, $kind: InitiativeKind, $free: Boolean, $stepFree: Boolean, $alone: Boolean, $after: String) {
  initiatives(municipality: $m, neighbourhoodCode: $h, dayPart: $part, kind: $kind, free: $free, stepFree: $stepFree, goodForLivingAlone: $alone, first: 20, after: $after) {
    nodes { ${INITIATIVE} nextSession { ${SESSION} } } pageInfo { hasNextPage endCursor } } }`;
export const INITIATIVE_PAGE = `query Initiative($id: ID!) { initiative(id: $id) { ${INITIATIVE} sessions { ${SESSION} } nextSession { ${SESSION} } } }`;
export const MY_INITIATIVES = `query MyInitiatives($withdrawn: Boolean, $after: String) {
  myInitiatives(includeWithdrawn: $withdrawn, first: 20, after: $after) { nodes { ${INITIATIVE} sessions { ${SESSION} } } pageInfo { hasNextPage endCursor } } }`;
export const MANAGED = `query ManagedInitiative($id: ID!) { managedInitiative(id: $id) { ${INITIATIVE} sessions { ${SESSION} } } }`;
export const PUBLISH = `mutation PublishInitiative($input: InitiativeInput!) { publishInitiative(input: $input) { id titleIt } }`;
export const UPDATE = `mutation UpdateInitiative($input: InitiativeInput!) { updateInitiative(input: $input) { id titleIt } }`;
export const WITHDRAW = `mutation WithdrawInitiative($id: ID!) { withdrawInitiative(id: $id) { id titleIt } }`;
export const SCHEDULE_SERIES = `mutation ScheduleSeries($input: ScheduleSessionSeriesInput!) { scheduleSessionSeries(input: $input) { id } }`;
export const SCHEDULE_SESSION = `mutation ScheduleSession($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`;
export const UPDATE_SESSION = `mutation UpdateSession($input: UpdateSessionInput!) { updateSession(input: $input) { id status } }`;

export const INITIATIVE_KINDS = ['ELDERLY_PLACE', 'CULTURE', 'SOCIAL_THEATRE', 'LIFESTYLE_EXPERIMENT', 'CONCILIATION', 'VOLUNTEERING'] as const;
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];
export const DAY_PARTS = ['MORNING', 'AFTERNOON', 'EVENING'] as const;
export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type SessionStatus = 'SCHEDULED' | 'CANCELLED' | 'POSTPONED';

export interface Session {
  id: string;
  initiativeId: string;
  seriesId: string | null;
  startsAt: string;
  endsAt: string;
  status: SessionStatus;
  note: string | null;
  publicSeats: number;
  referralSeats: number;
  publicTaken: number;
  referralTaken: number;
  publicLeft: number;
  referralLeft: number;
}

export interface Initiative {
  id: string;
  municipality: string;
  kind: InitiativeKind;
  status: 'PUBLISHED' | 'WITHDRAWN';
  titleIt: string;
  titleEn: string | null;
  descriptionIt: string;
  descriptionEn: string | null;
  organiser: { id: string; name: string | null } | null;
  neighbourhoodCode: string;
  place: { id: string; name: string; address: string; lat: number; lng: number; stepFree: boolean };
  ageMin: number | null;
  ageMax: number | null;
  free: boolean;
  costText: string | null;
  accessibilitySupport: string | null;
  goodForLivingAlone: boolean;
  publicContact: string | null;
  updatedAt: string;
  sessions?: Session[];
  nextSession?: Session | null;
}

export type Connection<T> = { nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
