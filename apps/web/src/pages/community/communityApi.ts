import { graphql } from '../../gql';
import type { InitiativeQuery } from '../../gql/graphql';

/**
 * What the initiatives pages ask the gateway (apps/community, issue 17). The finder and an
 * initiative's page need no login; the rest is for the organisers (ORG_OPERATOR, ADMIN).
 */

export const FINDER = graphql(`query Initiatives($m: String, $h: String, $part: DayPart, $kind: InitiativeKind, $free: Boolean, $stepFree: Boolean, $alone: Boolean, $after: String) {
  initiatives(municipality: $m, neighbourhoodCode: $h, dayPart: $part, kind: $kind, free: $free, stepFree: $stepFree, goodForLivingAlone: $alone, first: 20, after: $after) {
    nodes { id municipality kind status titleIt titleEn descriptionIt descriptionEn organiser { id name } neighbourhoodCode
  place { id name address lat lng stepFree } ageMin ageMax free costText accessibilitySupport goodForLivingAlone publicContact updatedAt nextSession { id initiativeId seriesId startsAt endsAt status note publicSeats referralSeats publicTaken referralTaken publicLeft referralLeft } } pageInfo { hasNextPage endCursor } } }`);
export const INITIATIVE_PAGE = graphql(`query Initiative($id: ID!) { initiative(id: $id) { id municipality kind status titleIt titleEn descriptionIt descriptionEn organiser { id name } neighbourhoodCode
  place { id name address lat lng stepFree } ageMin ageMax free costText accessibilitySupport goodForLivingAlone publicContact updatedAt sessions { id initiativeId seriesId startsAt endsAt status note publicSeats referralSeats publicTaken referralTaken publicLeft referralLeft } nextSession { id initiativeId seriesId startsAt endsAt status note publicSeats referralSeats publicTaken referralTaken publicLeft referralLeft } } }`);
export const MY_INITIATIVES = graphql(`query MyInitiatives($withdrawn: Boolean, $after: String) {
  myInitiatives(includeWithdrawn: $withdrawn, first: 20, after: $after) { nodes { id municipality kind status titleIt titleEn descriptionIt descriptionEn organiser { id name } neighbourhoodCode
  place { id name address lat lng stepFree } ageMin ageMax free costText accessibilitySupport goodForLivingAlone publicContact updatedAt sessions { id initiativeId seriesId startsAt endsAt status note publicSeats referralSeats publicTaken referralTaken publicLeft referralLeft } } pageInfo { hasNextPage endCursor } } }`);
export const PUBLISH = graphql(`mutation PublishInitiative($input: InitiativeInput!) { publishInitiative(input: $input) { id titleIt } }`);
export const UPDATE = graphql(`mutation UpdateInitiative($input: InitiativeInput!) { updateInitiative(input: $input) { id titleIt } }`);
export const WITHDRAW = graphql(`mutation WithdrawInitiative($id: ID!) { withdrawInitiative(id: $id) { id titleIt } }`);
export const SCHEDULE_SERIES = graphql(`mutation ScheduleSeries($input: ScheduleSessionSeriesInput!) { scheduleSessionSeries(input: $input) { id } }`);
export const SCHEDULE_SESSION = graphql(`mutation ScheduleSession($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`);
export const UPDATE_SESSION = graphql(`mutation UpdateSession($input: UpdateSessionInput!) { updateSession(input: $input) { id status } }`);

export const INITIATIVE_KINDS = ['ELDERLY_PLACE', 'CULTURE', 'SOCIAL_THEATRE', 'LIFESTYLE_EXPERIMENT', 'CONCILIATION', 'VOLUNTEERING'] as const;
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];
export const DAY_PARTS = ['MORNING', 'AFTERNOON', 'EVENING'] as const;
export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type SessionStatus = 'SCHEDULED' | 'CANCELLED' | 'POSTPONED';

/** A session as the pages read it (generated from the schema; the fields are written out in each query: fragments cost more under the gateway's query-cost limit). */
export type Session = NonNullable<InitiativeQuery['initiative']['nextSession']>;

/** An initiative as the pages read it, with its sessions where the query asks for them. */
export type Initiative = Omit<InitiativeQuery['initiative'], 'sessions' | 'nextSession'> & { sessions?: Session[]; nextSession?: Session | null };

