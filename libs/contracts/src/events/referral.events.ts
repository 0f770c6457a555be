import { ArrayUnique, IsArray, IsBoolean, IsEnum, IsIn, IsInt, IsISO8601, IsOptional, IsUUID, Matches, Min, ValidateIf } from 'class-validator';
import { AgeBand, NEIGHBOURHOOD_CODE, Need, ReferralStatus, ReferralTargetKind, Urgency } from '../domain';
import { DomainEventBase } from './event-base';

/** Why the system cancelled a referral: its acceptance deadline passed, a social worker re-routed it, its report ended (closed or withdrawn), or (a prescription) its session had no seat for referred people left. */
export const REFERRAL_REASON_CODES = ['expired', 'rerouted', 'report-ended', 'no-seat'] as const;
export type ReferralReasonCode = (typeof REFERRAL_REASON_CODES)[number];

/**
 * Steps of the first contact when the person did not consent to be contacted (or asked not to be
 * contacted directly): the organisation asks the desk to make the first contact, then the desk
 * hands the contact over (and only then does the first-contact deadline start).
 */
export const REFERRAL_CONTACT_STEPS = ['first-contact-requested', 'contact-handed-over'] as const;
export type ReferralContactStep = (typeof REFERRAL_CONTACT_STEPS)[number];

/**
 * prossimo.<istat>.referral.<fhir-status>.v1 — published by referrals whenever a referral is
 * created (`requested`) or moves (`accepted`, `rejected`, `in-progress`, ...). One payload for
 * every status; `version` grows by one at each move so consumers can ignore stale deliveries.
 * Reasons and outcomes are free text: they never travel in an event. A person's reason or outcome
 * is a note sealed in the reports vault; the event names it by id only (`reasonNoteId`,
 * `outcomeNoteId`), so the reports service can confirm the note belongs to this move.
 */
export class ReferralChangedV1 extends DomainEventBase {
  @IsUUID()
  referralId: string;

  @IsUUID()
  reportId: string;

  @IsUUID()
  organisationId: string;

  /** The service it was sent to; absent for a prescription (`targetKind` INITIATIVE). */
  @ValidateIf((o: ReferralChangedV1) => o.targetKind !== ReferralTargetKind.INITIATIVE || o.serviceId !== undefined)
  @IsUUID()
  serviceId?: string;

  /** What it sends the person to; absent means SERVICE (every event before issue 17). */
  @IsOptional()
  @IsEnum(ReferralTargetKind)
  targetKind?: ReferralTargetKind;

  /** A prescription's initiative and session (community's ids); only with `targetKind` INITIATIVE. */
  @ValidateIf((o: ReferralChangedV1) => o.targetKind === ReferralTargetKind.INITIATIVE || o.initiativeId !== undefined)
  @IsUUID()
  initiativeId?: string;

  @ValidateIf((o: ReferralChangedV1) => o.targetKind === ReferralTargetKind.INITIATIVE || o.sessionId !== undefined)
  @IsUUID()
  sessionId?: string;

  /** A prescription: whether the social worker asked for a volunteer buddy for the first visit (a flag, never a person). */
  @IsOptional()
  @IsBoolean()
  buddyRequested?: boolean;

  /** A prescription's milestone: when the person first attended (set on the move to in-progress it causes, and after). */
  @IsOptional()
  @IsISO8601()
  firstAttendedAt?: string;

  /**
   * A prescription with a buddy: the person's age band (not identifying; the reports' events carry
   * it too), so the volunteer can be told «a person 80+». Absent otherwise, and on older events.
   */
  @IsOptional()
  @IsEnum(AgeBand)
  ageBand?: AgeBand;

  @IsArray()
  @ArrayUnique()
  @IsEnum(Need, { each: true })
  needs: Need[];

  @Matches(NEIGHBOURHOOD_CODE)
  neighbourhoodCode: string;

  @IsEnum(Urgency)
  urgency: Urgency;

  @IsOptional()
  @IsEnum(ReferralStatus)
  from?: ReferralStatus;

  @IsEnum(ReferralStatus)
  to: ReferralStatus;

  @IsInt()
  @Min(1)
  version: number;

  /**
   * Why the system or a social worker moved it, as a code (never free text): `expired` (its SLA
   * ran out), `rerouted` (a social worker sent it elsewhere), `report-ended` (its report was
   * closed or withdrawn). Absent for operators' moves.
   */
  @IsOptional()
  @IsIn(REFERRAL_REASON_CODES)
  reasonCode?: ReferralReasonCode;

  /** The id (never the text) of the reason note sealed in the reports vault for this move (reject, hold, fail, re-route). */
  @IsOptional()
  @IsUUID()
  reasonNoteId?: string;

  /** The id (never the text) of the outcome note sealed in the reports vault (complete). */
  @IsOptional()
  @IsUUID()
  outcomeNoteId?: string;

  /**
   * The deadline of the SLA timer running after this move (acceptance while requested, first
   * contact while accepted or on hold); absent when none runs. The desk's triage orders by it.
   */
  @IsOptional()
  @IsISO8601()
  dueAt?: string;

  /**
   * The account that made the move (an operator or a social worker; an id, never a name); absent
   * for the system's moves. The inbox uses it so an operator is not told about their own move.
   */
  @IsOptional()
  @IsUUID()
  actorAccountId?: string;

  /**
   * On `referral.first-contact-requested.v1` and `referral.contact-handed-over.v1` (steps of the
   * first contact that do not change the status: `from` and `to` are then the status it is in).
   */
  @IsOptional()
  @IsIn(REFERRAL_CONTACT_STEPS)
  step?: ReferralContactStep;
}

/**
 * prossimo.<istat>.referral.unmatched.v1 — published by referrals when some needs of a report
 * have no service that could take them (unmet need). The owner desk must be alerted.
 */
export class ReferralUnmatchedV1 extends DomainEventBase {
  @IsUUID()
  reportId: string;

  @Matches(NEIGHBOURHOOD_CODE)
  neighbourhoodCode: string;

  @IsArray()
  @ArrayUnique()
  @IsEnum(Need, { each: true })
  needs: Need[];
}
