import { graphql } from '../../gql';
import type { InitiativeFieldsFragment, SessionFieldsFragment } from '../../gql/graphql';

/**
 * What the initiatives pages ask the gateway (apps/community, issue 17). The finder and an
 * initiative's page need no login; the rest is for the organisers (ORG_OPERATOR, ADMIN).
 */

graphql(`fragment SessionFields on InitiativeSession { id initiativeId seriesId startsAt endsAt status note publicSeats referralSeats publicTaken referralTaken publicLeft referralLeft }`);
graphql(`fragment InitiativeFields on Initiative { id municipality kind status titleIt titleEn descriptionIt descriptionEn organiser { id name } neighbourhoodCode
  place { id name address lat lng stepFree } ageMin ageMax free costText accessibilitySupport goodForLivingAlone publicContact updatedAt }`);

export const FINDER = graphql(`query Initiatives($m: String, $h: String, $part: DayPart, $kind: InitiativeKind, $free: Boolean, $stepFree: Boolean, $alone: Boolean, $after: String) {
  initiatives(municipality: $m, neighbourhoodCode: $h, dayPart: $part, kind: $kind, free: $free, stepFree: $stepFree, goodForLivingAlone: $alone, first: 20, after: $after) {
    nodes { ...InitiativeFields nextSession { ...SessionFields } } pageInfo { hasNextPage endCursor } } }`);
export const INITIATIVE_PAGE = graphql(`query Initiative($id: ID!) { initiative(id: $id) { ...InitiativeFields sessions { ...SessionFields } nextSession { ...SessionFields } } }`);
export const MY_INITIATIVES = graphql(`query MyInitiatives($withdrawn: Boolean, $after: String) {
  myInitiatives(includeWithdrawn: $withdrawn, first: 20, after: $after) { nodes { ...InitiativeFields sessions { ...SessionFields } } pageInfo { hasNextPage endCursor } } }`);
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

/** A session as the pages read it (generated from the schema). */
export type Session = SessionFieldsFragment;

/** An initiative as the pages read it, with its sessions where the query asks for them. */
export type Initiative = InitiativeFieldsFragment & { sessions?: Session[]; nextSession?: Session | null };

