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
  // directory (HSDS) and the desk's view of referrals (issue 6)
  'Mutation.registerOrganisation': [Role.ADMIN],
  'Mutation.registerService': [Role.ADMIN],
  'Mutation.importDirectory': [Role.ADMIN],
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
};
