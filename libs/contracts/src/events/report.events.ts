import { ArrayMinSize, ArrayUnique, IsArray, IsEnum, IsISO8601, IsUUID, Matches } from 'class-validator';
import { AgeBand, NEIGHBOURHOOD_CODE, Need, Urgency } from '../domain';
import { DomainEventBase } from './event-base';

/** prossimo.<istat>.report.submitted.v1 — published by reports when a new signal is recorded. */
export class ReportSubmittedV1 extends DomainEventBase {
  @IsUUID()
  reportId: string;

  @IsUUID()
  antennaId: string;

  @IsUUID()
  ownerDeskId: string;

  @Matches(NEIGHBOURHOOD_CODE)
  neighbourhoodCode: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsEnum(Need, { each: true })
  needs: Need[];

  @IsEnum(Urgency)
  urgency: Urgency;

  @IsEnum(AgeBand)
  ageBand: AgeBand;

  @IsISO8601({ strict: true })
  submittedAt: string;
}
