import { CreateMessagingTables1764000000000, MESSAGING_ENTITIES } from '@prossimo/messaging';
import { DatabaseSpec } from '@prossimo/platform';
import { AuditEntryEntity } from '../audit/audit.entity';
import { AntennaProjection, NeighbourhoodProjection } from '../projections/projection.entities';
import { ReferralNoteEntity } from '../referral-notes/referral-note.entity';
import { DeskEntity, ReportEntity, ReportReferralEntity } from '../reports/report.entities';
import {
  BreakGlassGrantEntity, ContactAttemptEntity, FollowUpEntity, MunicipalityKeyEntity, RetentionSettingsEntity, SubjectEntity,
} from '../vault/vault.entities';
import { CreateReports1764000100000 } from '../../migrations/1764000100000-CreateReports';
import { AddPrivacyVault1764002000000 } from '../../migrations/1764002000000-AddPrivacyVault';
import { AddReferralNotes1764012700000 } from '../../migrations/1764012700000-AddReferralNotes';
import { CoarseStatusWithdrawnAndReferralNeeds1764013310000 } from '../../migrations/1764013310000-CoarseStatusWithdrawnAndReferralNeeds';
import { AddReportReference1764013320000 } from '../../migrations/1764013320000-AddReportReference';

/** Every entity and every migration of the reports database, in order. */
export const REPORTS_DATABASE: DatabaseSpec = {
  entities: [
    ...MESSAGING_ENTITIES, NeighbourhoodProjection, AntennaProjection, DeskEntity, ReportEntity, ReportReferralEntity,
    MunicipalityKeyEntity, SubjectEntity, FollowUpEntity, ContactAttemptEntity, BreakGlassGrantEntity, RetentionSettingsEntity, AuditEntryEntity,
    ReferralNoteEntity,
  ],
  migrations: [CreateMessagingTables1764000000000, CreateReports1764000100000, AddPrivacyVault1764002000000, AddReferralNotes1764012700000,
    CoarseStatusWithdrawnAndReferralNeeds1764013310000, AddReportReference1764013320000],
};
