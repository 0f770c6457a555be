import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OutcomePhase, PathwayAction, PathwayKind, Role, ScoreBand } from '@prossimo/contracts';

registerEnumType(OutcomePhase, { name: 'OutcomePhase', description: 'When a UCLA-3 loneliness measurement is taken: at the start, and 12 weeks (84 days) later' });
registerEnumType(ScoreBand, { name: 'ScoreBand', description: 'The band of a UCLA-3 total: LOW 3–4, MEDIUM 5–6, HIGH 7–9 (higher is lonelier)' });
registerEnumType(PathwayKind, { name: 'PathwayKind', description: 'A life-project pathway: «Dopo di noi» (law 112/2016) or the mental-health pact' });
registerEnumType(PathwayAction, {
  name: 'PathwayAction',
  description: 'What a referral does in a pathway: the law-112/2016 fund actions A–E (DOPO_DI_NOI) or a mental-health pact axis (MENTAL_HEALTH)',
});

@ObjectType({ description: 'A UCLA-3 loneliness measurement of a report’s person (answers sealed in the vault; reading them is audited).' })
export class OutcomeMeasurement {
  @Field(() => ID) id: string;
  @Field(() => OutcomePhase) phase: OutcomePhase;
  @Field({ description: 'The day it was taken, YYYY-MM-DD' }) measuredOn: string;
  @Field(() => Int, { nullable: true, description: '«Quanto spesso sente di non avere compagnia?» 1 quasi mai, 2 qualche volta, 3 spesso; null once erased or purged' }) lackCompanionship: number | null;
  @Field(() => Int, { nullable: true, description: '«Quanto spesso si sente esclusa/o?» 1–3; null once erased or purged' }) leftOut: number | null;
  @Field(() => Int, { nullable: true, description: '«Quanto spesso si sente isolata/o dagli altri?» 1–3; null once erased or purged' }) isolated: number | null;
  @Field(() => Int, { nullable: true, description: 'The sum, 3–9' }) total: number | null;
  @Field(() => ScoreBand, { nullable: true }) band: ScoreBand | null;
  @Field(() => Role) recordedByRole: Role;
  @Field({ description: 'Recorded by you' }) recordedByYou: boolean;
  @Field() recordedAt: Date;
}

@ObjectType({ description: 'A report’s loneliness measurements and when the 12-week one is due.' })
export class ReportOutcomes {
  @Field(() => ID) reportId: string;
  @Field(() => [OutcomeMeasurement], { description: 'Oldest first' }) measurements: OutcomeMeasurement[];
  @Field(() => String, { nullable: true, description: 'START’s date + 84 days while there is a START and no WEEK_12 (YYYY-MM-DD)' }) week12DueOn: string | null;
  @Field({ description: 'The 12-week measurement is due today or overdue' }) week12Due: boolean;
}

@ObjectType({ description: 'A referral of the pathway’s report, with what it does in the pathway.' })
export class PathwayReferral {
  @Field(() => ID) referralId: string;
  @Field(() => PathwayAction) action: PathwayAction;
  @Field() taggedAt: Date;
}

@ObjectType({ description: 'A version of the wishes note (the parents’ or the person’s), sealed in the vault.' })
export class PathwayWishes {
  @Field(() => String, { nullable: true, description: 'Null once erased or purged' }) text: string | null;
  @Field({ description: 'When to review it, YYYY-MM-DD' }) reviewOn: string;
  @Field() writtenAt: Date;
  @Field(() => ID) writtenBy: string;
}

@ObjectType({ description: 'A life-project pathway of a report’s person: its referrals over months, tagged, and the wishes note (reading it is audited).' })
export class LifePathway {
  @Field(() => ID) id: string;
  @Field(() => ID) reportId: string;
  @Field(() => PathwayKind) kind: PathwayKind;
  @Field() openedAt: Date;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
  @Field(() => [PathwayReferral]) referrals: PathwayReferral[];
  @Field(() => [PathwayWishes], { description: 'Every version, newest first (the first is the current one)' }) wishes: PathwayWishes[];
}
