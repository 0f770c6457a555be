import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsISO8601,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { AgeBand, CoarseStatus, LegalBasis, NEIGHBOURHOOD_CODE, Need, ReferralStatus, Role, Urgency } from '../domain';
import { ClosureReason } from '../events/report.events';
import { NotNilUuid } from '../validation';
import { PageArgsV1 } from './pagination';

export const DESCRIPTION_MAX_LENGTH = 4000;

/** Optional identifying data of the person flagged. Encrypted at rest; never leaves the reports service in events. */
export class SubjectInputV1 {
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  address?: string;

  @IsOptional()
  @IsString()
  @Matches(/^\+?[0-9 ()-]{5,25}$/, { message: 'phone must be a phone number (digits, spaces, +, -, parentheses)' })
  phone?: string;
}

export class SubmitReportV1 {
  @IsUUID('all', { message: 'id must be a UUID made by the client' })
  @NotNilUuid()
  id: string;

  @Matches(NEIGHBOURHOOD_CODE, { message: 'neighbourhoodCode must be a neighbourhood slug such as "crocetta"' })
  neighbourhoodCode: string;

  @IsArray()
  @ArrayMinSize(1, { message: 'needs must name at least one need' })
  @ArrayMaxSize(13)
  @ArrayUnique({ message: 'needs must not repeat a need' })
  @IsEnum(Need, { each: true })
  needs: Need[];

  @IsEnum(Urgency)
  urgency: Urgency;

  @IsEnum(AgeBand)
  ageBand: AgeBand;

  @IsString()
  @MinLength(1, { message: 'description must say what was seen' })
  @MaxLength(DESCRIPTION_MAX_LENGTH, { message: `description must be at most ${DESCRIPTION_MAX_LENGTH} characters` })
  description: string;

  @IsBoolean()
  consentToContact: boolean;

  @IsOptional()
  @IsBoolean()
  doNotContact?: boolean;

  @IsOptional()
  @ValidateNested()
  @Type(() => SubjectInputV1)
  subject?: SubjectInputV1;
}

/** What an antenna sees of a report: never the story, never what the organisation did. */
export interface ReportSummaryV1 {
  id: string;
  status: CoarseStatus;
  submittedAt: string;
  needs: Need[];
  neighbourhoodCode: string;
  urgency: Urgency;
  ageBand: AgeBand;
  /** For EMERGENCY: the instruction to call 112 first. */
  advice: string | null;
}

export class MyReportsV1 extends PageArgsV1 {}

// ---- issue 5: the vault, the desk's work, the person's rights, retention, audit ----

const REASON_MIN = 3;

/** A report addressed by id (open, take, reveal, export...). */
export class ReportRefV1 {
  @IsUUID('all')
  reportId: string;
}

/** An antenna member's follow-up ("he is back home"): stored encrypted, read by the social worker. */
export class AddFollowUpV1 extends ReportRefV1 {
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  note: string;
}

export class WithdrawReportV1 extends ReportRefV1 {
  @IsString()
  @MinLength(REASON_MIN, { message: 'reason must say why (at least 3 characters)' })
  @MaxLength(1000)
  reason: string;
}

/** Triage filters: every one optional; open reports of the actor's municipality only. */
export class TriageV1 extends PageArgsV1 {
  @IsOptional()
  @Matches(NEIGHBOURHOOD_CODE)
  neighbourhoodCode?: string;

  @IsOptional()
  @IsEnum(Need)
  need?: Need;

  @IsOptional()
  @IsEnum(Urgency)
  urgency?: Urgency;

  @IsOptional()
  @IsUUID('all')
  ownerDeskId?: string;

  /** Only reports at least this many days old. */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3650)
  minAgeDays?: number;

  /** Only reports at most this many days old. */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3650)
  maxAgeDays?: number;
}

export class HandOverV1 extends ReportRefV1 {
  @IsUUID('all')
  toDeskId: string;
}

export const CONTACT_CHANNELS = ['PHONE', 'VISIT', 'LETTER', 'EMAIL', 'THROUGH_ANTENNA', 'OTHER'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];
export const CONTACT_OUTCOMES = ['REACHED', 'NO_ANSWER', 'WRONG_DETAILS', 'REFUSED', 'OTHER'] as const;
export type ContactOutcome = (typeof CONTACT_OUTCOMES)[number];

export class RecordContactAttemptV1 extends ReportRefV1 {
  @IsIn(CONTACT_CHANNELS)
  channel: ContactChannel;

  @IsIn(CONTACT_OUTCOMES)
  outcome: ContactOutcome;

  /** When the attempt was made (not in the future). */
  @IsISO8601({ strict: true })
  attemptedAt: string;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class CloseReportV1 extends ReportRefV1 {
  @IsEnum(ClosureReason)
  reason: ClosureReason;
}

export class BreakGlassV1 extends ReportRefV1 {
  @IsString()
  @MinLength(20, { message: 'reason must explain the danger to life (at least 20 characters)' })
  @MaxLength(2000)
  reason: string;
}

export class BreakGlassReviewV1 extends PageArgsV1 {}

export class SubjectRefV1 {
  @IsUUID('all')
  subjectId: string;
}

export class RectifySubjectV1 extends SubjectRefV1 {
  @ValidateNested()
  @Type(() => SubjectInputV1)
  subject: SubjectInputV1;
}

export class RecordObjectionV1 extends SubjectRefV1 {
  @IsString()
  @MinLength(REASON_MIN)
  @MaxLength(2000)
  note: string;
}

export class RetentionRefV1 {}

export class SetRetentionV1 {
  /** Signals that never became a case are purged after this many days. */
  @IsInt()
  @Min(1)
  @Max(3650)
  signalDays: number;

  /** Closed cases are purged this many months after closure. */
  @IsInt()
  @Min(1)
  @Max(240)
  closedCaseMonths: number;
}

export class AuditLogV1 extends PageArgsV1 {
  @IsOptional()
  @IsUUID('all')
  recordId?: string;
}

export interface DeskV1 {
  id: string;
  neighbourhoodCode: string;
  name: string;
}

/** A line of the social worker's triage list: no identifying data. */
export interface TriageItemV1 {
  id: string;
  neighbourhoodCode: string;
  needs: Need[];
  urgency: Urgency;
  ageBand: AgeBand;
  submittedAt: string;
  ownerDeskId: string;
  assigneeId: string | null;
  takenInHandAt: string | null;
  contactAttempts: number;
  /** Other open reports about the same person (duplicate detection), 0 when none. */
  linkedReports: number;
}

export interface SubjectDataV1 {
  name: string | null;
  address: string | null;
  phone: string | null;
}

export interface FollowUpV1 {
  at: string;
  note: string;
}

export interface ContactAttemptV1 {
  id: string;
  channel: ContactChannel;
  outcome: ContactOutcome;
  attemptedAt: string;
  note: string | null;
  recordedBy: string;
}

/** The report page a social worker opens (audited). */
export interface ReportDetailV1 extends TriageItemV1 {
  subjectId: string;
  status: CoarseStatus;
  antennaId: string;
  legalBasis: LegalBasis;
  consentToContact: boolean;
  doNotContact: boolean;
  description: string | null;
  /** Name always; address and phone withheld under "do not contact" unless the glass is broken. */
  subject: SubjectDataV1 | null;
  followUps: FollowUpV1[];
  contactAttemptList: ContactAttemptV1[];
  linkedReportIds: string[];
  closedAt: string | null;
  closureReason: ClosureReason | null;
  withdrawnAt: string | null;
  objection: boolean;
  erased: boolean;
}

/** Contact details revealed to an organisation or under break-the-glass (audited). */
export interface RevealedContactV1 {
  reportId: string;
  subject: SubjectDataV1;
  /** 'REFERRAL' (consent given, do-not-contact not set) or 'BREAK_THE_GLASS'. */
  basis: 'REFERRAL' | 'BREAK_THE_GLASS';
}

export interface BreakGlassGrantV1 {
  id: string;
  reportId: string;
  accountId: string;
  role: Role;
  organisationId: string | null;
  reason: string | null;
  grantedAt: string;
  expiresAt: string;
}

export interface SubjectExportV1 {
  subjectId: string;
  exportedAt: string;
  subject: SubjectDataV1 | null;
  objection: { at: string; note: string | null } | null;
  erased: boolean;
  reports: {
    id: string;
    submittedAt: string;
    neighbourhoodCode: string;
    needs: Need[];
    urgency: Urgency;
    ageBand: AgeBand;
    legalBasis: LegalBasis;
    consentToContact: boolean;
    doNotContact: boolean;
    description: string | null;
    followUps: FollowUpV1[];
    contactAttempts: ContactAttemptV1[];
    closedAt: string | null;
    closureReason: ClosureReason | null;
    /** What organisations and the desk wrote on its referrals: reasons and outcomes (text null once purged). */
    referralNotes: ReferralNoteV1[];
  }[];
}

export interface RetentionV1 {
  municipality: string;
  signalDays: number;
  closedCaseMonths: number;
}

export interface AuditEntryV1 {
  id: string;
  at: string;
  actorId: string;
  role: Role;
  action: string;
  recordType: string;
  recordId: string;
  fields: string[];
  reason: string;
}

export interface OkV1 {
  ok: true;
}

// ---- issue 12: operators' and social workers' free text on referrals, kept in the vault ----

/** The moves that carry a person's text: an operator's reject, hold, fail and complete; a social worker's re-route. */
export const REFERRAL_NOTE_ACTIONS = ['reject', 'hold', 'fail', 'complete', 'reroute'] as const;
export type ReferralNoteAction = (typeof REFERRAL_NOTE_ACTIONS)[number];
/** An outcome (complete) or a reason (every other move). */
export type ReferralNoteKind = 'REASON' | 'OUTCOME';
export const REFERRAL_NOTE_TEXT_MAX = 2000;

/**
 * The statuses from which each move with a text may be made (the referrals service's state machine
 * decides; a re-route cancels the referral). The gateway looks here before it seals the text, so a
 * move its referral's status refuses writes nothing in the vault; the referrals state machine's
 * test checks the two agree.
 */
export const NOTE_ACTIONS_FROM: Record<ReferralStatus, readonly ReferralNoteAction[]> = {
  [ReferralStatus.REQUESTED]: ['reject', 'reroute'],
  [ReferralStatus.ACCEPTED]: ['hold', 'fail', 'reroute'],
  [ReferralStatus.IN_PROGRESS]: ['hold', 'complete', 'fail'],
  [ReferralStatus.ON_HOLD]: ['fail', 'reroute'],
  [ReferralStatus.REJECTED]: [],
  [ReferralStatus.FAILED]: [],
  [ReferralStatus.COMPLETED]: [],
  [ReferralStatus.CANCELLED]: [],
  [ReferralStatus.ENTERED_IN_ERROR]: [],
};

export function referralNoteKindOf(action: ReferralNoteAction): ReferralNoteKind {
  return action === 'complete' ? 'OUTCOME' : 'REASON';
}

/**
 * The gateway seals a move's text in the vault before it sends the move (with the note's id
 * only) to the referrals service. The note stays pending, never shown, until the referral's
 * event names it; a pending note is shredded after an hour. The id is made by the caller: a
 * retry with the same id is harmless.
 */
export class SealReferralNoteV1 {
  @IsUUID('all')
  noteId: string;

  @IsUUID('all')
  referralId: string;

  @IsUUID('all')
  reportId: string;

  @IsIn(REFERRAL_NOTE_ACTIONS)
  action: ReferralNoteAction;

  @IsString()
  @MinLength(REASON_MIN, { message: 'text must say why, or what was done (at least 3 characters)' })
  @MaxLength(REFERRAL_NOTE_TEXT_MAX)
  text: string;
}

/** The reply to a seal: the note's id, never its text. */
export interface ReferralNoteSealedV1 {
  noteId: string;
}

/** The confirmed notes of a report's referrals (one referral's, if given). Audited. */
export class ReadReferralNotesV1 extends ReportRefV1 {
  @IsOptional()
  @IsUUID('all')
  referralId?: string;
}

/** A reason or an outcome written on a referral; `text` is null once purged or erased. */
export interface ReferralNoteV1 {
  id: string;
  referralId: string;
  kind: ReferralNoteKind;
  action: ReferralNoteAction;
  text: string | null;
  authorAccountId: string;
  createdAt: string;
  /** When the referral's event confirmed the move; null while pending (only in the export). */
  confirmedAt: string | null;
}
