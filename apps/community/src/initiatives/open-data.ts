import { InitiativeKind, SessionStatus } from '@prossimo/contracts';
import { InitiativeEntity } from './initiative.entity';
import { PlaceEntity } from './place.entity';
import { SessionEntity } from './session.entity';

/**
 * The public data of initiatives shaped as OpenActive's Modelling Opportunity Data 2.0
 * (https://openactive.io/modelling-opportunity-data/): an initiative is a `SessionSeries`, each
 * session a `ScheduledSession` whose `superEvent` is its series. Nothing about a person: places,
 * times, seats. Ids are the gateway's to turn into URLs (`@id`), as only it knows its address.
 */
export const OPENACTIVE_CONTEXT = ['https://openactive.io/', 'https://openactive.io/ns-beta'];

/** What each kind is, in words a reuser's activity list can map (the Italian first). */
export const KIND_ACTIVITY: Record<InitiativeKind, { it: string; en: string }> = {
  [InitiativeKind.ELDERLY_PLACE]: { it: 'Luogo di aggregazione per anziani', en: 'Place for older people to meet' },
  [InitiativeKind.CULTURE]: { it: 'Cultura', en: 'Culture' },
  [InitiativeKind.SOCIAL_THEATRE]: { it: 'Teatro sociale', en: 'Social theatre' },
  [InitiativeKind.LIFESTYLE_EXPERIMENT]: { it: 'Stili di vita consapevoli', en: 'Conscious lifestyles' },
  [InitiativeKind.CONCILIATION]: { it: 'Conciliazione vita-lavoro', en: 'Work–life balance' },
  [InitiativeKind.VOLUNTEERING]: { it: 'Volontariato', en: 'Volunteering' },
};

const EVENT_STATUS: Record<SessionStatus, string> = {
  [SessionStatus.SCHEDULED]: 'https://schema.org/EventScheduled',
  [SessionStatus.CANCELLED]: 'https://schema.org/EventCancelled',
  [SessionStatus.POSTPONED]: 'https://schema.org/EventPostponed',
};

/** ISO 8601 duration of a session ("PT2H", "PT1H30M"). */
export function isoDuration(startsAt: Date, endsAt: Date): string {
  const minutes = Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `PT${h ? `${h}H` : ''}${m || !h ? `${m}M` : ''}`;
}

export function sessionSeriesData(i: InitiativeEntity, p: PlaceEntity): Record<string, unknown> {
  const kind = i.kind as InitiativeKind;
  return {
    '@context': OPENACTIVE_CONTEXT,
    '@type': 'SessionSeries',
    identifier: i.id,
    name: i.titleIt,
    ...(i.titleEn ? { 'beta:nameEn': i.titleEn } : {}),
    description: i.descriptionIt,
    ...(i.descriptionEn ? { 'beta:descriptionEn': i.descriptionEn } : {}),
    inLanguage: ['it'],
    activity: [{ '@type': 'Concept', prefLabel: KIND_ACTIVITY[kind].it, 'beta:prefLabelEn': KIND_ACTIVITY[kind].en, notation: kind }],
    organizer: i.organiserOrganisationId
      ? { '@type': 'Organization', identifier: i.organiserOrganisationId }
      : { '@type': 'Organization', identifier: `municipality:${i.municipality}`, 'beta:istatCode': i.municipality },
    location: {
      '@type': 'Place',
      identifier: p.id,
      name: p.name,
      address: { '@type': 'PostalAddress', streetAddress: p.address, addressCountry: 'IT', 'beta:istatCode': i.municipality, 'beta:neighbourhood': i.neighbourhoodCode },
      geo: { '@type': 'GeoCoordinates', latitude: p.lat, longitude: p.lng },
      amenityFeature: [{ '@type': 'beta:StepFreeAccess', name: 'Accesso senza gradini / Step-free access', value: p.stepFree }],
    },
    ...(i.ageMin !== null || i.ageMax !== null
      ? { ageRange: { '@type': 'QuantitativeValue', ...(i.ageMin !== null ? { minValue: i.ageMin } : {}), ...(i.ageMax !== null ? { maxValue: i.ageMax } : {}) } }
      : {}),
    isAccessibleForFree: i.free,
    ...(i.free ? {} : { offers: [{ '@type': 'Offer', identifier: `${i.id}#offer`, description: i.costText, priceCurrency: 'EUR' }] }),
    ...(i.accessibilitySupport ? { accessibilityInformation: i.accessibilitySupport } : {}),
    'beta:goodForPeopleLivingAlone': i.goodForLivingAlone,
    ...(i.publicContact ? { 'beta:contact': i.publicContact } : {}),
  };
}

export function scheduledSessionData(s: SessionEntity): Record<string, unknown> {
  return {
    '@context': OPENACTIVE_CONTEXT,
    '@type': 'ScheduledSession',
    identifier: s.id,
    superEvent: s.initiativeId,
    startDate: s.startsAt.toISOString(),
    endDate: s.endsAt.toISOString(),
    duration: isoDuration(s.startsAt, s.endsAt),
    eventStatus: EVENT_STATUS[s.status as SessionStatus],
    maximumAttendeeCapacity: s.publicSeats,
    remainingAttendeeCapacity: Math.max(0, s.publicSeats - s.publicTaken),
    ...(s.note ? { 'beta:statusNote': s.note } : {}),
  };
}
