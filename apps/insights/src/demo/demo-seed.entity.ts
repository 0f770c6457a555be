import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Which demo data was loaded, once: the synthetic history is never added twice, nor on top of a later month. */
@Entity({ name: 'demo_seeds' })
export class DemoSeedEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_demo_seeds' })
  name: string;

  @Column({ name: 'seeded_at', type: 'timestamptz', default: () => 'now()' })
  seededAt: Date;
}
