import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AntennaStatus } from '@prossimo/contracts';
import { AntennaKind, Need } from '../graphql/enums';
import { Connection } from '../graphql/pagination';
import { GeoPointInput } from './antennas.models';

registerEnumType(AntennaStatus, { name: 'AntennaStatus', description: 'PROPOSED → TRAINED → ACTIVE ⇄ SUSPENDED → RETIRED; only ACTIVE antennas report and are listed' });

@ObjectType()
export class AntennaStatusChange {
  @Field(() => AntennaStatus, { nullable: true, description: 'Absent on creation' })
  from: AntennaStatus | null;

  @Field(() => AntennaStatus)
  to: AntennaStatus;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field()
  at: Date;

  @Field(() => ID, { nullable: true })
  byAccountId: string | null;
}

@ObjectType({ description: 'A named login of one of the antenna’s people' })
export class AntennaMember {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  antennaId: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field()
  createdAt: Date;
}

@ObjectType({ description: "An application from the public form: the applicant's own contact, given to be followed up; never public." })
export class AntennaApplication {
  @Field()
  applicantName: string;

  @Field(() => String, { nullable: true })
  applicantPhone: string | null;

  @Field(() => String, { nullable: true })
  applicantEmail: string | null;

  @Field(() => String, { nullable: true, description: 'What they offer, in their words' })
  message: string | null;

  @Field()
  appliedAt: string;

  @Field({ description: "The position is the neighbourhood's or the street's middle: set the real one" })
  positionApproximate: boolean;
}

@ObjectType({ description: 'An antenna as the administration sees it' })
export class Antenna {
  @Field(() => ID)
  id: string;

  @Field()
  municipality: string;

  @Field()
  name: string;

  @Field(() => AntennaKind)
  kind: AntennaKind;

  @Field()
  address: string;

  @Field(() => Float)
  lat: number;

  @Field(() => Float)
  lng: number;

  @Field()
  neighbourhoodCode: string;

  @Field(() => String, { nullable: true })
  openingHours: string | null;

  @Field(() => String, { nullable: true })
  publicContact: string | null;

  @Field(() => [Need], { description: 'The needs its people are trained to notice' })
  needs: Need[];

  @Field(() => AntennaStatus)
  status: AntennaStatus;

  @Field(() => String, { nullable: true, description: 'Why it is in its current status' })
  statusReason: string | null;

  @Field({ description: 'Shown among the proximity points when ACTIVE' })
  publiclyListed: boolean;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  trainedOn: string | null;

  @Field(() => Date, { nullable: true })
  codeOfConductAcceptedAt: Date | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => [AntennaStatusChange], { description: 'Newest first (in the detail only; empty in lists)' })
  history: AntennaStatusChange[];

  @Field(() => AntennaApplication, { nullable: true, description: 'When it came from the public application form: who applied and how to reach them (ADMIN only)' })
  application?: AntennaApplication | null;
}

@ObjectType()
export class AntennaConnection extends Connection(Antenna) {}

@InputType()
export class ProposeAntennaInput {
  @Field(() => ID, { description: 'Made by the client (UUID): a retry returns the same antenna' })
  id: string;

  @Field()
  name: string;

  @Field(() => AntennaKind)
  kind: AntennaKind;

  @Field({ description: 'Where the public meets it; for a volunteer, a public meeting place (never a home) or set publicMeetingPlace: false' })
  address: string;

  @Field(() => GeoPointInput)
  position: GeoPointInput;

  @Field({ nullable: true, description: 'Derived from the position; when given it must agree' })
  neighbourhoodCode?: string;

  @Field({ nullable: true })
  openingHours?: string;

  @Field({ nullable: true })
  publicContact?: string;

  @Field(() => [Need], { nullable: true })
  needs?: Need[];

  @Field({ nullable: true, description: 'CITIZEN_VOLUNTEER only (required): listed only when true' })
  publicMeetingPlace?: boolean;
}

@InputType()
export class CreateAntennaMemberInput {
  @Field(() => ID)
  antennaId: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field({ nullable: true, description: 'At least 12 characters, required. To give a person access, invite them instead (inviteAccount with role ANTENNA): they choose their own password' })
  password?: string;
}

@ObjectType()
export class CreatedAntennaMember {
  @Field(() => AntennaMember)
  member: AntennaMember;

  @Field(() => String, { nullable: true, deprecationReason: 'Passwords are no longer generated: always null. Invite people with inviteAccount.' })
  generatedPassword: string | null;
}

@ObjectType()
export class ImportNeighbourhoodsResult {
  @Field()
  municipality: string;

  @Field(() => [String])
  created: string[];

  @Field(() => [String])
  updated: string[];

  @Field(() => [String], { description: 'Already known, absent from the file: kept as they are' })
  untouched: string[];
}

@ObjectType()
export class NeighbourhoodCoverage {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => Int, { nullable: true })
  population: number | null;

  @Field(() => Int, { nullable: true })
  population75Plus: number | null;

  @Field()
  approximate: boolean;

  @Field(() => Int)
  activeAntennas: number;

  @Field(() => Float, { nullable: true, description: 'Active antennas per 1,000 residents' })
  per1000Residents: number | null;

  @Field(() => Float, { nullable: true, description: 'Active antennas per 1,000 residents aged 75 or more' })
  per1000Over75: number | null;

  @Field({ description: 'An antenna desert: below the city’s threshold, or no active antenna' })
  desert: boolean;
}

@ObjectType()
export class NeighbourhoodReportsRow {
  @Field()
  neighbourhoodCode: string;

  @Field(() => [Int], { nullable: 'items', description: 'One per month; null = hidden (small cell)' })
  counts: (number | null)[];

  @Field(() => Int, { nullable: true })
  total: number | null;
}

@ObjectType({ description: 'Reports sent by each neighbourhood’s antennas per month; counts under k hidden, with complementary cells' })
export class ReportsByMonth {
  @Field(() => [String])
  months: string[];

  @Field(() => [NeighbourhoodReportsRow])
  rows: NeighbourhoodReportsRow[];

  @Field(() => [Int], { nullable: 'items' })
  monthTotals: (number | null)[];

  @Field(() => Int, { nullable: true })
  total: number | null;

  @Field(() => Int)
  k: number;

  @Field(() => Int)
  hiddenCells: number;
}

@ObjectType()
export class Coverage {
  @Field()
  municipality: string;

  @Field(() => Float)
  desertThresholdPer1000: number;

  @Field(() => [NeighbourhoodCoverage])
  neighbourhoods: NeighbourhoodCoverage[];

  @Field(() => [String], { description: 'Codes of the antenna deserts, emptiest first' })
  deserts: string[];

  @Field(() => ReportsByMonth)
  reportsByMonth: ReportsByMonth;
}
