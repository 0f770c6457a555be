import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { AgeBand, CoarseStatus, Need, Urgency } from '../graphql/enums';
import { Connection } from '../graphql/pagination';

@ObjectType({ description: 'The desk that owns a report and how a shop reaches it.' })
export class DeskContact {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true, description: 'When the desk answers ("lun-ven 9-12")' })
  hours: string | null;
}

@ObjectType({ description: 'A report as its antenna sees it: coarse state and its own words only, never what the desk or the organisation did or wrote.' })
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

  @Field(() => String, {
    nullable: true,
    description: "myReports only: the first ~60 characters of what the shop itself wrote (audited as a read); null on submitReport's answer and once purged or erased",
  })
  descriptionStart: string | null;

  @Field(() => DeskContact, { nullable: true, description: 'The owner desk, responsible from the moment it arrived, and how to reach it' })
  ownerDesk: DeskContact | null;
}

@ObjectType({ description: "What happens next to a report of this urgency sent now, by the municipality's SLA policy." })
export class NextStep {
  @Field({ description: 'By when an organisation should have accepted it (or the desk is alerted and sends it on)' })
  acceptBy: Date;

  @Field({ description: 'By when the person should have been contacted, if accepted at once' })
  firstContactBy: Date;
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
