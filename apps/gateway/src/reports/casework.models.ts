import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ClosureReason } from '@prossimo/contracts';
import { AgeBand, Need, Urgency } from '../graphql/enums';
import { Connection } from '../graphql/pagination';

registerEnumType(ClosureReason, { name: 'ClosureReason' });

@ObjectType({
  description:
    'A line of the triage list: no identifying data but the first words of what was seen (audited). The list is ordered by urgency and SLA risk: EMERGENCY nobody is assigned to first (priority 0), then EMERGENCY and HIGH (1), then the rest (2); within each, the nearest pending SLA deadline of its referrals, or the time it arrived when none runs.',
})
export class TriageItem {
  @Field(() => ID) id: string;
  @Field({ description: 'The reference code («codice della segnalazione», e.g. CB-7K4Q)' }) reference: string;
  @Field(() => ID, { description: 'The antenna that flagged it' }) antennaId: string;
  @Field(() => String, { nullable: true, description: "The antenna's name (null when the antennas service cannot say)" }) antennaName?: string | null;
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
  @Field(() => String, { nullable: true, description: 'The first ~80 characters of what was seen (triage only; audited)' }) excerpt: string | null;
  @Field(() => String, { nullable: true, description: 'The nearest pending SLA deadline of its referrals (acceptance or first contact)' }) slaDueAt: string | null;
  @Field(() => Int, { description: 'The triage group: 0 EMERGENCY nobody is assigned to, 1 EMERGENCY or HIGH, 2 the rest' }) priority: number;
}

@ObjectType()
export class TriageConnection extends Connection(TriageItem) {}

@ObjectType()
export class Desk {
  @Field(() => ID) id: string;
  @Field() neighbourhoodCode: string;
  @Field() name: string;
  @Field(() => String, { nullable: true, description: 'How shops reach the desk' }) phone: string | null;
  @Field(() => String, { nullable: true, description: 'When the desk answers ("lun-ven 9-12")' }) hours: string | null;
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
  @Field(() => String, { nullable: true, description: 'Until when the desk may reopen it (closed by the desk, within the reopening window)' }) reopenableUntil: string | null;
  @Field(() => String, { nullable: true, description: 'When the desk last reopened it' }) reopenedAt: string | null;
  @Field(() => Int, { description: 'How many hours after a closure the desk may reopen it' }) reopenWindowHours: number;
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
