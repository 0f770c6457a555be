import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { CAPACITY_STATUSES, Need, SERVICE_STATUSES, CapacityStatus, ServiceStatus } from '@prossimo/contracts';
import { checkIn, checkSubset } from '@prossimo/platform';

/**
 * The directory of third-sector organisations and their services, shaped after Open Referral
 * HSDS 3.x (organization, service, service_area, service_capacity), with a FHIR SDOH capacity
 * status beside each service. Text columns with CHECKs, never native enums.
 */

/** An HSDS organization: a third-sector body (ente del terzo settore), with its RUNTS registration when it has one. */
@Entity({ name: 'organisations' })
@Unique('UQ_organisations_municipality_tax_code', ['municipality', 'taxCode'])
export class OrganisationEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_organisations' })
  id: string;

  /** ISTAT code of the municipality that onboarded it. */
  @Column({ type: 'text' })
  municipality: string;

  @Column({ type: 'text' })
  name: string;

  /** Its legal form (HSDS legal_status); null when an imported file does not say it. */
  @Column({ name: 'legal_form', type: 'text', nullable: true })
  legalForm: string | null;

  /** Codice fiscale (HSDS tax_id), unique within the municipality; null when an imported file does not give one (a warning of the import). */
  @Column({ name: 'tax_code', type: 'text', nullable: true })
  taxCode: string | null;

  /** Number on the national third-sector register (RUNTS); null when not registered. */
  @Column({ name: 'runts_number', type: 'text', nullable: true })
  runtsNumber: string | null;

  @Column({ name: 'runts_section', type: 'text', nullable: true })
  runtsSection: string | null;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** Where an imported record came from (the publisher) and its id there; null for records made here. */
  @Column({ type: 'text', nullable: true })
  source: string | null;

  @Column({ name: 'external_id', type: 'text', nullable: true })
  externalId: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

/** An HSDS service with its HSDS status, the needs it answers, and its capacity (HSDS 3.1 numbers + FHIR SDOH code). */
@Entity({ name: 'services' })
@Index('IDX_services_organisation', ['organisationId'])
@Check('CHK_services_status', checkIn('status', SERVICE_STATUSES))
@Check('CHK_services_capacity_status', checkIn('capacity_status', CAPACITY_STATUSES))
@Check('CHK_services_needs', checkSubset('needs', Object.values(Need)))
@Check('CHK_services_declared_needs', checkSubset('declared_needs', Object.values(Need)))
@Check('CHK_services_ages', `("minimum_age" IS NULL OR "minimum_age" >= 0) AND ("maximum_age" IS NULL OR "maximum_age" >= 0)`)
@Check('CHK_services_capacity_numbers', `("capacity_available" IS NULL OR "capacity_available" >= 0) AND ("capacity_maximum" IS NULL OR "capacity_maximum" >= 0)`)
export class ServiceEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_services' })
  id: string;

  @ManyToOne(() => OrganisationEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_services_organisation' })
  organisation?: OrganisationEntity;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ type: 'text' })
  name: string;

  /** HSDS service.status (ServiceStatus). */
  @Column({ type: 'text' })
  status: ServiceStatus;

  /**
   * The needs (Need) this service answers, the ones matching routes on: its declared needs and
   * those its taxonomy terms map to (taxonomy_terms.need). Empty: listed publicly, never matched.
   */
  @Column({ type: 'text', array: true })
  needs: Need[];

  /** The needs given directly (the ADMIN's form, Prossimo's own taxonomy in a file); `needs` adds the mapped ones. */
  @Column({ name: 'declared_needs', type: 'text', array: true, default: () => "'{}'" })
  declaredNeeds: string[];

  /** FHIR SDOH capacity code (CapacityStatus). */
  @Column({ name: 'capacity_status', type: 'text' })
  capacityStatus: CapacityStatus;

  @Column({ name: 'capacity_available', type: 'int', nullable: true })
  capacityAvailable: number | null;

  @Column({ name: 'capacity_maximum', type: 'int', nullable: true })
  capacityMaximum: number | null;

  /** What one unit of capacity is (HSDS 3.1 unit.name: "posti", "pasti"); null when unknown. */
  @Column({ name: 'capacity_unit', type: 'text', nullable: true })
  capacityUnit: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** HSDS service.application_process: how to access it. */
  @Column({ name: 'application_process', type: 'text', nullable: true })
  applicationProcess: string | null;

  /** HSDS service.eligibility_description: who can use it. */
  @Column({ name: 'eligibility_description', type: 'text', nullable: true })
  eligibilityDescription: string | null;

  /** HSDS service.fees_description: what it costs. */
  @Column({ name: 'fees_description', type: 'text', nullable: true })
  feesDescription: string | null;

  @Column({ name: 'minimum_age', type: 'int', nullable: true })
  minimumAge: number | null;

  @Column({ name: 'maximum_age', type: 'int', nullable: true })
  maximumAge: number | null;

  /** The service's public e-mail and web page (HSDS service.email, service.url). */
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  url: string | null;

  @Column({ type: 'text', nullable: true })
  source: string | null;

  @Column({ name: 'external_id', type: 'text', nullable: true })
  externalId: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

/** An HSDS location: where an organisation delivers services (a physical place with an address). */
@Entity({ name: 'locations' })
@Index('IDX_locations_organisation', ['organisationId'])
@Check('CHK_locations_position', `("latitude" IS NULL OR "latitude" BETWEEN -90 AND 90) AND ("longitude" IS NULL OR "longitude" BETWEEN -180 AND 180)`)
export class LocationEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_locations' })
  id: string;

  @ManyToOne(() => OrganisationEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_locations_organisation' })
  organisation?: OrganisationEntity;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ type: 'text' })
  name: string;

  /** HSDS address.address_1 (street and number). */
  @Column({ type: 'text', nullable: true })
  address: string | null;

  @Column({ type: 'text', nullable: true })
  city: string | null;

  @Column({ name: 'postal_code', type: 'text', nullable: true })
  postalCode: string | null;

  /** HSDS address.state_province (the province, e.g. "MI"). */
  @Column({ name: 'state_province', type: 'text', nullable: true })
  stateProvince: string | null;

  /** ISO 3166-1 alpha-2, "IT" unless said otherwise. */
  @Column({ type: 'text', nullable: true })
  country: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** How to get there (HSDS location.transportation): bus lines, the entrance. */
  @Column({ type: 'text', nullable: true })
  transportation: string | null;

  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  @Column({ type: 'text', nullable: true })
  source: string | null;

  @Column({ name: 'external_id', type: 'text', nullable: true })
  externalId: string | null;
}

/** An HSDS service_at_location: a service delivered at a location. */
@Entity({ name: 'service_at_locations' })
@Unique('UQ_service_at_locations_pair', ['serviceId', 'locationId'])
@Index('IDX_service_at_locations_location', ['locationId'])
export class ServiceAtLocationEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_service_at_locations' })
  id: string;

  @ManyToOne(() => ServiceEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'service_id', foreignKeyConstraintName: 'FK_service_at_locations_service' })
  service?: ServiceEntity;

  @Column({ name: 'service_id', type: 'uuid' })
  serviceId: string;

  @ManyToOne(() => LocationEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'location_id', foreignKeyConstraintName: 'FK_service_at_locations_location' })
  location?: LocationEntity;

  @Column({ name: 'location_id', type: 'uuid' })
  locationId: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;
}

/** An HSDS service_area, at neighbourhood grain: the service takes people living there. */
@Entity({ name: 'service_areas' })
@Index('IDX_service_areas_place', ['municipality', 'neighbourhoodCode'])
export class ServiceAreaEntity {
  @PrimaryColumn({ name: 'service_id', type: 'uuid', primaryKeyConstraintName: 'PK_service_areas' })
  serviceId: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_service_areas' })
  municipality: string;

  @PrimaryColumn({ name: 'neighbourhood_code', type: 'text', primaryKeyConstraintName: 'PK_service_areas' })
  neighbourhoodCode: string;

  @ManyToOne(() => ServiceEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'service_id', foreignKeyConstraintName: 'FK_service_areas_service' })
  service?: ServiceEntity;
}

/** What a municipality requires of the organisations its reports are referred to, and how its SLA clock runs. */
@Entity({ name: 'municipality_policies' })
@Check('CHK_municipality_policies_sla_day_mode', `"sla_day_mode" IN ('calendar','working')`)
@Check('CHK_municipality_policies_alert_escalation_minutes', `"alert_escalation_minutes" BETWEEN 1 AND 1440`)
@Check('CHK_municipality_policies_patron_day', `"patron_day" IS NULL OR "patron_day" ~ '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'`)
export class MunicipalityPolicyEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_municipality_policies' })
  municipality: string;

  /** Only organisations on the national third-sector register (RUNTS) receive referrals. */
  @Column({ name: 'require_runts', type: 'boolean' })
  requireRunts: boolean;

  /** SLA days: `calendar`, or `working` (Monday–Friday, Italian public holidays off). */
  @Column({ name: 'sla_day_mode', type: 'text', default: 'calendar' })
  slaDayMode: string;

  /** Per-urgency overrides of the default SLA targets (SlaTargets JSON); null for the defaults. */
  @Column({ name: 'sla_targets', type: 'jsonb', nullable: true })
  slaTargets: Record<string, unknown> | null;

  /** The patron saint's day (MM-DD), a holiday in working-day mode; null when not observed. */
  @Column({ name: 'patron_day', type: 'text', nullable: true })
  patronDay: string | null;

  /** Where the owner desk's alert e-mails go; null: in-app alerts only. */
  @Column({ name: 'desk_email', type: 'text', nullable: true })
  deskEmail: string | null;

  /** Minutes an emergency alert may wait unacknowledged before it escalates (e-mail again; as long again: the supervisor). */
  @Column({ name: 'alert_escalation_minutes', type: 'int', default: 15 })
  alertEscalationMinutes: number;

  /** The desk supervisor's address for escalated alerts; null: no second step by e-mail. */
  @Column({ name: 'supervisor_email', type: 'text', nullable: true })
  supervisorEmail: string | null;
}
