import { Role } from '@prossimo/contracts';

/**
 * Who may call each GraphQL operation: 'PUBLIC' (no token needed) or the roles allowed.
 * Every query, mutation and subscription in the schema must appear here: the access test fails
 * for an operation without an entry, and checks every role against every entry.
 */
export const ACCESS_MATRIX: Record<string, 'PUBLIC' | Role[]> = {
  // identity
  'Mutation.login': 'PUBLIC',
  'Mutation.refreshSession': 'PUBLIC',
  'Mutation.logout': [Role.ANTENNA, Role.ORG_OPERATOR, Role.SOCIAL_WORKER, Role.CITY_ANALYST, Role.ADMIN],
  'Mutation.inviteAccount': [Role.ADMIN],
  'Mutation.acceptInvitation': 'PUBLIC',
  'Mutation.issuePasswordReset': [Role.ADMIN],
  'Mutation.completePasswordReset': 'PUBLIC',
  'Mutation.changePassword': [Role.ANTENNA, Role.ORG_OPERATOR, Role.SOCIAL_WORKER, Role.CITY_ANALYST, Role.ADMIN],
  // antennas and neighbourhoods
  'Query.neighbourhoods': 'PUBLIC',
  'Query.proximityPoints': 'PUBLIC',
  // antennas: onboarding, members, import, coverage (issue 4)
  'Mutation.proposeAntenna': [Role.ADMIN],
  'Mutation.trainAntenna': [Role.ADMIN],
  'Mutation.activateAntenna': [Role.ADMIN],
  'Mutation.suspendAntenna': [Role.ADMIN],
  'Mutation.reactivateAntenna': [Role.ADMIN],
  'Mutation.retireAntenna': [Role.ADMIN],
  'Mutation.createAntennaMember': [Role.ADMIN],
  'Mutation.removeAntennaMember': [Role.ADMIN],
  'Mutation.importNeighbourhoods': [Role.ADMIN],
  'Query.antennas': [Role.ADMIN],
  'Query.antenna': [Role.ADMIN],
  'Query.myAntenna': [Role.ANTENNA],
  'Query.organisations': [Role.ADMIN],
  'Query.services': [Role.ADMIN, Role.ORG_OPERATOR],
  'Query.accounts': [Role.ADMIN],
  'Query.coverage': [Role.CITY_ANALYST],
  // reports
  'Mutation.submitReport': [Role.ANTENNA],
  'Query.myReports': [Role.ANTENNA],
  // reports: casework, privacy (issue 5)
  'Mutation.addReportFollowUp': [Role.ANTENNA],
  'Mutation.withdrawReport': [Role.ANTENNA],
  'Query.triage': [Role.SOCIAL_WORKER],
  'Query.desks': [Role.SOCIAL_WORKER],
  'Query.report': [Role.SOCIAL_WORKER],
  'Mutation.takeReport': [Role.SOCIAL_WORKER],
  'Mutation.handOverReport': [Role.SOCIAL_WORKER],
  'Mutation.recordContactAttempt': [Role.SOCIAL_WORKER],
  'Mutation.closeReport': [Role.SOCIAL_WORKER],
  'Mutation.revealContact': [Role.ORG_OPERATOR, Role.SOCIAL_WORKER],
  'Mutation.breakTheGlass': [Role.ORG_OPERATOR, Role.SOCIAL_WORKER],
  'Query.breakGlassReview': [Role.ADMIN, Role.SOCIAL_WORKER],
  'Query.subjectExport': [Role.SOCIAL_WORKER],
  'Mutation.rectifySubject': [Role.SOCIAL_WORKER],
  'Mutation.recordObjection': [Role.SOCIAL_WORKER],
  'Mutation.eraseSubject': [Role.SOCIAL_WORKER],
  'Query.retention': [Role.ADMIN],
  'Mutation.setRetention': [Role.ADMIN],
  'Query.auditLog': [Role.ADMIN],
  // referrals
  'Query.referrals': [Role.ORG_OPERATOR],
  'Mutation.acceptReferral': [Role.ORG_OPERATOR],
  'Mutation.rejectReferral': [Role.ORG_OPERATOR],
  'Mutation.startReferral': [Role.ORG_OPERATOR],
  'Mutation.holdReferral': [Role.ORG_OPERATOR],
  'Mutation.resumeReferral': [Role.ORG_OPERATOR],
  'Mutation.completeReferral': [Role.ORG_OPERATOR],
  'Mutation.failReferral': [Role.ORG_OPERATOR],
  // the cooperative's inbox: first contact through the desk, briefs, the organisation ↔ desk thread (issue 13)
  'Mutation.requestDeskFirstContact': [Role.ORG_OPERATOR],
  'Mutation.handOverFirstContact': [Role.SOCIAL_WORKER],
  'Query.referralBriefs': [Role.ORG_OPERATOR],
  'Query.organisationContext': [Role.SOCIAL_WORKER],
  'Mutation.setOrganisationContext': [Role.SOCIAL_WORKER],
  'Query.referralMessages': [Role.ORG_OPERATOR, Role.SOCIAL_WORKER],
  'Mutation.postReferralMessage': [Role.ORG_OPERATOR, Role.SOCIAL_WORKER],
  // directory (HSDS) and the desk's view of referrals (issue 6)
  'Mutation.registerOrganisation': [Role.ADMIN],
  'Mutation.registerService': [Role.ADMIN],
  'Mutation.importDirectory': [Role.ADMIN],
  // the public directory (issue 15)
  'Query.catalogue': 'PUBLIC',
  'Query.catalogueService': 'PUBLIC',
  'Query.taxonomyTerms': [Role.ADMIN],
  'Mutation.mapTaxonomyTerm': [Role.ADMIN],
  // the public pages (issue 15)
  'Query.publicInfo': 'PUBLIC',
  'Query.proximityPoint': 'PUBLIC',
  'Query.streets': 'PUBLIC',
  'Query.publicDesks': 'PUBLIC',
  'Query.applicationChallenge': 'PUBLIC',
  'Mutation.applyAsProximityPoint': 'PUBLIC',
  'Mutation.updateServiceCapacity': [Role.ORG_OPERATOR],
  'Mutation.rerouteReferral': [Role.SOCIAL_WORKER],
  'Query.reportReferrals': [Role.SOCIAL_WORKER],
  'Query.deskAlerts': [Role.SOCIAL_WORKER],
  'Mutation.acknowledgeDeskAlert': [Role.SOCIAL_WORKER],
  'Query.municipalityPolicy': [Role.ADMIN],
  'Mutation.setMunicipalityPolicy': [Role.ADMIN],
  // the city's aggregates
  'Query.dashboard': [Role.CITY_ANALYST],
  // live updates (graphql-ws)
  'Subscription.referralUpdates': [Role.ORG_OPERATOR],
  'Subscription.reportsArriving': [Role.CITY_ANALYST],
  'Subscription.deskAlertRaised': [Role.SOCIAL_WORKER],
  'Subscription.deskAlertChanged': [Role.SOCIAL_WORKER],
  'Subscription.referralsMoving': [Role.CITY_ANALYST],
  // the social desk and the shop (issue 13)
  'Mutation.reopenReport': [Role.SOCIAL_WORKER],
  'Query.rerouteOptions': [Role.SOCIAL_WORKER],
};

/**
 * Cross-municipality writes: what each mutation does when someone of another municipality aims it
 * at this one's records (test/cross-municipality.suite.ts tries every one against the running
 * system and checks that nothing of this municipality changed).
 * - REFUSED: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT or CONFLICT.
 * - OWN_MUNICIPALITY_ONLY: writes only the caller's own municipality (it may succeed there).
 * - OWN_CREDENTIALS: acts on the caller's own session or a one-time token (no municipality's records).
 * - PUBLIC_APPLICATION: anyone may offer a proximity point to any municipality (no sign-in, by
 *   design); it only ever creates a new PROPOSED antenna with a new id and never changes an
 *   existing record (an id already used is CONFLICT).
 */
export const CROSS_MUNICIPALITY: Record<string, 'REFUSED' | 'OWN_MUNICIPALITY_ONLY' | 'OWN_CREDENTIALS' | 'PUBLIC_APPLICATION'> = {
  login: 'OWN_CREDENTIALS',
  refreshSession: 'OWN_CREDENTIALS',
  logout: 'OWN_CREDENTIALS',
  changePassword: 'OWN_CREDENTIALS',
  acceptInvitation: 'OWN_CREDENTIALS',
  completePasswordReset: 'OWN_CREDENTIALS',
  inviteAccount: 'REFUSED',
  issuePasswordReset: 'REFUSED',
  proposeAntenna: 'REFUSED',
  trainAntenna: 'REFUSED',
  activateAntenna: 'REFUSED',
  suspendAntenna: 'REFUSED',
  reactivateAntenna: 'REFUSED',
  retireAntenna: 'REFUSED',
  createAntennaMember: 'REFUSED',
  removeAntennaMember: 'REFUSED',
  importNeighbourhoods: 'REFUSED',
  submitReport: 'REFUSED',
  addReportFollowUp: 'REFUSED',
  withdrawReport: 'REFUSED',
  takeReport: 'REFUSED',
  handOverReport: 'REFUSED',
  recordContactAttempt: 'REFUSED',
  closeReport: 'REFUSED',
  reopenReport: 'REFUSED',
  requestDeskFirstContact: 'REFUSED',
  handOverFirstContact: 'REFUSED',
  postReferralMessage: 'REFUSED',
  setOrganisationContext: 'REFUSED',
  revealContact: 'REFUSED',
  breakTheGlass: 'REFUSED',
  rectifySubject: 'REFUSED',
  recordObjection: 'REFUSED',
  eraseSubject: 'REFUSED',
  setRetention: 'OWN_MUNICIPALITY_ONLY',
  acceptReferral: 'REFUSED',
  rejectReferral: 'REFUSED',
  startReferral: 'REFUSED',
  holdReferral: 'REFUSED',
  resumeReferral: 'REFUSED',
  completeReferral: 'REFUSED',
  failReferral: 'REFUSED',
  rerouteReferral: 'REFUSED',
  acknowledgeDeskAlert: 'REFUSED',
  registerOrganisation: 'REFUSED',
  registerService: 'REFUSED',
  importDirectory: 'REFUSED',
  mapTaxonomyTerm: 'REFUSED',
  applyAsProximityPoint: 'PUBLIC_APPLICATION',
  updateServiceCapacity: 'REFUSED',
  setMunicipalityPolicy: 'OWN_MUNICIPALITY_ONLY',
};
