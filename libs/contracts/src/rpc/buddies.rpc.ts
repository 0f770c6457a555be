import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsEnum, IsOptional, IsUUID, Matches } from 'class-validator';
import { AgeBand, ReferralStatus } from '../domain';
import { VolunteerSkill } from '../volunteering';
import { LANGUAGE_CODE } from './volunteers.rpc';

/**
 * A buddy request (issue 17): a prescription (a referral with target kind INITIATIVE) asked for a
 * volunteer to accompany the person to the first visit. Community records it from the referral's
 * events; it holds ids and the age band, never a name. OPEN: nobody is asked (or the last one
 * declined); ASKED: the organiser asked one volunteer; MATCHED: the volunteer accepted; ENDED: the
 * prescription ended (rejected, cancelled, failed, entered in error, completed).
 */
export enum BuddyRequestStatus {
  OPEN = 'OPEN',
  ASKED = 'ASKED',
  MATCHED = 'MATCHED',
  ENDED = 'ENDED',
}

/** What became of asking one volunteer. WITHDRAWN: the request ended before they answered, or after they accepted. */
export enum BuddyAskStatus {
  ASKED = 'ASKED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
}

/** A buddy request by its prescription (the referral's id). */
export class BuddyRequestRefV1 {
  @IsUUID()
  referralId: string;
}

/** The proposals for a buddy request (ORG_OPERATOR of the organiser), optionally asking for a language or skills. */
export class BuddyProposalsQueryV1 extends BuddyRequestRefV1 {
  @IsOptional()
  @Matches(LANGUAGE_CODE, { message: 'language: an ISO 639-1 code such as "it", "ar"' })
  language?: string;

  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(10)
  @IsEnum(VolunteerSkill, { each: true })
  skills?: VolunteerSkill[];
}

/** The organiser asks one volunteer (of the proposals) to be the buddy. */
export class AskBuddyV1 extends BuddyRequestRefV1 {
  @IsUUID()
  volunteerId: string;
}

/** The volunteer's answer to being asked. */
export class AnswerBuddyRequestV1 extends BuddyRequestRefV1 {
  @IsBoolean()
  accept: boolean;
}

/** A buddy request as the organiser sees it: ids, the session and the age band, never the person. */
export interface BuddyRequestV1 {
  referralId: string;
  organisationId: string;
  initiativeId: string;
  initiativeTitleIt: string;
  initiativeTitleEn: string;
  sessionId: string;
  sessionStartsAt: string | null;
  neighbourhoodCode: string;
  ageBand: AgeBand | null;
  status: BuddyRequestStatus;
  /** The volunteer asked or matched, with their own name (given for this); null when OPEN or ENDED unasked. */
  volunteerId: string | null;
  volunteerName: string | null;
  /** Where the prescription stands, as community last heard it (REQUESTED, ACCEPTED…). */
  referralStatus: ReferralStatus;
  createdAt: string;
}

/** One volunteer proposed for a buddy request, with why (the matching's reasons, as codes). */
export interface BuddyProposalV1 {
  volunteerId: string;
  displayName: string;
  neighbourhoodCode: string;
  sameNeighbourhood: boolean;
  /** Straight-line distance from the volunteer's neighbourhood to the place, when community can tell. */
  distanceKm: number | null;
  languages: string[];
  skills: VolunteerSkill[];
  score: number;
  /** 'same-neighbourhood', 'within-distance', 'available', 'language', 'skill:ACCOMPANYING'… */
  reasons: string[];
  /** How an earlier ask of this volunteer went, if asked. */
  asked: BuddyAskStatus | null;
}

export interface BuddyProposalsV1 {
  request: BuddyRequestV1;
  proposals: BuddyProposalV1[];
}

/**
 * A buddy request as the asked volunteer sees it: «accompagna una persona di 80+ anni al Caffè della
 * memoria di martedì a Crocetta». The meeting point (the initiative's place) once they accepted.
 */
export interface MyBuddyRequestV1 {
  referralId: string;
  ask: BuddyAskStatus;
  initiativeTitleIt: string;
  initiativeTitleEn: string;
  sessionStartsAt: string | null;
  neighbourhoodCode: string;
  neighbourhoodName: string;
  ageBand: AgeBand | null;
  /** Ended prescriptions show as ended and nothing more. */
  ended: boolean;
  /** The initiative's place, once the volunteer accepted. */
  meetingPoint: { name: string; address: string } | null;
  /** Whether the organiser accepted the prescription (one of the three conditions of the reveal). */
  prescriptionAccepted: boolean;
}

/**
 * The person's name and phone, revealed by the reports vault to the prescription's matched buddy
 * (CITIZEN) only: the organiser holds the prescription (accepted, in progress or on hold), the
 * person consented to be contacted and did not ask not to be, and the volunteer accepted. Audited
 * with the volunteer's account and the reason. Never the address: the meeting point is the
 * initiative's place (community tells it to the volunteer).
 */
export interface BuddyRevealV1 {
  referralId: string;
  name: string | null;
  phone: string | null;
}
