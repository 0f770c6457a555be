import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { AgeBand, ClosureReason, CoarseStatus, LegalBasis, Need, ReferralStatus, Urgency } from '@prossimo/contracts';
import { checkIn } from '@prossimo/platform';

/** The social-service desk of a neighbourhood: the owner of every report made there, from the first moment. */
@Entity({ name: 'desks' })
@Unique('UQ_desks_neighbourhood', ['municipality', 'neighbourhoodCode'])
export class DeskEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_desks' })
  id: string;

  @Column({ type: 'text' })
  municipality: string;

  @Column({ name: 'neighbourhood_code', type: 'text' })
  neighbourhoodCode: string;

  @Column({ type: 'text' })
  name: string;

  /** How a shop reaches the desk (shown on the shop's confirmation); null until set. */
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  /** When the desk answers, as people write it ("lun-ven 9-12"); null until set. */
  @Column({ type: 'text', nullable: true })
  hours: string | null;
}

/**
 * A fragility report. The free-text description and everything identifying are stored only sealed
 * (AES-256-GCM) under its subject's data key (see crypto/vault.ts).
 */
@Entity({ name: 'reports' })
@Index('IDX_reports_antenna_submitted', ['antennaId', 'submittedAt', 'id'])
@Check('CHK_reports_urgency', checkIn('urgency', Object.values(Urgency)))
@Check('CHK_reports_age_band', checkIn('age_band', Object.values(AgeBand)))
@Check('CHK_reports_status', checkIn('status', Object.values(CoarseStatus)))
@Check('CHK_reports_legal_basis', checkIn('legal_basis', Object.values(LegalBasis)))
@Check('CHK_reports_needs', `cardinality("needs") > 0 OR "urgency" = 'EMERGENCY'`)
@Check('CHK_reports_closure_reason', checkIn('closure_reason', Object.values(ClosureReason), { nullable: true }))
@Index('IDX_reports_triage', ['municipality', 'closedAt', 'submittedAt'])
@Index('IDX_reports_subject', ['subjectId'])
@Index('UQ_reports_municipality_reference', ['municipality', 'reference'], { unique: true })
export class ReportEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_reports' })
  id: string;

  /** The reference code every role says on the phone («codice della segnalazione», e.g. CB-7K4Q): unique per municipality, no personal data. */
  @Column({ type: 'text' })
  reference: string;

  @Column({ type: 'text' })
  municipality: string;

  @Column({ name: 'neighbourhood_code', type: 'text' })
  neighbourhoodCode: string;

  @Column({ name: 'antenna_id', type: 'uuid' })
  antennaId: string;

  /** The member account that submitted it. */
  @Column({ name: 'submitted_by', type: 'uuid' })
  submittedBy: string;

  @ManyToOne(() => DeskEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_desk_id', foreignKeyConstraintName: 'FK_reports_owner_desk' })
  ownerDesk?: DeskEntity;

  @Column({ name: 'owner_desk_id', type: 'uuid' })
  ownerDeskId: string;

  @Column({ type: 'text', array: true })
  needs: Need[];

  @Column({ type: 'text' })
  urgency: Urgency;

  @Column({ name: 'age_band', type: 'text' })
  ageBand: AgeBand;

  @Column({ name: 'consent_to_contact', type: 'boolean' })
  consentToContact: boolean;

  @Column({ name: 'do_not_contact', type: 'boolean', default: false })
  doNotContact: boolean;

  @Column({ name: 'legal_basis', type: 'text' })
  legalBasis: LegalBasis;

  @Column({ type: 'text', default: 'RECEIVED' })
  status: CoarseStatus;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;

  /** The person this report is about (their data key seals everything identifying in it). */
  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  /** What was seen, sealed under the subject's data key (the value carries its key id). NULL once purged. */
  @Column({ name: 'description_sealed', type: 'bytea', nullable: true })
  descriptionSealed: Buffer | null;

  /** The social worker who took it in hand (the desk stays the owner; never NULL). */
  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId: string | null;

  @Column({ name: 'taken_in_hand_at', type: 'timestamptz', nullable: true })
  takenInHandAt: Date | null;

  /** When it became a case (taken in hand, or a referral accepted): signals that never did are purged sooner. */
  @Column({ name: 'became_case_at', type: 'timestamptz', nullable: true })
  becameCaseAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'closure_reason', type: 'text', nullable: true })
  closureReason: ClosureReason | null;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  /** When the desk last reopened it after closing it (within the reopening window). */
  @Column({ name: 'reopened_at', type: 'timestamptz', nullable: true })
  reopenedAt: Date | null;

  @Column({ name: 'withdrawal_sealed', type: 'bytea', nullable: true })
  withdrawalSealed: Buffer | null;

  /**
   * HMAC (the municipality's DEDUP key) of what the antenna sent, to tell a retry of the same
   * report from other content under the same id. NULL for older reports, and once purged.
   */
  @Column({ name: 'content_hash', type: 'bytea', nullable: true })
  contentHash: Buffer | null;

  /** Set by the retention sweep: sealed content gone, the non-identifying facts kept for aggregates. */
  @Column({ name: 'purged_at', type: 'timestamptz', nullable: true })
  purgedAt: Date | null;
}

/** What this service knows of each referral of its reports (fed by referral.* events), to compute the coarse state. */
@Entity({ name: 'report_referrals' })
@Index('IDX_report_referrals_report', ['reportId'])
export class ReportReferralEntity {
  @PrimaryColumn({ name: 'referral_id', type: 'uuid', primaryKeyConstraintName: 'PK_report_referrals' })
  referralId: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @Column({ type: 'text' })
  status: ReferralStatus;

  @Column({ type: 'int' })
  version: number;

  /** The organisation holding the referral (from the referral.* events): who may reveal contact details. */
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  /** The needs the referral carries (from its events): a report is CLOSED by its referrals only when completed ones answer every need. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  needs: Need[];

  /** The SLA deadline running after its last move (acceptance, then first contact); null when none runs. The triage orders by it. */
  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt: Date | null;
}
