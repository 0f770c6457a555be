import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { AntennaKind } from '../graphql/enums';
import { GeoPointInput } from '../antennas/antennas.models';

@ObjectType({ description: 'What the public pages need to know about this deployment.' })
export class PublicInfo {
  @Field(() => [String], { description: 'ISTAT codes of the municipalities served (those with neighbourhoods)' })
  municipalities: string[];

  @Field(() => String, { nullable: true, description: 'A tile URL template ({z}/{x}/{y}) for the public map; null: no tiles, the neighbourhoods are drawn from their boundaries' })
  mapTileUrl: string | null;

  @Field(() => String, { nullable: true })
  mapTileAttribution: string | null;
}

@ObjectType({ description: 'A street of the gazetteer, with its approximate middle.' })
export class Street {
  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  neighbourhoodCode: string | null;

  @Field(() => Float)
  lat: number;

  @Field(() => Float)
  lng: number;
}

@ObjectType({ description: "A neighbourhood social desk's public fields." })
export class PublicDesk {
  @Field()
  neighbourhoodCode: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  hours: string | null;
}

@ObjectType({ description: 'The anti-abuse check of the application form: find a proof such that SHA-256("<id>:<proof>") starts with `bits` zero bits.' })
export class ApplicationChallenge {
  @Field()
  id: string;

  @Field(() => Int)
  bits: number;

  @Field()
  expiresAt: string;
}

@InputType({ description: 'An offer to become a proximity point (no sign-in).' })
export class ApplyAsProximityPointInput {
  @Field(() => ID, { description: 'Made by the client (UUID): a retry returns the same receipt' })
  id: string;

  @Field()
  municipality: string;

  @Field({ description: 'The shop, parish, association or citizen' })
  name: string;

  @Field(() => AntennaKind)
  kind: AntennaKind;

  @Field()
  address: string;

  @Field()
  neighbourhoodCode: string;

  @Field(() => GeoPointInput, { nullable: true, description: "The street's position from the gazetteer, when found" })
  position?: GeoPointInput;

  @Field({ nullable: true })
  openingHours?: string;

  @Field({ description: 'Who to talk to' })
  applicantName: string;

  @Field({ nullable: true })
  applicantPhone?: string;

  @Field({ nullable: true })
  applicantEmail?: string;

  @Field({ nullable: true, description: 'What they offer, in their words (at most 500 characters)' })
  message?: string;

  @Field({ description: 'Agreed that the contact is kept to follow up the application' })
  consent: boolean;

  @Field({ description: 'applicationChallenge.id' })
  challenge: string;

  @Field({ description: 'The proof of work found for the challenge' })
  proof: string;

  @Field({ nullable: true, description: 'Leave empty (a field people never see)' })
  website?: string;
}

@ObjectType()
export class ApplicationReceipt {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  neighbourhoodCode: string;

  @Field()
  receivedAt: string;
}
