import { IsBoolean, IsEnum, IsIn, IsInt, IsISO8601, IsOptional, IsUUID, Matches, Min } from 'class-validator';
import { InitiativeKind, InitiativeStatus, SeatKind, SessionStatus } from '../community';
import { NEIGHBOURHOOD_CODE } from '../domain';
import { DomainEventBase } from './event-base';

/**
 * prossimo.<istat>.initiative.published.v1 / .updated.v1 / .withdrawn.v1 — published by community
 * when an initiative is published, changed or withdrawn. Public facts only (what the finder
 * filters on); titles and descriptions stay in community.
 */
export class InitiativeChangedV1 extends DomainEventBase {
  @IsUUID()
  initiativeId: string;

  @IsEnum(InitiativeKind)
  kind: InitiativeKind;

  @IsEnum(InitiativeStatus)
  status: InitiativeStatus;

  @IsOptional()
  @IsUUID()
  organiserOrganisationId?: string;

  @Matches(NEIGHBOURHOOD_CODE)
  neighbourhoodCode: string;

  @IsBoolean()
  free: boolean;

  @IsBoolean()
  stepFree: boolean;

  @IsBoolean()
  goodForLivingAlone: boolean;
}

/**
 * prossimo.<istat>.initiative.session-scheduled.v1 / .session-changed.v1 — a session was scheduled,
 * or its status, times or seats changed.
 */
export class InitiativeSessionChangedV1 extends DomainEventBase {
  @IsUUID()
  initiativeId: string;

  @IsUUID()
  sessionId: string;

  @Matches(NEIGHBOURHOOD_CODE)
  neighbourhoodCode: string;

  @IsISO8601({ strict: true })
  startsAt: string;

  @IsISO8601({ strict: true })
  endsAt: string;

  @IsEnum(SessionStatus)
  status: SessionStatus;

  @IsInt()
  @Min(0)
  publicSeats: number;

  @IsInt()
  @Min(0)
  referralSeats: number;
}

/**
 * prossimo.<istat>.initiative.seat-reserved.v1 / .seat-released.v1 — one seat of a session taken
 * or given back, with the session's counts after it. No holder: a seat is a number, not a person.
 */
export class InitiativeSeatChangedV1 extends DomainEventBase {
  @IsUUID()
  reservationId: string;

  @IsUUID()
  initiativeId: string;

  @IsUUID()
  sessionId: string;

  @Matches(NEIGHBOURHOOD_CODE)
  neighbourhoodCode: string;

  @IsEnum(SeatKind)
  kind: SeatKind;

  @IsIn(['reserved', 'released'])
  change: 'reserved' | 'released';

  @IsInt()
  @Min(0)
  publicTaken: number;

  @IsInt()
  @Min(0)
  referralTaken: number;
}

/** Why community could not hold a seat for a prescription. */
export const REFERRAL_SEAT_REFUSALS = ['no-seat', 'session-not-open', 'not-found'] as const;
export type ReferralSeatRefusal = (typeof REFERRAL_SEAT_REFUSALS)[number];

/**
 * prossimo.<istat>.initiative.referral-seat-refused.v1 — community could not hold a REFERRAL seat
 * of the session for a prescription (`referral.requested.v1` with targetKind INITIATIVE): none
 * left, the session is cancelled, postponed or started, or unknown. Referrals then ends the
 * prescription (reason `no-seat`) and alerts the desk, which picks another session.
 */
export class InitiativeReferralSeatRefusedV1 extends DomainEventBase {
  @IsUUID()
  referralId: string;

  @IsUUID()
  initiativeId: string;

  @IsUUID()
  sessionId: string;

  @IsIn(REFERRAL_SEAT_REFUSALS)
  reason: ReferralSeatRefusal;
}
