import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** Retention per municipality (ADMIN): defaults apply when a municipality has no row. */
@Entity({ name: 'retention_settings' })
@Check('CHK_retention_settings_positive', `"signal_days" > 0 AND "closed_case_months" > 0`)
export class RetentionSettingsEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_retention_settings' })
  municipality: string;

  @Column({ name: 'signal_days', type: 'int' })
  signalDays: number;

  @Column({ name: 'closed_case_months', type: 'int' })
  closedCaseMonths: number;

  @Column({ name: 'updated_by', type: 'uuid' })
  updatedBy: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
