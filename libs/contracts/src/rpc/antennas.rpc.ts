import { Type } from 'class-transformer';
import { IsLatitude, IsLongitude, IsOptional, Matches, ValidateNested } from 'class-validator';
import { AntennaKind, ISTAT_CODE, NEIGHBOURHOOD_CODE } from '../domain';
import { PageArgsV1 } from './pagination';

export class ListNeighbourhoodsV1 {
  @IsOptional()
  @Matches(ISTAT_CODE)
  municipality?: string;
}

export interface NeighbourhoodV1 {
  municipality: string;
  code: string;
  name: string;
  population: number | null;
  approximate: boolean;
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
