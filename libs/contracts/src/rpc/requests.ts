import {
  AntennaNameV1, AntennaNamesV1, AntennaV1, CoverageQueryV1, CoverageV1, GetAntennaV1, ImportNeighbourhoodsResultV1, ImportNeighbourhoodsV1, ListAntennasV1,
  ListNeighbourhoodsV1, NeighbourhoodV1, ProposeAntennaV1, ProximityPointV1, ProximityPointsQueryV1, TransitionAntennaV1,
} from './antennas.rpc';
import {
  CatalogueItemV1, CatalogueQueryV1, CatalogueServiceQueryV1, CatalogueServiceV1, HsdsExportFilesV1, HsdsExportV1, ImportHsdsV1, ListTaxonomyTermsV1,
  MapTaxonomyTermResultV1, MapTaxonomyTermV1, TaxonomyTermMappingV1,
} from './directory.rpc';
import {
  GetInitiativeV1, InitiativeWithSessionsV1, MyInitiativesV1, OpenDataFeedQueryV1, PublicInitiativeQueryV1, PublicInitiativesQueryV1, PublishInitiativeV1,
  ReleaseSeatV1, ReserveSeatV1, RpdePageV1, ScheduleSeriesV1, ScheduleSessionV1, SeatReservationV1, SessionV1, UpdateInitiativeV1, UpdateSessionV1,
  WithdrawInitiativeV1,
} from './community.rpc';
import { AnswerBuddyRequestV1, AskBuddyV1, BuddyProposalsQueryV1, BuddyProposalsV1, BuddyRequestRefV1, BuddyRequestV1, BuddyRevealV1, MyBuddyRequestV1 } from './buddies.rpc';
import { HealthV1, Page, REQUEST_PATTERNS as P } from './envelope';
import { ListSchoolProtocolsV1, SaveSchoolProtocolV1, SchoolProtocolV1, SchoolTotalsV1 } from './schools.rpc';
import {
  AddVolunteerShiftV1, MyShiftV1, OrganisationRolesV1, PublishVolunteerRoleV1, RecordVolunteerHoursV1, SaveVolunteerProfileV1, ShiftIdV1, ShiftRosterEntryV1,
  ShiftSignUpV1, SignUpIdV1, VolunteerHoursV1, VolunteerOpportunitiesV1, VolunteerOpportunityV1, VolunteerProfileV1, VolunteerRegisterQueryV1,
  VolunteerRegisterV1, VolunteerRoleV1, VolunteerShiftV1,
} from './volunteers.rpc';
import { DashboardQueryV1, DashboardV1 } from './insights.rpc';
import { ApplicationReceiptV1, ApplyAsAntennaV1, PublicDeskV1, PublicDesksQueryV1, PublicPointQueryV1, StreetV1, StreetsQueryV1 } from './public.rpc';
import {
  AcknowledgeAlertV1, AlertV1, GetReferralV1, HsdsGetV1, HsdsListV1, ImportDirectoryV1, ImportResultV1, ListAlertsV1, ListReferralsV1, ListServicesV1,
  MunicipalityPolicyV1, OrganisationV1, PrescribeInitiativeV1, ReferralRefV1, ReferralStoryV1, ReferralV1, RegisterOrganisationV1, RegisterServiceV1, ReportReferralsV1,
  RerouteOptionsResultV1, RerouteOptionsV1, RerouteReferralV1, ServiceDetailsQueryV1, ServiceV1, SetMunicipalityPolicyV1, SlaPreviewResultV1, SlaPreviewV1,
  TransitionReferralV1, UpdateOrganisationV1, UpdateServiceCapacityV1, UpdateServiceV1,
} from './referrals.rpc';
import {
  AddFollowUpV1, AuditEntryV1, AuditLogV1, BreakGlassGrantV1, BreakGlassReviewV1, BreakGlassV1, CloseReportV1, ContactAttemptV1, DeskV1, HandOverV1,
  MyReportsV1, OkV1, OrgContextV1, PostReferralMessageV1, ReadReferralNotesV1, RecordContactAttemptV1, RecordObjectionV1, RectifySubjectV1, ReferralBriefV1,
  ReferralBriefsV1, ReferralMessageV1, ReferralMessagesV1, ReferralNoteSealedV1, ReferralNoteV1, ReportDetailV1, ReportRefV1, ReportSummaryV1, RetentionV1,
  RevealedContactV1, SealReferralNoteV1, SetOrgContextV1, SetRetentionV1, SubjectExportV1, SubjectRefV1, SubmitReportV1, TriageItemV1, TriageV1,
  WithdrawReportV1,
} from './reports.rpc';
import {
  OpenPathwayV1, OutcomesV1, OutcomeV1, PathwayRefV1, PathwayV1, RecordOutcomeV1, TagPathwayReferralV1, UntagPathwayReferralV1, UpdatePathwayWishesV1,
} from './wellbeing.rpc';

/* ------------------------------------------------------------------------------------------------
 * Typed request-reply: for every pattern of REQUEST_PATTERNS, the class its input is validated
 * with (by the caller before sending, and again by the service, which is its own edge) and the
 * type of its reply. The gateway's RpcClient.call(pattern, input, actor) takes the input this map
 * names and answers the reply type it names: no caller picks a reply type by hand.
 * ---------------------------------------------------------------------------------------------- */

/** A class-validator contract class. */
export type RequestClass<T extends object = object> = new () => T;

declare const TYPES: unique symbol;
/** Types carried by the map only (nothing at runtime). */
export interface Phantom<T> {
  readonly [TYPES]?: (value: T) => T;
}

/** The input of an operation that takes none: the caller sends `{}`. */
export type NoInput = Record<string, never>;

/** One request-reply operation: its input class (null: it takes no input), its input type and its reply type. */
export interface RequestSpec<Req extends object, Rep> {
  readonly request: RequestClass<Req> | null;
  readonly types: Phantom<{ request: Req; reply: Rep }>;
}

/** `takes(InputClass).answers<Reply>()`: an entry of REQUESTS. */
function takes<Req extends object>(request: RequestClass<Req>): { answers<Rep>(): RequestSpec<Req, Rep> } {
  return { answers: <Rep>(): RequestSpec<Req, Rep> => ({ request, types: {} }) };
}

/** An operation without input (the caller sends `{}`). */
function answers<Rep>(): RequestSpec<NoInput, Rep> {
  return { request: null, types: {} };
}

/**
 * An HSDS 3.0 document (a page of services, one organisation, …) as the referrals service shapes
 * it for the /hsds/ routes: passed through to the client as it is, never read by the gateway.
 */
export type HsdsDocumentV1 = Record<string, unknown>;

/** Every request-reply pattern, its input class and its reply type (tested complete against REQUEST_PATTERNS). */
export const REQUESTS = {
  // antennas
  [P.antennas.health]: answers<HealthV1>(),
  [P.antennas.listNeighbourhoods]: takes(ListNeighbourhoodsV1).answers<NeighbourhoodV1[]>(),
  [P.antennas.proximityPoints]: takes(ProximityPointsQueryV1).answers<Page<ProximityPointV1>>(),
  [P.antennas.propose]: takes(ProposeAntennaV1).answers<AntennaV1>(),
  [P.antennas.transition]: takes(TransitionAntennaV1).answers<AntennaV1>(),
  [P.antennas.get]: takes(GetAntennaV1).answers<AntennaV1>(),
  [P.antennas.list]: takes(ListAntennasV1).answers<Page<AntennaV1>>(),
  [P.antennas.importNeighbourhoods]: takes(ImportNeighbourhoodsV1).answers<ImportNeighbourhoodsResultV1>(),
  [P.antennas.coverage]: takes(CoverageQueryV1).answers<CoverageV1>(),
  [P.antennas.names]: takes(AntennaNamesV1).answers<AntennaNameV1[]>(),
  [P.antennas.apply]: takes(ApplyAsAntennaV1).answers<ApplicationReceiptV1>(),
  [P.antennas.proximityPoint]: takes(PublicPointQueryV1).answers<ProximityPointV1>(),
  [P.antennas.municipalities]: answers<string[]>(),
  [P.antennas.streets]: takes(StreetsQueryV1).answers<StreetV1[]>(),

  // reports
  [P.reports.health]: answers<HealthV1>(),
  [P.reports.submit]: takes(SubmitReportV1).answers<ReportSummaryV1>(),
  [P.reports.mine]: takes(MyReportsV1).answers<Page<ReportSummaryV1>>(),
  [P.reports.addFollowUp]: takes(AddFollowUpV1).answers<OkV1>(),
  [P.reports.withdraw]: takes(WithdrawReportV1).answers<OkV1>(),
  [P.reports.triage]: takes(TriageV1).answers<Page<TriageItemV1>>(),
  [P.reports.desks]: answers<DeskV1[]>(),
  [P.reports.open]: takes(ReportRefV1).answers<ReportDetailV1>(),
  [P.reports.take]: takes(ReportRefV1).answers<TriageItemV1>(),
  [P.reports.handOver]: takes(HandOverV1).answers<TriageItemV1>(),
  [P.reports.recordContactAttempt]: takes(RecordContactAttemptV1).answers<ContactAttemptV1>(),
  [P.reports.close]: takes(CloseReportV1).answers<TriageItemV1>(),
  [P.reports.reveal]: takes(ReportRefV1).answers<RevealedContactV1>(),
  [P.reports.revealToBuddy]: takes(BuddyRequestRefV1).answers<BuddyRevealV1>(),
  [P.reports.breakGlass]: takes(BreakGlassV1).answers<BreakGlassGrantV1>(),
  [P.reports.breakGlassReview]: takes(BreakGlassReviewV1).answers<Page<BreakGlassGrantV1>>(),
  [P.reports.exportSubject]: takes(SubjectRefV1).answers<SubjectExportV1>(),
  [P.reports.rectifySubject]: takes(RectifySubjectV1).answers<OkV1>(),
  [P.reports.recordObjection]: takes(RecordObjectionV1).answers<OkV1>(),
  [P.reports.eraseSubject]: takes(SubjectRefV1).answers<OkV1>(),
  [P.reports.retention]: answers<RetentionV1>(),
  [P.reports.setRetention]: takes(SetRetentionV1).answers<RetentionV1>(),
  [P.reports.auditLog]: takes(AuditLogV1).answers<Page<AuditEntryV1>>(),
  [P.reports.sealReferralNote]: takes(SealReferralNoteV1).answers<ReferralNoteSealedV1>(),
  [P.reports.readReferralNotes]: takes(ReadReferralNotesV1).answers<ReferralNoteV1[]>(),
  [P.reports.reopen]: takes(ReportRefV1).answers<TriageItemV1>(),
  [P.reports.setOrgContext]: takes(SetOrgContextV1).answers<OrgContextV1 | null>(),
  [P.reports.getOrgContext]: takes(ReportRefV1).answers<OrgContextV1 | null>(),
  [P.reports.referralBriefs]: takes(ReferralBriefsV1).answers<ReferralBriefV1[]>(),
  [P.reports.postReferralMessage]: takes(PostReferralMessageV1).answers<ReferralMessageV1>(),
  [P.reports.referralMessages]: takes(ReferralMessagesV1).answers<Page<ReferralMessageV1>>(),
  [P.reports.publicDesks]: takes(PublicDesksQueryV1).answers<PublicDeskV1[]>(),
  [P.reports.recordOutcome]: takes(RecordOutcomeV1).answers<OutcomeV1>(),
  [P.reports.outcomes]: takes(ReportRefV1).answers<OutcomesV1>(),
  [P.reports.openPathway]: takes(OpenPathwayV1).answers<PathwayV1>(),
  [P.reports.tagPathwayReferral]: takes(TagPathwayReferralV1).answers<PathwayV1>(),
  [P.reports.untagPathwayReferral]: takes(UntagPathwayReferralV1).answers<PathwayV1>(),
  [P.reports.updatePathwayWishes]: takes(UpdatePathwayWishesV1).answers<PathwayV1>(),
  [P.reports.closePathway]: takes(PathwayRefV1).answers<PathwayV1>(),
  [P.reports.pathway]: takes(ReportRefV1).answers<PathwayV1 | null>(),

  // referrals
  [P.referrals.health]: answers<HealthV1>(),
  [P.referrals.list]: takes(ListReferralsV1).answers<Page<ReferralV1>>(),
  [P.referrals.transition]: takes(TransitionReferralV1).answers<ReferralV1>(),
  [P.referrals.get]: takes(GetReferralV1).answers<ReferralV1>(),
  [P.referrals.reroute]: takes(RerouteReferralV1).answers<ReferralV1>(),
  [P.referrals.reportReferrals]: takes(ReportReferralsV1).answers<ReferralStoryV1[]>(),
  [P.referrals.requestFirstContact]: takes(ReferralRefV1).answers<ReferralV1>(),
  [P.referrals.handOverContact]: takes(ReferralRefV1).answers<ReferralV1>(),
  [P.referrals.alerts]: takes(ListAlertsV1).answers<Page<AlertV1>>(),
  [P.referrals.acknowledgeAlert]: takes(AcknowledgeAlertV1).answers<AlertV1>(),
  [P.referrals.registerOrganisation]: takes(RegisterOrganisationV1).answers<OrganisationV1>(),
  [P.referrals.registerService]: takes(RegisterServiceV1).answers<ServiceV1>(),
  [P.referrals.updateOrganisation]: takes(UpdateOrganisationV1).answers<OrganisationV1>(),
  [P.referrals.updateService]: takes(UpdateServiceV1).answers<ServiceV1>(),
  [P.referrals.updateCapacity]: takes(UpdateServiceCapacityV1).answers<ServiceV1>(),
  [P.referrals.listOrganisations]: answers<OrganisationV1[]>(),
  [P.referrals.listServices]: takes(ListServicesV1).answers<ServiceV1[]>(),
  [P.referrals.importDirectory]: takes(ImportDirectoryV1).answers<ImportResultV1>(),
  [P.referrals.hsdsServices]: takes(HsdsListV1).answers<HsdsDocumentV1>(),
  [P.referrals.hsdsService]: takes(HsdsGetV1).answers<HsdsDocumentV1>(),
  [P.referrals.hsdsOrganizations]: takes(HsdsListV1).answers<HsdsDocumentV1>(),
  [P.referrals.hsdsOrganization]: takes(HsdsGetV1).answers<HsdsDocumentV1>(),
  [P.referrals.hsdsTaxonomies]: takes(HsdsListV1).answers<HsdsDocumentV1>(),
  [P.referrals.hsdsTaxonomyTerms]: takes(HsdsListV1).answers<HsdsDocumentV1>(),
  [P.referrals.hsdsServiceAtLocations]: takes(HsdsListV1).answers<HsdsDocumentV1>(),
  [P.referrals.getPolicy]: answers<MunicipalityPolicyV1>(),
  [P.referrals.setPolicy]: takes(SetMunicipalityPolicyV1).answers<MunicipalityPolicyV1>(),
  [P.referrals.rerouteOptions]: takes(RerouteOptionsV1).answers<RerouteOptionsResultV1>(),
  [P.referrals.slaPreview]: takes(SlaPreviewV1).answers<SlaPreviewResultV1>(),
  [P.referrals.importHsds]: takes(ImportHsdsV1).answers<ImportResultV1>(),
  [P.referrals.taxonomyTerms]: takes(ListTaxonomyTermsV1).answers<Page<TaxonomyTermMappingV1>>(),
  [P.referrals.mapTaxonomyTerm]: takes(MapTaxonomyTermV1).answers<MapTaxonomyTermResultV1>(),
  [P.referrals.catalogue]: takes(CatalogueQueryV1).answers<Page<CatalogueItemV1>>(),
  [P.referrals.catalogueService]: takes(CatalogueServiceQueryV1).answers<CatalogueServiceV1>(),
  [P.referrals.hsdsExport]: takes(HsdsExportV1).answers<HsdsExportFilesV1>(),
  [P.referrals.serviceDetails]: takes(ServiceDetailsQueryV1).answers<CatalogueServiceV1>(),
  [P.referrals.myOrganisation]: answers<OrganisationV1>(),
  [P.referrals.prescribe]: takes(PrescribeInitiativeV1).answers<ReferralV1>(),
  [P.referrals.recordFirstAttendance]: takes(ReferralRefV1).answers<ReferralV1>(),

  // insights
  [P.insights.health]: answers<HealthV1>(),
  [P.insights.dashboard]: takes(DashboardQueryV1).answers<DashboardV1>(),

  // community (issue 17)
  [P.community.health]: answers<HealthV1>(),
  [P.community.publishInitiative]: takes(PublishInitiativeV1).answers<InitiativeWithSessionsV1>(),
  [P.community.updateInitiative]: takes(UpdateInitiativeV1).answers<InitiativeWithSessionsV1>(),
  [P.community.withdrawInitiative]: takes(WithdrawInitiativeV1).answers<InitiativeWithSessionsV1>(),
  [P.community.getInitiative]: takes(GetInitiativeV1).answers<InitiativeWithSessionsV1>(),
  [P.community.myInitiatives]: takes(MyInitiativesV1).answers<Page<InitiativeWithSessionsV1>>(),
  [P.community.scheduleSession]: takes(ScheduleSessionV1).answers<SessionV1>(),
  [P.community.scheduleSeries]: takes(ScheduleSeriesV1).answers<SessionV1[]>(),
  [P.community.updateSession]: takes(UpdateSessionV1).answers<SessionV1>(),
  [P.community.reserveSeat]: takes(ReserveSeatV1).answers<SeatReservationV1>(),
  [P.community.releaseSeat]: takes(ReleaseSeatV1).answers<SeatReservationV1>(),
  [P.community.publicInitiatives]: takes(PublicInitiativesQueryV1).answers<Page<InitiativeWithSessionsV1>>(),
  [P.community.publicInitiative]: takes(PublicInitiativeQueryV1).answers<InitiativeWithSessionsV1>(),
  [P.community.openData]: takes(OpenDataFeedQueryV1).answers<RpdePageV1>(),
  // community: volunteers and active ageing (issue 17)
  [P.community.saveVolunteerProfile]: takes(SaveVolunteerProfileV1).answers<VolunteerProfileV1>(),
  [P.community.myVolunteerProfile]: answers<VolunteerProfileV1 | null>(),
  [P.community.publishVolunteerRole]: takes(PublishVolunteerRoleV1).answers<VolunteerRoleV1>(),
  [P.community.addVolunteerShift]: takes(AddVolunteerShiftV1).answers<VolunteerShiftV1>(),
  [P.community.volunteerOpportunities]: takes(VolunteerOpportunitiesV1).answers<Page<VolunteerOpportunityV1>>(),
  [P.community.organisationVolunteerRoles]: takes(OrganisationRolesV1).answers<Page<VolunteerOpportunityV1>>(),
  [P.community.shiftRoster]: takes(ShiftIdV1).answers<ShiftRosterEntryV1[]>(),
  [P.community.signUpForShift]: takes(ShiftIdV1).answers<ShiftSignUpV1>(),
  [P.community.cancelShiftSignUp]: takes(SignUpIdV1).answers<ShiftSignUpV1>(),
  [P.community.confirmShift]: takes(SignUpIdV1).answers<ShiftSignUpV1>(),
  [P.community.myShifts]: answers<MyShiftV1[]>(),
  [P.community.checkIn]: takes(SignUpIdV1).answers<ShiftSignUpV1>(),
  [P.community.checkOut]: takes(SignUpIdV1).answers<ShiftSignUpV1>(),
  [P.community.recordVolunteerHours]: takes(RecordVolunteerHoursV1).answers<VolunteerHoursV1>(),
  [P.community.volunteerHours]: takes(OrganisationRolesV1).answers<Page<VolunteerHoursV1>>(),
  [P.community.volunteerRegister]: takes(VolunteerRegisterQueryV1).answers<VolunteerRegisterV1>(),
  // community: school protocols (issue 17)
  [P.community.saveSchoolProtocol]: takes(SaveSchoolProtocolV1).answers<SchoolProtocolV1>(),
  [P.community.schoolProtocols]: takes(ListSchoolProtocolsV1).answers<Page<SchoolProtocolV1>>(),
  [P.community.schoolTotals]: answers<SchoolTotalsV1>(),
  // community: buddies for prescriptions (issue 17)
  [P.community.organisationBuddyRequests]: answers<BuddyRequestV1[]>(),
  [P.community.buddyProposals]: takes(BuddyProposalsQueryV1).answers<BuddyProposalsV1>(),
  [P.community.askBuddy]: takes(AskBuddyV1).answers<BuddyRequestV1>(),
  [P.community.myBuddyRequests]: answers<MyBuddyRequestV1[]>(),
  [P.community.answerBuddyRequest]: takes(AnswerBuddyRequestV1).answers<MyBuddyRequestV1>(),
} as const;

/** Any request-reply pattern (`antennas.get.v1`, …). */
export type RequestPattern = keyof typeof REQUESTS;

type TypesOf<Pt extends RequestPattern> = (typeof REQUESTS)[Pt] extends RequestSpec<infer Req, infer Rep> ? { request: Req; reply: Rep } : never;

/** The validated input of `Pt` (an instance of its class; NoInput when it takes none). */
export type RequestOf<Pt extends RequestPattern> = TypesOf<Pt>['request'];

/** What `Pt` answers. */
export type ReplyTo<Pt extends RequestPattern> = TypesOf<Pt>['reply'];

/**
 * What a caller may hand to the client for `Pt` before validation: the fields of its class (a
 * name the class does not have does not compile; the values are checked at run time, when the
 * input is validated), or `{}` for an operation without input.
 */
export type RequestInput<Pt extends RequestPattern> = [RequestOf<Pt>] extends [NoInput] ? NoInput : { readonly [K in keyof RequestOf<Pt>]?: unknown };

/** Every pattern of REQUEST_PATTERNS, flat. */
export function allRequestPatterns(): string[] {
  return Object.values(P).flatMap((service) => Object.values(service) as string[]);
}
