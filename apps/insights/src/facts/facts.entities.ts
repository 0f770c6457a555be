import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import { ReferralTargetKind } from '@prossimo/contracts';
import { checkIn } from '@prossimo/platform';

/** What the duration histograms measure: time to the first acceptance, and to the first contact. */
export const DURATION_METRICS = ['acceptance', 'first-contact'] as const;
export type DurationMetric = (typeof DURATION_METRICS)[number];

/** Reports per municipality × neighbourhood × need × month (a report with two needs counts once under each). */
@Entity({ name: 'report_counts' })
export class ReportCountEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_report_counts' })
  municipality: string;

  @PrimaryColumn({ name: 'neighbourhood_code', type: 'text', primaryKeyConstraintName: 'PK_report_counts' })
  neighbourhoodCode: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_report_counts' })
  need: string;

  /** First day of the month, Europe/Rome. */
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'PK_report_counts' })
  month: string;

  @Column({ type: 'int' })
  count: number;
}

/** Reports (each once, whatever its needs) per municipality × neighbourhood × month. */
@Entity({ name: 'report_totals' })
export class ReportTotalEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_report_totals' })
  municipality: string;

  @PrimaryColumn({ name: 'neighbourhood_code', type: 'text', primaryKeyConstraintName: 'PK_report_totals' })
  neighbourhoodCode: string;

  /** First day of the month, Europe/Rome. */
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'PK_report_totals' })
  month: string;

  @Column({ type: 'int' })
  count: number;
}

/**
 * A report waiting for its first acceptance: only its id, place, month and time, and only until a
 * referral is accepted, to measure time to acceptance. Never a person.
 */
@Entity({ name: 'awaiting_acceptance' })
export class AwaitingAcceptanceEntity {
  @PrimaryColumn({ name: 'report_id', type: 'uuid', primaryKeyConstraintName: 'PK_awaiting_acceptance' })
  reportId: string;

  @Column({ type: 'text' })
  municipality: string;

  @Column({ type: 'date' })
  month: string;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;
}

/** The same, until an organisation first starts working with the person (its referral goes in-progress): time to first contact. */
@Entity({ name: 'awaiting_contact' })
export class AwaitingContactEntity {
  @PrimaryColumn({ name: 'report_id', type: 'uuid', primaryKeyConstraintName: 'PK_awaiting_contact' })
  reportId: string;

  @Column({ type: 'text' })
  municipality: string;

  @Column({ type: 'date' })
  month: string;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;
}

/** Referrals cancelled because nobody accepted them in time (SLA breaches), per municipality × month. */
@Entity({ name: 'sla_breaches' })
export class SlaBreachEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_sla_breaches' })
  municipality: string;

  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'PK_sla_breaches' })
  month: string;

  @Column({ type: 'int' })
  count: number;
}

/** Fixed-bucket histograms of durations (minutes), per municipality × metric × month. */
@Entity({ name: 'duration_histograms' })
@Check('CHK_duration_histograms_metric', checkIn('metric', DURATION_METRICS))
export class DurationHistogramEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_duration_histograms' })
  municipality: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_duration_histograms' })
  metric: DurationMetric;

  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'PK_duration_histograms' })
  month: string;

  /** Index into DURATION_BUCKETS_MINUTES. */
  @PrimaryColumn({ type: 'int', primaryKeyConstraintName: 'PK_duration_histograms' })
  bucket: number;

  @Column({ type: 'int' })
  count: number;
}

/**
 * The current state of each referral (for "referrals by state"), newest version wins; a
 * prescription (target kind INITIATIVE) also for "prescriptions by state" and the first-attendance
 * rate. `month`: the month of its earliest event seen (its creation, whatever order events come in).
 */
@Entity({ name: 'referral_states' })
@Check('CHK_referral_states_target_kind', checkIn('target_kind', Object.values(ReferralTargetKind)))
export class ReferralStateEntity {
  @PrimaryColumn({ name: 'referral_id', type: 'uuid', primaryKeyConstraintName: 'PK_referral_states' })
  referralId: string;

  @Column({ type: 'text' })
  municipality: string;

  @Column({ type: 'text' })
  status: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'date' })
  month: string;

  /** SERVICE, or INITIATIVE for a social prescription; once INITIATIVE, always. */
  @Column({ name: 'target_kind', type: 'text', default: ReferralTargetKind.SERVICE })
  targetKind: ReferralTargetKind;

  /** Whether it was ever accepted (an event to or from an accepted-or-later state said so): the first-attendance rate's denominator. */
  @Column({ type: 'boolean', default: false })
  accepted: boolean;

  /** A prescription's milestone: when the person first attended (the earliest seen). */
  @Column({ name: 'first_attended_at', type: 'timestamptz', nullable: true })
  firstAttendedAt: Date | null;
}

/** Volunteer hours (minutes and register lines) per municipality × neighbourhood of the role × month of the day worked. Never a volunteer. */
@Entity({ name: 'volunteer_hours' })
export class VolunteerHoursEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_volunteer_hours' })
  municipality: string;

  @PrimaryColumn({ name: 'neighbourhood_code', type: 'text', primaryKeyConstraintName: 'PK_volunteer_hours' })
  neighbourhoodCode: string;

  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'PK_volunteer_hours' })
  month: string;

  @Column({ type: 'int' })
  minutes: number;

  @Column({ type: 'int' })
  records: number;
}

/** Needs no service could take, per municipality × neighbourhood × need × month. */
@Entity({ name: 'unmet_needs' })
export class UnmetNeedEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_unmet_needs' })
  municipality: string;

  @PrimaryColumn({ name: 'neighbourhood_code', type: 'text', primaryKeyConstraintName: 'PK_unmet_needs' })
  neighbourhoodCode: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_unmet_needs' })
  need: string;

  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'PK_unmet_needs' })
  month: string;

  @Column({ type: 'int' })
  count: number;
}

/** Bucket upper bounds in minutes; the last bucket is open-ended. Median and p90 are exact to a bucket. */
export const DURATION_BUCKETS_MINUTES = [15, 30, 60, 120, 240, 480, 1440, 2880, 5760, 10080, 20160, Number.POSITIVE_INFINITY];

export function bucketOf(minutes: number): number {
  const i = DURATION_BUCKETS_MINUTES.findIndex((b) => minutes <= b);
  return i === -1 ? DURATION_BUCKETS_MINUTES.length - 1 : i;
}

/** First day of the month of an instant, in Europe/Rome. */
export function monthOf(iso: string | Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit' }).formatToParts(new Date(iso));
  const y = parts.find((p) => p.type === 'year')!.value;
  const m = parts.find((p) => p.type === 'month')!.value;
  return `${y}-${m}-01`;
}

/** The bucket upper bound below which the q-quantile lies (null with no data). */
export function quantileMinutes(histogram: number[], q: number): number | null {
  const total = histogram.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const rank = Math.ceil(q * total);
  let seen = 0;
  for (let i = 0; i < histogram.length; i++) {
    seen += histogram[i];
    if (seen >= rank) return DURATION_BUCKETS_MINUTES[i];
  }
  return null;
}
