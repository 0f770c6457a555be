import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  Actor, DomainError, ErrorCode, ImportDirectoryV1, ListServicesV1, ImportResultV1, Need, OrganisationV1, RegisterOrganisationV1, RegisterServiceV1, Role, ServiceV1, UpdateOrganisationV1, UpdateServiceCapacityV1,
  UpdateServiceV1,
} from '@prossimo/contracts';
import { CLOCK, Clock, Transactions } from '@prossimo/platform';
import { readCsv, readHsdsJson } from './directory-import';
import { DirectoryRepository } from './directory.repository';
import { OrganisationEntity, ServiceEntity } from './directory.entities';

function toOrganisationV1(o: OrganisationEntity): OrganisationV1 {
  return { id: o.id, name: o.name, legalForm: o.legalForm, taxCode: o.taxCode, runtsNumber: o.runtsNumber, runtsSection: o.runtsSection, email: o.email, phone: o.phone, website: o.website, description: o.description };
}

function toServiceV1(s: ServiceEntity, areas: string[]): ServiceV1 {
  return {
    applicationProcess: s.applicationProcess ?? null,
    eligibilityDescription: s.eligibilityDescription ?? null,
    feesDescription: s.feesDescription ?? null,
    minimumAge: s.minimumAge ?? null,
    maximumAge: s.maximumAge ?? null,
    email: s.email ?? null,
    url: s.url ?? null,
    id: s.id,
    organisationId: s.organisationId,
    name: s.name,
    status: s.status,
    needs: s.needs,
    neighbourhoodCodes: areas,
    capacityStatus: s.capacityStatus,
    capacityAvailable: s.capacityAvailable,
    capacityMaximum: s.capacityMaximum,
    capacityUnit: s.capacityUnit,
    description: s.description,
    updatedAt: s.updatedAt.toISOString(),
  };
}

function adminOnly(actor: Actor): void {
  if (actor.role !== Role.ADMIN) throw DomainError.forbidden('only an administrator registers organisations and services');
}

/** The directory's writes: ADMIN registration and import, operators' capacity. */
@Injectable()
export class DirectoryService {
  constructor(
    private readonly tx: Transactions,
    private readonly repo: DirectoryRepository,
    @Inject(CLOCK) private readonly now: Clock,
  ) {}

  async registerOrganisation(actor: Actor, input: RegisterOrganisationV1): Promise<OrganisationV1> {
    adminOnly(actor);
    return this.tx.run(async (em) => toOrganisationV1(await this.saveOrganisation(em, actor.municipality, input)));
  }

  async registerService(actor: Actor, input: RegisterServiceV1): Promise<ServiceV1> {
    adminOnly(actor);
    if (input.detailsOnly) throw DomainError.badInput('input.detailsOnly', 'input.detailsOnly: solo per modificare un servizio che esiste / only to change an existing service');
    return this.tx.run(async (em) => {
      const s = await this.saveService(em, actor.municipality, input);
      return toServiceV1(s, [...input.neighbourhoodCodes].sort());
    });
  }

  /**
   * Changes an existing organisation of the actor's municipality (another's, or none, looks like
   * none). An operator changes only their own, and neither its tax code nor its RUNTS registration.
   */
  async updateOrganisation(actor: Actor, input: UpdateOrganisationV1): Promise<OrganisationV1> {
    return this.tx.run(async (em) => {
      const existing = await this.repo.findOrganisation(em, input.id);
      if (!existing || existing.municipality !== actor.municipality) throw DomainError.notFound('organisation');
      // The public-details form (issue 15) changes neither the tax code nor the RUNTS registration: they stay as they are.
      if (input.keepRegistration) {
        input.taxCode = existing.taxCode ?? (undefined as unknown as string);
        input.runtsNumber = existing.runtsNumber ?? undefined;
        input.runtsSection = existing.runtsSection ?? undefined;
        input.legalForm = input.legalForm ?? existing.legalForm ?? (undefined as unknown as string);
      }
      if (actor.role === Role.ORG_OPERATOR) {
        if (actor.organisationId !== existing.id) throw DomainError.notFound('organisation');
        if (input.taxCode !== undefined && input.taxCode !== existing.taxCode) throw new DomainError(ErrorCode.FORBIDDEN, 'il codice fiscale lo cambia l’amministrazione del Comune / only the administrator changes the tax code', 'input.taxCode');
        if ((input.runtsNumber ?? null) !== existing.runtsNumber || (input.runtsNumber ? (input.runtsSection ?? null) : null) !== existing.runtsSection) {
          throw new DomainError(ErrorCode.FORBIDDEN, 'l’iscrizione al RUNTS la cambia l’amministrazione del Comune / only the administrator changes the RUNTS registration', 'input.runtsNumber');
        }
      } else adminOnly(actor);
      return toOrganisationV1(await this.saveOrganisation(em, actor.municipality, input));
    });
  }

  /**
   * Changes an existing service of the same organisation in the actor's municipality (never creates
   * or moves one). An operator changes only their own organisation's services.
   */
  async updateService(actor: Actor, input: UpdateServiceV1): Promise<ServiceV1> {
    return this.tx.run(async (em) => {
      const existing = await this.repo.lockService(em, input.id);
      const org = existing ? await this.repo.findOrganisation(em, existing.organisationId) : null;
      if (!existing || !org || org.municipality !== actor.municipality) throw DomainError.notFound('service');
      if (actor.role === Role.ORG_OPERATOR) {
        if (actor.organisationId !== existing.organisationId) throw DomainError.notFound('service');
      } else adminOnly(actor);
      if (input.organisationId !== existing.organisationId) throw DomainError.badInput('input.organisationId', 'input.organisationId: un servizio non cambia organizzazione / a service does not change organisation');
      if (input.capacityAvailable !== undefined && input.capacityMaximum !== undefined && input.capacityAvailable > input.capacityMaximum) {
        throw DomainError.badInput('input.capacityAvailable', 'input.capacityAvailable: non più dei posti in tutto / cannot exceed capacityMaximum');
      }
      if (input.detailsOnly) {
        // The public details alone: what the service is stays exactly as it is (a place a referral took meanwhile too).
        Object.assign(input, {
          name: existing.name, description: existing.description ?? undefined, status: existing.status, neighbourhoodCodes: await this.repo.areasOf(em, existing.id, actor.municipality),
          capacityStatus: existing.capacityStatus, capacityAvailable: existing.capacityAvailable ?? undefined, capacityMaximum: existing.capacityMaximum ?? undefined,
          capacityUnit: existing.capacityUnit ?? undefined, address: undefined,
        });
      }
      const s = await this.saveService(em, actor.municipality, input, input.detailsOnly ? existing : undefined);
      return toServiceV1(s, [...input.neighbourhoodCodes].sort());
    });
  }

  /** ORG_OPERATOR: their own organisation (to edit its public details). */
  async myOrganisation(actor: Actor): Promise<OrganisationV1> {
    if (actor.role !== Role.ORG_OPERATOR || !actor.organisationId) throw DomainError.forbidden('only operators of an organisation');
    const o = await this.repo.findOrganisation(this.tx.reads, actor.organisationId);
    if (!o || o.municipality !== actor.municipality) throw DomainError.notFound('organisation');
    return toOrganisationV1(o);
  }

  /** ADMIN: the municipality's organisations. */
  async listOrganisations(actor: Actor): Promise<OrganisationV1[]> {
    adminOnly(actor);
    return (await this.repo.listOrganisations(actor.municipality)).map(toOrganisationV1);
  }

  /** ADMIN: the municipality's services (or one organisation's); ORG_OPERATOR: its own organisation's only. */
  async listServices(actor: Actor, query: ListServicesV1): Promise<ServiceV1[]> {
    let organisationId = query.organisationId;
    if (actor.role === Role.ORG_OPERATOR) {
      if (!actor.organisationId) throw DomainError.forbidden('only operators of an organisation see its services');
      organisationId = actor.organisationId;
    } else if (actor.role !== Role.ADMIN) {
      throw DomainError.forbidden('only administrators and operators see the services');
    }
    return (await this.repo.listServices(actor.municipality, organisationId)).map(({ service, areas }) => toServiceV1(service, areas));
  }

  /** The operator's own service's capacity (a no-capacity service receives no new referrals). */
  async updateCapacity(actor: Actor, input: UpdateServiceCapacityV1): Promise<ServiceV1> {
    if (actor.role !== Role.ORG_OPERATOR || !actor.organisationId) throw DomainError.forbidden('only operators of an organisation update its capacity');
    return this.tx.run(async (em) => {
      const s = await this.repo.lockService(em, input.serviceId);
      if (!s || s.organisationId !== actor.organisationId) throw DomainError.notFound('service');
      // An operator's token names its organisation and its municipality: both must hold (a token of
      // another municipality naming this organisation changes nothing here).
      const org = await this.repo.findOrganisation(em, s.organisationId);
      if (!org || org.municipality !== actor.municipality) throw DomainError.notFound('service');
      if (input.capacityAvailable !== undefined && input.capacityMaximum !== undefined && input.capacityAvailable > input.capacityMaximum) {
        throw DomainError.badInput('capacityAvailable', 'capacityAvailable: cannot exceed capacityMaximum');
      }
      Object.assign(s, {
        capacityStatus: input.capacityStatus,
        capacityAvailable: input.capacityAvailable ?? s.capacityAvailable,
        capacityMaximum: input.capacityMaximum ?? s.capacityMaximum,
        updatedAt: this.now(),
      });
      await this.repo.saveCapacity(em, s);
      return toServiceV1(s, await this.repo.areasOf(em, s.id, actor.municipality));
    });
  }

  /** Validates every row first; imports all of it in one transaction, or nothing with every bad row named. */
  async importDirectory(actor: Actor, input: ImportDirectoryV1): Promise<ImportResultV1> {
    adminOnly(actor);
    const parsed = input.format === 'csv' ? await readCsv(input.content) : await readHsdsJson(input.content);
    const taxCodes = new Map<string, string>();
    for (const o of parsed.organisations) {
      const other = taxCodes.get(o.taxCode);
      if (other && other !== o.id) parsed.problems.push({ line: 0, field: 'tax_id', message: `codice fiscale ripetuto / tax code repeated: ${o.taxCode}` });
      taxCodes.set(o.taxCode, o.id);
    }
    if (parsed.problems.length > 0) {
      return { imported: false, organisations: 0, services: 0, problems: parsed.problems.sort((a, b) => a.line - b.line) };
    }
    await this.tx.run(async (em) => {
      for (const o of parsed.organisations) await this.saveOrganisation(em, actor.municipality, o);
      for (const s of parsed.services) await this.saveService(em, actor.municipality, s);
    });
    return { imported: true, organisations: parsed.organisations.length, services: parsed.services.length, problems: [] };
  }

  private async saveOrganisation(em: EntityManager, municipality: string, input: RegisterOrganisationV1): Promise<OrganisationEntity> {
    const existing = await this.repo.findOrganisation(em, input.id);
    if (existing && existing.municipality !== municipality) throw DomainError.notFound('organisation');
    // An update may leave the tax code and the legal form out (an imported organisation may have none): kept.
    const taxCode = input.taxCode ?? existing?.taxCode ?? null;
    const sameTax = taxCode ? await this.repo.findOrganisationByTaxCode(em, municipality, taxCode) : null;
    if (sameTax && sameTax.id !== input.id) throw DomainError.conflict(`un'altra organizzazione ha il codice fiscale ${taxCode} / another organisation has tax code ${taxCode}`);
    const row = Object.assign(new OrganisationEntity(), {
      ...(existing ?? { source: null, externalId: null }),
      id: input.id,
      municipality,
      name: input.name,
      legalForm: input.legalForm ?? existing?.legalForm ?? null,
      taxCode,
      runtsNumber: input.runtsNumber ?? null,
      runtsSection: input.runtsNumber ? (input.runtsSection ?? null) : null,
      email: input.email ?? null,
      phone: input.phone ?? null,
      website: input.website ?? null,
      description: input.description ?? null,
      createdAt: existing?.createdAt ?? this.now(),
      updatedAt: this.now(),
    });
    await this.repo.upsertOrganisation(em, row);
    return row;
  }

  /** `keepNeeds`: the service whose needs (declared and mapped) stay as they are. */
  private async saveService(em: EntityManager, municipality: string, input: RegisterServiceV1, keepNeeds?: ServiceEntity): Promise<ServiceEntity> {
    const org = await this.repo.findOrganisation(em, input.organisationId);
    if (!org || org.municipality !== municipality) throw DomainError.badInput('organisationId', 'organisationId: no such organisation in your municipality');
    const existing = await this.repo.lockService(em, input.id);
    if (existing && existing.organisationId !== input.organisationId) throw DomainError.conflict('the service belongs to another organisation');
    // The public details (issue 15): absent, kept as they are; an empty text clears one.
    const keep = <K extends keyof ServiceEntity>(key: K, given: ServiceEntity[K] | undefined | '') => (given === undefined ? (existing?.[key] ?? null) : given === '' ? null : given);
    const row = Object.assign(new ServiceEntity(), {
      ...(existing ?? { source: null, externalId: null }),
      id: input.id,
      organisationId: input.organisationId,
      name: input.name,
      description: input.description ?? null,
      status: input.status,
      needs: keepNeeds ? keepNeeds.needs : input.needs,
      declaredNeeds: keepNeeds ? keepNeeds.declaredNeeds : input.needs,
      capacityStatus: input.capacityStatus,
      capacityAvailable: input.capacityAvailable ?? null,
      capacityMaximum: input.capacityMaximum ?? null,
      capacityUnit: input.capacityUnit ?? null,
      applicationProcess: keep('applicationProcess', input.applicationProcess?.trim()),
      eligibilityDescription: keep('eligibilityDescription', input.eligibilityDescription?.trim()),
      feesDescription: keep('feesDescription', input.feesDescription?.trim()),
      minimumAge: keep('minimumAge', input.minimumAge),
      maximumAge: keep('maximumAge', input.maximumAge),
      email: keep('email', input.email?.trim()),
      url: keep('url', input.url?.trim()),
      updatedAt: this.now(),
    });
    if (row.minimumAge !== null && row.maximumAge !== null && row.minimumAge > row.maximumAge) {
      throw DomainError.badInput('input.minimumAge', 'input.minimumAge: l’età minima supera la massima / the minimum age is above the maximum');
    }
    await this.repo.upsertService(em, row);
    await this.repo.replaceAreas(em, input.id, municipality, input.neighbourhoodCodes);
    if (input.address && !input.places) await this.repo.setLocation(em, { serviceId: input.id, organisationId: input.organisationId, name: input.name, address: input.address, newId: randomUUID });
    if (input.phones) await this.repo.replaceServicePhones(em, input.id, input.phones);
    if (input.hours) await this.repo.replaceServiceHours(em, input.id, input.hours);
    if (input.places) await this.repo.replacePlaces(em, { serviceId: input.id, organisationId: input.organisationId, places: input.places, newId: randomUUID });
    return row;
  }
}
