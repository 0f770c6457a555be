import { AddOutboxAttempts1764013200000, CreateMessagingTables1764000000000, MESSAGING_ENTITIES } from '@prossimo/messaging';
import { DatabaseSpec } from '@prossimo/platform';
import { CreateInsights1764005000000 } from '../../migrations/1764005000000-CreateInsights';
import { AddFirstContactAndBreaches1764005100000 } from '../../migrations/1764005100000-AddFirstContactAndBreaches';
import { AddDemoSeeds1764005200000 } from '../../migrations/1764005200000-AddDemoSeeds';
import { AddReportTotals1764005300000 } from '../../migrations/1764005300000-AddReportTotals';
import { AddCommunityFacts1796523773871 } from '../../migrations/1796523773871-AddCommunityFacts';
import { AddPrescriptionAndVolunteerFacts1796525600801 } from '../../migrations/1796525600801-AddPrescriptionAndVolunteerFacts';
import { DemoSeedEntity } from '../demo/demo-seed.entity';
import { AddOutcomeAndPathwayFacts1796525873745 } from '../../migrations/1796525873745-AddOutcomeAndPathwayFacts';
import { OutcomeCountEntity, PathwayActionCountEntity, PathwayCountEntity } from '../facts/wellbeing.entities';
import { InitiativeFactEntity, SessionFactEntity } from '../facts/community.entities';
import { AwaitingAcceptanceEntity, AwaitingContactEntity, DurationHistogramEntity, SlaBreachEntity, ReferralStateEntity, ReportCountEntity, ReportTotalEntity, UnmetNeedEntity, VolunteerHoursEntity } from '../facts/facts.entities';

/** The insights read model: aggregates only. */
export const INSIGHTS_DATABASE: DatabaseSpec = {
  entities: [...MESSAGING_ENTITIES, ReportCountEntity, AwaitingAcceptanceEntity, AwaitingContactEntity, SlaBreachEntity, DurationHistogramEntity, ReferralStateEntity, UnmetNeedEntity, ReportTotalEntity, DemoSeedEntity, InitiativeFactEntity, SessionFactEntity, VolunteerHoursEntity, OutcomeCountEntity, PathwayCountEntity, PathwayActionCountEntity],
  migrations: [CreateMessagingTables1764000000000, CreateInsights1764005000000, AddFirstContactAndBreaches1764005100000, AddDemoSeeds1764005200000, AddReportTotals1764005300000, AddOutboxAttempts1764013200000, AddCommunityFacts1796523773871, AddPrescriptionAndVolunteerFacts1796525600801, AddOutcomeAndPathwayFacts1796525873745],
};
