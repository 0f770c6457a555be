import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, Unique } from 'typeorm';
import { AntennaEntity } from './antenna.entity';

/**
 * An application from the public form: the PROPOSED antenna it made and the applicant's own
 * contact, given for the administration to follow up (with consent). Never public, never in an
 * event; shown to ADMIN only. `challenge_id` is the proof of work's challenge: one application each.
 */
@Entity({ name: 'antenna_applications' })
@Unique('UQ_antenna_applications_challenge', ['challengeId'])
export class AntennaApplicationEntity {
  @PrimaryColumn({ name: 'antenna_id', type: 'uuid', primaryKeyConstraintName: 'PK_antenna_applications' })
  antennaId: string;

  @OneToOne(() => AntennaEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'antenna_id', foreignKeyConstraintName: 'FK_antenna_applications_antenna' })
  antenna?: AntennaEntity;

  @Column({ name: 'applicant_name', type: 'text' })
  applicantName: string;

  @Column({ name: 'applicant_phone', type: 'text', nullable: true })
  applicantPhone: string | null;

  @Column({ name: 'applicant_email', type: 'text', nullable: true })
  applicantEmail: string | null;

  @Column({ type: 'text', nullable: true })
  message: string | null;

  /** The position is the neighbourhood's middle: the administration sets the real one. */
  @Column({ name: 'position_approximate', type: 'boolean' })
  positionApproximate: boolean;

  @Column({ name: 'challenge_id', type: 'text' })
  challengeId: string;

  @Column({ name: 'applied_at', type: 'timestamptz' })
  appliedAt: Date;
}
