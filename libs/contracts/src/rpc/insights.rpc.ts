import { IsOptional, Matches } from 'class-validator';
import { ISTAT_CODE } from '../domain';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$/;

/** The city's dashboard: aggregates of one municipality over a range of months (inclusive). */
export class DashboardQueryV1 {
  @IsOptional()
  @Matches(ISTAT_CODE, { message: 'municipality must be a six-digit ISTAT code' })
  municipality?: string;

  @IsOptional()
  @Matches(MONTH, { message: 'from must be a month (YYYY-MM) or a date (YYYY-MM-DD)' })
  from?: string;

  @IsOptional()
  @Matches(MONTH, { message: 'to must be a month (YYYY-MM) or a date (YYYY-MM-DD)' })
  to?: string;
}

/** A two-way table after small-cell suppression: null where a count is hidden. */
/**
 * Why a count is hidden: `small`, it is under k (say "< 10": true of it); `complementary`, it may be
 * 10 or more, hidden so that a small count cannot be worked out from the totals (say "nascosto per
 * riservatezza", never "< 10", and never draw it as a small value).
 */
export type SuppressionReasonV1 = 'small' | 'complementary';

export interface SuppressedTableV1 {
  rows: string[];
  columns: string[];
  cells: (number | null)[][];
  rowTotals: (number | null)[];
  columnTotals: (number | null)[];
  total: number | null;
  /** Why each hidden entry is hidden, in the same shape; null where the entry is shown. */
  reasons: {
    cells: (SuppressionReasonV1 | null)[][];
    rowTotals: (SuppressionReasonV1 | null)[];
    columnTotals: (SuppressionReasonV1 | null)[];
    total: SuppressionReasonV1 | null;
  };
}

/** The columns of `firstAttendanceByMonth`: accepted prescriptions whose person reached the first attendance, and those who did not (yet). */
export const FIRST_ATTENDANCE_COLUMNS = ['FIRST_ATTENDED', 'NOT_ATTENDED'] as const;

/**
 * The first-attendance rate of the period. Denominator: prescriptions made in the period and ever
 * accepted by the organiser (`accepted`); numerator: those whose person reached the first
 * attendance. All null when the denominator is under k (reason `small`); the count and rate null
 * with reason `complementary` when the number who attended (or did not) is small, so the rate
 * would give it away.
 */
export interface FirstAttendanceRateV1 {
  accepted: number | null;
  firstAttended: number | null;
  /** Whole percent, firstAttended / accepted. */
  ratePercent: number | null;
  reason: SuppressionReasonV1 | null;
}

export interface DashboardV1 {
  municipality: string;
  from: string;
  to: string;
  /** Cells under k are hidden (with complementary suppression). */
  k: number;
  reportsByNeighbourhoodAndNeed: SuppressedTableV1;
  reportsByMonthAndNeed: SuppressedTableV1;
  /** Reports, each counted once whatever its needs (the two tables above count a report once per need). */
  reportsByNeighbourhoodAndMonth: SuppressedTableV1;
  /** Time from report to the first accepted referral, read from fixed buckets (exact to a bucket). */
  acceptance: { count: number | null; medianMinutes: number | null; p90Minutes: number | null };
  /** Time from report to the first referral in progress (the organisation's first contact). */
  firstContact: { count: number | null; medianMinutes: number | null; p90Minutes: number | null };
  /** Referrals cancelled because nobody accepted them in time, per month. */
  slaBreachesByMonth: SuppressedTableV1;
  referralsByState: SuppressedTableV1;
  unmetNeed: SuppressedTableV1;
  /** Operational counter, shown as it is: messages that could not be applied. */
  deadLetters: number;

  // Outcomes and life-project pathways (reports' outcome.recorded.v1 and pathway.*.v1, month-coarse
  // and with no person: apps/insights/src/facts/wellbeing.consumer.ts, dashboard/wellbeing.section.ts).
  /** UCLA-3 loneliness measurements in the period: rows neighbourhoods, columns OUTCOME_COLUMNS (phase × band). */
  outcomesByNeighbourhood: SuppressedTableV1;
  /** The same by month of the measurement: rows months, columns OUTCOME_COLUMNS. */
  outcomesByMonth: SuppressedTableV1;
  /** Life-project pathways opened: rows months, columns PathwayKind. */
  pathwaysOpenedByMonth: SuppressedTableV1;
  /** Life-project pathways closed: rows months, columns PathwayKind. */
  pathwaysClosedByMonth: SuppressedTableV1;
  /** Actions tagged on pathways' referrals, untags subtracted (never below 0 in a month): rows months, columns PathwayAction (A–E, then the pact axes). */
  pathwayActionsByMonth: SuppressedTableV1;

  // Activities and places (apps/community, from its initiative.* events). More families arrive the
  // same way (docs/community.md, "On the city's dashboard"): each a consumer in apps/insights/src/facts
  // and a section in apps/insights/src/dashboard, its tables added here.
  /** Initiatives first published in the period: rows neighbourhoods, columns InitiativeKind. */
  initiativesByNeighbourhoodAndKind: SuppressedTableV1;
  /** Sessions offered (scheduled or postponed, not cancelled) starting in the period: rows neighbourhoods, columns months. */
  sessionsByNeighbourhoodAndMonth: SuppressedTableV1;
  /** Seats offered in those sessions: rows neighbourhoods, columns SeatKind (PUBLIC, REFERRAL: held for people the desk refers). */
  seatsOfferedByNeighbourhood: SuppressedTableV1;
  /** Seats taken in those sessions: rows neighbourhoods, columns SeatKind. */
  seatsTakenByNeighbourhood: SuppressedTableV1;
  /** Seats taken in those sessions: rows months, columns SeatKind. */
  seatsTakenByMonth: SuppressedTableV1;

  // Social prescribing (referrals with targetKind INITIATIVE) and volunteering.
  /** Prescriptions made in the period by their current state: one row `prescriptions`, columns ReferralStatus. */
  prescriptionsByState: SuppressedTableV1;
  /** Prescriptions made in the period and ever accepted: rows months (when made), columns FIRST_ATTENDANCE_COLUMNS; the row totals are the rate's denominators. */
  firstAttendanceByMonth: SuppressedTableV1;
  firstAttendance: FirstAttendanceRateV1;
  /** Volunteer hours (whole hours) from the organisations' hours registers: rows neighbourhoods of the roles, columns months of the days worked. */
  volunteerHoursByNeighbourhoodAndMonth: SuppressedTableV1;
}
