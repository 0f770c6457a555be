import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Need, ReferralStatus, Urgency } from '../graphql/enums';
import type { ReferralV1 } from '@prossimo/contracts';
import { Connection } from '../graphql/pagination';

@ObjectType({ description: 'A referral to an organisation: needs, place, urgency and state; never personal data.' })
export class Referral {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  reportId: string;

  @Field(() => String, { nullable: true, description: "Its report's reference code («codice della segnalazione», e.g. CB-7K4Q); null for reports from before codes" })
  reportReference: string | null;

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

  @Field(() => Date, { nullable: true, description: 'Deadline of its running SLA timer (acceptance while REQUESTED, first contact while ACCEPTED); null when none runs or outside lists' })
  dueAt?: Date | null;
}

@ObjectType()
export class ReferralConnection extends Connection(Referral) {}

/** A referral as the services send it, with its times as dates. */
export function toReferral(r: ReferralV1): Referral {
  return { ...r, createdAt: new Date(r.createdAt), updatedAt: new Date(r.updatedAt), dueAt: r.dueAt ? new Date(r.dueAt) : null };
}
