import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Need } from '@prossimo/contracts';
import { checkIn } from '@prossimo/platform';
import { LocationEntity, OrganisationEntity, ServiceAtLocationEntity, ServiceEntity } from './directory.entities';

/**
 * The public details of the directory beyond organisations and services (Open Referral HSDS 3.0):
 * phones, opening hours (schedules), and taxonomies from other publishers with the ADMIN's mapping
 * of their terms to Prossimo's needs. Nothing here is about a person: these are places and
 * services, public open data.
 */

/** An HSDS phone of an organisation, a service, a location or a service at a location. */
@Entity({ name: 'phones' })
@Index('IDX_phones_organisation', ['organisationId'])
@Index('IDX_phones_service', ['serviceId'])
@Index('IDX_phones_location', ['locationId'])
@Index('IDX_phones_service_at_location', ['serviceAtLocationId'])
@Check('CHK_phones_owner', `num_nonnulls("organisation_id", "service_id", "location_id", "service_at_location_id") = 1`)
export class PhoneEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_phones' })
  id: string;

  @ManyToOne(() => OrganisationEntity, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_phones_organisation' })
  organisation?: OrganisationEntity;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => ServiceEntity, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'service_id', foreignKeyConstraintName: 'FK_phones_service' })
  service?: ServiceEntity;

  @Column({ name: 'service_id', type: 'uuid', nullable: true })
  serviceId: string | null;

  @ManyToOne(() => LocationEntity, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'location_id', foreignKeyConstraintName: 'FK_phones_location' })
  location?: LocationEntity;

  @Column({ name: 'location_id', type: 'uuid', nullable: true })
  locationId: string | null;

  @ManyToOne(() => ServiceAtLocationEntity, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'service_at_location_id', foreignKeyConstraintName: 'FK_phones_service_at_location' })
  serviceAtLocation?: ServiceAtLocationEntity;

  @Column({ name: 'service_at_location_id', type: 'uuid', nullable: true })
  serviceAtLocationId: string | null;

  /** As the publisher wrote it ("02 6602 1234"). */
  @Column({ type: 'text' })
  number: string;

  @Column({ type: 'int', nullable: true })
  extension: number | null;

  /** HSDS phone.type: text, voice, fax, cell, video, pager, textphone. */
  @Column({ type: 'text', nullable: true })
  type: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;
}

/**
 * An HSDS schedule (opening hours), in its RRULE-like fields: weekly on `byday` from `opens_at` to
 * `closes_at`, or only a `description` ("su appuntamento") when the publisher gave no structure.
 */
@Entity({ name: 'schedules' })
@Index('IDX_schedules_service', ['serviceId'])
@Index('IDX_schedules_location', ['locationId'])
@Index('IDX_schedules_service_at_location', ['serviceAtLocationId'])
@Check('CHK_schedules_owner', `num_nonnulls("service_id", "location_id", "service_at_location_id") = 1`)
@Check('CHK_schedules_freq', `"freq" IS NULL OR "freq" IN ('WEEKLY','MONTHLY')`)
@Check('CHK_schedules_times', `("opens_at" IS NULL OR "opens_at" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$') AND ("closes_at" IS NULL OR "closes_at" ~ '^([01][0-9]|2[0-4]):[0-5][0-9]$')`)
export class ScheduleEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_schedules' })
  id: string;

  @ManyToOne(() => ServiceEntity, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'service_id', foreignKeyConstraintName: 'FK_schedules_service' })
  service?: ServiceEntity;

  @Column({ name: 'service_id', type: 'uuid', nullable: true })
  serviceId: string | null;

  @ManyToOne(() => LocationEntity, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'location_id', foreignKeyConstraintName: 'FK_schedules_location' })
  location?: LocationEntity;

  @Column({ name: 'location_id', type: 'uuid', nullable: true })
  locationId: string | null;

  @ManyToOne(() => ServiceAtLocationEntity, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'service_at_location_id', foreignKeyConstraintName: 'FK_schedules_service_at_location' })
  serviceAtLocation?: ServiceAtLocationEntity;

  @Column({ name: 'service_at_location_id', type: 'uuid', nullable: true })
  serviceAtLocationId: string | null;

  @Column({ type: 'text', nullable: true })
  freq: string | null;

  @Column({ type: 'int', nullable: true })
  interval: number | null;

  /** Days as RRULE writes them: "MO,WE,FR". */
  @Column({ type: 'text', nullable: true })
  byday: string | null;

  @Column({ type: 'text', nullable: true })
  bymonthday: string | null;

  /** "HH:MM", Europe/Rome wall clock. */
  @Column({ name: 'opens_at', type: 'text', nullable: true })
  opensAt: string | null;

  @Column({ name: 'closes_at', type: 'text', nullable: true })
  closesAt: string | null;

  @Column({ name: 'valid_from', type: 'date', nullable: true })
  validFrom: string | null;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /** HSDS schedule.attending_type: "in person", "online", "phone". */
  @Column({ name: 'attending_type', type: 'text', nullable: true })
  attendingType: string | null;
}

/** A taxonomy another publisher used (kept as it is; Prossimo's own needs taxonomy is not stored). */
@Entity({ name: 'taxonomies' })
@Index('IDX_taxonomies_municipality', ['municipality'])
export class TaxonomyEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_taxonomies' })
  id: string;

  @Column({ type: 'text' })
  municipality: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text', nullable: true })
  uri: string | null;

  @Column({ type: 'text', nullable: true })
  version: string | null;
}

/**
 * A term of another publisher's taxonomy, as imported, and the need it maps to in this
 * municipality (`need`, set by the ADMIN; null: not mapped — its services are listed publicly but
 * never matched for referrals unless another of their terms maps).
 */
@Entity({ name: 'taxonomy_terms' })
@Index('IDX_taxonomy_terms_municipality', ['municipality', 'taxonomyName', 'code'])
@Check('CHK_taxonomy_terms_need', checkIn('need', Object.values(Need), { nullable: true }))
export class TaxonomyTermEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_taxonomy_terms' })
  id: string;

  @Column({ type: 'text' })
  municipality: string;

  @ManyToOne(() => TaxonomyEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'taxonomy_id', foreignKeyConstraintName: 'FK_taxonomy_terms_taxonomy' })
  taxonomy?: TaxonomyEntity;

  @Column({ name: 'taxonomy_id', type: 'uuid', nullable: true })
  taxonomyId: string | null;

  /** HSDS taxonomy_term.taxonomy: the taxonomy's name as the publisher wrote it ("" when not given). */
  @Column({ name: 'taxonomy_name', type: 'text' })
  taxonomyName: string;

  @Column({ type: 'text', nullable: true })
  code: string | null;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @Column({ name: 'term_uri', type: 'text', nullable: true })
  termUri: string | null;

  @Column({ type: 'text', nullable: true })
  need: Need | null;

  @Column({ name: 'mapped_at', type: 'timestamptz', nullable: true })
  mappedAt: Date | null;

  @Column({ name: 'mapped_by', type: 'uuid', nullable: true })
  mappedBy: string | null;
}

/** An HSDS attribute linking a service to an imported taxonomy term. */
@Entity({ name: 'service_attributes' })
@Index('IDX_service_attributes_term', ['termId'])
export class ServiceAttributeEntity {
  @PrimaryColumn({ name: 'service_id', type: 'uuid', primaryKeyConstraintName: 'PK_service_attributes' })
  serviceId: string;

  @PrimaryColumn({ name: 'term_id', type: 'uuid', primaryKeyConstraintName: 'PK_service_attributes' })
  termId: string;

  @ManyToOne(() => ServiceEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'service_id', foreignKeyConstraintName: 'FK_service_attributes_service' })
  service?: ServiceEntity;

  @ManyToOne(() => TaxonomyTermEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'term_id', foreignKeyConstraintName: 'FK_service_attributes_term' })
  term?: TaxonomyTermEntity;

  @Column({ type: 'text', nullable: true })
  value: string | null;
}
