import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  AlertV1, REQUEST_PATTERNS, RerouteReferralInputV1, Role, ServiceV1, parseContract,
} from '@prossimo/contracts';
import { Caller, CurrentCaller, Roles } from '../graphql/access';
import { AccountsRepository } from '../identity/accounts.repository';
import { RpcClient } from '../rpc/rpc-client.service';
import {
  DeskAlert, DeskAlertConnection, DirectoryService, ImportResult, Organisation, ReferralStory, RegisterOrganisationInput, RegisterServiceInput, RerouteOptions, UpdateCapacityInput,
  UpdateOrganisationInput, UpdateServiceInput,
} from './directory.models';
import { ReferralNotesClient } from './referral-notes.client';
import { DirectoryImports } from '../directory/directory-imports';
import { Referral, toReferral } from './referrals.models';

const defined = (o: object) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null));
/** A service's fields as given; an age given as null clears it (absent keeps it). */
const serviceCommand = (input: RegisterServiceInput) => ({
  ...defined(input),
  ...(input.minimumAge === null ? { minimumAge: null } : {}),
  ...(input.maximumAge === null ? { maximumAge: null } : {}),
});
const toService = (s: ServiceV1): DirectoryService => ({ ...s, updatedAt: new Date(s.updatedAt) });
const date = (s: string | null) => (s ? new Date(s) : null);
const toAlert = (a: AlertV1, names: Map<string, string>): DeskAlert => ({
  ...a,
  createdAt: new Date(a.createdAt),
  acknowledgedAt: date(a.acknowledgedAt),
  acknowledgedByName: a.acknowledgedBy ? (names.get(a.acknowledgedBy) ?? null) : null,
  resolvedAt: date(a.resolvedAt),
  escalatedAt: date(a.escalatedAt),
});

/** The directory (ADMIN, operators' capacity) and the social-service desk's view of referrals and alerts. */
@Resolver()
export class DirectoryResolver {
  constructor(
    private readonly rpc: RpcClient,
    private readonly notes: ReferralNotesClient,
    private readonly imports: DirectoryImports,
    private readonly accounts: AccountsRepository,
  ) {}

  @Roles(Role.ADMIN)
  @Mutation(() => Organisation, { description: 'Registers (or updates) an organisation; the id is made by the client.' })
  async registerOrganisation(@Args('input') input: RegisterOrganisationInput, @CurrentCaller() caller: Caller): Promise<Organisation> {
    return this.rpc.call(REQUEST_PATTERNS.referrals.registerOrganisation, defined(input), caller.actor, { inputField: 'input' });
  }

  @Roles(Role.ADMIN)
  @Mutation(() => DirectoryService, { description: 'Registers (or updates) a service with its areas and capacity.' })
  async registerService(@Args('input') input: RegisterServiceInput, @CurrentCaller() caller: Caller): Promise<DirectoryService> {
    return toService(await this.rpc.call(REQUEST_PATTERNS.referrals.registerService, serviceCommand(input), caller.actor, { inputField: 'input' }));
  }

  @Roles(Role.ADMIN, Role.ORG_OPERATOR)
  @Mutation(() => Organisation, {
    description: "Changes an existing organisation (never creates one). ADMIN: any of your municipality's; ORG_OPERATOR: your own, except its tax code and RUNTS registration (FORBIDDEN naming the field).",
  })
  async updateOrganisation(@Args('input') input: UpdateOrganisationInput, @CurrentCaller() caller: Caller): Promise<Organisation> {
    return this.rpc.call(REQUEST_PATTERNS.referrals.updateOrganisation, defined(input), caller.actor, { inputField: 'input' });
  }

  @Roles(Role.ADMIN, Role.ORG_OPERATOR)
  @Mutation(() => DirectoryService, { description: "Changes an existing service of the same organisation (never creates or moves one). ADMIN: your municipality's; ORG_OPERATOR: your organisation's." })
  async updateService(@Args('input') input: UpdateServiceInput, @CurrentCaller() caller: Caller): Promise<DirectoryService> {
    return toService(await this.rpc.call(REQUEST_PATTERNS.referrals.updateService, serviceCommand(input), caller.actor, { inputField: 'input' }));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => ImportResult, {
    description:
      'Imports a directory. Prossimo\'s own "hsds-json" ({ organizations, services }) or "csv": all rows, or none with every bad one named. Open Referral HSDS 3.0 "hsds-objects" (services with nested organization, service_at_locations, schedules, phones...; a list; an API page) or "hsds-tabular" (a base64 zip, or a JSON object of the package files by path): every valid row lands, the report says what happened to each row, field by field. Larger files: POST /admin/directory-import.',
  })
  async importDirectory(
    @Args('format') format: string,
    @Args('content') content: string,
    @CurrentCaller() caller: Caller,
    @Args('source', { nullable: true, description: 'who published an HSDS file (a short name), part of the ids derived from its ids' }) source?: string,
  ): Promise<ImportResult> {
    return this.imports.run(caller.actor, format, content, source ?? undefined);
  }

  @Roles(Role.ADMIN)
  @Query(() => [Organisation], { description: "The organisations of your municipality's directory, by name." })
  organisations(@CurrentCaller() caller: Caller): Promise<Organisation[]> {
    return this.rpc.call(REQUEST_PATTERNS.referrals.listOrganisations, {}, caller.actor);
  }

  @Roles(Role.ADMIN, Role.ORG_OPERATOR)
  @Query(() => [DirectoryService], { description: "Services: ADMIN, the municipality's (or one organisation's); ORG_OPERATOR, your organisation's." })
  async services(@Args('organisationId', { type: () => ID, nullable: true }) organisationId: string | undefined, @CurrentCaller() caller: Caller): Promise<DirectoryService[]> {
    return (await this.rpc.call(REQUEST_PATTERNS.referrals.listServices, organisationId ? { organisationId } : {}, caller.actor)).map(toService);
  }

  @Roles(Role.ORG_OPERATOR)
  @Mutation(() => DirectoryService, { description: "Updates one of your organisation's services' capacity; at no-capacity it receives no new referrals." })
  async updateServiceCapacity(@Args('input') input: UpdateCapacityInput, @CurrentCaller() caller: Caller): Promise<DirectoryService> {
    return toService(await this.rpc.call(REQUEST_PATTERNS.referrals.updateCapacity, defined(input), caller.actor, { inputField: 'input' }));
  }

  @Roles(Role.SOCIAL_WORKER)
  @Mutation(() => Referral, {
    description:
      'Sends a referral elsewhere, with a reason (not once it is in progress): to `serviceId` when given (one of rerouteOptions.candidates; the choice and what it overrode are kept in the explanation), else to the next service by the rule.',
  })
  async rerouteReferral(
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
    @CurrentCaller() caller: Caller,
    @Args('serviceId', { type: () => ID, nullable: true }) serviceId?: string,
  ): Promise<Referral> {
    await parseContract(RerouteReferralInputV1, defined({ id, reason, serviceId }));
    // The reason is the person's story too: sealed in the reports vault, referrals get its id.
    const reasonNoteId = await this.notes.seal(caller, id, 'reroute', reason);
    return toReferral(await this.rpc.call(REQUEST_PATTERNS.referrals.reroute, defined({ id, reasonNoteId, serviceId }), caller.actor));
  }

  @Roles(Role.SOCIAL_WORKER)
  @Query(() => RerouteOptions, { description: 'A dry run of a re-route: where the rule would send the needs (or that no service is left), and the services the desk may choose.' })
  async rerouteOptions(@Args('id', { type: () => ID }) id: string, @CurrentCaller() caller: Caller): Promise<RerouteOptions> {
    return this.rpc.call(REQUEST_PATTERNS.referrals.rerouteOptions, { id }, caller.actor);
  }

  @Roles(Role.SOCIAL_WORKER)
  @Query(() => [ReferralStory], { description: "Every referral of a report of your municipality, with its history and why it was chosen." })
  async reportReferrals(@Args('reportId', { type: () => ID }) reportId: string, @CurrentCaller() caller: Caller): Promise<ReferralStory[]> {
    const stories = await this.rpc.call(REQUEST_PATTERNS.referrals.reportReferrals, { reportId }, caller.actor);
    // People's reasons and outcomes come from the reports vault (audited there); system reasons from referrals.
    const named = stories.flatMap((s) => [s.reasonNoteId, s.outcomeNoteId, ...s.history.map((h) => h.reasonNoteId)]);
    const texts = await this.notes.texts(caller, reportId, named);
    const text = (noteId: string | null) => (noteId ? (texts.get(noteId) ?? null) : null);
    return stories.map((s) => ({
      ...toReferral(s),
      reason: text(s.reasonNoteId) ?? s.reason,
      outcome: text(s.outcomeNoteId),
      explanation: s.explanation,
      history: s.history.map((h) => ({ from: h.from, to: h.to, at: new Date(h.at), actorAccountId: h.actorAccountId, reason: text(h.reasonNoteId) ?? h.reason })),
    }));
  }

  @Roles(Role.SOCIAL_WORKER)
  @Query(() => DeskAlertConnection, {
    description: "Your municipality's open desk alerts (with the resolved ones when includeResolved), the most severe first, then the oldest first.",
  })
  async deskAlerts(
    @CurrentCaller() caller: Caller,
    @Args('reportId', { type: () => ID, nullable: true }) reportId?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
    @Args('includeResolved', { type: () => Boolean, nullable: true, description: "Also the alerts of reports that ended (after the open ones); default false" }) includeResolved?: boolean,
  ): Promise<DeskAlertConnection> {
    const page = await this.rpc.call(REQUEST_PATTERNS.referrals.alerts, defined({ reportId, first, after, includeResolved }), caller.actor);
    const names = await this.accounts.displayNames(caller.actor.municipality, page.nodes.flatMap((a) => (a.acknowledgedBy ? [a.acknowledgedBy] : [])));
    return { nodes: page.nodes.map((a) => toAlert(a, names)), pageInfo: page.pageInfo };
  }

  @Roles(Role.SOCIAL_WORKER)
  @Mutation(() => DeskAlert, { description: 'You saw this alert and take it on: who and when are kept (the first to do so), and its escalation stops.' })
  async acknowledgeDeskAlert(@Args('id', { type: () => ID }) id: string, @CurrentCaller() caller: Caller): Promise<DeskAlert> {
    const alert = await this.rpc.call(REQUEST_PATTERNS.referrals.acknowledgeAlert, { id }, caller.actor);
    const names = await this.accounts.displayNames(caller.actor.municipality, alert.acknowledgedBy ? [alert.acknowledgedBy] : []);
    return toAlert(alert, names);
  }
}
