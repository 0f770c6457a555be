import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { ALERT_KINDS, ALERT_RESOLUTIONS, AlertKind, AlertResolution, Need } from '@prossimo/contracts';
import { checkIn } from '@prossimo/platform';
import type { UnmetWhy } from '../domain/matching';

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
@Index('IDX_alerts_open', ['municipality', 'severity', 'createdAt'], { where: `"resolved_at" IS NULL` })
@Check('CHK_alerts_resolution', checkIn('resolution', ALERT_RESOLUTIONS, { nullable: true }))
@Check('CHK_alerts_escalation_level', `"escalation_level" BETWEEN 0 AND 2`)
@Check('CHK_alerts_kind', checkIn('kind', ALERT_KINDS))
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
  kind: AlertKind;

  @Column({ type: 'text', array: true })
  needs: Need[];

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

  /** ALERT_SEVERITY of its kind, kept so the desk's open alerts are ordered in the database. */
  @Column({ type: 'int' })
  severity: number;

  /** When a social worker saw it and took it on (who: `acknowledgedBy`); its escalation stops. */
  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null;

  @Column({ name: 'acknowledged_by', type: 'uuid', nullable: true })
  acknowledgedBy: string | null;

  /** When its report ended (closed by the desk, withdrawn by the antenna): it leaves the desk's open alerts. */
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  resolution: AlertResolution | null;

  /** 0 none; 1 its e-mail went to the desk again; 2 the supervisor was told. */
  @Column({ name: 'escalation_level', type: 'int', default: 0 })
  escalationLevel: number;

  @Column({ name: 'escalated_at', type: 'timestamptz', nullable: true })
  escalatedAt: Date | null;
}

/**
 * An escalation step of an alert nobody acknowledged, as a timer row (like the SLA timers): step 1
 * sends the desk's e-mail again, step 2 e-mails the desk's supervisor. Both are written with the
 * alert (due after one and two escalation periods of the municipality's policy), claimed when due
 * with FOR UPDATE SKIP LOCKED (so any number of replicas fire each once), and cancelled when the
 * alert is acknowledged or resolved. The step's e-mail is sent in the claiming transaction and
 * retried at the next sweep, up to five times.
 */
@Entity({ name: 'alert_escalations' })
@Unique('UQ_alert_escalations_alert_step', ['alertId', 'step'])
@Index('IDX_alert_escalations_due', ['dueAt'], { where: `"state" = 'pending'` })
@Check('CHK_alert_escalations_step', `"step" IN (1, 2)`)
@Check('CHK_alert_escalations_state', `"state" IN ('pending','fired','cancelled','failed')`)
@Check('CHK_alert_escalations_email_state', `"email_state" IS NULL OR "email_state" IN ('sent','none')`)
export class AlertEscalationEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_alert_escalations' })
  id: string;

  @ManyToOne(() => AlertEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alert_id', foreignKeyConstraintName: 'FK_alert_escalations_alert' })
  alert?: AlertEntity;

  @Column({ name: 'alert_id', type: 'uuid' })
  alertId: string;

  @Column({ type: 'int' })
  step: number;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @Column({ type: 'text' })
  state: string;

  @Column({ name: 'settled_at', type: 'timestamptz', nullable: true })
  settledAt: Date | null;

  /** `sent`, or `none` when there was no address to write to (the step still counts in the app). */
  @Column({ name: 'email_state', type: 'text', nullable: true })
  emailState: string | null;

  @Column({ name: 'email_attempts', type: 'int', default: 0 })
  emailAttempts: number;

  /** Which process fired it (host:pid), for the operations log. */
  @Column({ name: 'fired_by', type: 'text', nullable: true })
  firedBy: string | null;
}
