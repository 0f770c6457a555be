import { ArrayUnique, IsArray, IsEnum, IsIn, IsOptional, IsUUID } from 'class-validator';
import { Need } from '../domain';
import { DomainEventBase } from './event-base';

/** Why a report's owner desk is told something (docs/referrals.md). */
export const ALERT_KINDS = ['unmet', 'exhausted', 'first-contact-overdue', 'failed', 'completed', 'emergency', 'break-glass', 'first-contact-requested'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

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
