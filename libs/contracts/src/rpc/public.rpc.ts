import { Type } from 'class-transformer';
import { Equals, IsEmail, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import { AntennaKind, ISTAT_CODE, NEIGHBOURHOOD_CODE } from '../domain';
import { ANTENNA_TEXT_MAX, GeoPointV1 } from './antennas.rpc';

/* ------------------------------------------------------------------------------------------------
 * What a resident reaches without signing in (issue 15): one proximity point's page, the streets
 * of the gazetteer (to find the nearest point by address), the municipalities served, the social
 * desks' public fields, and the application to become a proximity point.
 * ---------------------------------------------------------------------------------------------- */

/** One public proximity point (ACTIVE and publicly listed); anything else is NOT_FOUND. */
export class PublicPointQueryV1 {
  @IsUUID('all')
  id: string;
}

/** Streets of a municipality's gazetteer matching what a resident typed (at most `first`, default 8). */
export class StreetsQueryV1 {
  @Matches(ISTAT_CODE)
  municipality: string;

  @IsString()
  @MinLength(2, { message: 'search must have at least 2 characters' })
  @MaxLength(100)
  search: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20)
  first?: number;
}

/** A street with an approximate position (its middle) and the neighbourhood it lies in. */
export interface StreetV1 {
  name: string;
  neighbourhoodCode: string | null;
  lat: number;
  lng: number;
}

/** The social desks of a municipality, public fields only (whom a resident can call). */
export class PublicDesksQueryV1 {
  @Matches(ISTAT_CODE)
  municipality: string;
}

export interface PublicDeskV1 {
  neighbourhoodCode: string;
  name: string;
  phone: string | null;
  hours: string | null;
}

export const APPLICATION_MESSAGE_MAX = 500;

/**
 * A shop, a parish, an association or a citizen offering to be a proximity point. It becomes a
 * PROPOSED antenna for the administration to follow up; the applicant's own contact (given for
 * that purpose, with consent) is kept in the antennas service and shown to ADMIN only. `id` is made
 * by the client: a retry returns the same receipt.
 */
export class ApplyAsAntennaV1 {
  @IsUUID('all', { message: 'id must be a UUID made by the client' })
  id: string;

  @Matches(ISTAT_CODE)
  municipality: string;

  @IsString()
  @MinLength(2, { message: 'name must have at least 2 characters' })
  @MaxLength(200)
  name: string;

  @IsEnum(AntennaKind)
  kind: AntennaKind;

  @IsString()
  @MinLength(3, { message: 'address must have at least 3 characters' })
  @MaxLength(ANTENNA_TEXT_MAX)
  address: string;

  @Matches(NEIGHBOURHOOD_CODE, { message: 'neighbourhoodCode must be a neighbourhood slug such as "crocetta"' })
  neighbourhoodCode: string;

  /** From the gazetteer when the street was found; else the neighbourhood's middle (approximate). */
  @IsOptional()
  @ValidateNested()
  @Type(() => GeoPointV1)
  position?: GeoPointV1;

  @IsOptional()
  @IsString()
  @MaxLength(ANTENNA_TEXT_MAX)
  openingHours?: string;

  /** Who to talk to: the shopkeeper, the parish priest, the citizen. */
  @IsString()
  @MinLength(2, { message: 'applicantName must have at least 2 characters' })
  @MaxLength(200)
  applicantName: string;

  /** A phone or an e-mail (one of the two is required). */
  @ValidateIf((o: ApplyAsAntennaV1) => !o.applicantEmail || o.applicantPhone !== undefined)
  @Matches(/^(?=(?:\D*\d){6,15}\D*$)[0-9 +()./-]{6,30}$/, { message: 'applicantPhone must be a phone number (6 to 15 digits), or give an e-mail' })
  applicantPhone?: string;

  @ValidateIf((o: ApplyAsAntennaV1) => !o.applicantPhone || o.applicantEmail !== undefined)
  @IsEmail({}, { message: 'applicantEmail must be an e-mail address, or give a phone' })
  @MaxLength(200)
  applicantEmail?: string;

  @IsOptional()
  @IsString()
  @MaxLength(APPLICATION_MESSAGE_MAX)
  message?: string;

  /** The applicant agreed that their contact is kept to follow up the application. */
  @Equals(true, { message: 'consent must be true: the contact is kept only to follow up the application' })
  consent: boolean;

  /** The proof of work's challenge, once used (a second application with it is refused). */
  @IsString()
  @MinLength(16)
  @MaxLength(300)
  challengeId: string;
}

/** What the applicant reads back: no contact echoed. */
export interface ApplicationReceiptV1 {
  id: string;
  name: string;
  neighbourhoodCode: string;
  receivedAt: string;
}

/** An application as the administration sees it, on its PROPOSED antenna (ADMIN only). */
export interface AntennaApplicationV1 {
  applicantName: string;
  applicantPhone: string | null;
  applicantEmail: string | null;
  message: string | null;
  appliedAt: string;
  /** The position is the neighbourhood's middle, not the place: set it on the map. */
  positionApproximate: boolean;
}
