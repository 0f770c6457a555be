import {
  ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsEmail, IsEnum, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUrl, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateIf, ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { AlertKind } from '../events/alert.events';
import { AgeBand, ISTAT_CODE, NEIGHBOURHOOD_CODE, Need, ReferralStatus, ReferralTargetKind, Urgency } from '../domain';
import { MAX_PAGE_SIZE, PageArgsV1 } from './pagination';
import type { ImportReportV1 } from './directory.rpc';
import { IsPlausiblePhone } from '../report-input';

export class ListReferralsV1 extends PageArgsV1 {
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsEnum(ReferralStatus, { each: true })
  status?: ReferralStatus[];
}

export const REFERRAL_ACTIONS = ['accept', 'reject', 'start', 'hold', 'resume', 'complete', 'fail'] as const;
export type ReferralAction = (typeof REFERRAL_ACTIONS)[number];

/** The free text an operator or a social worker writes with a move: a reason, or what was done. */
export const REFERRAL_REASON_MIN = 3;
export const REFERRAL_REASON_MAX = 1000;
export const REFERRAL_OUTCOME_MAX = 2000;

/**
 * What a person gives with a move (the gateway validates a GraphQL move against it): the reason
 * (reject, hold, fail) or the outcome (complete). The text never goes to the referrals service: the
 * gateway seals it in the reports vault first (reports.referral-note.seal.v1) and sends only the
 * note's id (TransitionReferralV1).
 */
export class ReferralMoveInputV1 {
  @IsUUID('all')
  id: string;

  @IsIn(REFERRAL_ACTIONS)
  action: ReferralAction;

  /** Required for reject, hold and fail. */
  @ValidateIf((o: ReferralMoveInputV1) => o.action === 'reject' || o.action === 'hold' || o.action === 'fail' || o.reason !== undefined)
  @IsString()
  @MinLength(REFERRAL_REASON_MIN, { message: 'reason must say why (at least 3 characters)' })
  @MaxLength(REFERRAL_REASON_MAX)
  reason?: string;

  /** Required for complete. */
  @ValidateIf((o: ReferralMoveInputV1) => o.action === 'complete' || o.outcome !== undefined)
  @IsString()
  @MinLength(REFERRAL_REASON_MIN, { message: 'outcome must say what was done (at least 3 characters)' })
  @MaxLength(REFERRAL_OUTCOME_MAX)
  outcome?: string;
}

/**
 * A move of a referral, as the referrals service receives it: no free text, only the id of the
 * note the gateway sealed in the reports vault (its text stays there, under the subject's key).
 */
export class TransitionReferralV1 {
  @IsUUID('all')
  id: string;

  @IsIn(REFERRAL_ACTIONS)
  action: ReferralAction;

  /** Required for reject, hold and fail: the sealed reason's note id. */
  @ValidateIf((o: TransitionReferralV1) => o.action === 'reject' || o.action === 'hold' || o.action === 'fail' || o.reasonNoteId !== undefined)
  @IsUUID('all', { message: 'reasonNoteId must be the id of a sealed reason' })
  reasonNoteId?: string;

  /** Required for complete: the sealed outcome's note id. */
  @ValidateIf((o: TransitionReferralV1) => o.action === 'complete' || o.outcomeNoteId !== undefined)
  @IsUUID('all', { message: 'outcomeNoteId must be the id of a sealed outcome' })
  outcomeNoteId?: string;
}

/** One referral, for its organisation's operator or a social worker of its municipality. */
export class GetReferralV1 {
  @IsUUID('all')
  id: string;
}

/** Which deadline runs: to accept (while requested), or to make the first contact (once accepted). */
export type ReferralDeadlineKind = 'accept' | 'first-contact';

/**
 * A referral as its organisation sees it: needs, place, urgency, age band, whether the person
 * agreed to be contacted, state, and its service's places; no personal data.
 */
export interface ReferralV1 {
  id: string;
  reportId: string;
  organisationId: string;
  /** What it sends the person to: a service, or (a prescription) an initiative's session. */
  targetKind: ReferralTargetKind;
  /** Its service; null for a prescription. */
  serviceId: string | null;
  /** Its service's name; '' for a prescription (the gateway names the initiative). */
  serviceName: string;
  /** A prescription's initiative and session (community's ids), the session's start as referrals last heard it, and the milestones. */
  initiativeId: string | null;
  sessionId: string | null;
  sessionStartsAt: string | null;
  buddyRequested: boolean;
  firstAttendedAt: string | null;
  needs: Need[];
  neighbourhoodCode: string;
  urgency: Urgency;
  status: ReferralStatus;
  createdAt: string;
  updatedAt: string;
  /** The person's age band (not identifying); null for referrals made before it was kept. */
  ageBand: AgeBand | null;
  /** Whether the person agreed to be contacted; null when not known. */
  consentToContact: boolean | null;
  /** Whether the person asked not to be contacted directly; null when not known. */
  doNotContact: boolean | null;
  /** Without consent: when the organisation asked the desk to make the first contact. */
  firstContactRequestedAt: string | null;
  /** Without consent: when the desk handed the contact over (the first-contact deadline starts then). */
  contactHandedOverAt: string | null;
  /** Whether it holds one of its service's places. */
  holdsPlace: boolean;
  /** Its service's places now (HSDS service_capacity); null when the service does not count them. */
  capacityAvailable: number | null;
  capacityMaximum: number | null;
  capacityUnit: string | null;
  /** The deadline of its running SLA timer (acceptance, then first contact); null when none runs. In lists and in the answer to a move. */
  dueAt?: string | null;
  /** Its report's reference code («codice della segnalazione», e.g. CB-7K4Q), from report.submitted; null for reports from before codes. */
  reportReference: string | null;
  /** Which deadline `dueAt` is. In lists and in the answer to a move. */
  dueKind?: ReferralDeadlineKind | null;
}

/** A referral addressed by id: the organisation asks the desk for the first contact; the desk hands it over; the organiser records a first attendance. */
export class ReferralRefV1 {
  @IsUUID('all')
  id: string;
}

/**
 * A social prescription (issue 17): a social worker refers the person of a report to one session of
 * an initiative. It is a referral (targetKind INITIATIVE) addressed to the initiative's organiser,
 * with the same lifecycle, SLA timers and desk alerts as any other. The id is the client's: a retry
 * answers the same referral.
 */
export class PrescribeInitiativeV1 {
  @IsUUID('all')
  id: string;

  @IsUUID('all')
  reportId: string;

  @IsUUID('all')
  initiativeId: string;

  @IsUUID('all')
  sessionId: string;

  /** Ask for a volunteer buddy for the first visit (only the flag is kept; matching comes later). */
  @IsBoolean()
  buddyRequested: boolean;
}

/* ------------------------------------------------------------------------------------------------
 * Directory (HSDS): registration and import by ADMIN, capacity by ORG_OPERATOR, public reads.
 * ---------------------------------------------------------------------------------------------- */

export const SERVICE_STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;
export const CAPACITY_STATUSES = ['capacity', 'waitlist', 'additional-assessment-required', 'no-capacity'] as const;
export const RUNTS_SECTIONS = ['a', 'b', 'c', 'd', 'e', 'f', 'g'] as const;

/** An organisation (HSDS organization), registered by an ADMIN of its municipality. A client-made id makes a retry harmless. */
export class RegisterOrganisationV1 {
  @IsUUID('all')
  id: string;

  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name: string;

  @IsString()
  @MinLength(2)
  @MaxLength(200)
  legalForm: string;

  /** Codice fiscale (11 digits for bodies, 16 characters for persons). */
  @Matches(/^(\d{11}|[A-Z0-9]{16})$/, { message: 'taxCode must be an Italian tax code (11 digits or 16 characters)' })
  taxCode: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  runtsNumber?: string;

  /** RUNTS section (a–g); given with runtsNumber. */
  @ValidateIf((o: RegisterOrganisationV1) => o.runtsNumber !== undefined || o.runtsSection !== undefined)
  @IsIn(RUNTS_SECTIONS)
  runtsSection?: string;

  @IsOptional()
  @IsEmail()
  email?: string;

  /** As people write it ("02-6601234", "+39 02 660.12.34"): the rule of report-input.ts. */
  @IsOptional()
  @IsPlausiblePhone()
  phone?: string;

  @IsOptional()
  @IsUrl({ require_protocol: true })
  website?: string;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;
}

/** A public phone number, as people write it, with what it is for («prenotazioni»). */
export class PublicPhoneInputV1 {
  @Matches(/^(?=(?:\D*\d){6,15}\D*$)[0-9 +()./-]{6,30}$/, { message: 'number must be a phone number (6 to 15 digits)' })
  number: string;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  description?: string;
}

/** Weekly opening hours: some days (MO,TU,...) from a time to a time, or only a description («su appuntamento»). */
export class OpeningHoursInputV1 {
  @IsOptional()
  @Matches(/^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$/, { message: 'days must be days such as MO,WE,FR' })
  days?: string;

  @IsOptional()
  @Matches(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { message: 'opensAt must be a time such as 09:00' })
  opensAt?: string;

  @IsOptional()
  @Matches(/^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$/, { message: 'closesAt must be a time such as 12:30' })
  closesAt?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  description?: string;
}

/** A place where the service is given: an existing location of the organisation (by id) or a new one. */
export class PublicPlaceInputV1 {
  @IsOptional()
  @IsUUID('all')
  id?: string;

  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name: string;

  @IsString()
  @MinLength(3)
  @MaxLength(300)
  address: string;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  city?: string;

  @IsOptional()
  @Matches(/^\d{5}$/, { message: 'postalCode must be 5 digits' })
  postalCode?: string;

  @IsOptional()
  @IsString()
  @MaxLength(1000)
  transportation?: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(14)
  @ValidateNested({ each: true })
  @Type(() => OpeningHoursInputV1)
  hours?: OpeningHoursInputV1[];
}

/** A service of an organisation (HSDS service + service_area + service_capacity + FHIR SDOH capacity status). */
export class RegisterServiceV1 {
  @IsUUID('all')
  id: string;

  @IsUUID('all')
  organisationId: string;

  @ValidateIf((o: RegisterServiceV1) => !o.detailsOnly)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name: string;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @ValidateIf((o: RegisterServiceV1) => !o.detailsOnly)
  @IsIn(SERVICE_STATUSES)
  status: string;

  @ValidateIf((o: RegisterServiceV1) => !o.detailsOnly)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsEnum(Need, { each: true })
  needs: Need[];

  /** The neighbourhoods served (HSDS service_area), in the actor's municipality. */
  @ValidateIf((o: RegisterServiceV1) => !o.detailsOnly)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @Matches(NEIGHBOURHOOD_CODE, { each: true, message: 'neighbourhoodCodes must be neighbourhood codes such as "crocetta"' })
  neighbourhoodCodes: string[];

  @IsIn(CAPACITY_STATUSES)
  @ValidateIf((o: RegisterServiceV1) => !o.detailsOnly)
  capacityStatus: string;

  @IsOptional()
  @IsInt()
  @Min(0)
  capacityAvailable?: number;

  @IsOptional()
  @IsInt()
  @Min(0)
  capacityMaximum?: number;

  /** What a unit of capacity is ("posti", "pasti", "ore"). */
  @IsOptional()
  @IsString()
  @MaxLength(50)
  capacityUnit?: string;

  /** Where it is delivered (HSDS location + service_at_location), when it has a place. */
  @IsOptional()
  @IsString()
  @MaxLength(300)
  address?: string;

  /**
   * What a resident reads on the service's public page (issue 15). Absent: kept as it is; an empty
   * text clears it. Phones, hours and places, when given, replace the service's own.
   */
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  applicationProcess?: string;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  eligibilityDescription?: string;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  feesDescription?: string;

  /** Ages it takes (null: no limit). */
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsInt()
  @Min(0)
  @Max(150)
  minimumAge?: number | null;

  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsInt()
  @Min(0)
  @Max(150)
  maximumAge?: number | null;

  /** The service's public e-mail and web page ('' clears them). */
  @IsOptional()
  @ValidateIf((_o, v) => v !== '')
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email?: string;

  @IsOptional()
  @ValidateIf((_o, v) => v !== '')
  @IsUrl({ require_protocol: true }, { message: 'url must be a web address starting with https://' })
  url?: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => PublicPhoneInputV1)
  phones?: PublicPhoneInputV1[];

  /** The service's own opening hours (hours at a place go with the place). */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(14)
  @ValidateNested({ each: true })
  @Type(() => OpeningHoursInputV1)
  hours?: OpeningHoursInputV1[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => PublicPlaceInputV1)
  places?: PublicPlaceInputV1[];

  /**
   * updateService only: change the public details alone (the fields above from applicationProcess
   * on); what the service is — name, description, status, needs, areas, capacity — stays as it is,
   * whatever is sent (a place taken meanwhile by a referral is not undone).
   */
  @IsOptional()
  @IsBoolean()
  detailsOnly?: boolean;
}

/**
 * Changes an existing organisation (never creates one): the same fields as its registration, all
 * given (a later version may add locations and hours beside them). ADMIN: any of their
 * municipality's; ORG_OPERATOR: their own, but not its tax code nor its RUNTS registration (the
 * administrator checks those: the matching rule relies on them).
 */
export class UpdateOrganisationV1 extends RegisterOrganisationV1 {
  /** Absent: kept as it is (an imported organisation may have none, or a foreign one). */
  @IsOptional()
  declare taxCode: string;

  @IsOptional()
  declare legalForm: string;

  /** true: the tax code and the RUNTS registration stay as they are, whatever is sent (the public-details form). */
  @IsOptional()
  @IsBoolean()
  keepRegistration?: boolean;
}

/** A service's public page for its editors (any status): ADMIN of its municipality, ORG_OPERATOR of its organisation. */
export class ServiceDetailsQueryV1 {
  @IsUUID('all')
  id: string;
}

/**
 * Changes an existing service of the same organisation (never creates or moves one): what it helps
 * with, where, its status and capacity. `address`: a new place, or none given to keep the one it
 * has. ADMIN: any of their municipality's; ORG_OPERATOR: their own organisation's.
 */
export class UpdateServiceV1 extends RegisterServiceV1 {}

/** The services of the municipality's directory (ADMIN), or of the operator's own organisation (ORG_OPERATOR). */
export class ListServicesV1 {
  @IsOptional()
  @IsUUID('all')
  organisationId?: string;
}

/** An operator's capacity update of one of their organisation's services. */
export class UpdateServiceCapacityV1 {
  @IsUUID('all')
  serviceId: string;

  @IsIn(CAPACITY_STATUSES)
  capacityStatus: string;

  @IsOptional()
  @IsInt()
  @Min(0)
  capacityAvailable?: number;

  @IsOptional()
  @IsInt()
  @Min(0)
  capacityMaximum?: number;
}

export const IMPORT_FORMATS = ['hsds-json', 'csv'] as const;

/** A directory file: an HSDS JSON package ({ organizations, services }) or a CSV of services (see docs/referrals.md). */
export class ImportDirectoryV1 {
  @IsIn(IMPORT_FORMATS)
  format: (typeof IMPORT_FORMATS)[number];

  @IsString()
  @MinLength(1)
  @MaxLength(5_000_000)
  content: string;
}

/** One bad row of an import: the line (CSV) or the record (JSON, 1-based) and the field at fault. */
export interface ImportProblemV1 {
  line: number;
  field: string;
  message: string;
}

export interface ImportResultV1 {
  imported: boolean;
  organisations: number;
  services: number;
  problems: ImportProblemV1[];
  /** HSDS imports (hsds-objects, hsds-tabular): what happened to each row, field by field. */
  report?: ImportReportV1 | null;
}

export interface OrganisationV1 {
  id: string;
  name: string;
  /** null when an imported file did not say it. */
  legalForm: string | null;
  /** null when an imported file gave none (the import warned). */
  taxCode: string | null;
  runtsNumber: string | null;
  runtsSection: string | null;
  email: string | null;
  phone?: string | null;
  website?: string | null;
  description?: string | null;
}

export interface ServiceV1 {
  id: string;
  organisationId: string;
  name: string;
  status: string;
  needs: Need[];
  neighbourhoodCodes: string[];
  capacityStatus: string;
  capacityAvailable: number | null;
  capacityMaximum: number | null;
  capacityUnit: string | null;
  description?: string | null;
  applicationProcess?: string | null;
  eligibilityDescription?: string | null;
  feesDescription?: string | null;
  minimumAge?: number | null;
  maximumAge?: number | null;
  email?: string | null;
  url?: string | null;
  updatedAt: string;
}

/** The public directory's queries (GET /hsds/...). Page numbers start at 1. */
export class HsdsListV1 {
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  page?: number;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  per_page?: number;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @IsOptional()
  @IsUUID('all')
  organization_id?: string;

  @IsOptional()
  @IsUUID('all')
  taxonomy_term_id?: string;

  @IsOptional()
  @IsUUID('all')
  taxonomy_id?: string;

  @IsOptional()
  @IsUUID('all')
  service_id?: string;

  @IsOptional()
  @IsUUID('all')
  parent_id?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  modified_after?: string;

  /** Prossimo filters: municipality (ISTAT) and neighbourhood served; services by status. */
  @IsOptional()
  @Matches(ISTAT_CODE)
  municipality?: string;

  @IsOptional()
  @Matches(NEIGHBOURHOOD_CODE)
  neighbourhood?: string;

  @IsOptional()
  @IsIn(SERVICE_STATUSES)
  status?: string;
}

export class HsdsGetV1 {
  @IsUUID('all')
  id: string;
}

/** An HSDS paginated list (HSDS 3.0 openapi "Page" + contents). */
export interface HsdsPage<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

/* ------------------------------------------------------------------------------------------------
 * Social worker: manual re-routing, history, alerts.
 * ---------------------------------------------------------------------------------------------- */

/** What the social worker gives (validated by the gateway); the reason is sealed in the reports vault. */
export class RerouteReferralInputV1 {
  @IsUUID('all')
  id: string;

  @IsString()
  @MinLength(REFERRAL_REASON_MIN, { message: 'reason must say why (at least 3 characters)' })
  @MaxLength(REFERRAL_REASON_MAX)
  reason: string;

  /** A service the desk chose (one of `rerouteOptions`); without it the matching rule picks the next. */
  @IsOptional()
  @IsUUID('all')
  serviceId?: string;
}

/** A re-route as the referrals service receives it: the reason only as the id of its sealed note. */
export class RerouteReferralV1 {
  @IsUUID('all')
  id: string;

  @IsUUID('all', { message: 'reasonNoteId must be the id of a sealed reason' })
  reasonNoteId: string;

  /** The service the desk chose; absent: the matching rule picks. */
  @IsOptional()
  @IsUUID('all')
  serviceId?: string;
}

/** A dry run of a re-route: where the needs would go, and which services the desk may choose. */
export class RerouteOptionsV1 {
  @IsUUID('all')
  id: string;
}

/** Why the matcher leaves a service out (docs/referrals.md). */
export type ExclusionReasonV1 = 'outside-area' | 'not-active' | 'no-capacity' | 'not-on-runts' | 'already-referred' | 'need-not-covered';

/** A service the desk may send the needs to, with what the matcher thinks of it. */
export interface RerouteCandidateV1 {
  serviceId: string;
  serviceName: string;
  organisationName: string;
  /** Which of the referral's needs it covers. */
  needsCovered: Need[];
  capacityStatus: string;
  /** True when the matching rule itself could choose it; false when the desk would override an exclusion. */
  eligible: boolean;
  /** Why the rule leaves it out (empty when eligible). */
  reasons: ExclusionReasonV1[];
}

export interface RerouteOptionsResultV1 {
  referralId: string;
  needs: Need[];
  /** Whether the referral can be re-routed now (requested, accepted or on hold, report not ended). */
  reroutable: boolean;
  /** Where the rule would send each need, best first; empty when no service is left (the desk would be alerted). */
  byRule: { serviceId: string; serviceName: string; needs: Need[] }[];
  /** The needs no service would take by the rule. */
  unmet: Need[];
  /** Every active service of the municipality covering one of the needs, but the referral's own: the rule's choices first. */
  candidates: RerouteCandidateV1[];
}

/** When a report of this urgency should be answered, by the caller's municipality's policy, counted from now. */
export class SlaPreviewV1 {
  @IsEnum(Urgency)
  urgency: Urgency;
}

export interface SlaPreviewResultV1 {
  urgency: Urgency;
  /** When an organisation should have accepted (or the desk hears of it). */
  acceptBy: string;
  /** When the person should have been contacted, once accepted at once. */
  firstContactBy: string;
}

/** For an unmet need: every service that covers it and why the matcher left each out (none: nobody covers it). */
export interface UnmetNeedWhyV1 {
  need: Need;
  services: { serviceId: string; serviceName: string; reasons: ExclusionReasonV1[] }[];
}

export class ReportReferralsV1 {
  @IsUUID('all')
  reportId: string;
}

/**
 * One move of a referral. `reason` is the system's reason (an SLA expiry, the report's end, a
 * re-route), never a person's text; a person's reason is a note in the reports vault, named by
 * `reasonNoteId`, that the gateway reads (audited) and shows in its place.
 */
export interface ReferralHistoryEntryV1 {
  from: ReferralStatus | null;
  to: ReferralStatus;
  at: string;
  actorAccountId: string | null;
  reason: string | null;
  reasonNoteId: string | null;
}

/** A referral with its whole story, as a social worker reads it: moves, reasons, outcome and why it was chosen. */
export interface ReferralStoryV1 extends ReferralV1 {
  /** The system's reason for the status it is in now (see ReferralHistoryEntryV1). */
  reason: string | null;
  /** The note (reports vault) with the person's reason for the status it is in now. */
  reasonNoteId: string | null;
  /** The note (reports vault) with what was done, once completed. */
  outcomeNoteId: string | null;
  /** The matcher's explanation (ranking and inputs), as JSON text. */
  explanation: string;
  history: ReferralHistoryEntryV1[];
}


/**
 * The desk's alerts: open ones (not resolved by their report's end) unless `includeResolved`,
 * ordered open first, then by severity (ALERT_SEVERITY, highest first), then oldest first.
 */
export class ListAlertsV1 extends PageArgsV1 {
  @IsOptional()
  @IsUUID('all')
  reportId?: string;

  @IsOptional()
  @IsBoolean()
  includeResolved?: boolean;
}

/** A social worker saw an alert and takes it on: who and when are kept; its escalation stops. */
export class AcknowledgeAlertV1 {
  /** The alert's id (the GraphQL argument's name). */
  @IsUUID('all')
  id: string;
}

export const ALERT_RESOLUTIONS = ['report-closed', 'report-withdrawn'] as const;
export type AlertResolution = (typeof ALERT_RESOLUTIONS)[number];

/** A message to a report's owner desk: what happened and which needs wait. No personal data. */
export interface AlertV1 {
  id: string;
  reportId: string;
  ownerDeskId: string | null;
  kind: AlertKind;
  /** ALERT_SEVERITY of its kind (higher: more severe). */
  severity: number;
  needs: Need[];
  referralId: string | null;
  message: string;
  createdAt: string;
  emailState: string;
  acknowledgedAt: string | null;
  /** The account that acknowledged it. */
  acknowledgedBy: string | null;
  /** When its report ended (closed or withdrawn), which resolves it. */
  resolvedAt: string | null;
  resolution: AlertResolution | null;
  /** 0 none; 1 the desk's e-mail sent again; 2 the supervisor told. */
  escalationLevel: number;
  escalatedAt: string | null;
  /** Its report's reference code (e.g. CB-7K4Q); null for reports from before codes. */
  reportReference: string | null;
  /** For `unmet` and `exhausted`: why each service that covers a need was left out (null for other kinds and older alerts). */
  why: UnmetNeedWhyV1[] | null;
}

// ---------------------------------------------------------------------------------------------
// Municipality policy (ADMIN): RUNTS requirement, SLA targets and calendar, desk e-mail
// ---------------------------------------------------------------------------------------------

export class SlaTargetInputV1 {
  @IsEnum(Urgency)
  urgency: Urgency;

  /** Time to accept, in hours (in working-day mode, whole days of 24 hours count working days). */
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  acceptHours: number;

  @IsInt()
  @Min(1)
  @Max(24 * 90)
  firstContactHours: number;
}

/** Sets the caller's municipality's policy; fields left out keep their value. */
export class SetMunicipalityPolicyV1 {
  @IsOptional()
  @IsBoolean()
  requireRunts?: boolean;

  @IsOptional()
  @IsIn(['calendar', 'working'])
  slaDayMode?: 'calendar' | 'working';

  /** MM-DD, or null for none. */
  @IsOptional()
  @ValidateIf((o: SetMunicipalityPolicyV1) => o.patronDay !== null)
  @Matches(/^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/, { message: 'patronDay must be a day such as 12-08 (MM-DD)' })
  patronDay?: string | null;

  @IsOptional()
  @ValidateIf((o: SetMunicipalityPolicyV1) => o.deskEmail !== null)
  @IsEmail({}, { message: 'deskEmail must be an e-mail address' })
  deskEmail?: string | null;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => SlaTargetInputV1)
  targets?: SlaTargetInputV1[];

  /** Minutes an emergency alert may wait unacknowledged before its e-mail goes again; as long again, and the supervisor is told. */
  @IsOptional()
  @IsInt({ message: 'alertEscalationMinutes must be a whole number of minutes' })
  @Min(1, { message: 'alertEscalationMinutes must be between 1 and 1440' })
  @Max(1440, { message: 'alertEscalationMinutes must be between 1 and 1440' })
  alertEscalationMinutes?: number;

  /** The desk supervisor's address for escalated alerts, or null for none. */
  @IsOptional()
  @ValidateIf((o: SetMunicipalityPolicyV1) => o.supervisorEmail !== null)
  @IsEmail({}, { message: 'supervisorEmail must be an e-mail address' })
  supervisorEmail?: string | null;
}

/** Where a municipality sets none: 15 minutes. */
export const DEFAULT_ALERT_ESCALATION_MINUTES = 15;

export interface MunicipalityPolicyV1 {
  municipality: string;
  requireRunts: boolean;
  slaDayMode: 'calendar' | 'working';
  patronDay: string | null;
  deskEmail: string | null;
  alertEscalationMinutes: number;
  supervisorEmail: string | null;
  targets: { urgency: Urgency; acceptHours: number; firstContactHours: number }[];
}
