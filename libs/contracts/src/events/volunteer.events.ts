import { IsEnum, IsInt, IsISO8601, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { AgeBand, NEIGHBOURHOOD_CODE } from '../domain';
import { HoursSource } from '../volunteering';
import { DomainEventBase } from './event-base';

/**
 * prossimo.<istat>.volunteer.signed-up.v1 / volunteer.sign-up-cancelled.v1 — published by
 * community when a volunteer takes or gives back a place on a shift. Ids, the neighbourhood where
 * the shift is, the volunteer's age band (active ageing: 65+ count too) and times; never a name.
 */
export class VolunteerSignUpChangedV1 extends DomainEventBase {
  @IsUUID()
  signUpId: string;

  @IsUUID()
  shiftId: string;

  @IsUUID()
  roleId: string;

  @IsUUID()
  organisationId: string;

  @Matches(NEIGHBOURHOOD_CODE)
  neighbourhoodCode: string;

  @IsEnum(AgeBand)
  ageBand: AgeBand;

  @IsISO8601({ strict: true })
  shiftStartsAt: string;
}

/**
 * prossimo.<istat>.volunteer.hours-recorded.v1 — a line of an organisation's hours register (by
 * check-in/out or by hand): the dashboard counts volunteer hours per neighbourhood and month.
 */
export class VolunteerHoursRecordedV1 extends DomainEventBase {
  @IsUUID()
  hoursId: string;

  @IsUUID()
  organisationId: string;

  @IsUUID()
  roleId: string;

  @Matches(NEIGHBOURHOOD_CODE)
  neighbourhoodCode: string;

  @IsEnum(AgeBand)
  ageBand: AgeBand;

  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  day: string;

  @IsInt()
  @Min(1)
  @Max(24 * 60)
  minutes: number;

  @IsEnum(HoursSource)
  source: HoursSource;
}

/**
 * prossimo.<istat>.volunteer.buddy-changed.v1 — published by community when a prescription's
 * volunteer buddy changes: a volunteer accepted (`volunteerAccountId` set), or the match is undone
 * (the volunteer withdrew, the prescription ended: absent). Reports keeps the newest (by
 * `buddyVersion`) and reveals the person's name and phone to that account only (audited), when the
 * organiser holds the prescription and the person consented. Ids only.
 */
export class VolunteerBuddyChangedV1 extends DomainEventBase {
  @IsUUID()
  referralId: string;

  @IsUUID()
  reportId: string;

  @IsOptional()
  @IsUUID()
  volunteerAccountId?: string;

  @IsInt()
  @Min(1)
  buddyVersion: number;
}
