import { AddOutboxAttempts1764013200000, CreateMessagingTables1764000000000, MESSAGING_ENTITIES } from '@prossimo/messaging';
import { DatabaseSpec } from '@prossimo/platform';
import { CreateCommunity1796512700000 } from '../../migrations/1796512700000-CreateCommunity';
import { InitiativeEntity } from '../initiatives/initiative.entity';
import { PlaceEntity } from '../initiatives/place.entity';
import { SessionSeriesEntity } from '../initiatives/session-series.entity';
import { SessionEntity } from '../initiatives/session.entity';
import { CommunityNeighbourhoodEntity } from '../neighbourhoods/neighbourhood.entity';
import { SeatReservationEntity } from '../seats/seat-reservation.entity';
import { CreateVolunteersAndSchools1796513400000 } from '../../migrations/1796513400000-CreateVolunteersAndSchools';
import { CreateBuddies1796525632884 } from '../../migrations/1796525632884-CreateBuddies';
import { BuddyAskEntity, BuddyRequestEntity } from '../buddies/buddy.entities';
import { SchoolClassGroupEntity, SchoolProtocolEntity } from '../schools/school.entities';
import { ShiftSignUpEntity, VolunteerEntity, VolunteerHoursEntity, VolunteerMailEntity, VolunteerRoleEntity, VolunteerShiftEntity } from '../volunteers/volunteer.entities';

/** Every entity and every migration of the community database, in order. */
export const COMMUNITY_DATABASE: DatabaseSpec = {
  entities: [...MESSAGING_ENTITIES, CommunityNeighbourhoodEntity, PlaceEntity, InitiativeEntity, SessionEntity, SessionSeriesEntity, SeatReservationEntity, VolunteerEntity, VolunteerRoleEntity, VolunteerShiftEntity, ShiftSignUpEntity, VolunteerHoursEntity, VolunteerMailEntity, SchoolProtocolEntity, SchoolClassGroupEntity, BuddyRequestEntity, BuddyAskEntity],
  migrations: [CreateMessagingTables1764000000000, AddOutboxAttempts1764013200000, CreateCommunity1796512700000, CreateVolunteersAndSchools1796513400000, CreateBuddies1796525632884],
};
