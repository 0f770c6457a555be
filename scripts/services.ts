import { DatabaseSpec } from '@prossimo/platform';
import { REPORTS_DATABASE } from '../apps/reports/src/database/reports.database';

/** Each back-end service's database (entities and migrations), for the launcher and the migration tools. */
export const DATABASES = {
  reports: REPORTS_DATABASE,
} satisfies Record<string, DatabaseSpec>;
