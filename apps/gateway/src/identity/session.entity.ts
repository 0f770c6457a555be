import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';

/**
 * One signed-in session: the refresh token (stored only as a SHA-256 hash, rotated at every use)
 * and whether it was revoked. Access tokens name their session (`sid`); the gateway refuses a
 * token whose session is revoked, so logout takes effect at once.
 */
@Entity({ name: 'sessions' })
@Unique('UQ_sessions_refresh_hash', ['refreshHash'])
@Index('IDX_sessions_account', ['accountId'])
export class SessionEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_sessions' })
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ name: 'refresh_hash', type: 'text' })
  refreshHash: string;

  /** The refresh token this one replaced: presenting it again means it was stolen, and the session is revoked. */
  @Column({ name: 'previous_hash', type: 'text', nullable: true })
  previousHash: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  /** Kept on a device the person marked as trusted («Ricorda questo dispositivo»): renewed for TRUSTED_REFRESH_TTL_SECONDS. */
  @Column({ type: 'boolean', default: false })
  trusted: boolean;

  /** When its refresh token was last used (null: not since sign-in). */
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;
}
