import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What community knows of the neighbourhoods (a projection of neighbourhood.defined.v1). */
@Entity({ name: 'neighbourhoods' })
export class CommunityNeighbourhoodEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_neighbourhoods' })
  municipality: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_neighbourhoods' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
