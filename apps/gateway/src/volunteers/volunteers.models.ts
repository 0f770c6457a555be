import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { HoursSource, ShiftSignUpStatus, SignUpRefusal, VolunteerRequirement, VolunteerSkill } from '@prossimo/contracts';
import { Connection } from '../graphql/pagination';

registerEnumType(VolunteerSkill, { name: 'VolunteerSkill' });
registerEnumType(VolunteerRequirement, { name: 'VolunteerRequirement', description: 'What a volunteer role may require (held with an optional expiry)' });
registerEnumType(HoursSource, { name: 'HoursSource', description: 'Where a line of the hours register came from: check-in/out, or entered by hand' });
registerEnumType(ShiftSignUpStatus, { name: 'ShiftSignUpStatus' });
registerEnumType(SignUpRefusal, { name: 'SignUpRefusal', description: 'Why a sign-up for a shift was refused: the CONFLICT error carries it as extensions.reason' });

export { HoursSource, ShiftSignUpStatus, SignUpRefusal, VolunteerRequirement, VolunteerSkill };

@ObjectType()
export class HeldRequirement {
  @Field(() => VolunteerRequirement)
  requirement: VolunteerRequirement;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd; none: it does not expire' })
  validUntil: string | null;
}

@InputType()
export class HeldRequirementInput {
  @Field(() => VolunteerRequirement)
  requirement: VolunteerRequirement;

  @Field({ nullable: true, description: 'yyyy-mm-dd' })
  validUntil?: string;
}

@ObjectType({ description: "A resident's volunteer profile: their own name and contact, given for this, and what they offer" })
export class VolunteerProfile {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field()
  email: string;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => Int, { description: 'The year only: enough for a role\'s minimum age' })
  birthYear: number;

  @Field()
  neighbourhoodCode: string;

  @Field(() => Int, { description: 'How far they are willing to travel, km' })
  travelKm: number;

  @Field(() => [VolunteerSkill])
  skills: VolunteerSkill[];

  @Field(() => [String], { description: 'ISO 639-1 codes' })
  languages: string[];

  @Field(() => [String], { description: 'Weekday × part of the day: "TUESDAY_MORNING", "SATURDAY_EVENING"' })
  availability: string[];

  @Field(() => [HeldRequirement])
  requirements: HeldRequirement[];
}

@InputType()
export class VolunteerProfileInput {
  @Field()
  displayName: string;

  @Field()
  email: string;

  @Field({ nullable: true })
  phone?: string;

  @Field(() => Int)
  birthYear: number;

  @Field()
  neighbourhoodCode: string;

  @Field(() => Int)
  travelKm: number;

  @Field(() => [VolunteerSkill])
  skills: VolunteerSkill[];

  @Field(() => [String])
  languages: string[];

  @Field(() => [String], { description: '"MONDAY_MORNING" … "SUNDAY_EVENING"' })
  availability: string[];

  @Field(() => [HeldRequirementInput])
  requirements: HeldRequirementInput[];
}

@InputType()
export class SignUpAsVolunteerInput {
  @Field({ description: 'ISTAT code of the municipality (publicInfo.municipalities)' })
  municipality: string;

  @Field()
  displayName: string;

  @Field()
  email: string;

  @Field()
  password: string;

  @Field({ description: 'applicationChallenge.id' })
  challenge: string;

  @Field({ description: 'The solved proof of work' })
  proof: string;

  @Field({ nullable: true, description: 'Leave empty (a field people never see)' })
  website?: string;

  @Field({ nullable: true })
  trustDevice?: boolean;
}

@ObjectType()
export class VolunteerRole {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field(() => String, { nullable: true })
  organisationName: string | null;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field()
  neighbourhoodCode: string;

  @Field(() => Int)
  minimumAge: number;

  @Field(() => [VolunteerRequirement])
  requirements: VolunteerRequirement[];

  @Field({ description: 'The organisation insures its volunteers for this role (Third Sector Code art. 18); without it sign-ups are refused' })
  insuranceProvided: boolean;

  @Field(() => ID, { nullable: true })
  initiativeId: string | null;
}

@InputType()
export class PublishVolunteerRoleInput {
  @Field(() => ID, { description: 'Made by the client (UUID): a retry returns the same role' })
  id: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field()
  neighbourhoodCode: string;

  @Field(() => Int)
  minimumAge: number;

  @Field(() => [VolunteerRequirement])
  requirements: VolunteerRequirement[];

  @Field()
  insuranceProvided: boolean;

  @Field(() => ID, { nullable: true })
  initiativeId?: string;
}

@ObjectType()
export class VolunteerShift {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  roleId: string;

  @Field(() => ID, { nullable: true, description: 'The initiative session this shift is, if any' })
  sessionId: string | null;

  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field(() => Int, { description: 'Volunteers needed' })
  capacity: number;

  @Field(() => Int, { description: 'Places taken' })
  taken: number;

  @Field(() => Int)
  placesLeft: number;

  @Field(() => String, { nullable: true })
  meetingPoint: string | null;
}

@InputType()
export class AddVolunteerShiftInput {
  @Field(() => ID, { description: 'Made by the client (UUID)' })
  id: string;

  @Field(() => ID)
  roleId: string;

  @Field(() => ID, { nullable: true, description: "A session of the role's initiative: the shift takes its times" })
  sessionId?: string;

  @Field({ nullable: true, description: 'ISO 8601, without a session' })
  startsAt?: string;

  @Field({ nullable: true })
  endsAt?: string;

  @Field(() => Int)
  capacity: number;

  @Field({ nullable: true })
  meetingPoint?: string;
}

@ObjectType()
export class VolunteerOpportunity {
  @Field(() => VolunteerRole)
  role: VolunteerRole;

  @Field(() => [VolunteerShift])
  shifts: VolunteerShift[];
}

@ObjectType()
export class VolunteerOpportunityConnection extends Connection(VolunteerOpportunity) {}

@ObjectType()
export class ShiftSignUp {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  shiftId: string;

  @Field(() => ShiftSignUpStatus)
  status: ShiftSignUpStatus;

  @Field(() => Date, { nullable: true, description: 'When the volunteer was asked to confirm (48 h before)' })
  confirmationRequestedAt: Date | null;

  @Field(() => Date, { nullable: true })
  confirmedAt: Date | null;

  @Field(() => Date, { nullable: true })
  checkedInAt: Date | null;

  @Field(() => Date, { nullable: true })
  checkedOutAt: Date | null;
}

@ObjectType()
export class MyShift {
  @Field(() => ShiftSignUp)
  signUp: ShiftSignUp;

  @Field(() => VolunteerShift)
  shift: VolunteerShift;

  @Field(() => VolunteerRole)
  role: VolunteerRole;

  @Field({ description: '«Conferma la tua presenza»: within 48 h of the start and not yet confirmed' })
  confirmationDue: boolean;
}

@ObjectType()
export class ShiftRosterEntry {
  @Field(() => ShiftSignUp)
  signUp: ShiftSignUp;

  @Field(() => ID)
  volunteerId: string;

  @Field()
  displayName: string;

  @Field()
  email: string;

  @Field(() => String, { nullable: true })
  phone: string | null;
}

@InputType()
export class RecordVolunteerHoursInput {
  @Field(() => ID, { description: 'Made by the client (UUID): a retry records nothing twice' })
  id: string;

  @Field(() => ID)
  volunteerId: string;

  @Field(() => ID)
  roleId: string;

  @Field(() => ID, { nullable: true })
  shiftId?: string;

  @Field({ description: 'yyyy-mm-dd' })
  day: string;

  @Field(() => Int)
  minutes: number;
}

@ObjectType()
export class VolunteerHours {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  volunteerId: string;

  @Field()
  volunteerName: string;

  @Field(() => ID)
  roleId: string;

  @Field()
  roleTitle: string;

  @Field(() => ID, { nullable: true })
  shiftId: string | null;

  @Field()
  day: string;

  @Field(() => Int)
  minutes: number;

  @Field(() => HoursSource)
  source: HoursSource;

  @Field(() => ID, { description: 'The account that entered it' })
  enteredBy: string;
}

@ObjectType()
export class VolunteerHoursConnection extends Connection(VolunteerHours) {}
