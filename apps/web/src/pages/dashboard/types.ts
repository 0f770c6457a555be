/** What the dashboard reads from the API: aggregates only, never a person. */
import { graphql } from '../../gql';

/**
 * Why a count is hidden: SMALL, it is under k (shown "< k", true of it); COMPLEMENTARY, hidden to
 * protect another count, it may be k or more (shown "nascosto per riservatezza", never "< k").
 */
export type SuppressionReason = 'SMALL' | 'COMPLEMENTARY';

/** A table after small-cell suppression: `null` where a count is hidden, with why next to it. */
export interface SuppressedTable {
  rows: string[];
  columns: string[];
  cells: { row: string; total: number | null; values: (number | null)[]; reasons?: (SuppressionReason | null)[]; totalReason?: SuppressionReason | null }[];
  rowTotals: (number | null)[];
  columnTotals: (number | null)[];
  total: number | null;
  rowTotalReasons?: (SuppressionReason | null)[];
  columnTotalReasons?: (SuppressionReason | null)[];
  totalReason?: SuppressionReason | null;
}

export interface AcceptanceTimes {
  /** null when under k: then the times are hidden too */
  count: number | null;
  medianMinutes: number | null;
  p90Minutes: number | null;
}

/**
 * The first-attendance rate: of the prescriptions made in the period and accepted (the
 * denominator, `accepted`), how many reached the first attendance. SMALL: under k accepted, all
 * hidden; COMPLEMENTARY: the rate would give away a small count.
 */
export interface FirstAttendanceRate {
  accepted: number | null;
  firstAttended: number | null;
  ratePercent: number | null;
  reason: SuppressionReason | null;
}

export interface NeighbourhoodCoverage {
  code: string;
  name: string;
  activeAntennas: number;
  desert: boolean;
  per1000Residents: number | null;
  population: number | null;
}

export interface Coverage {
  desertThresholdPer1000: number;
  deserts: string[];
  neighbourhoods: NeighbourhoodCoverage[];
}

export interface Dashboard {
  from: string;
  to: string;
  k: number;
  municipality: string;
  unownedReports: number;
  deadLetters: number;
  acceptance: AcceptanceTimes;
  firstContact: AcceptanceTimes;
  referralsByState: SuppressedTable;
  reportsByMonthAndNeed: SuppressedTable;
  reportsByNeighbourhoodAndNeed: SuppressedTable;
  /** Reports, each counted once whatever its needs: rows neighbourhood codes, columns months ("YYYY-MM-01") */
  reportsByNeighbourhoodAndMonth: SuppressedTable;
  slaBreachesByMonth: SuppressedTable;
  unmetNeed: SuppressedTable;
  /** Outcomes (UCLA-3 bands by phase): rows neighbourhood codes, columns "START.LOW" … "WEEK_12.HIGH" */
  outcomesByNeighbourhood: SuppressedTable;
  /** The same: rows months ("YYYY-MM-01"), columns phase.band */
  outcomesByMonth: SuppressedTable;
  /** Life-project pathways opened / closed: rows months, columns DOPO_DI_NOI and MENTAL_HEALTH */
  pathwaysOpenedByMonth: SuppressedTable;
  pathwaysClosedByMonth: SuppressedTable;
  /** Pathway actions tagged, untags subtracted: rows months, columns the actions A–E and the pact axes */
  pathwayActionsByMonth: SuppressedTable;
  coverage: Coverage;
  /** Activities and places (apps/community): rows neighbourhood codes, columns initiative kinds */
  initiativesByNeighbourhoodAndKind: SuppressedTable;
  /** Sessions offered (not cancelled): rows neighbourhood codes, columns months ("YYYY-MM-01") */
  sessionsByNeighbourhoodAndMonth: SuppressedTable;
  /** Seats offered: rows neighbourhood codes, columns PUBLIC and REFERRAL */
  seatsOfferedByNeighbourhood: SuppressedTable;
  /** Seats taken: rows neighbourhood codes, columns PUBLIC and REFERRAL */
  seatsTakenByNeighbourhood: SuppressedTable;
  /** Seats taken: rows months, columns PUBLIC and REFERRAL */
  seatsTakenByMonth: SuppressedTable;
  /** Prescriptions (referrals to an activity) by state: one row, columns referral states */
  prescriptionsByState: SuppressedTable;
  /** Accepted prescriptions: rows months (when made), columns FIRST_ATTENDED and NOT_ATTENDED; row totals are the denominators */
  firstAttendanceByMonth: SuppressedTable;
  firstAttendance: FirstAttendanceRate;
  /** Volunteer hours: rows neighbourhood codes, columns months ("YYYY-MM-01") */
  volunteerHoursByNeighbourhoodAndMonth: SuppressedTable;
}

export interface NeighbourhoodShape {
  code: string;
  name: string;
  population: number | null;
  /** GeoJSON geometry (Polygon or MultiPolygon, [lng, lat]) as JSON text */
  boundary: string | null;
}

graphql(`fragment TableFields on SuppressedTable { rows columns cells { row total values reasons totalReason } rowTotals columnTotals total rowTotalReasons columnTotalReasons totalReason }`);
graphql(`fragment TimesFields on AcceptanceTimes { count medianMinutes p90Minutes }`);

export const DASHBOARD_QUERY = graphql(`query Dashboard($from: String, $to: String) {
  dashboard(from: $from, to: $to) {
    from to k municipality unownedReports deadLetters
    acceptance { ...TimesFields }
    firstContact { ...TimesFields }
    referralsByState { ...TableFields }
    reportsByMonthAndNeed { ...TableFields }
    reportsByNeighbourhoodAndNeed { ...TableFields }
    reportsByNeighbourhoodAndMonth { ...TableFields }
    slaBreachesByMonth { ...TableFields }
    unmetNeed { ...TableFields }
    outcomesByNeighbourhood { ...TableFields }
    outcomesByMonth { ...TableFields }
    pathwaysOpenedByMonth { ...TableFields }
    pathwaysClosedByMonth { ...TableFields }
    pathwayActionsByMonth { ...TableFields }
    initiativesByNeighbourhoodAndKind { ...TableFields }
    sessionsByNeighbourhoodAndMonth { ...TableFields }
    seatsOfferedByNeighbourhood { ...TableFields }
    seatsTakenByNeighbourhood { ...TableFields }
    seatsTakenByMonth { ...TableFields }
    prescriptionsByState { ...TableFields }
    firstAttendanceByMonth { ...TableFields }
    firstAttendance { accepted firstAttended ratePercent reason }
    volunteerHoursByNeighbourhoodAndMonth { ...TableFields }
    coverage { desertThresholdPer1000 deserts neighbourhoods { code name activeAntennas desert per1000Residents population } }
  }
}`);

export const NEIGHBOURHOODS_QUERY = graphql(`query DashboardNeighbourhoods { neighbourhoods { code name population boundary } }`);

export const REPORTS_ARRIVING = graphql(`subscription ReportsArriving { reportsArriving { at municipality } }`);
export const REFERRALS_MOVING = graphql(`subscription ReferralsMoving { referralsMoving { at municipality } }`);
