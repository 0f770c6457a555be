import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Need, ReferralStatus, Urgency } from '../graphql/enums';
import { Connection } from '../graphql/pagination';

@ObjectType({ description: 'A referral to an organisation: needs, place, urgency and state; never personal data.' })
export class Referral {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  reportId: string;

  @Field(() => ID)
  serviceId: string;

  @Field()
  serviceName: string;

  @Field(() => [Need])
  needs: Need[];

  @Field()
  neighbourhoodCode: string;

  @Field(() => Urgency)
  urgency: Urgency;

  @Field(() => ReferralStatus)
  status: ReferralStatus;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@ObjectType()
export class ReferralConnection extends Connection(Referral) {}
