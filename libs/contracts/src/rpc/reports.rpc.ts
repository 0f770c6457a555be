import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { AgeBand, CoarseStatus, NEIGHBOURHOOD_CODE, Need, Urgency } from '../domain';
import { PageArgsV1 } from './pagination';

export const DESCRIPTION_MAX_LENGTH = 4000;

/** Optional identifying data of the person flagged. Encrypted at rest; never leaves the reports service in events. */
export class SubjectInputV1 {
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  address?: string;

  @IsOptional()
  @IsString()
  @Matches(/^\+?[0-9 ()-]{5,25}$/, { message: 'phone must be a phone number (digits, spaces, +, -, parentheses)' })
  phone?: string;
}

export class SubmitReportV1 {
  @IsUUID('all', { message: 'id must be a UUID made by the client' })
  id: string;

  @Matches(NEIGHBOURHOOD_CODE, { message: 'neighbourhoodCode must be a neighbourhood slug such as "crocetta"' })
  neighbourhoodCode: string;

  @IsArray()
  @ArrayMinSize(1, { message: 'needs must name at least one need' })
  @ArrayMaxSize(13)
  @ArrayUnique({ message: 'needs must not repeat a need' })
  @IsEnum(Need, { each: true })
  needs: Need[];

  @IsEnum(Urgency)
  urgency: Urgency;

  @IsEnum(AgeBand)
  ageBand: AgeBand;

  @IsString()
  @MinLength(1, { message: 'description must say what was seen' })
  @MaxLength(DESCRIPTION_MAX_LENGTH, { message: `description must be at most ${DESCRIPTION_MAX_LENGTH} characters` })
  description: string;

  @IsBoolean()
  consentToContact: boolean;

  @IsOptional()
  @IsBoolean()
  doNotContact?: boolean;

  @IsOptional()
  @ValidateNested()
  @Type(() => SubjectInputV1)
  subject?: SubjectInputV1;
}

/** What an antenna sees of a report: never the story, never what the organisation did. */
export interface ReportSummaryV1 {
  id: string;
  status: CoarseStatus;
  submittedAt: string;
  needs: Need[];
  neighbourhoodCode: string;
  urgency: Urgency;
  ageBand: AgeBand;
  /** For EMERGENCY: the instruction to call 112 first. */
  advice: string | null;
}

export class MyReportsV1 extends PageArgsV1 {}
