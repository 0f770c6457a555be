import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A bounded weekly rule and what it made (the sessions carry its id). */
@Entity({ name: 'session_series' })
export class SessionSeriesEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_session_series' })
  id: string;

  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId: string;

  /** The rule as it was asked for (weekdays, times, dates, maxOccurrences, seats). */
  @Column({ type: 'jsonb' })
  rule: Record<string, unknown>;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
