import { Check, Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import { Role } from '@prossimo/contracts';

/**
 * One-time tokens an ADMIN hands out: an invitation (creates the account when accepted, with the
 * password the person chooses) or a password reset. Stored only as a SHA-256 hash; single use;
 * they expire.
 */
@Entity({ name: 'account_tokens' })
@Unique('UQ_account_tokens_hash', ['tokenHash'])
@Index('IDX_account_tokens_email', ['email'])
@Index('IDX_account_tokens_code', ['email', 'codeHash'], { where: '"used_at" IS NULL' })
@Check('CHK_account_tokens_purpose', `"purpose" IN ('invite','reset')`)
export class AccountTokenEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_account_tokens' })
  id: string;

  @Column({ type: 'text' })
  purpose: 'invite' | 'reset';

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Column({ type: 'text' })
  email: string;

  /** The short code read out with the link (SHA-256 of it); null for tokens issued before codes existed. */
  @Column({ name: 'code_hash', type: 'text', nullable: true })
  codeHash: string | null;

  /** For an invitation: the account to create. */
  @Column({ name: 'display_name', type: 'text', nullable: true })
  displayName: string | null;

  @Column({ type: 'text', nullable: true })
  role: Role | null;

  @Column({ type: 'text' })
  municipality: string;

  @Column({ name: 'antenna_id', type: 'uuid', nullable: true })
  antennaId: string | null;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
