import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DayPart, InitiativeKind, InitiativeStatus, SeatKind, SessionStatus, Weekday } from '@prossimo/contracts';
import { GeoPointInput } from '../antennas/antennas.models';
import { Connection } from '../graphql/pagination';

registerEnumType(InitiativeKind, { name: 'InitiativeKind', description: 'What kind of initiative (issue 17)' });
registerEnumType(InitiativeStatus, { name: 'InitiativeStatus' });
registerEnumType(SessionStatus, { name: 'SessionStatus' });
registerEnumType(SeatKind, { name: 'SeatKind', description: 'PUBLIC: a registration; REFERRAL: a seat held for a person the social desk refers' });
registerEnumType(DayPart, { name: 'DayPart', description: 'In Europe/Rome: MORNING before 13:00, AFTERNOON 13–18, EVENING from 18:00' });
registerEnumType(Weekday, { name: 'Weekday' });

@ObjectType({ description: 'Where an initiative happens: a public place, never a home.' })
export class InitiativePlace {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() address: string;
  @Field(() => Float) lat: number;
  @Field(() => Float) lng: number;
  @Field({ description: 'Reachable without steps (entrance, room and toilet)' }) stepFree: boolean;
}

@ObjectType({ description: 'An organisation of the directory that runs initiatives (public fields).' })
export class InitiativeOrganiser {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true, description: 'null when the directory does not list it publicly' }) name: string | null;
}

@ObjectType({ description: 'One session of an initiative, with its seats.' })
export class InitiativeSession {
  @Field(() => ID) id: string;
  @Field(() => ID) initiativeId: string;
  @Field(() => ID, { nullable: true, description: 'The weekly series it belongs to' }) seriesId: string | null;
  @Field() startsAt: string;
  @Field() endsAt: string;
  @Field(() => SessionStatus) status: SessionStatus;
  @Field(() => String, { nullable: true, description: 'For the public, beside a cancelled or postponed session' }) note: string | null;
  @Field(() => Int) publicSeats: number;
  @Field(() => Int, { description: 'Seats held for people the social desk refers' }) referralSeats: number;
  @Field(() => Int) publicTaken: number;
  @Field(() => Int) referralTaken: number;
  @Field(() => Int, { description: 'Seats a resident can still take' }) publicLeft: number;
  @Field(() => Int) referralLeft: number;
}

@ObjectType({ description: 'An initiative: a place, a time, what it is; public open data (never about a person).' })
export class Initiative {
  @Field(() => ID) id: string;
  @Field() municipality: string;
  @Field(() => InitiativeKind) kind: InitiativeKind;
  @Field(() => InitiativeStatus) status: InitiativeStatus;
  @Field() titleIt: string;
  @Field(() => String, { nullable: true }) titleEn: string | null;
  @Field() descriptionIt: string;
  @Field(() => String, { nullable: true }) descriptionEn: string | null;
  @Field(() => InitiativeOrganiser, { nullable: true, description: "null: the municipality's own initiative" }) organiser: InitiativeOrganiser | null;
  @Field() neighbourhoodCode: string;
  @Field(() => InitiativePlace) place: InitiativePlace;
  @Field(() => Int, { nullable: true }) ageMin: number | null;
  @Field(() => Int, { nullable: true }) ageMax: number | null;
  @Field() free: boolean;
  @Field(() => String, { nullable: true }) costText: string | null;
  @Field(() => String, { nullable: true }) accessibilitySupport: string | null;
  @Field() goodForLivingAlone: boolean;
  @Field(() => String, { nullable: true }) publicContact: string | null;
  @Field(() => [InitiativeSession], { description: 'Sessions to come (the finder lists the next one only)' }) sessions: InitiativeSession[];
  @Field(() => InitiativeSession, { nullable: true }) nextSession: InitiativeSession | null;
  @Field() updatedAt: string;
}

@ObjectType()
export class InitiativeConnection extends Connection(Initiative) {}

@ObjectType({ description: 'A seat of a session, taken or given back.' })
export class SeatReservation {
  @Field(() => ID) id: string;
  @Field(() => ID) sessionId: string;
  @Field(() => SeatKind) kind: SeatKind;
  @Field({ description: 'HELD or RELEASED' }) status: string;
  @Field() reservedAt: string;
  @Field(() => String, { nullable: true }) releasedAt: string | null;
  @Field(() => Int) publicLeft: number;
  @Field(() => Int) referralLeft: number;
}

@InputType()
export class InitiativePlaceInput {
  @Field() name: string;
  @Field() address: string;
  @Field(() => GeoPointInput) position: GeoPointInput;
  @Field() stepFree: boolean;
}

@InputType({ description: 'An initiative as published (publish and update take the same fields).' })
export class InitiativeInput {
  @Field(() => ID, { description: 'Made by the client (UUID): a retry returns the same initiative; for an update, the initiative' }) id: string;
  @Field(() => InitiativeKind) kind: InitiativeKind;
  @Field() titleIt: string;
  @Field({ nullable: true }) titleEn?: string;
  @Field() descriptionIt: string;
  @Field({ nullable: true }) descriptionEn?: string;
  @Field(() => ID, { nullable: true, description: "ORG_OPERATOR: yours (or none); ADMIN: any organisation, none for the municipality's own" }) organiserOrganisationId?: string;
  @Field() neighbourhoodCode: string;
  @Field(() => InitiativePlaceInput) place: InitiativePlaceInput;
  @Field(() => Int, { nullable: true }) ageMin?: number;
  @Field(() => Int, { nullable: true }) ageMax?: number;
  @Field() free: boolean;
  @Field({ nullable: true, description: 'Required when not free' }) costText?: string;
  @Field({ nullable: true }) accessibilitySupport?: string;
  @Field() goodForLivingAlone: boolean;
  @Field({ nullable: true }) publicContact?: string;
}

@InputType()
export class ScheduleSessionInput {
  @Field(() => ID, { description: 'Made by the client (UUID)' }) id: string;
  @Field(() => ID) initiativeId: string;
  @Field({ description: 'ISO 8601 date and time' }) startsAt: string;
  @Field() endsAt: string;
  @Field(() => Int) publicSeats: number;
  @Field(() => Int) referralSeats: number;
}

@InputType({ description: 'A bounded weekly rule: on these weekdays from firstDate until untilDate, at most maxOccurrences sessions, times in Europe/Rome.' })
export class ScheduleSessionSeriesInput {
  @Field(() => ID, { description: "The series' id, made by the client: a retry returns the same sessions" }) id: string;
  @Field(() => ID) initiativeId: string;
  @Field(() => [Weekday]) weekdays: Weekday[];
  @Field({ description: 'HH:MM' }) startTime: string;
  @Field({ description: 'HH:MM' }) endTime: string;
  @Field({ description: 'YYYY-MM-DD' }) firstDate: string;
  @Field({ description: 'YYYY-MM-DD (inclusive)' }) untilDate: string;
  @Field(() => Int, { nullable: true }) maxOccurrences?: number;
  @Field(() => Int) publicSeats: number;
  @Field(() => Int) referralSeats: number;
}

@InputType()
export class UpdateSessionInput {
  @Field(() => ID) id: string;
  @Field(() => SessionStatus, { nullable: true }) status?: SessionStatus;
  @Field({ nullable: true }) startsAt?: string;
  @Field({ nullable: true }) endsAt?: string;
  @Field(() => Int, { nullable: true }) publicSeats?: number;
  @Field(() => Int, { nullable: true }) referralSeats?: number;
  @Field({ nullable: true, description: 'Shown to the public beside a cancelled or postponed session' }) note?: string;
}

@InputType()
export class ReserveSeatInput {
  @Field(() => ID, { description: 'Made by the client (UUID): a retry is the same seat' }) id: string;
  @Field(() => ID) sessionId: string;
  @Field(() => SeatKind) kind: SeatKind;
}
