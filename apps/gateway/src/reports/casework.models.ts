import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ClosureReason } from '@prossimo/contracts';
import { AgeBand, Need, Urgency } from '../graphql/enums';
import { Connection } from '../graphql/pagination';

registerEnumType(ClosureReason, { name: 'ClosureReason' });

@ObjectType({ description: 'A line of the triage list: no identifying data.' })
export class TriageItem {
  @Field(() => ID) id: string;
  @Field({ description: 'The reference code («codice della segnalazione», e.g. CB-7K4Q)' }) reference: string;
  @Field() neighbourhoodCode: string;
  @Field(() => [Need]) needs: Need[];
  @Field(() => Urgency) urgency: Urgency;
  @Field(() => AgeBand) ageBand: AgeBand;
  @Field() submittedAt: string;
  @Field(() => ID) ownerDeskId: string;
  @Field(() => ID, { nullable: true }) assigneeId: string | null;
  @Field(() => String, { nullable: true }) takenInHandAt: string | null;
  @Field(() => Int) contactAttempts: number;
  @Field(() => Int, { description: 'Other reports about the same person (duplicates)' }) linkedReports: number;
  @Field(() => String, { nullable: true, description: 'When it was closed or withdrawn (only a search by reference lists closed reports)' }) closedAt: string | null;
}

@ObjectType()
export class TriageConnection extends Connection(TriageItem) {}

@ObjectType()
export class Desk {
  @Field(() => ID) id: string;
  @Field() neighbourhoodCode: string;
  @Field() name: string;
}

@ObjectType()
export class SubjectData {
  @Field(() => String, { nullable: true }) name: string | null;
  @Field(() => String, { nullable: true }) address: string | null;
  @Field(() => String, { nullable: true }) phone: string | null;
}

@ObjectType()
export class FollowUp {
  @Field() at: string;
  @Field() note: string;
}

@ObjectType()
export class ContactAttempt {
  @Field(() => ID) id: string;
  @Field() channel: string;
  @Field() outcome: string;
  @Field() attemptedAt: string;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => ID) recordedBy: string;
}

@ObjectType({ description: 'The report page for the social worker (every read is audited).' })
export class ReportDetail extends TriageItem {
  @Field(() => ID) subjectId: string;
  @Field() status: string;
  @Field(() => ID) antennaId: string;
  @Field() legalBasis: string;
  @Field() consentToContact: boolean;
  @Field() doNotContact: boolean;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => SubjectData, { nullable: true }) subject: SubjectData | null;
  @Field(() => [FollowUp]) followUps: FollowUp[];
  @Field(() => [ContactAttempt]) contactAttemptList: ContactAttempt[];
  @Field(() => [ID]) linkedReportIds: string[];
  @Field(() => ClosureReason, { nullable: true }) closureReason: ClosureReason | null;
  @Field(() => String, { nullable: true }) withdrawnAt: string | null;
  @Field() objection: boolean;
  @Field() erased: boolean;
}

@ObjectType()
export class RevealedContact {
  @Field(() => ID) reportId: string;
  @Field(() => SubjectData) subject: SubjectData;
  @Field() basis: string;
}

@ObjectType()
export class BreakGlassGrant {
  @Field(() => ID) id: string;
  @Field(() => ID) reportId: string;
  @Field(() => ID) accountId: string;
  @Field() role: string;
  @Field(() => ID, { nullable: true }) organisationId: string | null;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field() grantedAt: string;
  @Field() expiresAt: string;
}

@ObjectType()
export class BreakGlassGrantConnection extends Connection(BreakGlassGrant) {}

@ObjectType()
export class Retention {
  @Field() municipality: string;
  @Field(() => Int) signalDays: number;
  @Field(() => Int) closedCaseMonths: number;
}

@ObjectType()
export class AuditEntry {
  @Field(() => ID) id: string;
  @Field() at: string;
  @Field(() => ID) actorId: string;
  @Field() role: string;
  @Field() action: string;
  @Field() recordType: string;
  @Field(() => ID) recordId: string;
  @Field(() => [String]) fields: string[];
  @Field() reason: string;
}

@ObjectType()
export class AuditEntryConnection extends Connection(AuditEntry) {}

@InputType()
export class TriageFilterInput {
  @Field({ nullable: true }) neighbourhoodCode?: string;
  @Field(() => Need, { nullable: true }) need?: Need;
  @Field(() => Urgency, { nullable: true }) urgency?: Urgency;
  @Field(() => ID, { nullable: true }) ownerDeskId?: string;
  @Field(() => Int, { nullable: true }) minAgeDays?: number;
  @Field(() => Int, { nullable: true }) maxAgeDays?: number;
  @Field({ nullable: true, description: 'A reference code as typed ("cb 7k4q" finds CB-7K4Q): that report, open or closed' }) reference?: string;
}

@InputType()
export class ContactAttemptInput {
  @Field(() => ID) reportId: string;
  @Field({ description: 'PHONE, VISIT, LETTER, EMAIL, THROUGH_ANTENNA, OTHER' }) channel: string;
  @Field({ description: 'REACHED, NO_ANSWER, WRONG_DETAILS, REFUSED, OTHER' }) outcome: string;
  @Field({ description: 'ISO 8601 time of the attempt' }) attemptedAt: string;
  @Field({ nullable: true }) note?: string;
}

@InputType()
export class RectifySubjectInput {
  @Field({ nullable: true }) name?: string;
  @Field({ nullable: true }) address?: string;
  @Field({ nullable: true }) phone?: string;
}
