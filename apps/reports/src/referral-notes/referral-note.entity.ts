import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { REFERRAL_NOTE_ACTIONS, ReferralNoteKind } from '@prossimo/contracts';
import { checkIn } from '@prossimo/platform';

/**
 * A reason or an outcome written on a referral (an operator's reject, hold, fail or complete; a
 * social worker's re-route), sealed under the report's subject key: the person's story too, so it
 * lives in the vault, not in the referrals service (which keeps the id only).
 *
 * Sealed first, by the gateway, before the move is sent: pending (`confirmed_at` NULL) until the
 * referral's event names it for the same referral, report, organisation and move; a pending note
 * is never shown and is deleted by the retention sweep after an hour. `text_sealed` is NULL once
 * the report's content is purged (retention, erasure), or when the subject was already erased.
 */
@Entity({ name: 'referral_notes' })
@Index('IDX_referral_notes_report', ['reportId', 'createdAt'])
@Index('IDX_referral_notes_pending', ['createdAt'], { where: `"confirmed_at" IS NULL` })
@Check('CHK_referral_notes_kind', `"kind" IN ('REASON','OUTCOME')`)
@Check('CHK_referral_notes_action', checkIn('action', REFERRAL_NOTE_ACTIONS))
@Check('CHK_referral_notes_author_role', `"author_role" IN ('ORG_OPERATOR','SOCIAL_WORKER')`)
export class ReferralNoteEntity {
  /** Made by the gateway: a retry with the same id is harmless. */
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_referral_notes' })
  id: string;

  @Column({ type: 'text' })
  municipality: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  /** The referral (in the referrals service), known here by id. */
  @Column({ name: 'referral_id', type: 'uuid' })
  referralId: string;

  /** OUTCOME for a completion, REASON for every other move. */
  @Column({ type: 'text' })
  kind: ReferralNoteKind;

  /** The move it belongs to: reject, hold, fail, complete (operator) or reroute (social worker). */
  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'author_account_id', type: 'uuid' })
  authorAccountId: string;

  @Column({ name: 'author_role', type: 'text' })
  authorRole: string;

  /** The operator's organisation; NULL for a social worker. */
  @Column({ name: 'author_organisation_id', type: 'uuid', nullable: true })
  authorOrganisationId: string | null;

  @Column({ name: 'text_sealed', type: 'bytea', nullable: true })
  textSealed: Buffer | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** When the referral's event confirmed the move (its occurredAt); NULL while pending. */
  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  /** The referral's version after the move (from its event). */
  @Column({ name: 'referral_version', type: 'int', nullable: true })
  referralVersion: number | null;
}
