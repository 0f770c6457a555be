import { InitiativeKind, InitiativeStatus, InitiativeV1, PlaceV1, SeatsV1, SessionStatus, SessionV1 } from '@prossimo/contracts';
import { InitiativeEntity } from './initiative.entity';
import { PlaceEntity } from './place.entity';
import { SessionEntity } from './session.entity';

export function toPlace(p: PlaceEntity): PlaceV1 {
  return { id: p.id, name: p.name, address: p.address, lat: p.lat, lng: p.lng, stepFree: p.stepFree, neighbourhoodCode: p.neighbourhoodCode };
}

export function toInitiative(i: InitiativeEntity, p: PlaceEntity): InitiativeV1 {
  return {
    id: i.id,
    municipality: i.municipality,
    kind: i.kind as InitiativeKind,
    status: i.status as InitiativeStatus,
    titleIt: i.titleIt,
    titleEn: i.titleEn,
    descriptionIt: i.descriptionIt,
    descriptionEn: i.descriptionEn,
    organiserOrganisationId: i.organiserOrganisationId,
    neighbourhoodCode: i.neighbourhoodCode,
    place: toPlace(p),
    ageMin: i.ageMin,
    ageMax: i.ageMax,
    free: i.free,
    costText: i.costText,
    accessibilitySupport: i.accessibilitySupport,
    goodForLivingAlone: i.goodForLivingAlone,
    publicContact: i.publicContact,
    createdAt: i.createdAt.toISOString(),
    updatedAt: i.updatedAt.toISOString(),
  };
}

export function seatsOf(s: Pick<SessionEntity, 'publicSeats' | 'referralSeats' | 'publicTaken' | 'referralTaken'>): SeatsV1 {
  return {
    publicSeats: s.publicSeats,
    referralSeats: s.referralSeats,
    publicTaken: s.publicTaken,
    referralTaken: s.referralTaken,
    publicLeft: s.publicSeats - s.publicTaken,
    referralLeft: s.referralSeats - s.referralTaken,
  };
}

export function toSession(s: SessionEntity): SessionV1 {
  return {
    id: s.id,
    initiativeId: s.initiativeId,
    seriesId: s.seriesId,
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    status: s.status as SessionStatus,
    note: s.note,
    ...seatsOf(s),
  };
}
