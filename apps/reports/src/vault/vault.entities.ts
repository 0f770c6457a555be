import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CONTACT_CHANNELS, CONTACT_OUTCOMES, ContactChannel, ContactOutcome, Role } from '@prossimo/contracts';
import { checkIn } from '@prossimo/platform';

/**
 * A municipality's key (32 random bytes), stored only wrapped by a master key from the settings.
 * DATA keys wrap the subjects' data keys (a new version on rotation; old versions stay readable);
 * the DEDUP key is the HMAC secret of duplicate detection.
 */
@Entity({ name: 'municipality_keys' })
@Index('IDX_municipality_keys_current', ['municipality', 'purpose', 'createdAt'])
@Check('CHK_municipality_keys_purpose', `"purpose" IN ('DATA','DEDUP')`)
export class MunicipalityKeyEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_municipality_keys' })
  id: string;

  @Column({ type: 'text' })
  municipality: string;

  @Column({ type: 'text' })
  purpose: string;

  @Column({ type: 'bytea' })
  wrapped: Buffer;

  @Column({ name: 'master_key_id', type: 'text' })
  masterKeyId: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/**
 * One person's identifying data (or, for a report without any, a record of its own): its data key
 * wrapped by a municipality key. wrapped_key NULL = the key was destroyed (erasure, purge).
 */
@Entity({ name: 'subjects' })
@Index('IDX_subjects_dedup', ['municipality', 'dedupHash'])
export class SubjectEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_subjects' })
  id: string;

  @Column({ type: 'text' })
  municipality: string;

  /** The municipality key (id) that wraps this subject's data key. */
  @Column({ name: 'key_id', type: 'text' })
  keyId: string;

  @Column({ name: 'wrapped_key', type: 'bytea', nullable: true })
  wrappedKey: Buffer | null;

  @Column({ name: 'identity_sealed', type: 'bytea', nullable: true })
  identitySealed: Buffer | null;

  /** HMAC-SHA256 (municipal DEDUP key) of the normalised identifying data; NULL without identifying data. */
  @Column({ name: 'dedup_hash', type: 'bytea', nullable: true })
  dedupHash: Buffer | null;

  @Column({ name: 'objection_at', type: 'timestamptz', nullable: true })
  objectionAt: Date | null;

  @Column({ name: 'objection_sealed', type: 'bytea', nullable: true })
  objectionSealed: Buffer | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'destroyed_at', type: 'timestamptz', nullable: true })
  destroyedAt: Date | null;
}

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
