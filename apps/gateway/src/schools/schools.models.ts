import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../graphql/pagination';

@ObjectType({ description: 'A class group of a school protocol: students only as a count, never as persons' })
export class SchoolClassGroup {
  @Field()
  label: string;

  @Field(() => Int)
  studentCount: number;

  @Field(() => Int)
  plannedHours: number;

  @Field(() => Int)
  doneHours: number;
}

@InputType()
export class SchoolClassGroupInput {
  @Field({ description: '"3ª B"' })
  label: string;

  @Field(() => Int)
  studentCount: number;

  @Field(() => Int)
  plannedHours: number;

  @Field(() => Int)
  doneHours: number;
}

@ObjectType({ description: 'A protocol between a school and the municipality ("educazione civica attiva")' })
export class SchoolProtocol {
  @Field(() => ID)
  id: string;

  @Field()
  schoolName: string;

  @Field(() => String, { nullable: true, description: 'Codice meccanografico' })
  schoolCode: string | null;

  @Field(() => String, { nullable: true })
  neighbourhoodCode: string | null;

  @Field({ description: '"2026/27"' })
  schoolYear: string;

  @Field({ description: 'The school\'s teacher who follows the protocol' })
  tutorName: string;

  @Field(() => [String])
  activities: string[];

  @Field(() => [SchoolClassGroup])
  classGroups: SchoolClassGroup[];

  @Field({ description: 'yyyy-mm-dd' })
  signedOn: string;

  @Field(() => String, { nullable: true })
  validUntil: string | null;

  @Field(() => Int)
  plannedHours: number;

  @Field(() => Int)
  doneHours: number;

  @Field(() => Int, { description: 'Students in all its class groups (a count)' })
  students: number;

  @Field()
  updatedAt: Date;
}

@ObjectType()
export class SchoolProtocolConnection extends Connection(SchoolProtocol) {}

@InputType()
export class SchoolProtocolInput {
  @Field(() => ID, { description: 'Made by the client (UUID): saving again with the same id replaces the protocol' })
  id: string;

  @Field()
  schoolName: string;

  @Field({ nullable: true })
  schoolCode?: string;

  @Field({ nullable: true })
  neighbourhoodCode?: string;

  @Field()
  schoolYear: string;

  @Field()
  tutorName: string;

  @Field(() => [String])
  activities: string[];

  @Field(() => [SchoolClassGroupInput])
  classGroups: SchoolClassGroupInput[];

  @Field()
  signedOn: string;

  @Field({ nullable: true })
  validUntil?: string;
}

@ObjectType()
export class SchoolYearTotals {
  @Field()
  schoolYear: string;

  @Field(() => Int)
  protocols: number;

  @Field(() => Int)
  classGroups: number;

  @Field(() => Int)
  students: number;

  @Field(() => Int)
  plannedHours: number;

  @Field(() => Int)
  doneHours: number;
}
