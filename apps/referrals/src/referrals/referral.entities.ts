import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { AgeBand, Need, ReferralStatus, ReferralTargetKind, Urgency } from '@prossimo/contracts';
import { checkIn, checkSubset } from '@prossimo/platform';
import { OrganisationEntity, ServiceEntity } from '../directory/directory.entities';
import { MatchExplanation } from '../domain/matching';
import { SystemReason } from '../domain/system-reasons';

/** Why a referral was made: the matcher's explanation and what set it off. */
export type ReferralExplanation = MatchExplanation & {
  trigger: 'report-submitted' | 'rerouted' | 'report-reopened';
  /** For a re-route: the referral whose end set it off, and how it ended. */
  after?: string;
  cause?: 'rejected' | 'expired' | 'social-worker';
};

/**
 * A referral of (some needs of) a report to one service: a FHIR SDOH referral Task.
 * `version` grows by one at each move; events carry it so consumers can drop stale deliveries.
 * At most one open referral per report and service (the guard against a doubled referral).
 */
@Entity({ name: 'referrals' })
@Index('IDX_referrals_organisation_status_created', ['organisationId', 'status', 'createdAt'])
@Index('IDX_referrals_report', ['reportId'])
@Index('IDX_referrals_service_status', ['serviceId', 'status'])
@Index('UQ_referrals_report_service_open', ['reportId', 'serviceId'], {
  unique: true,
  where: `"status" IN ('REQUESTED','ACCEPTED','IN_PROGRESS','ON_HOLD')`,
})
@Check('CHK_referrals_status', checkIn('status', Object.values(ReferralStatus)))
@Check('CHK_referrals_urgency', checkIn('urgency', Object.values(Urgency)))
@Check('CHK_referrals_needs', checkSubset('needs', Object.values(Need), { nonEmpty: true }))
@Check('CHK_referrals_version', `"version" >= 1`)
@Check('CHK_referrals_reason_code', `"reason_code" IS NULL OR "reason_code" IN ('expired','rerouted','report-withdrawn','no-seat','report-closed:RESOLVED','report-closed:REFUSED','report-closed:NOT_ELIGIBLE','report-closed:NO_CAPACITY','report-closed:UNABLE_TO_CONTACT','report-closed:MOVED','report-closed:DECEASED')`)
@Index('UQ_referrals_outcome_note', ['outcomeNoteId'], { unique: true, where: `"outcome_note_id" IS NOT NULL` })
@Check('CHK_referrals_age_band', checkIn('age_band', Object.values(AgeBand), { nullable: true }))
@Check('CHK_referrals_target_kind', checkIn('target_kind', Object.values(ReferralTargetKind)))
@Check(
  'CHK_referrals_target',
  `("target_kind" = 'SERVICE' AND "service_id" IS NOT NULL AND "initiative_id" IS NULL AND "session_id" IS NULL) OR ("target_kind" = 'INITIATIVE' AND "service_id" IS NULL AND "initiative_id" IS NOT NULL AND "session_id" IS NOT NULL)`,
)
@Index('UQ_referrals_report_initiative_open', ['reportId', 'initiativeId'], {
  unique: true,
  where: `"status" IN ('REQUESTED','ACCEPTED','IN_PROGRESS','ON_HOLD')`,
})
export class ReferralEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_referrals' })
  id: string;

  @Column({ type: 'text' })
  municipality: string;

  /** The report (in the reports service); known here only by id. */
  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @ManyToOne(() => OrganisationEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_referrals_organisation' })
  organisation?: OrganisationEntity;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  /** What it sends the person to: a service of the directory, or (a social prescription) an initiative's session. */
  @Column({ name: 'target_kind', type: 'text', default: ReferralTargetKind.SERVICE })
  targetKind: ReferralTargetKind;

  @ManyToOne(() => ServiceEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_id', foreignKeyConstraintName: 'FK_referrals_service' })
  service?: ServiceEntity | null;

  /** Its service; null for a prescription. */
  @Column({ name: 'service_id', type: 'uuid', nullable: true })
  serviceId: string | null;

  /** A prescription's initiative and session (community's ids; read model in initiative_targets / initiative_sessions). */
  @Column({ name: 'initiative_id', type: 'uuid', nullable: true })
  initiativeId: string | null;

  @Column({ name: 'session_id', type: 'uuid', nullable: true })
  sessionId: string | null;

  /** A prescription: the social worker asked for a volunteer buddy for the first visit (the flag only). */
  @Column({ name: 'buddy_requested', type: 'boolean', default: false })
  buddyRequested: boolean;

  /** A prescription's milestone: when the organiser recorded the person's first attendance (the move to in progress). */
  @Column({ name: 'first_attended_at', type: 'timestamptz', nullable: true })
  firstAttendedAt: Date | null;

  @Column({ type: 'text', array: true })
  needs: Need[];

  @Column({ name: 'neighbourhood_code', type: 'text' })
  neighbourhoodCode: string;

  @Column({ type: 'text' })
  urgency: Urgency;

  @Column({ type: 'text' })
  status: ReferralStatus;

  @Column({ type: 'int' })
  version: number;

  /** Why the system moved it to the status it is in now (a code: see system-reasons.ts); null for a person's move. */
  @Column({ name: 'reason_code', type: 'text', nullable: true })
  reasonCode: SystemReason | null;

  /**
   * The person's reason for the status it is in now (reject, hold, fail, re-route): the id of a
   * note sealed in the reports vault. This service never holds the text.
   */
  @Column({ name: 'reason_note_id', type: 'uuid', nullable: true })
  reasonNoteId: string | null;

  /** What was done, on completion: the id of a note sealed in the reports vault. */
  @Column({ name: 'outcome_note_id', type: 'uuid', nullable: true })
  outcomeNoteId: string | null;

  @Column({ name: 'match_explanation', type: 'jsonb' })
  matchExplanation: ReferralExplanation;

  /** The person's age band (from report.submitted; not identifying), so the organisation can decide; NULL before issue 13. */
  @Column({ name: 'age_band', type: 'text', nullable: true })
  ageBand: AgeBand | null;

  /** Whether the person agreed to be contacted (from report.submitted; not personal data); NULL when not known. */
  @Column({ name: 'consent_to_contact', type: 'boolean', nullable: true })
  consentToContact: boolean | null;

  /** Whether the person asked not to be contacted directly; NULL when not known. */
  @Column({ name: 'do_not_contact', type: 'boolean', nullable: true })
  doNotContact: boolean | null;

  /** Without consent: when (and by whom) the organisation asked the desk to make the first contact. */
  @Column({ name: 'first_contact_requested_at', type: 'timestamptz', nullable: true })
  firstContactRequestedAt: Date | null;

  @Column({ name: 'first_contact_requested_by', type: 'uuid', nullable: true })
  firstContactRequestedBy: string | null;

  /** Without consent: when (and by whom) the desk handed the contact over; the first-contact deadline starts then. */
  @Column({ name: 'contact_handed_over_at', type: 'timestamptz', nullable: true })
  contactHandedOverAt: Date | null;

  @Column({ name: 'contact_handed_over_by', type: 'uuid', nullable: true })
  contactHandedOverBy: string | null;

  /** Whether it holds one of its service's places (taken on accept when the service counts places, freed when it ends). */
  @Column({ name: 'holds_place', type: 'boolean', default: false })
  holdsPlace: boolean;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** Every move of every referral, append-only: who, when, from what to what, and why (a code, or a vault note's id). */
@Entity({ name: 'referral_history' })
@Index('IDX_referral_history_referral', ['referralId', 'at'])
@Check('CHK_referral_history_from_status', checkIn('from_status', Object.values(ReferralStatus), { nullable: true }))
@Check('CHK_referral_history_to_status', checkIn('to_status', Object.values(ReferralStatus)))
@Check('CHK_referral_history_reason_code', `"reason_code" IS NULL OR "reason_code" IN ('expired','rerouted','report-withdrawn','no-seat','report-closed:RESOLVED','report-closed:REFUSED','report-closed:NOT_ELIGIBLE','report-closed:NO_CAPACITY','report-closed:UNABLE_TO_CONTACT','report-closed:MOVED','report-closed:DECEASED')`)
@Index('UQ_referral_history_reason_note', ['reasonNoteId'], { unique: true, where: `"reason_note_id" IS NOT NULL` })
export class ReferralHistoryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint', primaryKeyConstraintName: 'PK_referral_history' })
  id: string;

  @ManyToOne(() => ReferralEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'referral_id', foreignKeyConstraintName: 'FK_referral_history_referral' })
  referral?: ReferralEntity;

  @Column({ name: 'referral_id', type: 'uuid' })
  referralId: string;

  /** Null for the referral's creation. */
  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: ReferralStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus: ReferralStatus;

  /** The operator who moved it; null for moves made by the system (matching, expiry). */
  @Column({ name: 'actor_account_id', type: 'uuid', nullable: true })
  actorAccountId: string | null;

  /** The system's reason, as a code (see system-reasons.ts). */
  @Column({ name: 'reason_code', type: 'text', nullable: true })
  reasonCode: SystemReason | null;

  /** A person's reason: the id of its note in the reports vault (one move per note). */
  @Column({ name: 'reason_note_id', type: 'uuid', nullable: true })
  reasonNoteId: string | null;

  @Column({ type: 'timestamptz' })
  at: Date;
}
