import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ISTAT_CODE, NEIGHBOURHOOD_CODE, Need } from '../domain';
import { PageArgsV1 } from './pagination';

/* ------------------------------------------------------------------------------------------------
 * The public directory (issue 15): the residents' catalogue, the HSDS import report, the ADMIN's
 * mapping of other publishers' taxonomy terms to Prossimo's needs, and the HSDS export. Places and
 * services only: nothing here is ever about a person.
 * ---------------------------------------------------------------------------------------------- */

/** What an import did to one row (or one field of it). */
export type ImportRowStatus = 'created' | 'updated' | 'unchanged' | 'refused';
export type ImportFieldStatus = 'created' | 'updated' | 'warning' | 'refused';

export interface ImportFieldV1 {
  /** The field as the file names it (`tax_id`, `address_1`, `service_areas`). */
  field: string;
  status: ImportFieldStatus;
  /** Why (warnings and refusals), "italiano / english"; null for a plain change. */
  message: string | null;
}

/** One row of the file: where it is, the publisher's id, what became of it, field by field. */
export interface ImportRowV1 {
  /** The HSDS table (`organizations`, `services`, `locations`, `service_at_locations`, `phones`, `schedules`, `taxonomy_terms`, ...). */
  table: string;
  /** Where in the file: `services.csv:4` (tabular: the file's line) or `[2].service_at_locations[0].location` (JSON). */
  ref: string;
  /** The CSV line, or the position of the top-level JSON object (from 1). */
  line: number;
  /** The publisher's id of the row, as written. */
  id: string | null;
  status: ImportRowStatus;
  fields: ImportFieldV1[];
}

export interface ImportTableCountV1 {
  table: string;
  created: number;
  updated: number;
  unchanged: number;
  refused: number;
  /** Rows that landed with at least one warning. */
  warnings: number;
}

/** What an HSDS import (tabular package or JSON objects) did. */
export interface ImportReportV1 {
  format: string;
  /** Who published the file (from datapackage.json's name, or given); part of each derived id. */
  source: string;
  tables: ImportTableCountV1[];
  /** Every row refused or with a warning, and the others up to a bound (see `rowsLeftOut`). */
  rows: ImportRowV1[];
  /** Rows not listed to keep the answer small (their counts are in `tables`). */
  rowsLeftOut: number;
  /** Services imported whose terms map to no need: public in the catalogue and /hsds/, never matched for referrals. */
  unrouted: number;
  /** Terms of other taxonomies with no need mapped yet (the ADMIN maps them on the mapping page). */
  unmappedTerms: number;
  /** Files or tables of the package that Prossimo does not read (languages, funding, ...). */
  ignored: string[];
}

/** A term of another publisher's taxonomy and the need it maps to here (ADMIN). */
export class ListTaxonomyTermsV1 extends PageArgsV1 {
  /** true: only mapped terms; false: only terms with no need yet. */
  @IsOptional()
  @IsBoolean()
  mapped?: boolean;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

export interface TaxonomyTermMappingV1 {
  id: string;
  /** The taxonomy's name as the publisher wrote it. */
  taxonomy: string;
  code: string | null;
  name: string;
  description: string | null;
  /** The need it maps to; null: not mapped (its services are not routed unless another term maps). */
  need: Need | null;
  /** How many of the municipality's services carry the term. */
  services: number;
  mappedAt: string | null;
}

export class MapTaxonomyTermV1 {
  @IsUUID('all')
  termId: string;

  /** The need; absent or null: the term maps to no need. */
  @IsOptional()
  @IsEnum(Need)
  need?: Need | null;
}

export interface MapTaxonomyTermResultV1 {
  term: TaxonomyTermMappingV1;
  /** Services whose needs changed with this mapping. */
  servicesUpdated: number;
  /** The municipality's active services with no need at all now (listed publicly, never routed). */
  unrouted: number;
}

/** The residents' catalogue (WeMi-like): active and temporarily closed services of a municipality. */
export class CatalogueQueryV1 extends PageArgsV1 {
  @IsOptional()
  @Matches(ISTAT_CODE)
  municipality?: string;

  @IsOptional()
  @IsEnum(Need)
  need?: Need;

  @IsOptional()
  @Matches(NEIGHBOURHOOD_CODE, { message: 'neighbourhoodCode must be a neighbourhood slug such as "crocetta"' })
  neighbourhoodCode?: string;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  /** Only services taking people now: active, with capacity (and a place free when it counts them). */
  @IsOptional()
  @IsBoolean()
  availableNow?: boolean;
}

export interface PublicPhoneV1 {
  number: string;
  extension: number | null;
  type: string | null;
  description: string | null;
}

/** Opening hours: weekly `byday` (MO,TU,...) from `opensAt` to `closesAt`, or only a description. */
export interface PublicScheduleV1 {
  freq: string | null;
  byday: string | null;
  opensAt: string | null;
  closesAt: string | null;
  validFrom: string | null;
  validTo: string | null;
  description: string | null;
  notes: string | null;
}

export interface PublicPlaceV1 {
  id: string;
  name: string;
  description: string | null;
  address: string | null;
  city: string | null;
  postalCode: string | null;
  stateProvince: string | null;
  transportation: string | null;
  latitude: number | null;
  longitude: number | null;
  phones: PublicPhoneV1[];
  schedules: PublicScheduleV1[];
}

export interface CatalogueItemV1 {
  id: string;
  name: string;
  description: string | null;
  status: string;
  organisationId: string;
  organisationName: string;
  needs: Need[];
  neighbourhoodCodes: string[];
  capacityStatus: string;
  capacityAvailable: number | null;
  capacityUnit: string | null;
  /** Taking people now (active, capacity, a place free when it counts them). */
  availableNow: boolean;
  /** Its terms map to a need: referrals can be sent to it. */
  routable: boolean;
  /** Up to three of its places' addresses, for the list. */
  places: { name: string; address: string | null }[];
}

export class CatalogueServiceQueryV1 {
  @IsUUID('all')
  id: string;
}

export interface CatalogueServiceV1 extends CatalogueItemV1 {
  applicationProcess: string | null;
  eligibilityDescription: string | null;
  feesDescription: string | null;
  minimumAge: number | null;
  maximumAge: number | null;
  email: string | null;
  url: string | null;
  capacityMaximum: number | null;
  updatedAt: string;
  organisation: {
    id: string;
    name: string;
    description: string | null;
    legalForm: string | null;
    website: string | null;
    email: string | null;
    phones: PublicPhoneV1[];
  };
  phones: PublicPhoneV1[];
  schedules: PublicScheduleV1[];
  places: (PublicPlaceV1 & { address: string | null })[];
}

/** The public directory as an HSDS 3.0 tabular data package (GET /hsds/export.zip). */
export class HsdsExportV1 {
  @IsOptional()
  @Matches(ISTAT_CODE)
  municipality?: string;
}

/** The package's files: datapackage.json and one CSV per table, as text. */
export interface HsdsExportFilesV1 {
  files: Record<string, string>;
}

/** A neighbourhood the gateway passes with an import, so service areas can be read by name or code. */
export class ImportNeighbourhoodV1 {
  @Matches(NEIGHBOURHOOD_CODE)
  code: string;

  @IsString()
  @MaxLength(200)
  name: string;
}

export const HSDS_IMPORT_FORMATS = ['hsds-objects', 'hsds-tabular'] as const;

/**
 * An HSDS import as the referrals service receives it: `content` is the JSON text (hsds-objects) or
 * a JSON object of the package's files by path (hsds-tabular, unzipped by the gateway).
 */
export class ImportHsdsV1 {
  @IsIn(HSDS_IMPORT_FORMATS)
  format: (typeof HSDS_IMPORT_FORMATS)[number];

  @IsString()
  @MaxLength(5_000_000)
  content: string;

  /** Who published it (a short name: "regione-lombardia"); default: datapackage.json's name, else "hsds". */
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9._-]{0,79}$/, { message: 'source must be a short name in lower case such as "regione-lombardia"' })
  source?: string;

  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => ImportNeighbourhoodV1)
  neighbourhoods?: ImportNeighbourhoodV1[];
}
