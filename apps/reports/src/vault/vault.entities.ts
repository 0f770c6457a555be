import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

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
