import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { InitiativeKind, InitiativeStatus } from '@prossimo/contracts';
import { checkIn } from '@prossimo/platform';
import { PlaceEntity } from './place.entity';

/**
 * An initiative (a memory café, a social theatre workshop, a walking group): public by design,
 * about a place and a time, never about a person. Its organiser is an organisation of the
 * directory (null: the municipality's own).
 */
@Entity({ name: 'initiatives' })
@Index('IDX_initiatives_municipality_status', ['municipality', 'status'])
@Index('IDX_initiatives_organiser', ['organiserOrganisationId'])
@Index('IDX_initiatives_modified', ['modifiedSeq'])
@Check('CHK_initiatives_kind', checkIn('kind', Object.values(InitiativeKind)))
@Check('CHK_initiatives_status', checkIn('status', Object.values(InitiativeStatus)))
@Check('CHK_initiatives_ages', `"age_min" IS NULL OR "age_max" IS NULL OR "age_min" <= "age_max"`)
@Check('CHK_initiatives_cost', `"free" OR "cost_text" IS NOT NULL`)
export class InitiativeEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_initiatives' })
  id: string;

  @Column({ type: 'text' })
  municipality: string;

  /** An InitiativeKind. */
  @Column({ type: 'text' })
  kind: string;

  /** An InitiativeStatus. */
  @Column({ type: 'text' })
  status: string;

  @Column({ name: 'title_it', type: 'text' })
  titleIt: string;

  @Column({ name: 'title_en', type: 'text', nullable: true })
  titleEn: string | null;

  @Column({ name: 'description_it', type: 'text' })
  descriptionIt: string;

  @Column({ name: 'description_en', type: 'text', nullable: true })
  descriptionEn: string | null;

  @Column({ name: 'organiser_organisation_id', type: 'uuid', nullable: true })
  organiserOrganisationId: string | null;

  @Column({ name: 'neighbourhood_code', type: 'text' })
  neighbourhoodCode: string;

  @ManyToOne(() => PlaceEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'place_id', foreignKeyConstraintName: 'FK_initiatives_place' })
  place?: PlaceEntity;

  @Column({ name: 'place_id', type: 'uuid' })
  placeId: string;

  @Column({ name: 'age_min', type: 'integer', nullable: true })
  ageMin: number | null;

  @Column({ name: 'age_max', type: 'integer', nullable: true })
  ageMax: number | null;

  @Column({ type: 'boolean' })
  free: boolean;

  @Column({ name: 'cost_text', type: 'text', nullable: true })
  costText: string | null;

  @Column({ name: 'accessibility_support', type: 'text', nullable: true })
  accessibilitySupport: string | null;

  @Column({ name: 'good_for_living_alone', type: 'boolean' })
  goodForLivingAlone: boolean;

  @Column({ name: 'public_contact', type: 'text', nullable: true })
  publicContact: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** Increases on every change of the initiative (the open-data feed's `modified`). */
  @Column({ name: 'modified_seq', type: 'bigint' })
  modifiedSeq: string;
}
