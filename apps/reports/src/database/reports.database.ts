import { CreateMessagingTables1764000000000, MESSAGING_ENTITIES } from '@prossimo/messaging';
import { DatabaseSpec } from '@prossimo/platform';
import { AntennaProjection, NeighbourhoodProjection } from '../projections/projection.entities';
import { DeskEntity, ReportEntity, ReportReferralEntity } from '../reports/report.entities';
import { CreateReports1764000100000 } from '../../migrations/1764000100000-CreateReports';

/** Every entity and every migration of the reports database, in order. */
export const REPORTS_DATABASE: DatabaseSpec = {
  entities: [...MESSAGING_ENTITIES, NeighbourhoodProjection, AntennaProjection, DeskEntity, ReportEntity, ReportReferralEntity],
  migrations: [CreateMessagingTables1764000000000, CreateReports1764000100000],
};
