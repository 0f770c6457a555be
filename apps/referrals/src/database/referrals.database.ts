import { AddOutboxAttempts1764013200000, CreateMessagingTables1764000000000, MESSAGING_ENTITIES } from '@prossimo/messaging';
import { DatabaseSpec } from '@prossimo/platform';
import { AlertEntity, AlertEscalationEntity } from '../alerts/alert.entities';
import { LocationEntity, MunicipalityPolicyEntity, OrganisationEntity, ServiceAreaEntity, ServiceAtLocationEntity, ServiceEntity } from '../directory/directory.entities';
import { PhoneEntity, ScheduleEntity, ServiceAttributeEntity, TaxonomyEntity, TaxonomyTermEntity } from '../directory/directory-details.entities';
import { OrganisationMailEntity } from '../org-mail/org-mail.entity';
import { ReferralEntity, ReferralHistoryEntity } from '../referrals/referral.entities';
import { EndedReportEntity, RoutedReportEntity } from '../routing/routing.entities';
import { ReferralTimerEntity } from '../sla/timer.entity';
import { CreateReferrals1764000300000 } from '../../migrations/1764000300000-CreateReferrals';
import { AddDirectorySlaAlerts1764003000000 } from '../../migrations/1764003000000-AddDirectorySlaAlerts';
import { AllowEmergencyAlerts1764003100000 } from '../../migrations/1764003100000-AllowEmergencyAlerts';
import { AddEndedReports1764003200000 } from '../../migrations/1764003200000-AddEndedReports';
import { KeepReferralTextInVault1764012700000 } from '../../migrations/1764012700000-KeepReferralTextInVault';
import { AllowBreakGlassAlerts1764013000000 } from '../../migrations/1764013000000-AllowBreakGlassAlerts';
import { AddReferralFactsForOrganisations1764013300000 } from '../../migrations/1764013300000-AddReferralFactsForOrganisations';
import { AddPublicDirectory1764015100000 } from '../../migrations/1764015100000-AddPublicDirectory';
import { AllowFirstContactRequestedAlerts1764013310000 } from '../../migrations/1764013310000-AllowFirstContactRequestedAlerts';
import { AddAlertReasonsAndReopening1764013320000 } from '../../migrations/1764013320000-AddAlertReasonsAndReopening';
import { AcknowledgeResolveEscalateAlerts1764013430000 } from '../../migrations/1764013430000-AcknowledgeResolveEscalateAlerts';
import { KeepReportReference1764013440000 } from '../../migrations/1764013440000-KeepReportReference';
import { AddPrescriptions1796523788758 } from '../../migrations/1796523788758-AddPrescriptions';
import { InitiativeSessionEntity, InitiativeTargetEntity } from '../prescriptions/initiative-targets.entities';

/** Every entity and every migration of the referrals database, in order. */
export const REFERRALS_DATABASE: DatabaseSpec = {
  entities: [...MESSAGING_ENTITIES, OrganisationEntity, ServiceEntity, ServiceAreaEntity, MunicipalityPolicyEntity, ReferralEntity, ReferralHistoryEntity,
    LocationEntity, ServiceAtLocationEntity, ReferralTimerEntity, RoutedReportEntity, EndedReportEntity, AlertEntity, AlertEscalationEntity, OrganisationMailEntity,
    PhoneEntity, ScheduleEntity, TaxonomyEntity, TaxonomyTermEntity, ServiceAttributeEntity, InitiativeTargetEntity, InitiativeSessionEntity],
  migrations: [CreateMessagingTables1764000000000, CreateReferrals1764000300000, AddDirectorySlaAlerts1764003000000, AllowEmergencyAlerts1764003100000, AddEndedReports1764003200000,
    KeepReferralTextInVault1764012700000, AllowBreakGlassAlerts1764013000000, AddOutboxAttempts1764013200000, AddReferralFactsForOrganisations1764013300000,
    AllowFirstContactRequestedAlerts1764013310000, AddAlertReasonsAndReopening1764013320000, AcknowledgeResolveEscalateAlerts1764013430000,
    KeepReportReference1764013440000, AddPublicDirectory1764015100000, AddPrescriptions1796523788758],
};
