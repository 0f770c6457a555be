import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { NEIGHBOURHOOD_CODE } from '../domain';
import { PageArgsV1 } from './pagination';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A class group of a school protocol: students appear only as a count, never as persons.
 */
export class SchoolClassGroupV1 {
  /** "3ª B", "4ª A liceo" */
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  label: string;

  @IsInt()
  @Min(1)
  @Max(60)
  studentCount: number;

  @IsInt()
  @Min(0)
  @Max(2000)
  plannedHours: number;

  @IsInt()
  @Min(0)
  @Max(2000)
  doneHours: number;
}

/**
 * A protocol between a school and the municipality ("educazione civica attiva"): the school,
 * its class groups, the activities, the tutor (the school's teacher who follows it), planned and
 * done hours. Saved whole by the ADMIN; `id` is client-made (a retry or an edit saves the same).
 */
export class SaveSchoolProtocolV1 {
  @IsUUID()
  id: string;

  @IsString()
  @MinLength(2)
  @MaxLength(160)
  schoolName: string;

  /** The school's ministry code (codice meccanografico), e.g. MIIC8AB00X. */
  @IsOptional()
  @Matches(/^[A-Z]{2}[A-Z0-9]{8}$/, { message: 'schoolCode: a ministry school code such as MIIC8AB00X' })
  schoolCode?: string;

  @IsOptional()
  @Matches(NEIGHBOURHOOD_CODE)
  @MaxLength(80)
  neighbourhoodCode?: string;

  /** "2026/27" */
  @Matches(/^\d{4}\/\d{2}$/, { message: 'schoolYear: such as 2026/27' })
  schoolYear: string;

  @IsString()
  @MinLength(2)
  @MaxLength(120)
  tutorName: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  activities: string[];

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  @Type(() => SchoolClassGroupV1)
  classGroups: SchoolClassGroupV1[];

  @Matches(DAY)
  @IsISO8601({ strict: true })
  signedOn: string;

  @IsOptional()
  @Matches(DAY)
  @IsISO8601({ strict: true })
  validUntil?: string;
}

export interface SchoolProtocolV1 {
  id: string;
  municipality: string;
  schoolName: string;
  schoolCode: string | null;
  neighbourhoodCode: string | null;
  schoolYear: string;
  tutorName: string;
  activities: string[];
  classGroups: { label: string; studentCount: number; plannedHours: number; doneHours: number }[];
  signedOn: string;
  validUntil: string | null;
  plannedHours: number;
  doneHours: number;
  students: number;
  updatedAt: string;
}

export class ListSchoolProtocolsV1 extends PageArgsV1 {
  @IsOptional()
  @Matches(/^\d{4}\/\d{2}$/)
  schoolYear?: string;
}

/** Counts ready for the dashboard: protocols, class groups, students (a count), planned and done hours, per school year. */
export interface SchoolTotalsV1 {
  municipality: string;
  years: { schoolYear: string; protocols: number; classGroups: number; students: number; plannedHours: number; doneHours: number }[];
}
