import { Inject, Injectable } from '@nestjs/common';
import { DashboardV1, FIRST_ATTENDANCE_COLUMNS, ReferralStatus, ReferralTargetKind } from '@prossimo/contracts';
import { FactsRepository, MonthRange } from '../facts/facts.repository';
import { VolunteerFactsRepository } from '../facts/volunteers.repository';
import { table } from './tables';

const STATES = Object.values(ReferralStatus);

/** The dashboard's tables of this section (a section adds its own fields to DashboardV1). */
export type PrescriptionTables = Pick<DashboardV1, 'prescriptionsByState' | 'firstAttendanceByMonth' | 'firstAttendance' | 'volunteerHoursByNeighbourhoodAndMonth'>;

/**
 * Social prescribing and volunteering on the city's dashboard: prescriptions (referrals with
 * target kind INITIATIVE, "invio a un'attività") by state, the first-attendance rate, and volunteer
 * hours per neighbourhood and month, every table through the same small-cell rule as the rest.
 *
 * The first-attendance rate: of the prescriptions made in the period that an organiser accepted
 * (ever: one accepted and later ended still counts; one entered in error does not), the share
 * whose person reached the first attendance. Its denominator is the total of
 * `firstAttendanceByMonth`; the rate is shown only when that table shows both the denominator
 * (k or more) and the number who attended, so it never gives away a count the table hides.
 */
@Injectable()
export class PrescriptionsSection {
  constructor(
    @Inject(FactsRepository) private readonly facts: FactsRepository,
    @Inject(VolunteerFactsRepository) private readonly volunteers: VolunteerFactsRepository,
  ) {}

  async tables(range: MonthRange, months: string[], k: number): Promise<PrescriptionTables> {
    const states = await this.facts.referralStates(range, ReferralTargetKind.INITIATIVE);
    const accepted = await this.facts.prescriptionsAccepted(range);
    const hours = await this.volunteers.hours(range);
    const hourRows = [...new Set(hours.map((h) => h.n))].sort();

    const [ATTENDED] = FIRST_ATTENDANCE_COLUMNS;
    const attendance = table(
      months,
      [...FIRST_ATTENDANCE_COLUMNS],
      (m, c) => {
        const row = accepted.find((a) => a.month === m);
        if (!row) return 0;
        return c === ATTENDED ? row.attended : row.accepted - row.attended;
      },
      k,
    );
    const attendedTotal = attendance.columnTotals[0];
    const firstAttendance =
      attendance.total === null
        ? { accepted: null, firstAttended: null, ratePercent: null, reason: attendance.reasons.total }
        : attendedTotal === null
          ? { accepted: attendance.total, firstAttended: null, ratePercent: null, reason: 'complementary' as const }
          : { accepted: attendance.total, firstAttended: attendedTotal, ratePercent: attendance.total === 0 ? null : Math.round((attendedTotal / attendance.total) * 100), reason: null };

    return {
      prescriptionsByState: table(['prescriptions'], STATES, (_, st) => states.find((s) => s.status === st)?.count ?? 0, k),
      firstAttendanceByMonth: attendance,
      firstAttendance,
      // Whole hours (rounded) of the minutes recorded; a cell under k hours reads «< 10».
      volunteerHoursByNeighbourhoodAndMonth: table(hourRows, months, (n, m) => Math.round((hours.find((h) => h.n === n && h.month === m)?.minutes ?? 0) / 60), k),
    };
  }
}
