import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
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
  ValidateNested,
} from 'class-validator';
import { ISTAT_CODE, NEIGHBOURHOOD_CODE } from '../domain';
import { DayPart, WEEKDAYS } from '../community';
import { HoursSource, ShiftSignUpStatus, VolunteerRequirement, VolunteerSkill } from '../volunteering';
import { PageArgsV1 } from './pagination';

/** "MONDAY_MORNING" … "SUNDAY_EVENING": one coarse slot of a volunteer's week (weekday × part of the day). */
export const AVAILABILITY_SLOTS: readonly string[] = WEEKDAYS.flatMap((d) => Object.values(DayPart).map((p) => `${d}_${p}`));

/** A language by its ISO 639-1 code ("it", "en", "ar"). */
export const LANGUAGE_CODE = /^[a-z]{2}$/;

/** A requirement the volunteer holds, until when (absent: it does not expire). */
export class HeldRequirementV1 {
  @IsEnum(VolunteerRequirement)
  requirement: VolunteerRequirement;

  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'validUntil: a date, yyyy-mm-dd' })
  validUntil?: string;
}

/**
 * A resident's volunteer profile, saved by themselves (CITIZEN). Their own name and contact are
 * the only personal data kept, given for this purpose; the year of birth (not the date) is enough
 * for a role's minimum age.
 */
export class SaveVolunteerProfileV1 {
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  displayName: string;

  @IsEmail()
  @MaxLength(320)
  email: string;

  @IsOptional()
  @IsString()
  @Matches(/^\+?[0-9 ()./-]{6,30}$/, { message: 'phone: a phone number' })
  phone?: string;

  @IsInt()
  @Min(1900)
  @Max(2100)
  birthYear: number;

  @Matches(NEIGHBOURHOOD_CODE)
  @MaxLength(80)
  neighbourhoodCode: string;

  /** How far the volunteer is willing to travel, in kilometres. */
  @IsInt()
  @Min(0)
  @Max(100)
  travelKm: number;

  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(20)
  @IsEnum(VolunteerSkill, { each: true })
  skills: VolunteerSkill[];

  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(12)
  @Matches(LANGUAGE_CODE, { each: true, message: 'languages: ISO 639-1 codes such as "it", "en"' })
  languages: string[];

  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(21)
  @IsIn(AVAILABILITY_SLOTS, { each: true, message: 'availability: slots such as "TUESDAY_MORNING"' })
  availability: string[];

  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => HeldRequirementV1)
  requirements: HeldRequirementV1[];
}

export interface VolunteerProfileV1 {
  id: string;
  municipality: string;
  displayName: string;
  email: string;
  phone: string | null;
  birthYear: number;
  neighbourhoodCode: string;
  travelKm: number;
  skills: VolunteerSkill[];
  languages: string[];
  availability: string[];
  requirements: { requirement: VolunteerRequirement; validUntil: string | null }[];
  createdAt: string;
}

/** A role an organisation publishes (ORG_OPERATOR, for their own organisation). `id` is client-made: a retry returns the same role. */
export class PublishVolunteerRoleV1 {
  @IsUUID()
  id: string;

  @IsString()
  @MinLength(3)
  @MaxLength(120)
  title: string;

  @IsString()
  @MaxLength(2000)
  description: string;

  @Matches(NEIGHBOURHOOD_CODE)
  @MaxLength(80)
  neighbourhoodCode: string;

  @IsInt()
  @Min(14)
  @Max(99)
  minimumAge: number;

  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(5)
  @IsEnum(VolunteerRequirement, { each: true })
  requirements: VolunteerRequirement[];

  /** The organisation insures its volunteers for this role (Third Sector Code art. 18); without it sign-ups are refused. */
  @IsBoolean()
  insuranceProvided: boolean;

  /** The initiative this role serves (apps/community's initiatives), if any. */
  @IsOptional()
  @IsUUID()
  initiativeId?: string;
}

export interface VolunteerRoleV1 {
  id: string;
  municipality: string;
  organisationId: string;
  organisationName: string | null;
  title: string;
  description: string;
  neighbourhoodCode: string;
  minimumAge: number;
  requirements: VolunteerRequirement[];
  insuranceProvided: boolean;
  initiativeId: string | null;
  createdAt: string;
}

/**
 * A shift of a role: a session of the role's initiative (its times are the session's) or a time
 * slot of its own; `capacity` is how many volunteers it needs. `id` is client-made.
 */
export class AddVolunteerShiftV1 {
  @IsUUID()
  id: string;

  @IsUUID()
  roleId: string;

  @IsOptional()
  @IsUUID()
  sessionId?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  startsAt?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  endsAt?: string;

  @IsInt()
  @Min(1)
  @Max(500)
  capacity: number;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  meetingPoint?: string;
}

export interface VolunteerShiftV1 {
  id: string;
  roleId: string;
  sessionId: string | null;
  startsAt: string;
  endsAt: string;
  capacity: number;
  taken: number;
  meetingPoint: string | null;
}

/** Open roles with their next shifts, for a resident looking (no login needed). */
export class VolunteerOpportunitiesV1 extends PageArgsV1 {
  @IsOptional()
  @Matches(ISTAT_CODE)
  municipality?: string;

  @IsOptional()
  @Matches(NEIGHBOURHOOD_CODE)
  neighbourhoodCode?: string;
}

export interface VolunteerOpportunityV1 {
  role: VolunteerRoleV1;
  shifts: VolunteerShiftV1[];
}

export class ShiftIdV1 {
  @IsUUID()
  shiftId: string;
}

export class SignUpIdV1 {
  @IsUUID()
  signUpId: string;
}

export interface ShiftSignUpV1 {
  id: string;
  shiftId: string;
  volunteerId: string;
  status: ShiftSignUpStatus;
  /** When the volunteer was asked to confirm (48 h before); «conferma la tua presenza» until confirmed. */
  confirmationRequestedAt: string | null;
  confirmedAt: string | null;
  checkedInAt: string | null;
  checkedOutAt: string | null;
  createdAt: string;
}

/** A volunteer's own shift, with what they need to get there. */
export interface MyShiftV1 {
  signUp: ShiftSignUpV1;
  shift: VolunteerShiftV1;
  role: VolunteerRoleV1;
  /** Within 48 h of the start and not yet confirmed. */
  confirmationDue: boolean;
}

/** An organisation's roles with their shifts (ORG_OPERATOR). */
export class OrganisationRolesV1 extends PageArgsV1 {}

/** Who is on a shift (ORG_OPERATOR of the role's organisation): names and contacts of the volunteers, given for this. */
export interface ShiftRosterEntryV1 {
  signUp: ShiftSignUpV1;
  displayName: string;
  email: string;
  phone: string | null;
}

/**
 * Hours entered by hand by the organisation (source MANUAL; who entered them is kept). `id` is
 * client-made. A volunteer is named by id: one who signed up for a shift of the organisation.
 */
export class RecordVolunteerHoursV1 {
  @IsUUID()
  id: string;

  @IsUUID()
  volunteerId: string;

  @IsUUID()
  roleId: string;

  @IsOptional()
  @IsUUID()
  shiftId?: string;

  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'day: a date, yyyy-mm-dd' })
  @IsISO8601({ strict: true })
  day: string;

  @IsInt()
  @Min(1)
  @Max(24 * 60)
  minutes: number;
}

export interface VolunteerHoursV1 {
  id: string;
  volunteerId: string;
  volunteerName: string;
  roleId: string;
  roleTitle: string;
  shiftId: string | null;
  day: string;
  minutes: number;
  source: HoursSource;
  enteredBy: string;
  createdAt: string;
}

/**
 * The register of non-occasional volunteers (Third Sector Code art. 17) for the period asked: each
 * volunteer who served the organisation in it and has given it time on at least two different days
 * since they started (counted over their whole history, up to the period's end), with their first
 * day ever and last day, and the period's roles and hours (docs/community.md).
 */
export class VolunteerRegisterQueryV1 {
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  from?: string;

  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  to?: string;
}

export interface VolunteerRegisterRowV1 {
  volunteerId: string;
  displayName: string;
  email: string;
  phone: string | null;
  birthYear: number;
  firstDay: string;
  lastDay: string;
  roles: string[];
  minutes: number;
  minutesByCheckIn: number;
  minutesByHand: number;
}

export interface VolunteerRegisterV1 {
  organisationId: string;
  organisationName: string | null;
  from: string;
  to: string;
  rows: VolunteerRegisterRowV1[];
}
