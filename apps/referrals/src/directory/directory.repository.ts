import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { CapacityStatus, DEFAULT_ALERT_ESCALATION_MINUTES, Need, ServiceStatus } from '@prossimo/contracts';
import { CandidateService, MatchPolicy } from '../domain/matching';
import { OPEN_STATUSES } from '../domain/referral-state-machine';
import { LocationEntity, MunicipalityPolicyEntity, OrganisationEntity, ServiceAreaEntity, ServiceAtLocationEntity, ServiceEntity } from './directory.entities';
import { PhoneEntity, ScheduleEntity } from './directory-details.entities';
import { nameUuid } from './hsds';

/** A municipality's rules: matching (RUNTS), SLA clock, and where its desk's alert e-mails go. */
export interface MunicipalityPolicy extends MatchPolicy {
  slaDayMode: 'calendar' | 'working';
  slaTargets: Record<string, unknown> | null;
  patronDay: string | null;
  deskEmail: string | null;
  /** Minutes an emergency alert may wait unacknowledged before it escalates. */
  alertEscalationMinutes: number;
  supervisorEmail: string | null;
}

/** Where a municipality has set no policy: only RUNTS-registered organisations receive referrals; calendar days; in-app alerts only. */
export const DEFAULT_POLICY: MunicipalityPolicy = {
  requireRunts: true, slaDayMode: 'calendar', slaTargets: null, patronDay: null, deskEmail: null, alertEscalationMinutes: DEFAULT_ALERT_ESCALATION_MINUTES, supervisorEmail: null,
};

interface CandidateRow {
  id: string;
  name: string;
  organisation_id: string;
  organisation_name: string;
  status: string;
  needs: string[];
  capacity_status: string;
  capacity_maximum: number | null;
  runts_number: string | null;
  neighbourhood_codes: string[];
  open_referrals: number;
}

/** The only place that speaks TypeORM for the directory (organisations, services, areas, policies). */
@Injectable()
export class DirectoryRepository {
  constructor(private readonly ds: DataSource) {}

  /**
   * The services that could take some of `needs` in a municipality: every service with an area
   * there and at least one of the needs, whatever its status (matching explains exclusions),
   * with its areas in that municipality, its organisation's RUNTS number and its open referrals.
   */
  async findCandidates(em: EntityManager, municipality: string, needs: Need[]): Promise<CandidateService[]> {
    const rows: CandidateRow[] = await em.query(
      `SELECT s.id, s.name, s.organisation_id, o.name AS organisation_name, s.status, s.needs, s.capacity_status, s.capacity_maximum, o.runts_number,
              ARRAY(SELECT a.neighbourhood_code FROM service_areas a WHERE a.service_id = s.id AND a.municipality = $1 ORDER BY 1) AS neighbourhood_codes,
              (SELECT count(*) FROM referrals r WHERE r.service_id = s.id AND r.status = ANY($3::text[]))::int AS open_referrals
         FROM services s
         JOIN organisations o ON o.id = s.organisation_id
        WHERE s.needs && $2::text[]
          AND EXISTS (SELECT 1 FROM service_areas a WHERE a.service_id = s.id AND a.municipality = $1)
        ORDER BY s.id`,
      [municipality, needs, OPEN_STATUSES],
    );
    return rows.map((r) => ({
      serviceId: r.id,
      serviceName: r.name,
      organisationId: r.organisation_id,
      organisationName: r.organisation_name,
      status: r.status as ServiceStatus,
      needs: r.needs as Need[],
      capacityStatus: r.capacity_status as CapacityStatus,
      capacityMaximum: r.capacity_maximum,
      openReferrals: r.open_referrals,
      runtsNumber: r.runts_number,
      areas: r.neighbourhood_codes.map((neighbourhoodCode) => ({ municipality, neighbourhoodCode })),
    }));
  }

  async findPolicy(em: EntityManager, municipality: string): Promise<MunicipalityPolicy & { source: 'municipality' | 'default' }> {
    const row = await em.findOne(MunicipalityPolicyEntity, { where: { municipality } });
    return row
      ? {
          requireRunts: row.requireRunts,
          slaDayMode: row.slaDayMode === 'working' ? 'working' : 'calendar',
          slaTargets: row.slaTargets,
          patronDay: row.patronDay,
          deskEmail: row.deskEmail,
          alertEscalationMinutes: row.alertEscalationMinutes,
          supervisorEmail: row.supervisorEmail,
          source: 'municipality',
        }
      : { ...DEFAULT_POLICY, source: 'default' };
  }

  /** Creates or replaces a municipality's policy (ADMIN). */
  async savePolicy(
    em: EntityManager,
    p: { municipality: string; requireRunts: boolean; slaDayMode: string; slaTargets: object; patronDay: string | null; deskEmail: string | null; alertEscalationMinutes: number; supervisorEmail: string | null },
  ): Promise<void> {
    await em.query(
      `INSERT INTO municipality_policies (municipality, require_runts, sla_day_mode, sla_targets, patron_day, desk_email, alert_escalation_minutes, supervisor_email)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (municipality) DO UPDATE SET require_runts = EXCLUDED.require_runts, sla_day_mode = EXCLUDED.sla_day_mode,
         sla_targets = EXCLUDED.sla_targets, patron_day = EXCLUDED.patron_day, desk_email = EXCLUDED.desk_email,
         alert_escalation_minutes = EXCLUDED.alert_escalation_minutes, supervisor_email = EXCLUDED.supervisor_email`,
      [p.municipality, p.requireRunts, p.slaDayMode, JSON.stringify(p.slaTargets), p.patronDay, p.deskEmail, p.alertEscalationMinutes, p.supervisorEmail],
    );
  }

  async findServiceName(em: EntityManager, id: string): Promise<string | null> {
    const row = await em.findOne(ServiceEntity, { where: { id }, select: { id: true, name: true } });
    return row?.name ?? null;
  }

  /** A service's name and places, as a referral shows them. */
  findServiceSummary(em: EntityManager, id: string): Promise<Pick<ServiceEntity, 'id' | 'name' | 'capacityAvailable' | 'capacityMaximum' | 'capacityUnit'> | null> {
    return em.findOne(ServiceEntity, { where: { id }, select: { id: true, name: true, capacityAvailable: true, capacityMaximum: true, capacityUnit: true } });
  }

  /** A referral took or freed one of the service's places (the service row locked by the caller). */
  async savePlaces(em: EntityManager, id: string, p: Pick<ServiceEntity, 'capacityStatus' | 'capacityAvailable'>, at: Date): Promise<void> {
    await em.update(ServiceEntity, { id }, { capacityStatus: p.capacityStatus, capacityAvailable: p.capacityAvailable, updatedAt: at });
  }

  /** Inserts unless present (by id or tax code); true when this call created it. */
  async insertOrganisationIfAbsent(em: EntityManager, o: Pick<OrganisationEntity, 'id' | 'municipality' | 'name' | 'legalForm' | 'taxCode' | 'runtsNumber' | 'runtsSection' | 'email'> & Partial<OrganisationEntity>): Promise<boolean> {
    return inserted(em.createQueryBuilder().insert().into(OrganisationEntity).values(o).orIgnore().returning(['id']).execute());
  }

  async insertServiceIfAbsent(
    em: EntityManager,
    s: Pick<ServiceEntity, 'id' | 'organisationId' | 'name' | 'status' | 'needs' | 'capacityStatus' | 'capacityAvailable' | 'capacityMaximum'> & Partial<ServiceEntity>,
  ): Promise<boolean> {
    return inserted(em.createQueryBuilder().insert().into(ServiceEntity).values(s).orIgnore().returning(['id']).execute());
  }

  async insertServiceAreaIfAbsent(em: EntityManager, a: Omit<ServiceAreaEntity, 'service'>): Promise<boolean> {
    return inserted(em.createQueryBuilder().insert().into(ServiceAreaEntity).values(a).orIgnore().returning(['serviceId']).execute());
  }

  async insertPolicyIfAbsent(em: EntityManager, p: { municipality: string; requireRunts: boolean; slaDayMode?: string; patronDay?: string | null; deskEmail?: string | null }): Promise<boolean> {
    return inserted(em.createQueryBuilder().insert().into(MunicipalityPolicyEntity).values(p).orIgnore().returning(['municipality']).execute());
  }

  findOrganisation(em: EntityManager, id: string): Promise<OrganisationEntity | null> {
    return em.findOne(OrganisationEntity, { where: { id } });
  }

  /** The organisation of the municipality with this tax code (unique within a municipality). */
  findOrganisationByTaxCode(em: EntityManager, municipality: string, taxCode: string): Promise<OrganisationEntity | null> {
    return em.findOne(OrganisationEntity, { where: { municipality, taxCode } });
  }

  async upsertOrganisation(em: EntityManager, o: OrganisationEntity): Promise<void> {
    await em.upsert(OrganisationEntity, o, ['id']);
  }

  lockService(em: EntityManager, id: string): Promise<ServiceEntity | null> {
    return em.findOne(ServiceEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async upsertService(em: EntityManager, s: ServiceEntity): Promise<void> {
    await em.upsert(ServiceEntity, s, ['id']);
  }

  async saveCapacity(em: EntityManager, s: Pick<ServiceEntity, 'id' | 'capacityStatus' | 'capacityAvailable' | 'capacityMaximum' | 'updatedAt'>): Promise<void> {
    await em.update(ServiceEntity, { id: s.id }, { capacityStatus: s.capacityStatus, capacityAvailable: s.capacityAvailable, capacityMaximum: s.capacityMaximum, updatedAt: s.updatedAt });
  }

  /** The service's areas in a municipality become exactly `codes`. */
  async replaceAreas(em: EntityManager, serviceId: string, municipality: string, codes: string[]): Promise<void> {
    await em.delete(ServiceAreaEntity, { serviceId, municipality });
    if (codes.length) await em.insert(ServiceAreaEntity, codes.map((neighbourhoodCode) => ({ serviceId, municipality, neighbourhoodCode })));
  }

  /** The organisations registered in a municipality, by name. */
  listOrganisations(municipality: string): Promise<OrganisationEntity[]> {
    return this.ds.getRepository(OrganisationEntity).find({ where: { municipality }, order: { name: 'ASC', id: 'ASC' } });
  }

  /** The services of the municipality's organisations (or of one), by name, with their areas there. */
  async listServices(municipality: string, organisationId?: string): Promise<{ service: ServiceEntity; areas: string[] }[]> {
    const qb = this.ds
      .getRepository(ServiceEntity)
      .createQueryBuilder('s')
      .innerJoin(OrganisationEntity, 'o', 'o.id = s.organisation_id')
      .where('o.municipality = :municipality', { municipality })
      .orderBy('s.name', 'ASC')
      .addOrderBy('s.id', 'ASC');
    if (organisationId) qb.andWhere('s.organisation_id = :organisationId', { organisationId });
    const services = await qb.getMany();
    if (services.length === 0) return [];
    const areas = await this.ds.getRepository(ServiceAreaEntity).find({ where: services.map((s) => ({ serviceId: s.id, municipality })), order: { neighbourhoodCode: 'ASC' } });
    return services.map((service) => ({ service, areas: areas.filter((a) => a.serviceId === service.id).map((a) => a.neighbourhoodCode) }));
  }

  async areasOf(em: EntityManager, serviceId: string, municipality: string): Promise<string[]> {
    const rows = await em.find(ServiceAreaEntity, { where: { serviceId, municipality }, order: { neighbourhoodCode: 'ASC' } });
    return rows.map((r) => r.neighbourhoodCode);
  }

  /** The service's one place (HSDS location + service_at_location): updated in place, or created. */
  async setLocation(em: EntityManager, l: { serviceId: string; organisationId: string; name: string; address: string; newId: () => string }): Promise<void> {
    const sal = await em.findOne(ServiceAtLocationEntity, { where: { serviceId: l.serviceId } });
    if (sal) {
      await em.update(LocationEntity, { id: sal.locationId }, { name: l.name, address: l.address });
      return;
    }
    const locationId = l.newId();
    await em.insert(LocationEntity, { id: locationId, organisationId: l.organisationId, name: l.name, address: l.address });
    await em.insert(ServiceAtLocationEntity, { id: l.newId(), serviceId: l.serviceId, locationId });
  }

  async counts(): Promise<{ organisations: number; activeServices: number; openReferrals: number }> {
    const [row] = await this.ds.query<{ organisations: number; activeServices: number; openReferrals: number }[]>(
      `SELECT (SELECT count(*) FROM organisations)::int AS organisations,
              (SELECT count(*) FROM services WHERE status = 'active')::int AS "activeServices",
              (SELECT count(*) FROM referrals WHERE status = ANY($1::text[]))::int AS "openReferrals"`,
      [OPEN_STATUSES],
    );
    return row;
  }

  /** The service's own phones become exactly these (ids derived from the service and the position). */
  async replaceServicePhones(em: EntityManager, serviceId: string, phones: { number: string; description?: string }[]): Promise<void> {
    await em.delete(PhoneEntity, { serviceId });
    if (phones.length) {
      await em.insert(PhoneEntity, phones.map((p, i) => ({ id: nameUuid(`edit:phone:${serviceId}:${i}:${p.number}`), organisationId: null, serviceId, locationId: null, serviceAtLocationId: null, number: p.number.trim(), extension: null, type: 'voice', description: p.description?.trim() || null })));
    }
  }

  /** The service's own opening hours become exactly these. */
  async replaceServiceHours(em: EntityManager, serviceId: string, hours: OpeningHours[]): Promise<void> {
    await em.delete(ScheduleEntity, { serviceId });
    if (hours.length) await em.insert(ScheduleEntity, hours.map((h, i) => scheduleRow(nameUuid(`edit:hours:${serviceId}:${i}`), { serviceId }, h)));
  }

  /**
   * The places where the service is given become exactly these, each with its hours there: an
   * existing location of the organisation (by id) is updated, any other becomes a new location of
   * the organisation. Locations no longer used by this service stay (another service may use them).
   */
  async replacePlaces(em: EntityManager, p: { serviceId: string; organisationId: string; places: PlaceInput[]; newId: () => string }): Promise<void> {
    const wanted: string[] = [];
    for (const place of p.places) {
      const existing = place.id ? await em.findOne(LocationEntity, { where: { id: place.id } }) : null;
      const locationId = existing && existing.organisationId === p.organisationId ? existing.id : p.newId();
      const fields = {
        name: place.name.trim(), address: place.address.trim(), city: place.city?.trim() || null, postalCode: place.postalCode?.trim() || null,
        transportation: place.transportation?.trim() || null,
      };
      if (existing && existing.id === locationId) {
        const moved = existing.address !== fields.address;
        // A new address makes the old position wrong: it is dropped rather than kept somewhere else.
        await em.update(LocationEntity, { id: locationId }, { ...fields, ...(moved ? { latitude: null, longitude: null } : {}) });
      } else {
        await em.insert(LocationEntity, { id: locationId, organisationId: p.organisationId, ...fields, stateProvince: null, country: 'IT', description: null, latitude: null, longitude: null, source: null, externalId: null });
      }
      let sal = await em.findOne(ServiceAtLocationEntity, { where: { serviceId: p.serviceId, locationId } });
      if (!sal) {
        sal = Object.assign(new ServiceAtLocationEntity(), { id: p.newId(), serviceId: p.serviceId, locationId, description: null });
        await em.insert(ServiceAtLocationEntity, sal);
      }
      await em.delete(ScheduleEntity, { serviceAtLocationId: sal.id });
      if (place.hours?.length) await em.insert(ScheduleEntity, place.hours.map((h, i) => scheduleRow(nameUuid(`edit:hours:${sal.id}:${i}`), { serviceAtLocationId: sal.id }, h)));
      wanted.push(sal.id);
    }
    const all = await em.find(ServiceAtLocationEntity, { where: { serviceId: p.serviceId } });
    const gone = all.filter((s) => !wanted.includes(s.id)).map((s) => s.id);
    if (gone.length) await em.delete(ServiceAtLocationEntity, { id: In(gone) });
  }
}

export interface OpeningHours {
  days?: string;
  opensAt?: string;
  closesAt?: string;
  description?: string;
}

export interface PlaceInput {
  id?: string;
  name: string;
  address: string;
  city?: string;
  postalCode?: string;
  transportation?: string;
  hours?: OpeningHours[];
}

function scheduleRow(id: string, owner: { serviceId?: string; serviceAtLocationId?: string }, h: OpeningHours): ScheduleEntity {
  return Object.assign(new ScheduleEntity(), {
    id, serviceId: owner.serviceId ?? null, locationId: null, serviceAtLocationId: owner.serviceAtLocationId ?? null,
    freq: h.days ? 'WEEKLY' : null, interval: null, byday: h.days ?? null, bymonthday: null, opensAt: h.opensAt ?? null, closesAt: h.closesAt ?? null,
    validFrom: null, validTo: null, description: h.description?.trim() || null, notes: null, attendingType: null,
  });
}


async function inserted(result: Promise<{ raw: unknown }>): Promise<boolean> {
  return ((await result).raw as unknown[]).length > 0;
}
