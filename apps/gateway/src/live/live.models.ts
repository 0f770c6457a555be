import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Need, ReferralStatus, Urgency } from '../graphql/enums';

@ObjectType({ description: 'A referral of your organisation was created or moved: refetch the inbox for the details.' })
export class ReferralNotice {
  @Field(() => ID)
  referralId: string;

  @Field(() => ID)
  reportId: string;

  @Field(() => [Need])
  needs: Need[];

  @Field()
  neighbourhoodCode: string;

  @Field(() => Urgency)
  urgency: Urgency;

  @Field(() => ReferralStatus)
  status: ReferralStatus;

  @Field()
  at: Date;

  @Field({ description: 'The move was yours (this account made it): the inbox need not announce it' })
  byYou: boolean;

  @Field(() => String, { nullable: true, description: 'A first-contact step without a status change: first-contact-requested | contact-handed-over' })
  step: string | null;
}

@ObjectType({ description: 'A report arrived in your municipality: the dashboard refetches its counters. Never a person.' })
export class ReportTick {
  @Field()
  municipality: string;

  @Field()
  at: Date;
}

@ObjectType({ description: "Your municipality's social desk was alerted: refetch `deskAlerts` for the text. Never a person." })
export class DeskAlertNotice {
  @Field(() => ID)
  alertId: string;

  @Field(() => ID)
  reportId: string;

  @Field({ description: 'unmet | exhausted | first-contact-overdue | failed | completed | emergency | break-glass | first-contact-requested' })
  kind: string;

  @Field(() => [Need])
  needs: Need[];

  @Field()
  at: Date;
}

@ObjectType({ description: "One of your municipality's desk alerts changed (acknowledged, resolved with its report, escalated): refetch `deskAlerts`. Never a person." })
export class DeskAlertChange {
  @Field(() => ID)
  alertId: string;

  @Field(() => ID)
  reportId: string;

  @Field()
  kind: string;

  @Field({ description: 'acknowledged | resolved | escalated' })
  change: string;

  @Field()
  at: Date;
}
