import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { AgeBand, BuddyAskStatus, BuddyRequestStatus, ReferralStatus } from '@prossimo/contracts';
import { checkIn } from '@prossimo/platform';

/**
 * A buddy request (issue 17): a prescription that asked for a volunteer to accompany the person to
 * the first visit, recorded from the referral's events. Ids, the session, the neighbourhood and the
 * age band: nothing that names the person (the name and phone stay in the reports vault). The key
 * is the referral's id: a redelivered `referral.requested.v1` finds it there.
 */
@Entity({ name: 'buddy_requests' })
@Index('IDX_buddy_requests_organisation', ['organisationId', 'createdAt'])
@Index('IDX_buddy_requests_volunteer', ['volunteerId'])
@Check('CHK_buddy_requests_status', checkIn('status', Object.values(BuddyRequestStatus)))
@Check('CHK_buddy_requests_age_band', checkIn('age_band', Object.values(AgeBand), { nullable: true }))
@Check('CHK_buddy_requests_referral_status', checkIn('referral_status', Object.values(ReferralStatus)))
export class BuddyRequestEntity {
  @PrimaryColumn({ name: 'referral_id', type: 'uuid', primaryKeyConstraintName: 'PK_buddy_requests' })
  referralId: string;

  @Column({ type: 'text' })
  municipality: string;

  /** The report's id (an id): what the gateway hands to the reports vault for the buddy's reveal. */
  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  /** The organiser (the prescription's organisation): whose operators see proposals and ask. */
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @Column({ name: 'neighbourhood_code', type: 'text' })
  neighbourhoodCode: string;

  @Column({ name: 'age_band', type: 'text', nullable: true })
  ageBand: AgeBand | null;

  @Column({ type: 'text' })
  status: BuddyRequestStatus;

  /** The prescription's status as the last applied event said, and that event's version (older ones change nothing). */
  @Column({ name: 'referral_status', type: 'text' })
  referralStatus: ReferralStatus;

  @Column({ name: 'referral_version', type: 'int' })
  referralVersion: number;

  /** The volunteer asked (ASKED) or matched (MATCHED). */
  @Column({ name: 'volunteer_id', type: 'uuid', nullable: true })
  volunteerId: string | null;

  /** Counts the `volunteer.buddy-changed.v1` events published for it: reports keeps the newest. */
  @Column({ name: 'buddy_version', type: 'int', default: 0 })
  buddyVersion: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** One volunteer asked for one buddy request, and their answer. */
@Entity({ name: 'buddy_asks' })
@Check('CHK_buddy_asks_status', checkIn('status', Object.values(BuddyAskStatus)))
export class BuddyAskEntity {
  @PrimaryColumn({ name: 'referral_id', type: 'uuid', primaryKeyConstraintName: 'PK_buddy_asks' })
  referralId: string;

  @PrimaryColumn({ name: 'volunteer_id', type: 'uuid', primaryKeyConstraintName: 'PK_buddy_asks' })
  volunteerId: string;

  @Column({ type: 'text' })
  status: BuddyAskStatus;

  /** The organiser's operator who asked (an account id). */
  @Column({ name: 'asked_by', type: 'uuid' })
  askedBy: string;

  @Column({ name: 'asked_at', type: 'timestamptz' })
  askedAt: Date;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;
}
