import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ClosureReason, REQUEST_PATTERNS, ReplyTo, RequestInput, RequestPattern, Role } from '@prossimo/contracts';
import { Caller, CurrentCaller, Roles } from '../graphql/access';
import { RpcClient } from '../rpc/rpc-client.service';
import { AntennaNames } from './antenna-names';
import {
  AuditEntryConnection, BreakGlassGrant, BreakGlassGrantConnection, ContactAttempt, ContactAttemptInput, Desk, RectifySubjectInput, ReportDetail, Retention,
  RevealedContact, TriageConnection, TriageFilterInput, TriageItem,
} from './casework.models';

/** Only the fields that were given (GraphQL passes absent ones as undefined, or null). */
const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as T;

/**
 * The work on a report after submission, the person's rights, retention and the audit log.
 * Thin: authorise, validate against the contract, one call; the reports service checks scope again.
 */
@Resolver()
export class CaseworkResolver {
  constructor(
    private readonly rpc: RpcClient,
    private readonly antennaNames: AntennaNames,
  ) {}

  private async named<T extends { antennaId: string }>(caller: Caller, item: T): Promise<T & { antennaName: string | null }> {
    return (await this.antennaNames.attach(caller, [item]))[0];
  }

  /** One call with the fields that were given; a refusal names the field under `inputField`. */
  private call<Pt extends RequestPattern>(caller: Caller, pattern: Pt, input: RequestInput<Pt>, inputField = 'input'): Promise<ReplyTo<Pt>> {
    return this.rpc.call(pattern, defined(input), caller.actor, { inputField });
  }

  @Roles(Role.ANTENNA)
  @Mutation(() => Boolean, { description: 'A follow-up note on one of your antenna’s reports ("he is back home"); read by the social worker only.' })
  async addReportFollowUp(@Args('reportId', { type: () => ID }) reportId: string, @Args('note') note: string, @CurrentCaller() c: Caller): Promise<boolean> {
    await this.call(c, REQUEST_PATTERNS.reports.addFollowUp, { reportId, note });
    return true;
  }

  @Roles(Role.ANTENNA)
  @Mutation(() => Boolean, { description: 'Withdraws a report made by mistake, with a reason.' })
  async withdrawReport(@Args('reportId', { type: () => ID }) reportId: string, @Args('reason') reason: string, @CurrentCaller() c: Caller): Promise<boolean> {
    await this.call(c, REQUEST_PATTERNS.reports.withdraw, { reportId, reason });
    return true;
  }

  @Roles(Role.SOCIAL_WORKER)
  @Query(() => TriageConnection, {
    description:
      'Open reports of your municipality by urgency and SLA risk (see TriageItem), each with the antenna that flagged it and the first words of what was seen (audited); with `reference` (or filter.reference), the report with that code, open or closed.',
  })
  async triage(
    @CurrentCaller() c: Caller,
    @Args('filter', { type: () => TriageFilterInput, nullable: true }) filter?: TriageFilterInput,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
    @Args('reference', { nullable: true, description: 'A reference code as typed, case-insensitive ("cb-7k4q")' }) reference?: string,
  ): Promise<TriageConnection> {
    const page = await this.call(c, REQUEST_PATTERNS.reports.triage, { ...(filter ?? {}), ...(reference !== undefined && reference !== null ? { reference } : {}), first, after }, '');
    return { ...page, nodes: await this.antennaNames.attach(c, page.nodes) };
  }

  @Roles(Role.SOCIAL_WORKER)
  @Query(() => [Desk])
  desks(@CurrentCaller() c: Caller): Promise<Desk[]> {
    return this.rpc.call(REQUEST_PATTERNS.reports.desks, {}, c.actor);
  }

  @Roles(Role.SOCIAL_WORKER)
  @Query(() => ReportDetail, { description: 'The report page (audited).' })
  async report(@Args('id', { type: () => ID }) id: string, @CurrentCaller() c: Caller): Promise<ReportDetail> {
    return this.named(c, await this.call(c, REQUEST_PATTERNS.reports.open, { reportId: id }));
  }

  @Roles(Role.SOCIAL_WORKER)
  @Mutation(() => TriageItem, { description: 'Assigns the report to you (you become its assignee); the antenna then sees it IN_CARE.' })
  async takeReport(@Args('id', { type: () => ID }) id: string, @CurrentCaller() c: Caller): Promise<TriageItem> {
    return this.named(c, await this.call(c, REQUEST_PATTERNS.reports.take, { reportId: id }));
  }

  @Roles(Role.SOCIAL_WORKER)
  @Mutation(() => TriageItem, { description: 'Hands the report to another desk of the municipality.' })
  async handOverReport(@Args('id', { type: () => ID }) id: string, @Args('toDeskId', { type: () => ID }) toDeskId: string, @CurrentCaller() c: Caller): Promise<TriageItem> {
    return this.named(c, await this.call(c, REQUEST_PATTERNS.reports.handOver, { reportId: id, toDeskId }));
  }

  @Roles(Role.SOCIAL_WORKER)
  @Mutation(() => ContactAttempt)
  recordContactAttempt(@Args('input') input: ContactAttemptInput, @CurrentCaller() c: Caller): Promise<ContactAttempt> {
    return this.call(c, REQUEST_PATTERNS.reports.recordContactAttempt, { ...input });
  }

  @Roles(Role.SOCIAL_WORKER)
  @Mutation(() => TriageItem, { description: 'Closes with a reason; UNABLE_TO_CONTACT needs three attempts at least two days apart.' })
  async closeReport(@Args('id', { type: () => ID }) id: string, @Args('reason', { type: () => ClosureReason }) reason: ClosureReason, @CurrentCaller() c: Caller): Promise<TriageItem> {
    return this.named(c, await this.call(c, REQUEST_PATTERNS.reports.close, { reportId: id, reason }));
  }

  @Roles(Role.SOCIAL_WORKER)
  @Mutation(() => TriageItem, {
    description: 'Reopens a report your desk closed, within the reopening window (REOPEN_WINDOW_HOURS, 72 by default); audited. Its needs are routed again.',
  })
  async reopenReport(@Args('id', { type: () => ID }) id: string, @CurrentCaller() c: Caller): Promise<TriageItem> {
    return this.named(c, await this.call(c, REQUEST_PATTERNS.reports.reopen, { reportId: id }));
  }

  @Roles(Role.ORG_OPERATOR, Role.SOCIAL_WORKER)
  @Mutation(() => RevealedContact, { description: 'Contact details: after accepting, with consent, without do-not-contact; or under break-the-glass. Audited.' })
  revealContact(@Args('reportId', { type: () => ID }) reportId: string, @CurrentCaller() c: Caller): Promise<RevealedContact> {
    return this.call(c, REQUEST_PATTERNS.reports.reveal, { reportId });
  }

  @Roles(Role.ORG_OPERATOR, Role.SOCIAL_WORKER)
  @Mutation(() => BreakGlassGrant, { description: 'Danger to life (GDPR Art. 9(2)(c)): three hours of access, with a written reason; listed for review.' })
  breakTheGlass(@Args('reportId', { type: () => ID }) reportId: string, @Args('reason') reason: string, @CurrentCaller() c: Caller): Promise<BreakGlassGrant> {
    return this.call(c, REQUEST_PATTERNS.reports.breakGlass, { reportId, reason });
  }

  @Roles(Role.ADMIN, Role.SOCIAL_WORKER)
  @Query(() => BreakGlassGrantConnection, { description: 'Every break-the-glass of your municipality, for review (audited).' })
  breakGlassReview(@CurrentCaller() c: Caller, @Args('first', { type: () => Int, nullable: true }) first?: number, @Args('after', { nullable: true }) after?: string): Promise<BreakGlassGrantConnection> {
    return this.call(c, REQUEST_PATTERNS.reports.breakGlassReview, { first, after }, '');
  }

  @Roles(Role.SOCIAL_WORKER)
  @Query(() => String, { description: 'Right of access: everything held on a subject, as a JSON document to hand over (audited).' })
  async subjectExport(@Args('subjectId', { type: () => ID }) subjectId: string, @CurrentCaller() c: Caller): Promise<string> {
    return JSON.stringify(await this.call(c, REQUEST_PATTERNS.reports.exportSubject, { subjectId }), null, 2);
  }

  @Roles(Role.SOCIAL_WORKER)
  @Mutation(() => Boolean, { description: 'Rectification of a subject’s identifying data.' })
  async rectifySubject(@Args('subjectId', { type: () => ID }) subjectId: string, @Args('subject') subject: RectifySubjectInput, @CurrentCaller() c: Caller): Promise<boolean> {
    await this.call(c, REQUEST_PATTERNS.reports.rectifySubject, { subjectId, subject: defined({ ...subject }) });
    return true;
  }

  @Roles(Role.SOCIAL_WORKER)
  @Mutation(() => Boolean)
  async recordObjection(@Args('subjectId', { type: () => ID }) subjectId: string, @Args('note') note: string, @CurrentCaller() c: Caller): Promise<boolean> {
    await this.call(c, REQUEST_PATTERNS.reports.recordObjection, { subjectId, note });
    return true;
  }

  @Roles(Role.SOCIAL_WORKER)
  @Mutation(() => Boolean, { description: 'Erasure where processing rests on consent: the subject’s key is destroyed.' })
  async eraseSubject(@Args('subjectId', { type: () => ID }) subjectId: string, @CurrentCaller() c: Caller): Promise<boolean> {
    await this.call(c, REQUEST_PATTERNS.reports.eraseSubject, { subjectId });
    return true;
  }

  @Roles(Role.ADMIN)
  @Query(() => Retention)
  retention(@CurrentCaller() c: Caller): Promise<Retention> {
    return this.rpc.call(REQUEST_PATTERNS.reports.retention, {}, c.actor);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Retention)
  setRetention(@Args('signalDays', { type: () => Int }) signalDays: number, @Args('closedCaseMonths', { type: () => Int }) closedCaseMonths: number, @CurrentCaller() c: Caller): Promise<Retention> {
    return this.call(c, REQUEST_PATTERNS.reports.setRetention, { signalDays, closedCaseMonths });
  }

  @Roles(Role.ADMIN)
  @Query(() => AuditEntryConnection, { description: 'The audit log of personal-data reads (reading it is audited).' })
  auditLog(
    @CurrentCaller() c: Caller,
    @Args('recordId', { type: () => ID, nullable: true }) recordId?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<AuditEntryConnection> {
    return this.call(c, REQUEST_PATTERNS.reports.auditLog, { recordId, first, after }, '');
  }
}
