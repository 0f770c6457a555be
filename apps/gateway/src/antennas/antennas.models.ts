import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { AntennaStatus } from '@prossimo/contracts';
import { AntennaKind } from '../graphql/enums';
import { Connection } from '../graphql/pagination';

@ObjectType()
export class Neighbourhood {
  @Field({ description: 'Slug, e.g. "crocetta", "sant-eusebio"' })
  code: string;

  @Field()
  name: string;

  @Field({ description: 'ISTAT code of the municipality' })
  municipality: string;

  @Field(() => Int, { nullable: true })
  population: number | null;

  @Field({ description: 'True when the boundary is an approximation, not the official one' })
  approximate: boolean;

  @Field(() => String, { nullable: true, description: 'The area as GeoJSON geometry text (Polygon or MultiPolygon, [lng, lat]); null when unknown' })
  boundary?: string | null;
}

@ObjectType({ description: "The signed-in antenna's own point: what its flag form needs" })
export class MyAntenna {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  neighbourhoodCode: string;

  @Field(() => AntennaStatus)
  status: string;
}

@ObjectType({ description: 'A proximity point: an ACTIVE antenna, public fields only' })
export class ProximityPoint {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => AntennaKind)
  kind: AntennaKind;

  @Field()
  address: string;

  @Field()
  neighbourhoodCode: string;

  @Field(() => String, { nullable: true })
  openingHours: string | null;

  @Field(() => String, { nullable: true })
  publicContact: string | null;

  @Field(() => Float)
  lat: number;

  @Field(() => Float)
  lng: number;

  @Field(() => Int, { nullable: true, description: 'Distance from `near`, in metres, when `near` was given' })
  distanceMeters: number | null;
}

@ObjectType()
export class ProximityPointConnection extends Connection(ProximityPoint) {}

@InputType()
export class GeoPointInput {
  @Field(() => Float)
  lat: number;

  @Field(() => Float)
  lng: number;
}
