import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AgeBand, BuddyAskStatus, BuddyRequestStatus, ReferralStatus, VolunteerSkill } from '@prossimo/contracts';
import '../graphql/enums';
import './volunteers.models';

registerEnumType(BuddyRequestStatus, { name: 'BuddyRequestStatus', description: 'OPEN: nobody asked; ASKED: one volunteer asked; MATCHED: they accepted; ENDED: the prescription ended' });
registerEnumType(BuddyAskStatus, { name: 'BuddyAskStatus', description: 'What became of asking one volunteer' });

@ObjectType({ description: "A prescription's request for a volunteer buddy, as its organiser sees it: the session and the age band, never the person" })
export class BuddyRequest {
  @Field(() => ID, { description: "The prescription's (referral's) id" })
  referralId: string;

  @Field(() => ID)
  organisationId: string;

  @Field(() => ID)
  initiativeId: string;

  @Field()
  initiativeTitleIt: string;

  @Field()
  initiativeTitleEn: string;

  @Field(() => ID)
  sessionId: string;

  @Field(() => Date, { nullable: true })
  sessionStartsAt: Date | null;

  @Field()
  neighbourhoodCode: string;

  @Field(() => AgeBand, { nullable: true })
  ageBand: AgeBand | null;

  @Field(() => BuddyRequestStatus)
  status: BuddyRequestStatus;

  @Field(() => ID, { nullable: true })
  volunteerId: string | null;

  @Field(() => String, { nullable: true, description: "The asked or matched volunteer's own name (given by them for this)" })
  volunteerName: string | null;

  @Field(() => ReferralStatus)
  referralStatus: ReferralStatus;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType({ description: 'A volunteer proposed for a buddy request, with why' })
export class BuddyProposal {
  @Field(() => ID)
  volunteerId: string;

  @Field()
  displayName: string;

  @Field()
  neighbourhoodCode: string;

  @Field()
  sameNeighbourhood: boolean;

  @Field(() => Float, { nullable: true, description: 'km from their neighbourhood to the place, when known' })
  distanceKm: number | null;

  @Field(() => [String])
  languages: string[];

  @Field(() => [VolunteerSkill])
  skills: VolunteerSkill[];

  @Field(() => Float)
  score: number;

  @Field(() => [String], { description: "'same-neighbourhood', 'within-distance', 'available', 'language', 'skill:ACCOMPANYING'…" })
  reasons: string[];

  @Field(() => BuddyAskStatus, { nullable: true })
  asked: BuddyAskStatus | null;
}

@ObjectType()
export class BuddyProposals {
  @Field(() => BuddyRequest)
  request: BuddyRequest;

  @Field(() => [BuddyProposal])
  proposals: BuddyProposal[];
}

@ObjectType()
export class BuddyMeetingPoint {
  @Field()
  name: string;

  @Field()
  address: string;
}

@ObjectType({ description: 'A buddy request as the asked volunteer sees it: «accompagna una persona di 80+ anni al Caffè della memoria di martedì a Crocetta»' })
export class MyBuddyRequest {
  @Field(() => ID)
  referralId: string;

  @Field(() => BuddyAskStatus)
  ask: BuddyAskStatus;

  @Field()
  initiativeTitleIt: string;

  @Field()
  initiativeTitleEn: string;

  @Field(() => Date, { nullable: true })
  sessionStartsAt: Date | null;

  @Field()
  neighbourhoodCode: string;

  @Field()
  neighbourhoodName: string;

  @Field(() => AgeBand, { nullable: true })
  ageBand: AgeBand | null;

  @Field()
  ended: boolean;

  @Field(() => BuddyMeetingPoint, { nullable: true, description: "The initiative's place, once you accepted" })
  meetingPoint: BuddyMeetingPoint | null;

  @Field({ description: 'The organiser accepted the prescription' })
  prescriptionAccepted: boolean;
}

@ObjectType({ description: "The person's name and phone for their matched buddy (audited; never the address)" })
export class BuddyContact {
  @Field(() => ID)
  referralId: string;

  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;
}
