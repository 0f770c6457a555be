import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  Equals,
  IsEmail,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsISO8601,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { AntennaKind, AntennaStatus, ISTAT_CODE, NEIGHBOURHOOD_CODE, Need } from '../domain';
import { PageArgsV1 } from './pagination';

export class ListNeighbourhoodsV1 {
  @IsOptional()
  @Matches(ISTAT_CODE)
  municipality?: string;

  /** Include each area's GeoJSON geometry (the dashboard's map); left out by default, it can be large. */
  @IsOptional()
  @IsBoolean()
  withBoundary?: boolean;
}

export interface NeighbourhoodV1 {
  municipality: string;
  code: string;
  name: string;
  population: number | null;
  approximate: boolean;
  /** GeoJSON Polygon or MultiPolygon ([lng, lat]); only when asked for with withBoundary. */
  boundary?: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
}

export class GeoPointV1 {
  @IsLatitude()
  lat: number;

  @IsLongitude()
  lng: number;
}

export class ProximityPointsQueryV1 extends PageArgsV1 {
  @IsOptional()
  @ValidateNested()
  @Type(() => GeoPointV1)
  near?: GeoPointV1;

  @IsOptional()
  @Matches(NEIGHBOURHOOD_CODE, { message: 'neighbourhoodCode must be a neighbourhood slug such as "crocetta"' })
  neighbourhoodCode?: string;

  @IsOptional()
  @Matches(ISTAT_CODE)
  municipality?: string;
}

/** Public fields only: never a volunteer's home, never a member. */
export interface ProximityPointV1 {
  id: string;
  name: string;
  kind: AntennaKind;
  address: string;
  neighbourhoodCode: string;
  openingHours: string | null;
  publicContact: string | null;
  lat: number;
  lng: number;
  distanceMeters: number | null;
}

// ---------------------------------------------------------------------------------------------
// Onboarding and lifecycle (ADMIN)
// ---------------------------------------------------------------------------------------------

export const ANTENNA_TEXT_MAX = 300;

/** An antenna proposed by the administration. `id` is made by the client: a retry returns the same antenna. */
export class ProposeAntennaV1 {
  @IsUUID('all', { message: 'id must be a UUID made by the client' })
  id: string;

  @IsString()
  @MinLength(2, { message: 'name must have at least 2 characters' })
  @MaxLength(200)
  name: string;

  @IsEnum(AntennaKind)
  kind: AntennaKind;

  /** Where the public meets the antenna. For a citizen volunteer: a public meeting place, never a home (else publicMeetingPlace is false). */
  @IsString()
  @MinLength(3, { message: 'address must have at least 3 characters' })
  @MaxLength(ANTENNA_TEXT_MAX)
  address: string;

  @ValidateNested()
  @Type(() => GeoPointV1)
  position: GeoPointV1;

  /** Optional: derived from the position. When given it must agree with the position. */
  @IsOptional()
  @Matches(NEIGHBOURHOOD_CODE, { message: 'neighbourhoodCode must be a neighbourhood slug such as "crocetta"' })
  neighbourhoodCode?: string;

  @IsOptional()
  @IsString()
  @MaxLength(ANTENNA_TEXT_MAX)
  openingHours?: string;

  @IsOptional()
  @IsString()
  @MaxLength(ANTENNA_TEXT_MAX)
  publicContact?: string;

  /** The needs its people are trained to notice. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(13)
  @ArrayUnique({ message: 'needs must not repeat a need' })
  @IsEnum(Need, { each: true })
  needs?: Need[];

  /**
   * CITIZEN_VOLUNTEER only, and required for them: true when the address is a public meeting place
   * they chose (then they are listed once ACTIVE); false keeps them off the public map.
   */
  @ValidateIf((o: ProposeAntennaV1) => o.kind === AntennaKind.CITIZEN_VOLUNTEER || o.publicMeetingPlace !== undefined)
  @IsBoolean({ message: 'publicMeetingPlace must be true or false (required for a citizen volunteer)' })
  publicMeetingPlace?: boolean;
}

export const ANTENNA_ACTIONS = ['train', 'activate', 'suspend', 'reactivate', 'retire'] as const;
export type AntennaAction = (typeof ANTENNA_ACTIONS)[number];

/** One move of the lifecycle PROPOSED → TRAINED → ACTIVE ⇄ SUSPENDED → RETIRED. */
export class TransitionAntennaV1 {
  @IsUUID('all')
  id: string;

  @IsIn(ANTENNA_ACTIONS)
  action: AntennaAction;

  /** Required for suspend and retire. Kept in the antenna's history, never put in an event. */
  @ValidateIf((o: TransitionAntennaV1) => o.action === 'suspend' || o.action === 'retire' || o.reason !== undefined)
  @IsString()
  @MinLength(3, { message: 'reason must say why (at least 3 characters)' })
  @MaxLength(1000)
  reason?: string;

  /** train: the day the antenna's people were trained (YYYY-MM-DD, not in the future). */
  @ValidateIf((o: TransitionAntennaV1) => o.action === 'train' || o.trainedOn !== undefined)
  @IsISO8601({ strict: true }, { message: 'trainedOn must be a date such as 2026-11-20' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'trainedOn must be a date such as 2026-11-20' })
  trainedOn?: string;

  /** train: must be true. */
  @ValidateIf((o: TransitionAntennaV1) => o.action === 'train' || o.codeOfConductAccepted !== undefined)
  @Equals(true, { message: 'codeOfConductAccepted must be true: the code of conduct is accepted at training' })
  codeOfConductAccepted?: boolean;
}

export class GetAntennaV1 {
  @IsUUID('all')
  id: string;
}

/** The names of some antennas of the caller's municipality (the social desk's "flagged by"): at most 100 ids. */
export class AntennaNamesV1 {
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  ids: string[];
}

/** An antenna's name and kind; ids of another municipality (or unknown) are left out of the reply. */
export interface AntennaNameV1 {
  id: string;
  name: string;
  kind: AntennaKind;
}

export class ListAntennasV1 extends PageArgsV1 {
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsEnum(AntennaStatus, { each: true })
  status?: AntennaStatus[];

  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsEnum(AntennaKind, { each: true })
  kind?: AntennaKind[];

  @IsOptional()
  @Matches(NEIGHBOURHOOD_CODE, { message: 'neighbourhoodCode must be a neighbourhood slug such as "crocetta"' })
  neighbourhoodCode?: string;

  /** Part of the name, any case. */
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  search?: string;
}

export interface AntennaStatusChangeV1 {
  from: AntennaStatus | null;
  to: AntennaStatus;
  reason: string | null;
  at: string;
  byAccountId: string | null;
}

/** An antenna as the administration sees it (its members live in the gateway's identity database). */
export interface AntennaV1 {
  id: string;
  municipality: string;
  name: string;
  kind: AntennaKind;
  address: string;
  lat: number;
  lng: number;
  neighbourhoodCode: string;
  openingHours: string | null;
  publicContact: string | null;
  needs: Need[];
  status: AntennaStatus;
  statusReason: string | null;
  publiclyListed: boolean;
  trainedOn: string | null;
  codeOfConductAcceptedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** Newest first; only in the detail (empty in lists). */
  history: AntennaStatusChangeV1[];
}

// ---------------------------------------------------------------------------------------------
// Neighbourhood import (ADMIN)
// ---------------------------------------------------------------------------------------------

/** Largest GeoJSON text accepted (the gateway's request body limit is 256 kB). */
export const NEIGHBOURHOOD_IMPORT_MAX_CHARS = 250_000;

export class ImportNeighbourhoodsV1 {
  /** The ADMIN's own municipality (the default); another one is refused. */
  @IsOptional()
  @Matches(ISTAT_CODE, { message: 'municipality must be a six-digit ISTAT code' })
  municipality?: string;

  /** A GeoJSON FeatureCollection, as text: each feature a Polygon or MultiPolygon with properties code, name, population?, population75plus?. */
  @IsString()
  @MinLength(2)
  @MaxLength(NEIGHBOURHOOD_IMPORT_MAX_CHARS, { message: `geojson must be at most ${NEIGHBOURHOOD_IMPORT_MAX_CHARS} characters` })
  geojson: string;

  /** Marks every imported boundary as approximate (a feature's own `approximate` property wins). */
  @IsOptional()
  @IsBoolean()
  approximate?: boolean;
}

export interface ImportNeighbourhoodsResultV1 {
  municipality: string;
  created: string[];
  updated: string[];
  /** Neighbourhoods of the municipality already known but absent from the file: kept as they are. */
  untouched: string[];
}

// ---------------------------------------------------------------------------------------------
// Coverage (CITY_ANALYST)
// ---------------------------------------------------------------------------------------------

export const COVERAGE_MAX_MONTHS = 36;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export class CoverageQueryV1 {
  @IsOptional()
  @Matches(ISTAT_CODE, { message: 'municipality must be a six-digit ISTAT code' })
  municipality?: string;

  /** First month (YYYY-MM, Europe/Rome); default: eleven months before `to`. */
  @IsOptional()
  @Matches(MONTH, { message: 'from must be a month such as 2026-01' })
  from?: string;

  /** Last month (YYYY-MM); default: the current month. */
  @IsOptional()
  @Matches(MONTH, { message: 'to must be a month such as 2026-12' })
  to?: string;
}

export interface NeighbourhoodCoverageV1 {
  code: string;
  name: string;
  population: number | null;
  population75Plus: number | null;
  approximate: boolean;
  activeAntennas: number;
  /** Active antennas per 1,000 residents (2 decimals), null without population data. */
  per1000Residents: number | null;
  /** Active antennas per 1,000 residents aged 75 or more (2 decimals), null without that figure. */
  per1000Over75: number | null;
  /** Below the city's threshold (or no active antenna at all): an antenna desert. */
  desert: boolean;
}

/** Reports sent by each neighbourhood's antennas per month, small cells suppressed (null = hidden). */
export interface ReportsByMonthV1 {
  months: string[];
  rows: { neighbourhoodCode: string; counts: (number | null)[]; total: number | null }[];
  monthTotals: (number | null)[];
  total: number | null;
  /** Counts under k are hidden, with complementary cells so none can be recomputed. */
  k: number;
  hiddenCells: number;
}

export interface CoverageV1 {
  municipality: string;
  /** Active antennas per 1,000 residents under which a neighbourhood is a desert. */
  desertThresholdPer1000: number;
  neighbourhoods: NeighbourhoodCoverageV1[];
  /** Codes of the antenna deserts, fewest antennas per resident first. */
  deserts: string[];
  reportsByMonth: ReportsByMonthV1;
}

// ---------------------------------------------------------------------------------------------
// Antenna members (ADMIN; accounts live in the gateway's identity database)
// ---------------------------------------------------------------------------------------------

export const MEMBER_PASSWORD_MIN = 12;

/** A named login for one of an antenna's people. Without a password, one is generated and shown once. */
export class CreateAntennaMemberV1 {
  @IsUUID('all')
  antennaId: string;

  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email: string;

  @IsString()
  @MinLength(2, { message: 'displayName must have at least 2 characters' })
  @MaxLength(120)
  displayName: string;

  @IsOptional()
  @IsString()
  @MinLength(MEMBER_PASSWORD_MIN, { message: `password must have at least ${MEMBER_PASSWORD_MIN} characters` })
  @MaxLength(200)
  password?: string;
}

export class RemoveAntennaMemberV1 {
  @IsUUID('all')
  id: string;
}
