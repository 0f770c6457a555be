import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  ArrayMaxSize,
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
import type { OutcomeV1, PathwayV1 } from './wellbeing.rpc';
import { IsPlausiblePhone, NeedsUnlessEmergency } from '../report-input';

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
  @IsPlausiblePhone()
  phone?: string;
}

export class SubmitReportV1 {
  @IsUUID('all', { message: 'id must be a UUID made by the client' })
  @NotNilUuid()
  id: string;

  @Matches(NEIGHBOURHOOD_CODE, { message: 'neighbourhoodCode must be a neighbourhood slug such as "crocetta"' })
  neighbourhoodCode: string;

  /** At least one, except for an EMERGENCY (which may be sent with only urgency, neighbourhood and what was seen). */
  @IsArray()
  @NeedsUnlessEmergency()
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

/** The desk that owns a report, as a shop may reach it: its name, phone and opening hours (null until set). */
export interface DeskContactV1 {
  id: string;
  name: string;
  phone: string | null;
  hours: string | null;
}

/** The first characters of the shop's own description shown on its cards (the shop's words; nothing the desk added). */
export const DESCRIPTION_START_LENGTH = 60;

/** What an antenna sees of a report: never what the desk or the organisation did or wrote. */
export interface ReportSummaryV1 {
  id: string;
  /** The reference code («codice della segnalazione», e.g. CB-7K4Q) every role may say on the phone. */
  reference: string;
  status: CoarseStatus;
  submittedAt: string;
  needs: Need[];
  neighbourhoodCode: string;
  urgency: Urgency;
  ageBand: AgeBand;
  /** For EMERGENCY: the instruction to call 112 first. */
  advice: string | null;
  /**
   * The first ~60 characters of what the shop itself wrote (audited as a read; `reports.mine.v1`
   * only, null on submit's reply and once purged or erased), so the shop finds its report again.
   */
  descriptionStart: string | null;
  /** The owner desk and how to reach it. */
  ownerDesk: DeskContactV1 | null;
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

  /**
   * The report with this reference code, as typed ("cb 7k4q" finds CB-7K4Q), open or closed: the
   * desk finds the case a caller names.
   */
  @IsOptional()
  @IsString()
  @MaxLength(20)
  @Matches(/^\s*[A-Za-z]{2}[\s\-–—_.]*[A-Za-z0-9]{4,6}\s*$/, { message: 'reference: a code such as CB-7K4Q (codice della segnalazione)' })
  reference?: string;
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
  /** How shops and others reach the desk (shown on the shop's confirmation); null until set. */
  phone: string | null;
  hours: string | null;
}

/** How much of the description the triage list shows (an audited read). */
export const TRIAGE_EXCERPT_LENGTH = 80;

/**
 * A line of the social worker's triage list: no identifying data, but the first words of what was
 * seen (`excerpt`, audited per report shown). Ordered by urgency and SLA risk (docs/privacy.md,
 * docs/web.md): EMERGENCY not yet assigned first, then EMERGENCY and HIGH, then the rest; within
 * each group by `riskAt`, the nearest pending SLA deadline of its referrals or, when none runs,
 * the time it arrived.
 */
export interface TriageItemV1 {
  id: string;
  /** The reference code («codice della segnalazione», e.g. CB-7K4Q). */
  reference: string;
  /** The antenna that flagged it (its name is resolved by the gateway from antennas). */
  antennaId: string;
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
  /** When it was closed (or withdrawn): only a search by reference lists closed reports. */
  closedAt: string | null;
  /** The first ~80 characters of what was seen; null on replies to moves and once purged or erased. */
  excerpt: string | null;
  /** The nearest pending SLA deadline of its referrals (acceptance or first contact), null when none runs. */
  slaDueAt: string | null;
  /** The triage order's group: 0 EMERGENCY not yet assigned, 1 EMERGENCY or HIGH, 2 the rest. */
  priority: number;
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
  /** Until when the desk may reopen it (closed by the desk, within REOPEN_WINDOW_HOURS); null otherwise. */
  reopenableUntil: string | null;
  /** When it was last reopened, if ever. */
  reopenedAt: string | null;
  /** How long after a closure the desk may reopen (REOPEN_WINDOW_HOURS), to say it before closing. */
  reopenWindowHours: number;
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
    /** The desk's line of context for organisations (text null once purged). */
    orgContext: OrgContextV1 | null;
    /** The messages between organisations and the desk about its referrals (text null once purged). */
    referralMessages: ReferralMessageV1[];
    /** Its UCLA-3 loneliness measurements (answers null once purged). */
    outcomes: OutcomeV1[];
    /** Its life-project pathways, with every version of the wishes note (text null once purged). */
    pathways: PathwayV1[];
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

// ---- issue 13: what an organisation may read before and after accepting; the organisation ↔ desk thread ----

/** The desk's line of context for organisations: short, and never identifying (the form says so). */
export const ORG_CONTEXT_MAX = 280;

/**
 * A social worker writes (or, with an empty text, clears) the line organisations read on the
 * referral card before they accept ("vive con la figlia, che lavora di giorno"). Sealed under the
 * subject's key; read by an organisation that was sent a referral for the report (audited).
 */
export class SetOrgContextV1 extends ReportRefV1 {
  @IsString()
  @MaxLength(ORG_CONTEXT_MAX, { message: `text must be at most ${ORG_CONTEXT_MAX} characters` })
  text: string;
}

export interface OrgContextV1 {
  text: string | null;
  updatedAt: string;
  updatedBy: string;
}

/** The briefs of the operator's referrals (at most 100 at a time). Audited. */
export class ReferralBriefsV1 {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  referralIds: string[];
}

/**
 * What an organisation reads of a report, beside the referral's own facts: the desk's line of
 * context (any referral it was sent), and what the antenna saw (only while it holds the referral:
 * accepted, in progress, on hold). A referral the vault does not know yet is absent.
 */
export interface ReferralBriefV1 {
  referralId: string;
  reportId: string;
  /** Whether the vault already knows the referral as held (its events arrive a moment after the move). */
  held: boolean;
  contextLine: string | null;
  description: string | null;
}

export const REFERRAL_MESSAGE_MAX = 2000;

/** A message between the organisation holding a referral and the desk. The id is made by the caller: a retry is harmless. */
export class PostReferralMessageV1 {
  @IsUUID('all')
  messageId: string;

  @IsUUID('all')
  referralId: string;

  @IsString()
  @Matches(/\S/, { message: 'text must say something' })
  @MaxLength(REFERRAL_MESSAGE_MAX, { message: `text must be at most ${REFERRAL_MESSAGE_MAX} characters` })
  text: string;
}

/** A referral's messages, newest first. Audited. */
export class ReferralMessagesV1 extends PageArgsV1 {
  @IsUUID('all')
  referralId: string;
}

export interface ReferralMessageV1 {
  id: string;
  referralId: string;
  authorRole: 'ORG_OPERATOR' | 'SOCIAL_WORKER';
  authorAccountId: string;
  /** Written by the account asking. */
  byYou: boolean;
  /** Null once purged or erased. */
  text: string | null;
  createdAt: string;
}
