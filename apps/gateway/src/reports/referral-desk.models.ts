import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '../graphql/pagination';

@ObjectType({ description: "What an organisation reads of a referral's report, from the vault (audited): the desk's line of context, and what the antenna saw once it accepted." })
export class ReferralBrief {
  @Field(() => ID) referralId: string;
  @Field(() => ID) reportId: string;
  @Field({ description: 'Whether the vault already knows your organisation holds it (the move’s event arrives a moment later): until then no description' }) held: boolean;
  @Field(() => String, { nullable: true, description: 'The desk’s line of context for organisations (never identifying)' }) contextLine: string | null;
  @Field(() => String, { nullable: true, description: 'What the antenna saw: only while your organisation holds the referral (accepted, in progress, on hold)' }) description: string | null;
}

@ObjectType({ description: 'The desk’s line of context for organisations on a report (sealed in the vault).' })
export class OrganisationContext {
  @Field(() => String, { nullable: true, description: 'Null once erased or purged' }) text: string | null;
  @Field() updatedAt: Date;
  @Field(() => ID) updatedBy: string;
}

@ObjectType({ description: 'A message about a referral between its organisation and the social desk (sealed in the vault; never the antenna).' })
export class ReferralMessage {
  @Field(() => ID) id: string;
  @Field(() => ID) referralId: string;
  @Field({ description: 'ORG_OPERATOR | SOCIAL_WORKER' }) authorRole: string;
  @Field(() => ID) authorAccountId: string;
  @Field({ description: 'Written by you' }) byYou: boolean;
  @Field(() => String, { nullable: true, description: 'Null once erased or purged' }) text: string | null;
  @Field() createdAt: Date;
}

@ObjectType()
export class ReferralMessageConnection extends Connection(ReferralMessage) {}
