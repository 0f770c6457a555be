import { DatabaseSpec } from '@prossimo/platform';
import { ANTENNAS_DATABASE } from '../apps/antennas/src/database/antennas.database';
import { REFERRALS_DATABASE } from '../apps/referrals/src/database/referrals.database';
import { REPORTS_DATABASE } from '../apps/reports/src/database/reports.database';
import { GATEWAY_DATABASE } from '../apps/gateway/src/database/gateway.database';
import { INSIGHTS_DATABASE } from '../apps/insights/src/database/insights.database';
import { COMMUNITY_DATABASE } from '../apps/community/src/database/community.database';

/** Each service's database (entities and migrations), for the launcher, the tests and the migration tools. */
export const DATABASES = {
  gateway: GATEWAY_DATABASE,
  antennas: ANTENNAS_DATABASE,
  reports: REPORTS_DATABASE,
  referrals: REFERRALS_DATABASE,
  insights: INSIGHTS_DATABASE,
  community: COMMUNITY_DATABASE,
} satisfies Record<string, DatabaseSpec>;

export type ServiceKey = keyof typeof DATABASES;
