import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { HoursSource, ShiftSignUpStatus } from '@prossimo/contracts';
import { checkIn } from '@prossimo/platform';

/** What a volunteer e-mail is (one kind so far) and where it stands in its outbox. */
export const VOLUNTEER_MAIL_KINDS = ['confirm-shift'] as const;
export type VolunteerMailKind = (typeof VOLUNTEER_MAIL_KINDS)[number];
export const VOLUNTEER_MAIL_STATES = ['pending', 'sent', 'failed', 'skipped'] as const;
export type VolunteerMailState = (typeof VOLUNTEER_MAIL_STATES)[number];

/**
 * A resident's volunteer profile (issue 17). The volunteer's own name and contact are the only
 * personal data kept, given by them for this purpose; the year of birth, not the date, for a
 * role's minimum age. No data of any beneficiary lives here. The id is the volunteer's account id.
 */
@Entity({ name: 'volunteers' })
@Index('IDX_volunteers_municipality_neighbourhood', ['municipality', 'neighbourhoodCode'])
@Check('CHK_volunteers_birth_year', `"birth_year" BETWEEN 1900 AND 2100`)
@Check('CHK_volunteers_travel_km', `"travel_km" BETWEEN 0 AND 100`)
export class VolunteerEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_volunteers' })
  id: string;

  @Column({ type: 'text' })
  municipality: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ name: 'birth_year', type: 'int' })
  birthYear: number;

  @Column({ name: 'neighbourhood_code', type: 'text' })
  neighbourhoodCode: string;

  @Column({ name: 'travel_km', type: 'int' })
  travelKm: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  skills: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  /** "TUESDAY_MORNING"… (weekday × MORNING/AFTERNOON/EVENING). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  availability: string[];

  /** The requirements held: [{ requirement, validUntil (yyyy-mm-dd) | null }]. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  requirements: { requirement: string; validUntil: string | null }[];

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A role an organisation offers to volunteers, with what it asks of them. */
@Entity({ name: 'volunteer_roles' })
@Index('IDX_volunteer_roles_organisation', ['organisationId', 'createdAt'])
@Index('IDX_volunteer_roles_municipality', ['municipality', 'neighbourhoodCode'])
@Check('CHK_volunteer_roles_minimum_age', `"minimum_age" BETWEEN 14 AND 99`)
export class VolunteerRoleEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_volunteer_roles' })
  id: string;

  @Column({ type: 'text' })
  municipality: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'neighbourhood_code', type: 'text' })
  neighbourhoodCode: string;

  @Column({ name: 'minimum_age', type: 'int' })
  minimumAge: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  requirements: string[];

  /** The organisation insures its volunteers for this role (Third Sector Code art. 18). */
  @Column({ name: 'insurance_provided', type: 'boolean' })
  insuranceProvided: boolean;

  @Column({ name: 'initiative_id', type: 'uuid', nullable: true })
  initiativeId: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/**
 * A shift of a role: a session of an initiative or a time slot of its own, needing `capacity`
 * volunteers. `taken` counts the places held; it only moves by a conditional UPDATE
 * (`taken < capacity`) in the transaction that writes the sign-up, so it never passes capacity,
 * whatever the number of replicas.
 */
@Entity({ name: 'volunteer_shifts' })
@Index('IDX_volunteer_shifts_role', ['roleId', 'startsAt'])
@Index('IDX_volunteer_shifts_starts', ['startsAt'])
@Check('CHK_volunteer_shifts_capacity', `"capacity" BETWEEN 1 AND 500`)
@Check('CHK_volunteer_shifts_taken', `"taken" >= 0 AND "taken" <= "capacity"`)
@Check('CHK_volunteer_shifts_times', `"ends_at" > "starts_at"`)
export class VolunteerShiftEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_volunteer_shifts' })
  id: string;

  @ManyToOne(() => VolunteerRoleEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'role_id', foreignKeyConstraintName: 'FK_volunteer_shifts_role' })
  role?: VolunteerRoleEntity;

  @Column({ name: 'role_id', type: 'uuid' })
  roleId: string;

  @Column({ type: 'text' })
  municipality: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'session_id', type: 'uuid', nullable: true })
  sessionId: string | null;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'int' })
  capacity: number;

  @Column({ type: 'int', default: 0 })
  taken: number;

  @Column({ name: 'meeting_point', type: 'text', nullable: true })
  meetingPoint: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A volunteer's place on a shift; one live place per volunteer and shift. */
@Entity({ name: 'volunteer_sign_ups' })
@Index('UQ_volunteer_sign_ups_live', ['shiftId', 'volunteerId'], { unique: true, where: `"status" <> 'CANCELLED'` })
@Index('IDX_volunteer_sign_ups_volunteer', ['volunteerId', 'createdAt'])
@Index('IDX_volunteer_sign_ups_unasked', ['shiftId'], { where: `"status" = 'SIGNED_UP' AND "confirmation_requested_at" IS NULL` })
@Check('CHK_volunteer_sign_ups_status', checkIn('status', Object.values(ShiftSignUpStatus)))
export class ShiftSignUpEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_volunteer_sign_ups' })
  id: string;

  @ManyToOne(() => VolunteerShiftEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'shift_id', foreignKeyConstraintName: 'FK_volunteer_sign_ups_shift' })
  shift?: VolunteerShiftEntity;

  @ManyToOne(() => VolunteerEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'volunteer_id', foreignKeyConstraintName: 'FK_volunteer_sign_ups_volunteer' })
  volunteer?: VolunteerEntity;

  @Column({ name: 'shift_id', type: 'uuid' })
  shiftId: string;

  @Column({ name: 'volunteer_id', type: 'uuid' })
  volunteerId: string;

  @Column({ type: 'text' })
  municipality: string;

  @Column({ type: 'text' })
  status: ShiftSignUpStatus;

  @Column({ name: 'confirmation_requested_at', type: 'timestamptz', nullable: true })
  confirmationRequestedAt: Date | null;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Column({ name: 'checked_in_at', type: 'timestamptz', nullable: true })
  checkedInAt: Date | null;

  @Column({ name: 'checked_out_at', type: 'timestamptz', nullable: true })
  checkedOutAt: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A line of an organisation's hours register: by check-in/out or entered by hand, and by whom. */
@Entity({ name: 'volunteer_hours' })
@Index('IDX_volunteer_hours_organisation_day', ['organisationId', 'day'])
@Index('UQ_volunteer_hours_sign_up', ['signUpId'], { unique: true, where: `"sign_up_id" IS NOT NULL` })
@Check('CHK_volunteer_hours_source', checkIn('source', Object.values(HoursSource)))
@Check('CHK_volunteer_hours_minutes', `"minutes" BETWEEN 1 AND 1440`)
export class VolunteerHoursEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_volunteer_hours' })
  id: string;

  @ManyToOne(() => VolunteerRoleEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'role_id', foreignKeyConstraintName: 'FK_volunteer_hours_role' })
  role?: VolunteerRoleEntity;

  @ManyToOne(() => VolunteerEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'volunteer_id', foreignKeyConstraintName: 'FK_volunteer_hours_volunteer' })
  volunteer?: VolunteerEntity;

  @Column({ type: 'text' })
  municipality: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'volunteer_id', type: 'uuid' })
  volunteerId: string;

  @Column({ name: 'role_id', type: 'uuid' })
  roleId: string;

  @Column({ name: 'shift_id', type: 'uuid', nullable: true })
  shiftId: string | null;

  @Column({ name: 'sign_up_id', type: 'uuid', nullable: true })
  signUpId: string | null;

  @Column({ type: 'date' })
  day: string;

  @Column({ type: 'int' })
  minutes: number;

  @Column({ type: 'text' })
  source: HoursSource;

  /** The account that entered the line: the volunteer or an operator at check-in/out, the operator by hand. */
  @Column({ name: 'entered_by', type: 'uuid' })
  enteredBy: string;

  @Column({ name: 'neighbourhood_code', type: 'text' })
  neighbourhoodCode: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** «Conferma la tua presenza» e-mails, queued by the sweep 48 h before a shift and sent with retries. */
@Entity({ name: 'volunteer_mails' })
@Index('UQ_volunteer_mails_sign_up_kind', ['signUpId', 'kind'], { unique: true })
@Index('IDX_volunteer_mails_pending', ['createdAt'], { where: `"state" = 'pending'` })
@Check('CHK_volunteer_mails_state', checkIn('state', VOLUNTEER_MAIL_STATES))
@Check('CHK_volunteer_mails_kind', checkIn('kind', VOLUNTEER_MAIL_KINDS))
export class VolunteerMailEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_volunteer_mails' })
  id: string;

  @ManyToOne(() => ShiftSignUpEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sign_up_id', foreignKeyConstraintName: 'FK_volunteer_mails_sign_up' })
  signUp?: ShiftSignUpEntity;

  @Column({ name: 'sign_up_id', type: 'uuid' })
  signUpId: string;

  @Column({ type: 'text' })
  kind: VolunteerMailKind;

  @Column({ type: 'text' })
  state: VolunteerMailState;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
