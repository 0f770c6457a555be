import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { AgeBand, CoarseStatus, Need, Urgency } from '../graphql/enums';
import { Connection } from '../graphql/pagination';

@ObjectType({ description: 'A report as its antenna sees it: coarse state only, never the story or what the organisation did.' })
export class Report {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The reference code («codice della segnalazione», e.g. CB-7K4Q) every role may say on the phone' })
  reference: string;

  @Field(() => CoarseStatus)
  status: CoarseStatus;

  @Field()
  submittedAt: Date;

  @Field(() => [Need])
  needs: Need[];

  @Field()
  neighbourhoodCode: string;

  @Field(() => Urgency)
  urgency: Urgency;

  @Field(() => AgeBand)
  ageBand: AgeBand;

  @Field(() => String, { nullable: true, description: 'For EMERGENCY: call 112 first' })
  advice: string | null;
}

@ObjectType()
export class ReportConnection extends Connection(Report) {}

@InputType({ description: 'Optional identifying data of the person flagged; encrypted at rest.' })
export class SubjectInput {
  @Field({ nullable: true })
  name?: string;

  @Field({ nullable: true })
  address?: string;

  @Field({ nullable: true })
  phone?: string;
}

@InputType()
export class SubmitReportInput {
  @Field(() => ID, { description: 'Made by the client (UUID): a retry with the same id returns the same report' })
  id: string;

  @Field()
  neighbourhoodCode: string;

  @Field(() => [Need])
  needs: Need[];

  @Field(() => Urgency)
  urgency: Urgency;

  @Field(() => AgeBand)
  ageBand: AgeBand;

  @Field({ description: 'What was seen (at most 4,000 characters)' })
  description: string;

  @Field()
  consentToContact: boolean;

  @Field({ nullable: true, description: 'Do not contact the person directly' })
  doNotContact?: boolean;

  @Field(() => SubjectInput, { nullable: true })
  subject?: SubjectInput;
}
