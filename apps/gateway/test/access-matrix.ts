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
  'Mutation.changePassword': [Role.ANTENNA, Role.ORG_OPERATOR, Role.SOCIAL_WORKER, Role.CITY_ANALYST, Role.ADMIN],
  // antennas and neighbourhoods
  'Query.neighbourhoods': 'PUBLIC',
  'Query.proximityPoints': 'PUBLIC',
  // reports
  'Mutation.submitReport': [Role.ANTENNA],
  'Query.myReports': [Role.ANTENNA],
  // referrals
  'Query.referrals': [Role.ORG_OPERATOR],
  'Mutation.acceptReferral': [Role.ORG_OPERATOR],
  'Mutation.rejectReferral': [Role.ORG_OPERATOR],
  'Mutation.startReferral': [Role.ORG_OPERATOR],
  'Mutation.holdReferral': [Role.ORG_OPERATOR],
  'Mutation.resumeReferral': [Role.ORG_OPERATOR],
  'Mutation.completeReferral': [Role.ORG_OPERATOR],
  'Mutation.failReferral': [Role.ORG_OPERATOR],
};
