import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { InitiativeKind, InitiativeStatus, SessionStatus } from '@prossimo/contracts';
import { checkIn } from '@prossimo/platform';

/**
 * What insights keeps of apps/community's initiatives (from `initiative.published/updated/withdrawn.v1`):
 * public facts only, the newest event winning. Never a title, a description or a person.
 */
@Entity({ name: 'initiative_facts' })
@Check('CHK_initiative_facts_kind', checkIn('kind', Object.values(InitiativeKind)))
@Check('CHK_initiative_facts_status', checkIn('status', Object.values(InitiativeStatus)))
export class InitiativeFactEntity {
  @PrimaryColumn({ name: 'initiative_id', type: 'uuid', primaryKeyConstraintName: 'PK_initiative_facts' })
  initiativeId: string;

  @Column({ type: 'text' })
  municipality: string;

  @Column({ name: 'neighbourhood_code', type: 'text' })
  neighbourhoodCode: string;

  @Column({ type: 'text' })
  kind: InitiativeKind;

  @Column({ type: 'text' })
  status: InitiativeStatus;

  /** Month (Europe/Rome, first day) of its first publication; null until the published event arrives. */
  @Column({ name: 'published_month', type: 'date', nullable: true })
  publishedMonth: string | null;

  /** When it was withdrawn (its sessions starting later are not counted as offered); null while published. */
  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  /** The `occurredAt` of the newest event applied (an older one arriving late changes nothing). */
  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt: Date;
}

/**
 * One session of an initiative (from `initiative.session-scheduled/changed.v1` and the seat events):
 * where and when, its seats of both kinds and how many are taken. Seats taken are counted +1 / −1
 * per seat event (each applied once through the inbox), so they are exact whatever the order of
 * arrival; a seat event arriving before its session leaves `month` null until the session's comes.
 */
@Entity({ name: 'session_facts' })
@Index('IDX_session_facts_municipality_month', ['municipality', 'month'])
@Check('CHK_session_facts_status', checkIn('status', Object.values(SessionStatus), { nullable: true }))
export class SessionFactEntity {
  @PrimaryColumn({ name: 'session_id', type: 'uuid', primaryKeyConstraintName: 'PK_session_facts' })
  sessionId: string;

  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId: string;

  @Column({ type: 'text' })
  municipality: string;

  @Column({ name: 'neighbourhood_code', type: 'text' })
  neighbourhoodCode: string;

  /** Month of its start (Europe/Rome, first day); null until the session's own event arrives. */
  @Column({ type: 'date', nullable: true })
  month: string | null;

  @Column({ name: 'starts_at', type: 'timestamptz', nullable: true })
  startsAt: Date | null;

  @Column({ type: 'text', nullable: true })
  status: SessionStatus | null;

  @Column({ name: 'public_seats', type: 'int', default: 0 })
  publicSeats: number;

  @Column({ name: 'referral_seats', type: 'int', default: 0 })
  referralSeats: number;

  @Column({ name: 'public_taken', type: 'int', default: 0 })
  publicTaken: number;

  @Column({ name: 'referral_taken', type: 'int', default: 0 })
  referralTaken: number;

  /** The `occurredAt` of the newest session event applied; null before the first. */
  @Column({ name: 'changed_at', type: 'timestamptz', nullable: true })
  changedAt: Date | null;
}
