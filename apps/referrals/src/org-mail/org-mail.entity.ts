import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { checkIn } from '@prossimo/platform';
import { ReferralEntity } from '../referrals/referral.entities';
import { ORGANISATION_MAIL_KINDS, OrganisationMailKind } from './org-mail.text';

/**
 * An e-mail to an organisation about one of its referrals, for when nobody has the inbox open: a
 * new referral, or a deadline close (to accept, to make the first contact). Written in the
 * transaction that made the referral (or by the sweep that finds the deadline near), sent by a
 * sweeper with FOR UPDATE SKIP LOCKED, once each (one row per referral and kind). No personal data:
 * ids, needs, neighbourhood, the deadline and a link to the inbox, built when it is sent.
 */
@Entity({ name: 'organisation_mails' })
@Unique('UQ_organisation_mails_referral_kind', ['referralId', 'kind'])
@Index('IDX_organisation_mails_pending', ['createdAt'], { where: `"state" = 'pending'` })
@Check('CHK_organisation_mails_kind', checkIn('kind', ORGANISATION_MAIL_KINDS))
@Check('CHK_organisation_mails_state', `"state" IN ('pending','sent','failed','skipped')`)
export class OrganisationMailEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_organisation_mails' })
  id: string;

  @Column({ type: 'text' })
  municipality: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => ReferralEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'referral_id', foreignKeyConstraintName: 'FK_organisation_mails_referral' })
  referral?: ReferralEntity;

  @Column({ name: 'referral_id', type: 'uuid' })
  referralId: string;

  /** new-referral | accept-due-soon | first-contact-due-soon */
  @Column({ type: 'text' })
  kind: OrganisationMailKind;

  /** The organisation's address when the row was written (HSDS organization.email). */
  @Column({ name: 'email_to', type: 'text' })
  emailTo: string;

  /** pending → sent; failed after five tries; skipped when the referral had moved on before it went. */
  @Column({ type: 'text' })
  state: string;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
