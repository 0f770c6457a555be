import { ArrayUnique, IsArray, IsEnum, IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Need } from '../domain';
import { DomainEventBase } from './event-base';

/** Why a report's owner desk is told something (docs/referrals.md). */
export const ALERT_KINDS = ['unmet', 'exhausted', 'first-contact-overdue', 'failed', 'completed', 'emergency', 'break-glass', 'first-contact-requested', 'prescription-ended'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/**
 * How much each kind of alert weighs on the desk's page (higher first): an emergency above all,
 * then someone's emergency access to contact details, then the needs left without help (unmet,
 * every service gone, a missed first contact, a failed referral) and an organisation waiting for
 * the desk to make the first contact, and news last (completed).
 * Open alerts are listed by severity, then oldest first.
 */
export const ALERT_SEVERITY: Record<AlertKind, number> = {
  emergency: 4,
  'break-glass': 3,
  unmet: 2,
  exhausted: 2,
  'first-contact-overdue': 2,
  failed: 2,
  'first-contact-requested': 2,
  /** A prescription ended without the person getting to the session (declined, expired, no seat left): the desk picks another. */
  'prescription-ended': 2,
  completed: 1,
};

/** The kinds that escalate when nobody acknowledges them in time (the e-mail again, then the desk's supervisor). */
export const ESCALATING_ALERT_KINDS: readonly AlertKind[] = ['emergency'];

/** What happened to an alert after it was raised. */
export const ALERT_CHANGES = ['acknowledged', 'resolved', 'escalated'] as const;
export type AlertChange = (typeof ALERT_CHANGES)[number];

/**
 * prossimo.<istat>.alert.raised.v1 — published by referrals in the same transaction as the
 * alert row, so the social desk's open pages show it at once (the gateway's live feed). Ids, kind
 * and needs only; the alert's fixed text is read through the `deskAlerts` query.
 */
export class DeskAlertRaisedV1 extends DomainEventBase {
  @IsUUID()
  alertId: string;

  @IsUUID()
  reportId: string;

  @IsOptional()
  @IsUUID()
  ownerDeskId?: string;

  @IsIn(ALERT_KINDS)
  kind: AlertKind;

  @IsArray()
  @ArrayUnique()
  @IsEnum(Need, { each: true })
  needs: Need[];

  @IsOptional()
  @IsUUID()
  referralId?: string;
}

/**
 * prossimo.<istat>.alert.acknowledged.v1 (someone at the desk saw it: its escalation stops),
 * alert.resolved.v1 (its report was closed or withdrawn), alert.escalated.v1 (nobody acknowledged
 * it in time: `level` 1 the desk's e-mail again, 2 the supervisor). Published by referrals with the
 * change, so every open desk page follows. Ids and codes only: who acknowledged is read through
 * `deskAlerts`.
 */
export class DeskAlertChangedV1 extends DomainEventBase {
  @IsUUID()
  alertId: string;

  @IsUUID()
  reportId: string;

  @IsIn(ALERT_KINDS)
  kind: AlertKind;

  @IsIn(ALERT_CHANGES)
  change: AlertChange;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2)
  level?: number;
}
