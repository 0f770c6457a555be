import { AntennasAdminResolver } from '../antennas/antennas-admin.resolver';
import { AntennasResolver } from '../antennas/antennas.resolver';
import { AccountsResolver } from '../auth/accounts.resolver';
import { AuthResolver } from '../auth/auth.resolver';
import { InitiativesResolver } from '../community/initiatives.resolver';
import { DashboardResolver } from '../insights/dashboard.resolver';
import { LiveResolver } from '../live/live.resolver';
import { PublicResolver } from '../public/public.resolver';
import { DirectoryResolver } from '../referrals/directory.resolver';
import { PolicyResolver } from '../referrals/policy.resolver';
import { PublicDirectoryResolver } from '../referrals/public-directory.resolver';
import { ReferralsResolver } from '../referrals/referrals.resolver';
import { PrescriptionStoryResolver, PrescriptionsResolver } from '../referrals/prescriptions.resolver';
import { CaseworkResolver } from '../reports/casework.resolver';
import { ReferralDeskResolver } from '../reports/referral-desk.resolver';
import { ReportsResolver } from '../reports/reports.resolver';
import { SchoolsResolver } from '../schools/schools.resolver';
import { BuddiesResolver } from '../volunteers/buddies.resolver';
import { VolunteersResolver } from '../volunteers/volunteers.resolver';
import { WellbeingResolver } from '../reports/wellbeing.resolver';

/**
 * Every resolver of the gateway: the module provides them, and the schema printer
 * (`schema-print.ts`, `npm run codegen`) builds the same code-first schema from them.
 */
export const GATEWAY_RESOLVERS = [
  DashboardResolver,
  LiveResolver,
  AuthResolver,
  AccountsResolver,
  AntennasResolver,
  AntennasAdminResolver,
  ReportsResolver,
  CaseworkResolver,
  ReferralDeskResolver,
  WellbeingResolver,
  ReferralsResolver,
  PrescriptionsResolver,
  PrescriptionStoryResolver,
  DirectoryResolver,
  PolicyResolver,
  PublicDirectoryResolver,
  PublicResolver,
  InitiativesResolver,
  VolunteersResolver,
  BuddiesResolver,
  SchoolsResolver,
];
