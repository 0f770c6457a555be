import { IsEnum, IsInt, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { Role } from '../domain';
import { NotNilUuid } from '../validation';
import { OutcomePhase, PathwayAction, PathwayKind, ScoreBand, UCLA3_ITEM_MAX, UCLA3_ITEM_MIN, WISHES_NOTE_MAX } from '../wellbeing';
import { ReportRefV1 } from './reports.rpc';

/** A calendar date, `YYYY-MM-DD` (the service checks it is a real day). */
export const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

const item = (name: string) => ({ message: `${name} must be 1 (quasi mai / hardly ever), 2 (qualche volta / some of the time) or 3 (spesso / often)` });

/**
 * A UCLA-3 loneliness measurement, taken with the person (a social worker of the municipality, or
 * an operator of an organisation holding an accepted referral of the report). Sealed in the vault
 * under the subject's key. `outcomeId` (a UUID the caller makes) makes a retry harmless; one
 * measurement per phase and report.
 */
export class RecordOutcomeV1 extends ReportRefV1 {
  @IsUUID('all')
  @NotNilUuid()
  outcomeId: string;

  @IsEnum(OutcomePhase)
  phase: OutcomePhase;

  /** The day it was taken (not in the future). */
  @Matches(CALENDAR_DATE, { message: 'measuredOn must be a date, YYYY-MM-DD' })
  measuredOn: string;

  /** «Quanto spesso sente di non avere compagnia?» / How often do you feel that you lack companionship? */
  @IsInt(item('lackCompanionship'))
  @Min(UCLA3_ITEM_MIN, item('lackCompanionship'))
  @Max(UCLA3_ITEM_MAX, item('lackCompanionship'))
  lackCompanionship: number;

  /** «Quanto spesso si sente esclusa/o?» / How often do you feel left out? */
  @IsInt(item('leftOut'))
  @Min(UCLA3_ITEM_MIN, item('leftOut'))
  @Max(UCLA3_ITEM_MAX, item('leftOut'))
  leftOut: number;

  /** «Quanto spesso si sente isolata/o dagli altri?» / How often do you feel isolated from others? */
  @IsInt(item('isolated'))
  @Min(UCLA3_ITEM_MIN, item('isolated'))
  @Max(UCLA3_ITEM_MAX, item('isolated'))
  isolated: number;
}

/** One measurement as the vault opens it: the answers are null once the subject is shredded (or the report purged). */
export interface OutcomeV1 {
  id: string;
  phase: OutcomePhase;
  measuredOn: string;
  lackCompanionship: number | null;
  leftOut: number | null;
  isolated: number | null;
  total: number | null;
  band: ScoreBand | null;
  recordedByRole: Role;
  recordedByYou: boolean;
  recordedAt: string;
}

/** A report's measurements (oldest first) and when the 12-week one is due. */
export interface OutcomesV1 {
  reportId: string;
  measurements: OutcomeV1[];
  /** START's date + 84 days while there is a START and no WEEK_12; else null. */
  week12DueOn: string | null;
  /** `week12DueOn` is today or past. */
  week12Due: boolean;
}

export class OpenPathwayV1 extends ReportRefV1 {
  @IsEnum(PathwayKind)
  kind: PathwayKind;
}

export class PathwayRefV1 {
  @IsUUID('all')
  pathwayId: string;
}

/** Tags (or re-tags) one referral of the pathway's report with an action its kind allows. */
export class TagPathwayReferralV1 extends PathwayRefV1 {
  @IsUUID('all')
  referralId: string;

  @IsEnum(PathwayAction)
  action: PathwayAction;
}

export class UntagPathwayReferralV1 extends PathwayRefV1 {
  @IsUUID('all')
  referralId: string;
}

/** A new version of the wishes note (the parents' or the person's), with the day it is to be reviewed. */
export class UpdatePathwayWishesV1 extends PathwayRefV1 {
  @IsString()
  @Matches(/\S/, { message: 'text must say something' })
  @MaxLength(WISHES_NOTE_MAX, { message: `text must be at most ${WISHES_NOTE_MAX} characters` })
  text: string;

  /** Not before today. */
  @Matches(CALENDAR_DATE, { message: 'reviewOn must be a date, YYYY-MM-DD' })
  reviewOn: string;
}

export interface PathwayReferralV1 {
  referralId: string;
  action: PathwayAction;
  taggedAt: string;
}

export interface PathwayWishesV1 {
  /** Null once the subject is shredded (or the report purged). */
  text: string | null;
  reviewOn: string;
  writtenAt: string;
  writtenBy: string;
}

export interface PathwayV1 {
  id: string;
  reportId: string;
  kind: PathwayKind;
  openedAt: string;
  closedAt: string | null;
  referrals: PathwayReferralV1[];
  /** Every version of the wishes note, newest first (the first is the current one). */
  wishes: PathwayWishesV1[];
}
