import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AgeBand, Need, ReferralStatus, ReferralTargetKind, Urgency } from '../graphql/enums';
import type { ReferralV1 } from '@prossimo/contracts';
import { Connection } from '../graphql/pagination';

@ObjectType({ description: 'A referral to an organisation: needs, place, urgency, age band, consent and state; never personal data.' })
export class Referral {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  reportId: string;

  @Field(() => String, { nullable: true, description: "Its report's reference code («codice della segnalazione», e.g. CB-7K4Q); null for reports from before codes" })
  reportReference: string | null;

  @Field(() => ReferralTargetKind, { description: 'What it sends the person to: SERVICE, or INITIATIVE (a referral to an activity, «invio a un’attività»)' })
  targetKind: ReferralTargetKind;

  @Field(() => ID, { nullable: true, description: 'Its service; null for a referral to an activity' })
  serviceId: string | null;

  @Field({ description: "Its service's name; '' for a referral to an activity (see initiativeTitle)" })
  serviceName: string;

  @Field(() => ID, { nullable: true, description: 'A referral to an activity: its initiative' })
  initiativeId: string | null;

  @Field(() => ID, { nullable: true, description: 'A referral to an activity: its session' })
  sessionId: string | null;

  @Field(() => Date, { nullable: true, description: 'A referral to an activity: when its session starts' })
  sessionStartsAt: Date | null;

  @Field({ description: 'A referral to an activity: the social worker asked for a volunteer buddy for the first visit' })
  buddyRequested: boolean;

  @Field(() => Date, { nullable: true, description: 'A referral to an activity: when the person first attended (the move to IN_PROGRESS)' })
  firstAttendedAt: Date | null;

  @Field(() => [Need])
  needs: Need[];

  @Field()
  neighbourhoodCode: string;

  @Field(() => Urgency)
  urgency: Urgency;

  @Field(() => ReferralStatus)
  status: ReferralStatus;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => AgeBand, { nullable: true, description: "The person's age band (not identifying); null for referrals made before it was kept" })
  ageBand: AgeBand | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the person agreed to be contacted; without consent the first contact goes through the desk (requestDeskFirstContact)' })
  consentToContact: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the person asked not to be contacted directly (the first contact then goes through the desk too)' })
  doNotContact: boolean | null;

  @Field(() => Date, { nullable: true, description: 'When the organisation asked the desk to make the first contact' })
  firstContactRequestedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the desk handed the contact over; the first-contact deadline of a referral without consent starts then' })
  contactHandedOverAt: Date | null;

  @Field({ description: "Whether it holds one of its service's places (taken on accept, freed when it ends)" })
  holdsPlace: boolean;

  @Field(() => Int, { nullable: true, description: "Its service's places left (HSDS service_capacity.available); null when the service does not count places" })
  capacityAvailable: number | null;

  @Field(() => Int, { nullable: true })
  capacityMaximum: number | null;

  @Field(() => String, { nullable: true, description: 'What a place is ("posti", "pasti", …)' })
  capacityUnit: string | null;

  @Field(() => Date, { nullable: true, description: 'Deadline of its running SLA timer (acceptance while REQUESTED, first contact while ACCEPTED); null when none runs; in lists and in the answer to a move' })
  dueAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Which deadline dueAt is: accept | first-contact' })
  dueKind?: string | null;
}

@ObjectType()
export class ReferralConnection extends Connection(Referral) {}

/** A referral as the services send it, with its times as dates. */
export function toReferral(r: ReferralV1): Referral {
  return {
    ...r,
    createdAt: new Date(r.createdAt),
    updatedAt: new Date(r.updatedAt),
    ageBand: r.ageBand ?? null,
    consentToContact: r.consentToContact ?? null,
    doNotContact: r.doNotContact ?? null,
    firstContactRequestedAt: r.firstContactRequestedAt ? new Date(r.firstContactRequestedAt) : null,
    contactHandedOverAt: r.contactHandedOverAt ? new Date(r.contactHandedOverAt) : null,
    holdsPlace: r.holdsPlace ?? false,
    capacityAvailable: r.capacityAvailable ?? null,
    capacityMaximum: r.capacityMaximum ?? null,
    capacityUnit: r.capacityUnit ?? null,
    dueAt: r.dueAt ? new Date(r.dueAt) : null,
    dueKind: r.dueKind ?? null,
    targetKind: r.targetKind ?? ReferralTargetKind.SERVICE,
    serviceId: r.serviceId ?? null,
    initiativeId: r.initiativeId ?? null,
    sessionId: r.sessionId ?? null,
    sessionStartsAt: r.sessionStartsAt ? new Date(r.sessionStartsAt) : null,
    buddyRequested: r.buddyRequested ?? false,
    firstAttendedAt: r.firstAttendedAt ? new Date(r.firstAttendedAt) : null,
  };
}
