import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import { AntennaStatus } from '@prossimo/contracts';
import { checkIn } from '@prossimo/platform';

/** Neighbourhoods known to this service, fed by antennas' neighbourhood.defined events. */
@Entity({ name: 'neighbourhoods' })
export class NeighbourhoodProjection {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_neighbourhoods' })
  municipality: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_neighbourhoods' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** Antennas and their lifecycle status, fed by antenna.status-changed events: only ACTIVE ones may report. */
@Entity({ name: 'antennas' })
@Check('CHK_antennas_status', checkIn('status', Object.values(AntennaStatus)))
export class AntennaProjection {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_antennas' })
  id: string;

  @Column({ type: 'text' })
  municipality: string;

  @Column({ name: 'neighbourhood_code', type: 'text' })
  neighbourhoodCode: string;

  @Column({ type: 'text' })
  status: AntennaStatus;

  /** occurredAt of the event that set the status: an older event never overwrites a newer one. */
  @Column({ name: 'status_at', type: 'timestamptz' })
  statusAt: Date;
}

/**
 * A prescription's matched volunteer buddy (fed by community's volunteer.buddy-changed.v1): the one
 * account, besides the organisation, the person's name and phone may be revealed to (audited), once
 * the organisation holds the referral and the person consented. `accountId` null: nobody is matched.
 */
@Entity({ name: 'referral_buddies' })
export class ReferralBuddyProjection {
  @PrimaryColumn({ name: 'referral_id', type: 'uuid', primaryKeyConstraintName: 'PK_referral_buddies' })
  referralId: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @Column({ name: 'account_id', type: 'uuid', nullable: true })
  accountId: string | null;

  /** The event's buddyVersion: an older event never overwrites a newer one. */
  @Column({ name: 'buddy_version', type: 'int' })
  buddyVersion: number;
}
