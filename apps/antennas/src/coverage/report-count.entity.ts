import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Reports sent by the antennas of a neighbourhood in a month (Europe/Rome), counted from
 * report.submitted.v1 (the inbox makes each event count once). Counts only: no report, no person.
 */
@Entity({ name: 'antenna_report_counts' })
@Check('CHK_antenna_report_counts_month', `"month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`)
@Check('CHK_antenna_report_counts_reports', `"reports" >= 0`)
export class AntennaReportCountEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_antenna_report_counts' })
  municipality: string;

  /** The neighbourhood of the antenna that sent the reports (not of the person flagged). */
  @PrimaryColumn({ name: 'neighbourhood_code', type: 'text', primaryKeyConstraintName: 'PK_antenna_report_counts' })
  neighbourhoodCode: string;

  /** YYYY-MM in Europe/Rome. */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_antenna_report_counts' })
  month: string;

  @Column({ type: 'int', default: 0 })
  reports: number;
}
