import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { UnmetWhy } from '../matching/matching';

/**
 * A message to a report's owner desk (in the app, and by e-mail when the municipality has a desk
 * address): unmet needs, services exhausted, a missed first contact, a failed referral, or every
 * referral completed. No personal data: ids, needs and a fixed text. E-mails are sent by a sweeper
 * (FOR UPDATE SKIP LOCKED on `email_state = 'pending'`), so an alert is never lost to a mail outage.
 */
@Entity({ name: 'alerts' })
@Index('IDX_alerts_municipality_created', ['municipality', 'createdAt'])
@Index('IDX_alerts_report', ['reportId'])
@Index('IDX_alerts_email_pending', ['createdAt'], { where: `"email_state" = 'pending'` })
@Check('CHK_alerts_kind', `"kind" IN ('unmet','exhausted','first-contact-overdue','failed','completed','emergency','break-glass','first-contact-requested')`)
@Check('CHK_alerts_email_state', `"email_state" IN ('pending','sent','none','failed')`)
export class AlertEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_alerts' })
  id: string;

  @Column({ type: 'text' })
  municipality: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @Column({ name: 'owner_desk_id', type: 'uuid', nullable: true })
  ownerDeskId: string | null;

  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text', array: true })
  needs: string[];

  @Column({ name: 'referral_id', type: 'uuid', nullable: true })
  referralId: string | null;

  /** For unmet and exhausted: per need, the services that cover it and why each was left out (service names and reason codes only). */
  @Column({ type: 'jsonb', nullable: true })
  why: UnmetWhy[] | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'email_state', type: 'text' })
  emailState: string;

  @Column({ name: 'email_to', type: 'text', nullable: true })
  emailTo: string | null;

  @Column({ name: 'email_attempts', type: 'int', default: 0 })
  emailAttempts: number;

  @Column({ name: 'email_sent_at', type: 'timestamptz', nullable: true })
  emailSentAt: Date | null;
}
