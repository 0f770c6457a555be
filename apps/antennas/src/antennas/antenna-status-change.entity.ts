import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AntennaStatus } from '@prossimo/contracts';
import { checkIn } from '@prossimo/platform';
import { AntennaEntity } from './antenna.entity';

/** One move of an antenna's lifecycle, with its reason and who made it: the antenna's history. */
@Entity({ name: 'antenna_status_changes' })
@Index('IDX_antenna_status_changes_antenna_at', ['antennaId', 'at'])
@Check('CHK_antenna_status_changes_to', checkIn('to_status', Object.values(AntennaStatus)))
@Check('CHK_antenna_status_changes_from', checkIn('from_status', Object.values(AntennaStatus), { nullable: true }))
export class AntennaStatusChangeEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_antenna_status_changes' })
  id: string;

  @ManyToOne(() => AntennaEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'antenna_id', foreignKeyConstraintName: 'FK_antenna_status_changes_antenna' })
  antenna?: AntennaEntity;

  @Column({ name: 'antenna_id', type: 'uuid' })
  antennaId: string;

  /** Null on creation. */
  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: AntennaStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus: AntennaStatus;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'timestamptz' })
  at: Date;

  /** The ADMIN account that made the move (null for the demo seed). */
  @Column({ name: 'by_account_id', type: 'uuid', nullable: true })
  byAccountId: string | null;
}
