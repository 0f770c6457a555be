import { CreateMessagingTables1764000000000, MESSAGING_ENTITIES } from '@prossimo/messaging';
import { DatabaseSpec } from '@prossimo/platform';
import { MunicipalityPolicyEntity, OrganisationEntity, ServiceAreaEntity, ServiceEntity } from '../directory/directory.entities';
import { ReferralEntity, ReferralHistoryEntity } from '../referrals/referral.entities';
import { CreateReferrals1764000300000 } from '../../migrations/1764000300000-CreateReferrals';

/** Every entity and every migration of the referrals database, in order. */
export const REFERRALS_DATABASE: DatabaseSpec = {
  entities: [...MESSAGING_ENTITIES, OrganisationEntity, ServiceEntity, ServiceAreaEntity, MunicipalityPolicyEntity, ReferralEntity, ReferralHistoryEntity],
  migrations: [CreateMessagingTables1764000000000, CreateReferrals1764000300000],
};
