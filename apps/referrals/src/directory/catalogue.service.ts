import { Injectable } from '@nestjs/common';
import {
  Actor, CatalogueItemV1, Role, CatalogueQueryV1, CatalogueServiceQueryV1, CatalogueServiceV1, DomainError, Need, Page, PublicPhoneV1, PublicScheduleV1,
} from '@prossimo/contracts';
import { CATALOGUE_BY_NAME, CatalogueRepository, CatalogueRow } from './catalogue.repository';
import { Details, PhoneRow, ScheduleRow } from './hsds';
import { HsdsRepository } from './hsds.repository';

const toPhone = (p: PhoneRow): PublicPhoneV1 => ({ number: p.number, extension: p.extension, type: p.type, description: p.description });
const toSchedule = (s: ScheduleRow): PublicScheduleV1 => ({
  freq: s.freq, byday: s.byday, opensAt: s.opens_at, closesAt: s.closes_at, validFrom: s.valid_from, validTo: s.valid_to, description: s.description, notes: s.notes,
});

/** The organisation's own phone (its record's `phone`, set on its form) goes first, when no listed phone has it. */
export function withOwnPhone(phones: PublicPhoneV1[], own: string | null): PublicPhoneV1[] {
  if (!own || phones.some((p) => p.number.replace(/\D/g, '') === own.replace(/\D/g, ''))) return phones;
  return [{ number: own, extension: null, type: 'voice', description: null }, ...phones];
}

function toItem(r: CatalogueRow): CatalogueItemV1 {
  return {
    id: r.id,
    name: r.name,
    description: r.description,
    status: r.status,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    needs: r.needs as Need[],
    neighbourhoodCodes: r.areas,
    capacityStatus: r.capacity_status,
    capacityAvailable: r.capacity_available,
    capacityUnit: r.capacity_unit,
    availableNow: r.status === 'active' && r.capacity_status === 'capacity' && (r.capacity_available === null || r.capacity_available > 0),
    routable: r.needs.length > 0 && r.areas.length > 0,
    places: r.places,
  };
}

/**
 * The residents' catalogue of services (like Milan's WeMi): by need, neighbourhood, words and
 * "available now", and each service's page with everything a resident needs to reach it — its
 * organisation, where (with hours), how to access, who may, what it costs, how to get in touch.
 * Public: places and services only, never a referral or a person.
 */
@Injectable()
export class CatalogueService {
  constructor(
    private readonly repo: CatalogueRepository,
    private readonly hsds: HsdsRepository,
  ) {}

  async list(actor: Actor | undefined, q: CatalogueQueryV1): Promise<Page<CatalogueItemV1>> {
    const page = CATALOGUE_BY_NAME.request(q);
    const rows = await this.repo.find(
      {
        municipality: q.municipality ?? actor?.municipality ?? null,
        need: q.need ?? null,
        neighbourhoodCode: q.neighbourhoodCode ?? null,
        search: q.search?.trim() ? q.search.trim() : null,
        availableNow: q.availableNow === true,
        after: page.after,
        id: null,
      },
      page.limit,
    );
    const { rows: kept, pageInfo } = CATALOGUE_BY_NAME.page(rows, page, (r) => [r.name, r.id]);
    return { nodes: kept.map(toItem), pageInfo };
  }

  /**
   * A service's page: for the public, an active or temporarily closed service; for its editors
   * (`editor`: ADMIN of its municipality, ORG_OPERATOR of its organisation) any, else NOT_FOUND.
   */
  async get(q: CatalogueServiceQueryV1, editor?: Actor): Promise<CatalogueServiceV1> {
    const [r] = await this.repo.find({ municipality: null, need: null, neighbourhoodCode: null, search: null, availableNow: false, after: null, id: q.id, anyStatus: !!editor }, 1);
    if (!r) throw DomainError.notFound('service');
    if (editor) {
      const mine = editor.role === Role.ADMIN ? r.municipality === editor.municipality : editor.role === Role.ORG_OPERATOR && editor.organisationId === r.organisation_id && r.municipality === editor.municipality;
      if (!mine) throw DomainError.notFound('service');
    }
    const sals = await this.hsds.serviceAtLocations([r.id]);
    const locationIds = [...new Set(sals.map((l) => l.location_id))];
    const details: Details = await this.hsds.details({ organisations: [r.organisation_id], services: [r.id], locations: locationIds, places: sals.map((l) => l.id) });
    const phones = (key: keyof PhoneRow, id: string) => details.phones.filter((p) => p[key] === id).map(toPhone);
    const schedules = (key: keyof ScheduleRow, id: string) => details.schedules.filter((s) => s[key] === id).map(toSchedule);
    return {
      ...toItem(r),
      applicationProcess: r.application_process,
      eligibilityDescription: r.eligibility_description,
      feesDescription: r.fees_description,
      minimumAge: r.minimum_age,
      maximumAge: r.maximum_age,
      email: r.email,
      url: r.url,
      capacityMaximum: r.capacity_maximum,
      updatedAt: new Date(r.updated_at).toISOString(),
      organisation: {
        id: r.organisation_id,
        name: r.organisation_name,
        description: r.organisation_description,
        legalForm: r.organisation_legal_form,
        website: r.organisation_website,
        email: r.organisation_email,
        phones: withOwnPhone(phones('organisation_id', r.organisation_id), r.organisation_phone),
      },
      phones: phones('service_id', r.id),
      schedules: schedules('service_id', r.id),
      // One entry per place: the location's own hours and phones, and the service's hours there.
      places: sals.map((l) => ({
        id: l.location_id,
        name: l.location_name,
        description: l.sal_description ?? l.location_description ?? null,
        address: l.address,
        city: l.city ?? null,
        postalCode: l.postal_code ?? null,
        stateProvince: l.state_province ?? null,
        transportation: l.transportation ?? null,
        latitude: l.latitude ?? null,
        longitude: l.longitude ?? null,
        phones: [...phones('service_at_location_id', l.id), ...phones('location_id', l.location_id)],
        schedules: [...schedules('service_at_location_id', l.id), ...(schedules('service_at_location_id', l.id).length ? [] : schedules('location_id', l.location_id))],
      })),
    };
  }
}
