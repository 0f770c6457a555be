import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import { Need, Urgency } from '@prossimo/contracts';
import { checkIn } from '@prossimo/platform';

/** What routing knows of each report (from report.submitted): enough to re-route and to alert its owner desk. */
@Entity({ name: 'routed_reports' })
@Check('CHK_routed_reports_urgency', checkIn('urgency', Object.values(Urgency)))
export class RoutedReportEntity {
  @PrimaryColumn({ name: 'report_id', type: 'uuid', primaryKeyConstraintName: 'PK_routed_reports' })
  reportId: string;

  @Column({ type: 'text' })
  municipality: string;

  @Column({ name: 'neighbourhood_code', type: 'text' })
  neighbourhoodCode: string;

  @Column({ type: 'text' })
  urgency: Urgency;

  @Column({ type: 'text', array: true })
  needs: Need[];

  @Column({ name: 'owner_desk_id', type: 'uuid' })
  ownerDeskId: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** The report's reference code (e.g. CB-7K4Q, from report.submitted), shown with its referrals and alerts; null for reports from before codes. */
  @Column({ type: 'text', nullable: true })
  reference: string | null;

  /** When its desk last reopened it (report.reopened): a close that happened before is not applied again. */
  @Column({ name: 'reopened_at', type: 'timestamptz', nullable: true })
  reopenedAt?: Date | null;
}

/**
 * A report that ended (closed by its desk, or withdrawn by its antenna): nothing routes it any
 * more, whatever event arrives later (a report.submitted retried after the withdrawal, a re-route
 * of a referral that survived the close).
 */
@Entity({ name: 'ended_reports' })
@Check('CHK_ended_reports_ending', `"ending" IS NULL OR "ending" IN ('report-closed','report-withdrawn')`)
export class EndedReportEntity {
  @PrimaryColumn({ name: 'report_id', type: 'uuid', primaryKeyConstraintName: 'PK_ended_reports' })
  reportId: string;

  @Column({ name: 'ended_at', type: 'timestamptz' })
  endedAt: Date;

  /** How it ended (closed by the desk, withdrawn by the antenna): an alert raised later is resolved alike. Null for reports ended before this was kept. */
  @Column({ type: 'text', nullable: true })
  ending: string | null;
}
