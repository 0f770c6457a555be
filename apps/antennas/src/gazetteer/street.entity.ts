import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A street of a municipality's gazetteer, with an approximate position (its middle): a resident
 * types their street and the public finder sorts the proximity points by distance from it, with
 * no geocoder and no request leaving the origin. The demo ships Cinisello Balsamo's streets.
 */
@Entity({ name: 'streets' })
@Index('IDX_streets_search', ['municipality', 'searchKey'])
@Check('CHK_streets_position', `"lat" BETWEEN -90 AND 90 AND "lng" BETWEEN -180 AND 180`)
export class StreetEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_streets' })
  municipality: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_streets' })
  name: string;

  /** The name folded for matching: lower case, no accents, no punctuation ("via sant eusebio"). */
  @Column({ name: 'search_key', type: 'text' })
  searchKey: string;

  @Column({ type: 'double precision' })
  lat: number;

  @Column({ type: 'double precision' })
  lng: number;

  @Column({ name: 'neighbourhood_code', type: 'text', nullable: true })
  neighbourhoodCode: string | null;
}
