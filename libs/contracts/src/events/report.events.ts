import { ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsEnum, IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';
import { AgeBand, NEIGHBOURHOOD_CODE, Need, Role, Urgency } from '../domain';
import { REFERENCE_PATTERN } from '../reference';
import { DomainEventBase } from './event-base';
import { NeedsUnlessEmergency } from '../report-input';

/** prossimo.<istat>.report.submitted.v1 — published by reports when a new signal is recorded. */
export class ReportSubmittedV1 extends DomainEventBase {
  @IsUUID()
  reportId: string;

  @IsUUID()
  antennaId: string;

  @IsUUID()
  ownerDeskId: string;

  @Matches(NEIGHBOURHOOD_CODE)
  neighbourhoodCode: string;

  /** At least one, except for an EMERGENCY sent with none (the desk learns them). */
  @IsArray()
  @NeedsUnlessEmergency()
  @ArrayUnique()
  @IsEnum(Need, { each: true })
  needs: Need[];

  @IsEnum(Urgency)
  urgency: Urgency;

  @IsEnum(AgeBand)
  ageBand: AgeBand;

  @IsISO8601({ strict: true })
  submittedAt: string;

  /**
   * The report's reference code («codice della segnalazione», e.g. CB-7K4Q: no personal data), so
   * referrals and the gateway can show it without asking reports. Absent on events from before it
   * existed.
   */
  @IsOptional()
  @Matches(REFERENCE_PATTERN)
  reference?: string;

  /**
   * Whether the person agreed to be contacted, and whether they asked not to be contacted
   * directly: no personal data, but what an organisation must know before it accepts (without
   * consent the first contact goes through the desk). Absent in events older than issue 13.
   */
  @IsOptional()
  @IsBoolean()
  consentToContact?: boolean;

  @IsOptional()
  @IsBoolean()
  doNotContact?: boolean;
}

/** Why a report was closed by its owner desk (ARCHITECTURE.md, "The report's life", step 6). */
export enum ClosureReason {
  RESOLVED = 'RESOLVED',
  REFUSED = 'REFUSED',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  NO_CAPACITY = 'NO_CAPACITY',
  UNABLE_TO_CONTACT = 'UNABLE_TO_CONTACT',
  MOVED = 'MOVED',
  DECEASED = 'DECEASED',
}

/** The non-personal facts every report.* move carries (for the dashboard's aggregates). */
abstract class ReportMoveBase extends DomainEventBase {
  @IsUUID()
  reportId: string;

  @Matches(NEIGHBOURHOOD_CODE)
  neighbourhoodCode: string;

  @IsUUID()
  ownerDeskId: string;
}

/** prossimo.<istat>.report.taken-in-hand.v1 — the owner desk took the report in hand (antenna sees IN_CARE). */
export class ReportTakenInHandV1 extends ReportMoveBase {
  /** The account of the social worker who took it (an id, not a person's data). */
  @IsUUID()
  assigneeId: string;
}

/** prossimo.<istat>.report.handed-over.v1 — the report moved to another desk (its owner is never empty). */
export class ReportHandedOverV1 extends ReportMoveBase {
  @IsUUID()
  fromDeskId: string;
}

/** prossimo.<istat>.report.closed.v1 — the owner desk closed the report with a reason code. */
export class ReportClosedV1 extends ReportMoveBase {
  @IsEnum(ClosureReason)
  reason: ClosureReason;
}

/**
 * prossimo.<istat>.report.reopened.v1 — the owner desk reopened a report it had closed, within the
 * reopening window: referrals stops treating it as ended (and sends its needs again), the antenna
 * sees it open again.
 */
export class ReportReopenedV1 extends ReportMoveBase {
  /** The closure undone. */
  @IsEnum(ClosureReason)
  closedWith: ClosureReason;
}

/** prossimo.<istat>.report.withdrawn.v1 — the antenna withdrew a report made by mistake (the reason text stays in reports). */
export class ReportWithdrawnV1 extends ReportMoveBase {
  @IsUUID()
  antennaId: string;
}

/**
 * prossimo.<istat>.report.glass-broken.v1 — someone used break-the-glass (emergency access) on the
 * report: its owner desk is alerted at once. Who (an account id and role), never why: the written
 * reason stays sealed in reports.
 */
export class ReportGlassBrokenV1 extends ReportMoveBase {
  @IsUUID()
  grantId: string;

  @IsUUID()
  accountId: string;

  @IsEnum(Role)
  role: Role;

  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @IsISO8601()
  expiresAt: string;
}
