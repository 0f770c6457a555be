import { ErrorBody } from '../errors';

/**
 * What the gateway sends with every request-reply call: the caller's signed token (absent for
 * public operations), a correlation id for the logs, and the payload. Services verify the token
 * themselves before acting.
 */
export interface RpcRequest<P = unknown> {
  actorToken?: string;
  correlationId: string;
  payload: P;
}

/** Every reply: the data, or an error body. */
export type RpcReply<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

/**
 * The request-reply patterns (`<service>.<verb>.v<N>`), by service. On the wire they are prefixed:
 * `<root>-rpc.<pattern>`. What each one takes and answers is in REQUESTS (rpc/requests.ts).
 */
export const REQUEST_PATTERNS = {
  antennas: {
    health: 'antennas.health.v1',
    listNeighbourhoods: 'antennas.neighbourhoods.list.v1',
    proximityPoints: 'antennas.proximity-points.v1',
    propose: 'antennas.propose.v1',
    transition: 'antennas.transition.v1',
    get: 'antennas.get.v1',
    list: 'antennas.list.v1',
    importNeighbourhoods: 'antennas.neighbourhoods.import.v1',
    coverage: 'antennas.coverage.v1',
    names: 'antennas.names.v1',
    apply: 'antennas.apply.v1',
    proximityPoint: 'antennas.proximity-point.v1',
    municipalities: 'antennas.municipalities.v1',
    streets: 'antennas.streets.v1',
  },
  reports: {
    health: 'reports.health.v1',
    submit: 'reports.submit.v1',
    mine: 'reports.mine.v1',
    addFollowUp: 'reports.follow-up.add.v1',
    withdraw: 'reports.withdraw.v1',
    triage: 'reports.triage.v1',
    desks: 'reports.desks.v1',
    open: 'reports.open.v1',
    take: 'reports.take.v1',
    handOver: 'reports.hand-over.v1',
    recordContactAttempt: 'reports.contact-attempt.record.v1',
    close: 'reports.close.v1',
    reveal: 'reports.reveal.v1',
    revealToBuddy: 'reports.reveal-to-buddy.v1',
    breakGlass: 'reports.break-glass.v1',
    breakGlassReview: 'reports.break-glass.review.v1',
    exportSubject: 'reports.subject.export.v1',
    rectifySubject: 'reports.subject.rectify.v1',
    recordObjection: 'reports.subject.objection.v1',
    eraseSubject: 'reports.subject.erase.v1',
    retention: 'reports.retention.get.v1',
    setRetention: 'reports.retention.set.v1',
    auditLog: 'reports.audit-log.v1',
    sealReferralNote: 'reports.referral-note.seal.v1',
    readReferralNotes: 'reports.referral-notes.read.v1',
    reopen: 'reports.reopen.v1',
    setOrgContext: 'reports.org-context.set.v1',
    getOrgContext: 'reports.org-context.get.v1',
    referralBriefs: 'reports.referral-briefs.v1',
    postReferralMessage: 'reports.referral-messages.post.v1',
    referralMessages: 'reports.referral-messages.list.v1',
    publicDesks: 'reports.public-desks.v1',
    recordOutcome: 'reports.outcomes.record.v1',
    outcomes: 'reports.outcomes.list.v1',
    openPathway: 'reports.pathways.open.v1',
    tagPathwayReferral: 'reports.pathways.tag.v1',
    untagPathwayReferral: 'reports.pathways.untag.v1',
    updatePathwayWishes: 'reports.pathways.wishes.v1',
    closePathway: 'reports.pathways.close.v1',
    pathway: 'reports.pathways.get.v1',
  },
  referrals: {
    health: 'referrals.health.v1',
    list: 'referrals.list.v1',
    transition: 'referrals.transition.v1',
    get: 'referrals.get.v1',
    reroute: 'referrals.reroute.v1',
    reportReferrals: 'referrals.report-referrals.v1',
    requestFirstContact: 'referrals.first-contact.request.v1',
    handOverContact: 'referrals.first-contact.hand-over.v1',
    alerts: 'referrals.alerts.v1',
    acknowledgeAlert: 'referrals.alerts.acknowledge.v1',
    registerOrganisation: 'referrals.organisations.register.v1',
    registerService: 'referrals.services.register.v1',
    updateOrganisation: 'referrals.organisations.update.v1',
    updateService: 'referrals.services.update.v1',
    updateCapacity: 'referrals.services.capacity.v1',
    listOrganisations: 'referrals.organisations.list.v1',
    listServices: 'referrals.services.list.v1',
    importDirectory: 'referrals.directory.import.v1',
    hsdsServices: 'referrals.hsds.services.v1',
    hsdsService: 'referrals.hsds.service.v1',
    hsdsOrganizations: 'referrals.hsds.organizations.v1',
    hsdsOrganization: 'referrals.hsds.organization.v1',
    hsdsTaxonomies: 'referrals.hsds.taxonomies.v1',
    hsdsTaxonomyTerms: 'referrals.hsds.taxonomy-terms.v1',
    hsdsServiceAtLocations: 'referrals.hsds.service-at-locations.v1',
    getPolicy: 'referrals.policy.get.v1',
    setPolicy: 'referrals.policy.set.v1',
    rerouteOptions: 'referrals.reroute-options.v1',
    slaPreview: 'referrals.sla-preview.v1',
    importHsds: 'referrals.directory.import-hsds.v1',
    taxonomyTerms: 'referrals.taxonomy-terms.list.v1',
    mapTaxonomyTerm: 'referrals.taxonomy-terms.map.v1',
    catalogue: 'referrals.catalogue.v1',
    catalogueService: 'referrals.catalogue.service.v1',
    hsdsExport: 'referrals.hsds.export.v1',
    serviceDetails: 'referrals.services.details.v1',
    myOrganisation: 'referrals.organisations.mine.v1',
    prescribe: 'referrals.prescriptions.create.v1',
    recordFirstAttendance: 'referrals.prescriptions.first-attendance.v1',
  },
  insights: {
    health: 'insights.health.v1',
    dashboard: 'insights.dashboard.v1',
  },
  community: {
    health: 'community.health.v1',
    publishInitiative: 'community.initiatives.publish.v1',
    updateInitiative: 'community.initiatives.update.v1',
    withdrawInitiative: 'community.initiatives.withdraw.v1',
    getInitiative: 'community.initiatives.get.v1',
    myInitiatives: 'community.initiatives.mine.v1',
    scheduleSession: 'community.sessions.schedule.v1',
    scheduleSeries: 'community.sessions.schedule-series.v1',
    updateSession: 'community.sessions.update.v1',
    reserveSeat: 'community.seats.reserve.v1',
    releaseSeat: 'community.seats.release.v1',
    publicInitiatives: 'community.public.initiatives.v1',
    publicInitiative: 'community.public.initiative.v1',
    openData: 'community.open-data.v1',
    // volunteers and active ageing (issue 17)
    saveVolunteerProfile: 'community.volunteers.profile.save.v1',
    myVolunteerProfile: 'community.volunteers.profile.get.v1',
    publishVolunteerRole: 'community.volunteers.roles.publish.v1',
    addVolunteerShift: 'community.volunteers.shifts.add.v1',
    volunteerOpportunities: 'community.volunteers.opportunities.v1',
    organisationVolunteerRoles: 'community.volunteers.roles.mine.v1',
    shiftRoster: 'community.volunteers.shifts.roster.v1',
    signUpForShift: 'community.volunteers.sign-up.v1',
    cancelShiftSignUp: 'community.volunteers.sign-up.cancel.v1',
    confirmShift: 'community.volunteers.sign-up.confirm.v1',
    myShifts: 'community.volunteers.my-shifts.v1',
    checkIn: 'community.volunteers.check-in.v1',
    checkOut: 'community.volunteers.check-out.v1',
    recordVolunteerHours: 'community.volunteers.hours.record.v1',
    volunteerHours: 'community.volunteers.hours.list.v1',
    volunteerRegister: 'community.volunteers.register.v1',
    // school protocols (issue 17)
    saveSchoolProtocol: 'community.schools.save.v1',
    schoolProtocols: 'community.schools.list.v1',
    schoolTotals: 'community.schools.totals.v1',
    // buddies for prescriptions (issue 17)
    organisationBuddyRequests: 'community.buddies.mine.v1',
    buddyProposals: 'community.buddies.proposals.v1',
    askBuddy: 'community.buddies.ask.v1',
    myBuddyRequests: 'community.buddies.asked-me.v1',
    answerBuddyRequest: 'community.buddies.answer.v1',
  },
} as const;

export type ServiceName = keyof typeof REQUEST_PATTERNS;
export const SERVICE_NAMES = Object.keys(REQUEST_PATTERNS) as ServiceName[];

/** A page of results with an opaque cursor, shaped like a GraphQL connection. */
export interface Page<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface HealthV1 {
  service: string;
  database: 'ok' | 'down';
  nats: 'ok' | 'down';
  /** Service-specific readiness facts (for reports: how many neighbourhoods and antennas it knows). */
  details?: Record<string, number | string | boolean>;
}
