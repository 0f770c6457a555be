import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The append-only audit log of personal-data reads (and erasures): who, role, when, which record,
 * which fields, why. A trigger refuses UPDATE and DELETE. It holds ids and field names, never values.
 */
@Entity({ name: 'audit_log' })
@Index('IDX_audit_log_municipality_at', ['municipality', 'at', 'id'])
@Index('IDX_audit_log_record', ['recordId'])
export class AuditEntryEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_audit_log' })
  id: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId: string;

  @Column({ type: 'text' })
  role: string;

  @Column({ type: 'text' })
  municipality: string;

  /** The RPC pattern (or job) that read the data. */
  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'record_type', type: 'text' })
  recordType: string;

  @Column({ name: 'record_id', type: 'uuid' })
  recordId: string;

  @Column({ type: 'text', array: true })
  fields: string[];

  @Column({ type: 'text' })
  reason: string;
}
