/**
 * The vocabulary of apps/community (initiatives, places, sessions, seats). Values are the GraphQL
 * enum names; they travel as-is in events and RPC.
 */
export enum InitiativeKind {
  ELDERLY_PLACE = 'ELDERLY_PLACE',
  CULTURE = 'CULTURE',
  SOCIAL_THEATRE = 'SOCIAL_THEATRE',
  LIFESTYLE_EXPERIMENT = 'LIFESTYLE_EXPERIMENT',
  CONCILIATION = 'CONCILIATION',
  VOLUNTEERING = 'VOLUNTEERING',
}

export enum InitiativeStatus {
  PUBLISHED = 'PUBLISHED',
  WITHDRAWN = 'WITHDRAWN',
}

export enum SessionStatus {
  SCHEDULED = 'SCHEDULED',
  CANCELLED = 'CANCELLED',
  POSTPONED = 'POSTPONED',
}

/** A seat taken by a public registration, or held for a referred person (a prescription). */
export enum SeatKind {
  PUBLIC = 'PUBLIC',
  REFERRAL = 'REFERRAL',
}

/** Parts of the day, in Europe/Rome: morning before 13:00, afternoon 13:00–18:00, evening from 18:00. */
export enum DayPart {
  MORNING = 'MORNING',
  AFTERNOON = 'AFTERNOON',
  EVENING = 'EVENING',
}

/** ISO weekdays, Monday first (as the recurrence rule and OpenActive's schema.org days name them). */
export enum Weekday {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}

export const WEEKDAYS: Weekday[] = [Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY, Weekday.FRIDAY, Weekday.SATURDAY, Weekday.SUNDAY];

/** The most sessions one recurring rule may create. */
export const MAX_RECURRING_OCCURRENCES = 60;
/** The most seats of either kind one session may have. */
export const MAX_SESSION_SEATS = 10_000;
