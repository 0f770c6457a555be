import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The desk's line of context for organisations on a report ("vive con la figlia, che lavora di
 * giorno"): what an organisation needs to decide before it accepts, never identifying. Sealed under
 * the subject's key; `text_sealed` NULL once the report's content is purged or the subject erased.
 */
@Entity({ name: 'report_org_contexts' })
export class OrgContextEntity {
  @PrimaryColumn({ name: 'report_id', type: 'uuid', primaryKeyConstraintName: 'PK_report_org_contexts' })
  reportId: string;

  @Column({ type: 'text' })
  municipality: string;

  @Column({ name: 'text_sealed', type: 'bytea', nullable: true })
  textSealed: Buffer | null;

  /** The social worker who last wrote it. */
  @Column({ name: 'updated_by', type: 'uuid' })
  updatedBy: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * A message about one referral between the organisation holding it and the social desk (never the
 * antenna): sealed under the report's subject key, read audited, in the subject's export, shredded
 * with the rest of the person's story (`text_sealed` NULL).
 */
@Entity({ name: 'referral_messages' })
@Index('IDX_referral_messages_referral', ['referralId', 'createdAt', 'id'])
@Index('IDX_referral_messages_report', ['reportId'])
@Check('CHK_referral_messages_author_role', `"author_role" IN ('ORG_OPERATOR','SOCIAL_WORKER')`)
export class ReferralMessageEntity {
  /** Made by the caller: a retry with the same id is harmless. */
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_referral_messages' })
  id: string;

  @Column({ type: 'text' })
  municipality: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @Column({ name: 'referral_id', type: 'uuid' })
  referralId: string;

  @Column({ name: 'author_account_id', type: 'uuid' })
  authorAccountId: string;

  @Column({ name: 'author_role', type: 'text' })
  authorRole: string;

  /** The operator's organisation; NULL for the desk. */
  @Column({ name: 'author_organisation_id', type: 'uuid', nullable: true })
  authorOrganisationId: string | null;

  @Column({ name: 'text_sealed', type: 'bytea', nullable: true })
  textSealed: Buffer | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
