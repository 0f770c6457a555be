import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { DayPart, InitiativeKind, InitiativeStatus, MAX_RECURRING_OCCURRENCES, MAX_SESSION_SEATS, SeatKind, SessionStatus, Weekday } from '../community';
import { ISTAT_CODE, NEIGHBOURHOOD_CODE } from '../domain';
import { GeoPointV1 } from './antennas.rpc';
import { PageArgsV1 } from './pagination';

/* ------------------------------------------------------------------------------------------------
 * apps/community (issue 17): initiatives and their places, sessions with seats (some reserved for
 * referred people), and the seats ledger. Public by default: initiatives are about places, never
 * about people (ARCHITECTURE.md, "Beyond services").
 * ---------------------------------------------------------------------------------------------- */

export const INITIATIVE_TITLE_MAX = 160;
export const INITIATIVE_TEXT_MAX = 4000;
export const INITIATIVE_SHORT_MAX = 500;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Where an initiative happens. Its neighbourhood is the initiative's. */
export class PlaceInputV1 {
  @IsString()
  @MinLength(2, { message: 'place.name: scrivi il nome del luogo / must have at least 2 characters' })
  @MaxLength(200)
  name: string;

  @IsString()
  @MinLength(3, { message: 'place.address: scrivi l’indirizzo / must have at least 3 characters' })
  @MaxLength(INITIATIVE_SHORT_MAX)
  address: string;

  @ValidateNested()
  @Type(() => GeoPointV1)
  position: GeoPointV1;

  /** Reachable without steps (entrance, room and toilet). */
  @IsBoolean({ message: 'place.stepFree: sì o no / must be true or false' })
  stepFree: boolean;
}

/** The public description of an initiative (publish and update take the same fields). */
export class InitiativeFieldsV1 {
  @IsEnum(InitiativeKind, { message: `kind: scegli il tipo / must be one of ${Object.values(InitiativeKind).join(', ')}` })
  kind: InitiativeKind;

  @IsString()
  @MinLength(3, { message: 'titleIt: scrivi un titolo di almeno 3 caratteri / must have at least 3 characters' })
  @MaxLength(INITIATIVE_TITLE_MAX)
  titleIt: string;

  @IsOptional()
  @IsString()
  @MaxLength(INITIATIVE_TITLE_MAX)
  titleEn?: string;

  @IsString()
  @MinLength(10, { message: 'descriptionIt: scrivi una descrizione di almeno 10 caratteri / must have at least 10 characters' })
  @MaxLength(INITIATIVE_TEXT_MAX)
  descriptionIt: string;

  @IsOptional()
  @IsString()
  @MaxLength(INITIATIVE_TEXT_MAX)
  descriptionEn?: string;

  /**
   * The organisation of the directory that runs it. ORG_OPERATOR: their own (absent means theirs;
   * another is refused). ADMIN: any, or absent for the municipality's own initiatives.
   */
  @IsOptional()
  @IsUUID('all', { message: 'organiserOrganisationId: non è un ente dell’elenco / must be the id of an organisation of the directory' })
  organiserOrganisationId?: string;

  @Matches(NEIGHBOURHOOD_CODE, { message: 'neighbourhoodCode: scegli il quartiere / must be a neighbourhood slug such as "crocetta"' })
  neighbourhoodCode: string;

  @ValidateNested()
  @Type(() => PlaceInputV1)
  place: PlaceInputV1;

  @IsOptional()
  @IsInt({ message: 'ageMin: un numero intero di anni / must be a whole number of years' })
  @Min(0)
  @Max(120)
  ageMin?: number;

  @IsOptional()
  @IsInt({ message: 'ageMax: un numero intero di anni / must be a whole number of years' })
  @Min(0)
  @Max(120)
  ageMax?: number;

  @IsBoolean({ message: 'free: sì o no / must be true or false' })
  free: boolean;

  /** What it costs, in words ("5 € a session, tea included"): required when it is not free. */
  @ValidateIf((o: InitiativeFieldsV1) => o.free === false || o.costText !== undefined)
  @IsString({ message: 'costText: scrivi quanto costa, se non è gratuita / required when the initiative is not free' })
  @MinLength(2, { message: 'costText: scrivi quanto costa, se non è gratuita / required when the initiative is not free' })
  @MaxLength(INITIATIVE_SHORT_MAX, { message: `costText: scrivi quanto costa (al massimo ${INITIATIVE_SHORT_MAX} caratteri), se non è gratuita / required when the initiative is not free, at most ${INITIATIVE_SHORT_MAX} characters` })
  costText?: string;

  /** What help is there: "LIS interpreter on request", "large-print handouts". */
  @IsOptional()
  @IsString()
  @MaxLength(INITIATIVE_SHORT_MAX)
  accessibilitySupport?: string;

  /** Good for people living alone (the finder's filter; the social desk's hint). */
  @IsBoolean({ message: 'goodForLivingAlone: sì o no / must be true or false' })
  goodForLivingAlone: boolean;

  /** Whom a resident calls: the organisation's public phone or e-mail. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  publicContact?: string;
}

/** Publishes a new initiative. `id` is made by the client: a retry returns the same initiative. */
export class PublishInitiativeV1 extends InitiativeFieldsV1 {
  @IsUUID('all', { message: 'id must be a UUID made by the client' })
  id: string;
}

/** Replaces an initiative's public description (the same fields as publishing). */
export class UpdateInitiativeV1 extends InitiativeFieldsV1 {
  @IsUUID('all')
  id: string;
}

export class WithdrawInitiativeV1 {
  @IsUUID('all')
  id: string;
}

export class GetInitiativeV1 {
  @IsUUID('all')
  id: string;
}

/** The caller's initiatives: ORG_OPERATOR their organisation's, ADMIN all of the municipality. */
export class MyInitiativesV1 extends PageArgsV1 {
  @IsOptional()
  @IsBoolean()
  includeWithdrawn?: boolean;
}

/** Seats of a session: for the public, and held for people referred by the social desk. */
export class SeatsInputV1 {
  @IsInt({ message: 'publicSeats: un numero intero / must be a whole number' })
  @Min(0, { message: 'publicSeats: 0 o più / must be 0 or more' })
  @Max(MAX_SESSION_SEATS)
  publicSeats: number;

  @IsInt({ message: 'referralSeats: un numero intero / must be a whole number' })
  @Min(0, { message: 'referralSeats: 0 o più / must be 0 or more' })
  @Max(MAX_SESSION_SEATS)
  referralSeats: number;
}

/** One session. `id` is made by the client. */
export class ScheduleSessionV1 extends SeatsInputV1 {
  @IsUUID('all', { message: 'id must be a UUID made by the client' })
  id: string;

  @IsUUID('all')
  initiativeId: string;

  @IsISO8601({ strict: true }, { message: 'startsAt: una data e un’ora / must be a date and time (ISO 8601)' })
  startsAt: string;

  @IsISO8601({ strict: true }, { message: 'endsAt: una data e un’ora / must be a date and time (ISO 8601)' })
  endsAt: string;
}

/**
 * A bounded weekly rule: on the given weekdays, from `firstDate` until `untilDate` (inclusive), at
 * most `maxOccurrences` sessions, each from `startTime` to `endTime` in Europe/Rome. `id` (the
 * series') is made by the client: a retry returns the same sessions.
 */
export class ScheduleSeriesV1 extends SeatsInputV1 {
  @IsUUID('all', { message: 'id must be a UUID made by the client' })
  id: string;

  @IsUUID('all')
  initiativeId: string;

  @IsArray()
  @ArrayMinSize(1, { message: 'weekdays: scegli almeno un giorno / must name at least one day' })
  @ArrayMaxSize(7)
  @ArrayUnique({ message: 'weekdays: un giorno ripetuto / must not repeat a day' })
  @IsEnum(Weekday, { each: true, message: `weekdays: giorni della settimana / must be among ${Object.values(Weekday).join(', ')}` })
  weekdays: Weekday[];

  @Matches(TIME, { message: 'startTime: un’ora (HH:MM) / must be a time (HH:MM)' })
  startTime: string;

  @Matches(TIME, { message: 'endTime: un’ora (HH:MM) / must be a time (HH:MM)' })
  endTime: string;

  @Matches(DATE, { message: 'firstDate: una data / must be a date (YYYY-MM-DD)' })
  firstDate: string;

  @Matches(DATE, { message: 'untilDate: una data / must be a date (YYYY-MM-DD)' })
  untilDate: string;

  @IsOptional()
  @IsInt({ message: 'maxOccurrences: un numero intero / must be a whole number' })
  @Min(1)
  @Max(MAX_RECURRING_OCCURRENCES, { message: `maxOccurrences: al massimo ${MAX_RECURRING_OCCURRENCES} / must be at most ${MAX_RECURRING_OCCURRENCES}` })
  maxOccurrences?: number;
}

/** Changes a session: its status (with a note for the public), times or seats (never under the seats taken). */
export class UpdateSessionV1 {
  @IsUUID('all')
  id: string;

  @IsOptional()
  @IsEnum(SessionStatus, { message: `status must be one of ${Object.values(SessionStatus).join(', ')}` })
  status?: SessionStatus;

  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'startsAt: una data e un’ora / must be a date and time (ISO 8601)' })
  startsAt?: string;

  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'endsAt: una data e un’ora / must be a date and time (ISO 8601)' })
  endsAt?: string;

  @IsOptional()
  @IsInt({ message: 'publicSeats: un numero intero / must be a whole number' })
  @Min(0, { message: 'publicSeats: 0 o più / must be 0 or more' })
  @Max(MAX_SESSION_SEATS)
  publicSeats?: number;

  @IsOptional()
  @IsInt({ message: 'referralSeats: un numero intero / must be a whole number' })
  @Min(0, { message: 'referralSeats: 0 o più / must be 0 or more' })
  @Max(MAX_SESSION_SEATS)
  referralSeats?: number;

  /** Shown to the public beside a cancelled or postponed session ("rinviato al 12 marzo"). */
  @IsOptional()
  @IsString()
  @MaxLength(INITIATIVE_SHORT_MAX)
  note?: string;
}

/**
 * Takes one seat of a session. `id` (the reservation's) is made by the caller: a retry returns the
 * same reservation. `holderRef` is an opaque reference of the caller's (a registration or a
 * referral id), never a name.
 */
export class ReserveSeatV1 {
  @IsUUID('all', { message: 'id must be a UUID made by the client' })
  id: string;

  @IsUUID('all')
  sessionId: string;

  @IsEnum(SeatKind, { message: `kind must be one of ${Object.values(SeatKind).join(', ')}` })
  kind: SeatKind;

  @IsOptional()
  @IsUUID('all', { message: 'holderRef must be an id (never a name)' })
  holderRef?: string;
}

/** Gives a seat back (idempotent: releasing twice is releasing once). */
export class ReleaseSeatV1 {
  @IsUUID('all')
  id: string;
}

/** The public finder: a municipality's published initiatives with sessions to come. */
export class PublicInitiativesQueryV1 extends PageArgsV1 {
  @Matches(ISTAT_CODE, { message: 'municipality must be a six-digit ISTAT code' })
  municipality: string;

  @IsOptional()
  @Matches(NEIGHBOURHOOD_CODE, { message: 'neighbourhoodCode: scegli il quartiere / must be a neighbourhood slug such as "crocetta"' })
  neighbourhoodCode?: string;

  @IsOptional()
  @IsEnum(DayPart, { message: `dayPart must be one of ${Object.values(DayPart).join(', ')}` })
  dayPart?: DayPart;

  @IsOptional()
  @IsEnum(InitiativeKind, { message: `kind: scegli il tipo / must be one of ${Object.values(InitiativeKind).join(', ')}` })
  kind?: InitiativeKind;

  @IsOptional()
  @IsBoolean()
  free?: boolean;

  @IsOptional()
  @IsBoolean()
  stepFree?: boolean;

  @IsOptional()
  @IsBoolean()
  goodForLivingAlone?: boolean;
}

export class PublicInitiativeQueryV1 {
  @IsUUID('all')
  id: string;
}

/** The open-data feeds (RPDE paging: after the last item's `modified` and `id`). */
export class OpenDataFeedQueryV1 {
  @IsIn(['session-series', 'scheduled-sessions'], { message: 'feed must be session-series or scheduled-sessions' })
  feed: 'session-series' | 'scheduled-sessions';

  @IsOptional()
  @IsInt({ message: 'afterTimestamp must be a whole number' })
  @Min(0)
  afterTimestamp?: number;

  @IsOptional()
  @IsUUID('all', { message: 'afterId must be an id from the feed' })
  afterId?: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}

/* ---------------------------------------------- replies ------------------------------------------ */

export interface PlaceV1 {
  id: string;
  name: string;
  address: string;
  lat: number;
  lng: number;
  stepFree: boolean;
  neighbourhoodCode: string;
}

export interface SeatsV1 {
  publicSeats: number;
  referralSeats: number;
  publicTaken: number;
  referralTaken: number;
  /** Seats a resident can still take. */
  publicLeft: number;
  referralLeft: number;
}

export interface SessionV1 extends SeatsV1 {
  id: string;
  initiativeId: string;
  seriesId: string | null;
  startsAt: string;
  endsAt: string;
  status: SessionStatus;
  note: string | null;
}

export interface InitiativeV1 {
  id: string;
  municipality: string;
  kind: InitiativeKind;
  status: InitiativeStatus;
  titleIt: string;
  titleEn: string | null;
  descriptionIt: string;
  descriptionEn: string | null;
  /** Null: the municipality's own initiative. */
  organiserOrganisationId: string | null;
  neighbourhoodCode: string;
  place: PlaceV1;
  ageMin: number | null;
  ageMax: number | null;
  free: boolean;
  costText: string | null;
  accessibilitySupport: string | null;
  goodForLivingAlone: boolean;
  publicContact: string | null;
  createdAt: string;
  updatedAt: string;
}

/** An initiative with its sessions to come (at most a page of them). */
export interface InitiativeWithSessionsV1 extends InitiativeV1 {
  sessions: SessionV1[];
  /** The next session to come, if any (the finder's list shows it). */
  nextSession: SessionV1 | null;
}

export const SEAT_RESERVATION_STATUSES = ['HELD', 'RELEASED'] as const;
export type SeatReservationStatus = (typeof SEAT_RESERVATION_STATUSES)[number];

export interface SeatReservationV1 {
  id: string;
  sessionId: string;
  kind: SeatKind;
  status: SeatReservationStatus;
  reservedAt: string;
  releasedAt: string | null;
  /** The session's seats after this reservation or release. */
  seats: SeatsV1;
}

/** One RPDE item (https://openactive.io/realtime-paged-data-exchange/): `data` is absent when deleted. */
export interface RpdeItemV1 {
  state: 'updated' | 'deleted';
  kind: 'SessionSeries' | 'ScheduledSession';
  id: string;
  modified: number;
  data?: Record<string, unknown>;
}

export interface RpdePageV1 {
  items: RpdeItemV1[];
  /** The query for the next page (afterTimestamp, afterId of the last item; the same when the feed is at its end). */
  next: { afterTimestamp: number; afterId: string } | null;
  license: string;
}
