import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Where initiatives happen: a public place (a library, a parish hall, a park), never a home. */
@Entity({ name: 'places' })
@Index('IDX_places_municipality_neighbourhood', ['municipality', 'neighbourhoodCode'])
@Check('CHK_places_lat', `"lat" BETWEEN -90 AND 90`)
@Check('CHK_places_lng', `"lng" BETWEEN -180 AND 180`)
export class PlaceEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_places' })
  id: string;

  @Column({ type: 'text' })
  municipality: string;

  @Column({ name: 'neighbourhood_code', type: 'text' })
  neighbourhoodCode: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  address: string;

  @Column({ type: 'double precision' })
  lat: number;

  @Column({ type: 'double precision' })
  lng: number;

  /** Reachable without steps (entrance, room and toilet). */
  @Column({ name: 'step_free', type: 'boolean' })
  stepFree: boolean;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
