import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AntennaKind, AntennaStatus, Need } from '@prossimo/contracts';
import { checkIn } from '@prossimo/platform';
import { NeighbourhoodEntity } from '../neighbourhoods/neighbourhood.entity';

/**
 * A proximity point: a shop, pharmacy, parish, association, library, school or trained citizen
 * that flags fragile people in its neighbourhood. Its name, address, hours and public contact are
 * public (the map of proximity points); its members are not, and live elsewhere.
 */
@Entity({ name: 'antennas' })
@Index('IDX_antennas_municipality_status', ['municipality', 'status'])
@Index('IDX_antennas_municipality_name', ['municipality', 'name', 'id'])
@Check('CHK_antennas_kind', checkIn('kind', Object.values(AntennaKind)))
@Check('CHK_antennas_status', checkIn('status', Object.values(AntennaStatus)))
@Check('CHK_antennas_lat', `"lat" BETWEEN -90 AND 90`)
@Check('CHK_antennas_lng', `"lng" BETWEEN -180 AND 180`)
export class AntennaEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_antennas' })
  id: string;

  @Column({ type: 'text' })
  municipality: string;

  @Column({ type: 'text' })
  name: string;

  /** An AntennaKind. */
  @Column({ type: 'text' })
  kind: AntennaKind;

  /** Where the public meets the antenna (for a citizen volunteer: a public meeting place, never a home). */
  @Column({ type: 'text' })
  address: string;

  @Column({ type: 'double precision' })
  lat: number;

  @Column({ type: 'double precision' })
  lng: number;

  @ManyToOne(() => NeighbourhoodEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'municipality', referencedColumnName: 'municipality', foreignKeyConstraintName: 'FK_antennas_neighbourhood' },
    { name: 'neighbourhood_code', referencedColumnName: 'code', foreignKeyConstraintName: 'FK_antennas_neighbourhood' },
  ])
  neighbourhood?: NeighbourhoodEntity;

  @Column({ name: 'neighbourhood_code', type: 'text' })
  neighbourhoodCode: string;

  @Column({ name: 'opening_hours', type: 'text', nullable: true })
  openingHours: string | null;

  @Column({ name: 'public_contact', type: 'text', nullable: true })
  publicContact: string | null;

  /** An AntennaStatus: only ACTIVE antennas may report and appear among the proximity points. */
  @Column({ type: 'text' })
  status: AntennaStatus;

  /** Shown on the public map (when ACTIVE). A CITIZEN_VOLUNTEER is listed only with a public meeting place. */
  @Column({ name: 'publicly_listed', type: 'boolean', default: true })
  publiclyListed: boolean;

  /** The needs (Need values) its people are trained to notice. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  needs: Need[];

  /** The day its people were trained (set by the move to TRAINED). */
  @Column({ name: 'trained_on', type: 'date', nullable: true })
  trainedOn: string | null;

  @Column({ name: 'code_of_conduct_accepted_at', type: 'timestamptz', nullable: true })
  codeOfConductAcceptedAt: Date | null;

  /** Why it is in its current status (required for SUSPENDED and RETIRED). Never put in an event. */
  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason: string | null;

  /** When the status last changed; each event's occurredAt is strictly later than the previous one. */
  @Column({ name: 'status_changed_at', type: 'timestamptz', default: () => 'now()' })
  statusChangedAt: Date;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
