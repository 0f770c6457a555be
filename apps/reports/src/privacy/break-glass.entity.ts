import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Role } from '@prossimo/contracts';

/** Break-the-glass (GDPR Art. 9(2)(c)): three hours of access to one report's contact details, listed for review. */
@Entity({ name: 'break_glass_grants' })
@Index('IDX_break_glass_grants_report', ['reportId', 'accountId', 'expiresAt'])
@Index('IDX_break_glass_grants_municipality', ['municipality', 'grantedAt'])
export class BreakGlassGrantEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_break_glass_grants' })
  id: string;

  @Column({ type: 'text' })
  municipality: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ type: 'text' })
  role: Role;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  /** The written reason, sealed under the subject's key (it may name the person). */
  @Column({ name: 'reason_sealed', type: 'bytea', nullable: true })
  reasonSealed: Buffer | null;

  @Column({ name: 'granted_at', type: 'timestamptz' })
  grantedAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}
