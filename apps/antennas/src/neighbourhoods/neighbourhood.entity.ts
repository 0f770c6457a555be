import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import type { AreaGeometry } from '../geo/geo';

/**
 * A neighbourhood of a municipality: its slug code, its name, its (often approximate) population
 * and its area as GeoJSON. This service is the source of truth; others learn of it from
 * neighbourhood.defined events.
 */
@Entity({ name: 'neighbourhoods' })
@Check('CHK_neighbourhoods_geometry', `"geometry"->>'type' IN ('Polygon','MultiPolygon')`)
@Check('CHK_neighbourhoods_population', `"population" IS NULL OR "population" >= 0`)
@Check('CHK_neighbourhoods_population_75_plus', `"population_75_plus" IS NULL OR "population_75_plus" >= 0`)
export class NeighbourhoodEntity {
  /** ISTAT code of the municipality, e.g. 015077. */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_neighbourhoods' })
  municipality: string;

  /** A lowercase slug, e.g. "sant-eusebio". */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_neighbourhoods' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'int', nullable: true })
  population: number | null;

  @Column({ name: 'population_75_plus', type: 'int', nullable: true })
  population75Plus: number | null;

  /** True when the area or the figures are estimates rather than official boundaries and counts. */
  @Column({ type: 'boolean', default: false })
  approximate: boolean;

  /** GeoJSON Polygon or MultiPolygon, [lng, lat] positions. */
  @Column({ type: 'jsonb' })
  geometry: AreaGeometry;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
