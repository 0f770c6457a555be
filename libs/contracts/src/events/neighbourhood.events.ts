import { IsBoolean, IsInt, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { NEIGHBOURHOOD_CODE } from '../domain';
import { DomainEventBase } from './event-base';

/** prossimo.<istat>.neighbourhood.defined.v1 — published by antennas when a neighbourhood is created or changed. */
export class NeighbourhoodDefinedV1 extends DomainEventBase {
  @Matches(NEIGHBOURHOOD_CODE)
  code: string;

  @IsString()
  @MaxLength(200)
  name: string;

  @IsOptional()
  @IsInt()
  @Min(0)
  population?: number;

  @IsBoolean()
  approximate: boolean;

  /** Residents aged 75 or more, where known (added later: optional, older events lack it). */
  @IsOptional()
  @IsInt()
  @Min(0)
  population75Plus?: number;
}
