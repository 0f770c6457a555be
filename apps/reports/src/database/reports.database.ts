import { AddOutboxAttempts1764013200000, CreateMessagingTables1764000000000, MESSAGING_ENTITIES } from '@prossimo/messaging';
import { DatabaseSpec } from '@prossimo/platform';
import { AuditEntryEntity } from '../audit/audit.entity';
import { ContactAttemptEntity, FollowUpEntity } from '../casework/casework.entities';
import { BreakGlassGrantEntity } from '../privacy/break-glass.entity';
import { AntennaProjection, NeighbourhoodProjection, ReferralBuddyProjection } from '../projections/projection.entities';
import { OrgContextEntity, ReferralMessageEntity } from '../referral-desk/referral-desk.entities';
import { ReferralNoteEntity } from '../referral-notes/referral-note.entity';
import { DeskEntity, ReportEntity, ReportReferralEntity } from '../reports/report.entities';
import { RetentionSettingsEntity } from '../retention/retention-settings.entity';
import { MunicipalityKeyEntity, SubjectEntity } from '../vault/vault.entities';
import { LifePathwayEntity, OutcomeMeasurementEntity, PathwayReferralEntity, PathwayWishesEntity } from '../wellbeing/wellbeing.entities';
import { CreateReports1764000100000 } from '../../migrations/1764000100000-CreateReports';
import { AddPrivacyVault1764002000000 } from '../../migrations/1764002000000-AddPrivacyVault';
import { AddReferralNotes1764012700000 } from '../../migrations/1764012700000-AddReferralNotes';
import { AddReportContentHash1764013100000 } from '../../migrations/1764013100000-AddReportContentHash';
import { AddReferralDesk1764013300000 } from '../../migrations/1764013300000-AddReferralDesk';
import { AddDeskContactsReopeningAndDeadlines1764013310000 } from '../../migrations/1764013310000-AddDeskContactsReopeningAndDeadlines';
import { CoarseStatusWithdrawnAndReferralNeeds1764013400000 } from '../../migrations/1764013400000-CoarseStatusWithdrawnAndReferralNeeds';
import { AddReportReference1764013410000 } from '../../migrations/1764013410000-AddReportReference';
import { AddOutcomesAndPathways1796523934458 } from '../../migrations/1796523934458-AddOutcomesAndPathways';
import { AddReferralBuddies1796525864235 } from '../../migrations/1796525864235-AddReferralBuddies';

/** Every entity and every migration of the reports database, in order. */
export const REPORTS_DATABASE: DatabaseSpec = {
  entities: [
    ...MESSAGING_ENTITIES, NeighbourhoodProjection, AntennaProjection, DeskEntity, ReportEntity, ReportReferralEntity,
    MunicipalityKeyEntity, SubjectEntity, FollowUpEntity, ContactAttemptEntity, BreakGlassGrantEntity, RetentionSettingsEntity, AuditEntryEntity,
    ReferralNoteEntity, OrgContextEntity, ReferralMessageEntity, OutcomeMeasurementEntity, LifePathwayEntity, PathwayReferralEntity, PathwayWishesEntity, ReferralBuddyProjection,
  ],
  migrations: [CreateMessagingTables1764000000000, CreateReports1764000100000, AddPrivacyVault1764002000000, AddReferralNotes1764012700000, AddReportContentHash1764013100000,
    AddOutboxAttempts1764013200000, AddReferralDesk1764013300000, AddDeskContactsReopeningAndDeadlines1764013310000,
    CoarseStatusWithdrawnAndReferralNeeds1764013400000, AddReportReference1764013410000, AddOutcomesAndPathways1796523934458, AddReferralBuddies1796525864235,
  ],
};
