import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Coverage } from '../antennas/antennas-admin.models';

/** Why a count is hidden (the values are the contract's). */
export enum SuppressionReason {
  SMALL = 'small',
  COMPLEMENTARY = 'complementary',
}
registerEnumType(SuppressionReason, {
  name: 'SuppressionReason',
  description: 'Why a count is hidden',
  valuesMap: {
    SMALL: { description: 'The count is under k: show "< 10"' },
    COMPLEMENTARY: { description: 'The count may be k or more, hidden so that a small one cannot be worked out from the totals: show "nascosto per riservatezza", never "< 10", and never draw it as a small value' },
  },
});

@ObjectType({ description: 'One row of a suppressed table: a count per column, null where hidden (the reason next to it says how to show it).' })
export class CellRow {
  @Field()
  row: string;

  @Field(() => [Int], { nullable: 'items' })
  values: (number | null)[];

  @Field(() => [SuppressionReason], { nullable: 'items', description: 'Why each hidden value is hidden, in the order of `values`; null where shown' })
  reasons: (SuppressionReason | null)[];

  @Field(() => Int, { nullable: true })
  total: number | null;

  @Field(() => SuppressionReason, { nullable: true, description: 'Why the row total is hidden; null when shown' })
  totalReason: SuppressionReason | null;
}

@ObjectType({
  description: 'A table of counts after small-cell suppression: null where a count is hidden, with why next to it ("small": show "< 10"; "complementary": hidden to protect another cell, it may be 10 or more).',
})
export class SuppressedTable {
  @Field(() => [String])
  rows: string[];

  @Field(() => [String])
  columns: string[];

  @Field(() => [CellRow], { description: 'One entry per row, its values in the order of `columns`' })
  cells: CellRow[];

  @Field(() => [Int], { nullable: 'items' })
  rowTotals: (number | null)[];

  @Field(() => [Int], { nullable: 'items' })
  columnTotals: (number | null)[];

  @Field(() => Int, { nullable: true })
  total: number | null;

  @Field(() => [SuppressionReason], { nullable: 'items', description: 'Why each hidden row total is hidden; null where shown' })
  rowTotalReasons: (SuppressionReason | null)[];

  @Field(() => [SuppressionReason], { nullable: 'items', description: 'Why each hidden column total is hidden; null where shown' })
  columnTotalReasons: (SuppressionReason | null)[];

  @Field(() => SuppressionReason, { nullable: true, description: 'Why the grand total is hidden; null when shown' })
  totalReason: SuppressionReason | null;
}

@ObjectType()
export class AcceptanceTimes {
  @Field(() => Int, { nullable: true, description: 'Reports accepted in the period (null when under k)' })
  count: number | null;

  @Field(() => Int, { nullable: true, description: 'Median minutes from report to first acceptance (upper bound of its bucket)' })
  medianMinutes: number | null;

  @Field(() => Int, { nullable: true })
  p90Minutes: number | null;
}

@ObjectType({
  description:
    'The first-attendance rate of the period. Denominator: prescriptions made in the period and ever accepted by the organiser; numerator: those whose person reached the first attendance. Null with reason SMALL when the denominator is under k; count and rate null with reason COMPLEMENTARY when they would give away a small count.',
})
export class FirstAttendanceRate {
  @Field(() => Int, { nullable: true, description: 'The denominator: prescriptions made in the period and ever accepted (null when under k)' })
  accepted: number | null;

  @Field(() => Int, { nullable: true, description: 'Of those, how many reached the first attendance' })
  firstAttended: number | null;

  @Field(() => Int, { nullable: true, description: 'firstAttended / accepted, whole percent' })
  ratePercent: number | null;

  @Field(() => SuppressionReason, { nullable: true, description: 'Why the rate is hidden; null when shown' })
  reason: SuppressionReason | null;
}

@ObjectType({ description: "The city's dashboard: aggregates only, never a person." })
export class Dashboard {
  @Field()
  municipality: string;

  @Field({ description: 'First month (YYYY-MM-DD, first day)' })
  from: string;

  @Field()
  to: string;

  @Field(() => Int, { description: 'Counts under k are hidden' })
  k: number;

  @Field(() => SuppressedTable)
  reportsByNeighbourhoodAndNeed: SuppressedTable;

  @Field(() => SuppressedTable)
  reportsByMonthAndNeed: SuppressedTable;

  @Field(() => SuppressedTable, { description: 'Reports, each counted once (the two tables by need count a report once per need): rows neighbourhoods, columns months' })
  reportsByNeighbourhoodAndMonth: SuppressedTable;

  @Field(() => AcceptanceTimes)
  acceptance: AcceptanceTimes;

  @Field(() => AcceptanceTimes, { description: 'Time from report to the first referral in progress (first contact)' })
  firstContact: AcceptanceTimes;

  @Field(() => SuppressedTable, { description: 'Referrals cancelled because nobody accepted them in time, per month' })
  slaBreachesByMonth: SuppressedTable;

  @Field(() => SuppressedTable)
  referralsByState: SuppressedTable;

  @Field(() => SuppressedTable, { description: 'Needs no service could take (unmet need)' })
  unmetNeed: SuppressedTable;

  @Field(() => Coverage, { description: 'Antenna coverage and deserts, from the antennas service' })
  coverage: Coverage;

  @Field(() => Int, { description: 'Reports without an owner: must be 0 (an operational counter, shown as it is)' })
  unownedReports: number;

  @Field(() => Int, { description: 'Messages that could not be applied (dead letters), shown as they are' })
  deadLetters: number;

  // Outcomes and life-project pathways (reports' month-coarse events, no person in them).
  @Field(() => SuppressedTable, {
    description: 'UCLA-3 loneliness measurements in the period: rows neighbourhoods, columns phase × band (START.LOW … WEEK_12.HIGH: LOW 3–4, MEDIUM 5–6, HIGH 7–9). Distributions: a START and a WEEK_12 of the same person are not paired',
  })
  outcomesByNeighbourhood: SuppressedTable;

  @Field(() => SuppressedTable, { description: 'The same measurements by month of the measurement: rows months, columns phase × band' })
  outcomesByMonth: SuppressedTable;

  @Field(() => SuppressedTable, { description: 'Life-project pathways opened: rows months, columns DOPO_DI_NOI and MENTAL_HEALTH' })
  pathwaysOpenedByMonth: SuppressedTable;

  @Field(() => SuppressedTable, { description: 'Life-project pathways closed: rows months, columns DOPO_DI_NOI and MENTAL_HEALTH' })
  pathwaysClosedByMonth: SuppressedTable;

  @Field(() => SuppressedTable, { description: 'Actions tagged on pathways\' referrals, untags subtracted (never below 0 in a month): rows months, columns the fund actions A–E and the mental-health pact axes' })
  pathwayActionsByMonth: SuppressedTable;

  // Activities and places (apps/community).
  @Field(() => SuppressedTable, { description: 'Initiatives first published in the period: rows neighbourhoods, columns initiative kinds' })
  initiativesByNeighbourhoodAndKind: SuppressedTable;

  @Field(() => SuppressedTable, { description: 'Sessions offered (not cancelled) starting in the period: rows neighbourhoods, columns months' })
  sessionsByNeighbourhoodAndMonth: SuppressedTable;

  @Field(() => SuppressedTable, { description: 'Seats offered in those sessions: rows neighbourhoods, columns PUBLIC and REFERRAL (held for people the social desk refers)' })
  seatsOfferedByNeighbourhood: SuppressedTable;

  @Field(() => SuppressedTable, { description: 'Seats taken in those sessions: rows neighbourhoods, columns PUBLIC and REFERRAL' })
  seatsTakenByNeighbourhood: SuppressedTable;

  @Field(() => SuppressedTable, { description: 'Seats taken in those sessions: rows months, columns PUBLIC and REFERRAL' })
  seatsTakenByMonth: SuppressedTable;

  // Social prescribing (referrals with targetKind INITIATIVE) and volunteering.
  @Field(() => SuppressedTable, { description: 'Prescriptions (referrals to an initiative) made in the period, by current state: one row "prescriptions", columns referral states' })
  prescriptionsByState: SuppressedTable;

  @Field(() => SuppressedTable, {
    description: 'Prescriptions made in the period and ever accepted: rows months (when made), columns FIRST_ATTENDED and NOT_ATTENDED; each row total is that month\'s denominator',
  })
  firstAttendanceByMonth: SuppressedTable;

  @Field(() => FirstAttendanceRate)
  firstAttendance: FirstAttendanceRate;

  @Field(() => SuppressedTable, { description: 'Volunteer hours (whole hours) from the organisations\' hours registers: rows neighbourhoods of the roles, columns months of the days worked' })
  volunteerHoursByNeighbourhoodAndMonth: SuppressedTable;
}
