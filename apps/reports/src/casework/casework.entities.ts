import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CONTACT_CHANNELS, CONTACT_OUTCOMES, ContactChannel, ContactOutcome } from '@prossimo/contracts';
import { checkIn } from '@prossimo/platform';

/** An antenna member's follow-up note, sealed under the subject's key. */
@Entity({ name: 'report_follow_ups' })
@Index('IDX_report_follow_ups_report', ['reportId', 'at'])
export class FollowUpEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_report_follow_ups' })
  id: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @Column({ name: 'written_by', type: 'uuid' })
  writtenBy: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ name: 'note_sealed', type: 'bytea', nullable: true })
  noteSealed: Buffer | null;
}

/** A contact attempt of the owner desk (the note sealed under the subject's key). */
@Entity({ name: 'contact_attempts' })
@Index('IDX_contact_attempts_report', ['reportId', 'attemptedAt'])
@Check('CHK_contact_attempts_channel', checkIn('channel', CONTACT_CHANNELS))
@Check('CHK_contact_attempts_outcome', checkIn('outcome', CONTACT_OUTCOMES))
export class ContactAttemptEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_contact_attempts' })
  id: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @Column({ type: 'text' })
  channel: ContactChannel;

  @Column({ type: 'text' })
  outcome: ContactOutcome;

  @Column({ name: 'attempted_at', type: 'timestamptz' })
  attemptedAt: Date;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  @Column({ name: 'note_sealed', type: 'bytea', nullable: true })
  noteSealed: Buffer | null;
}
