import { IsISO8601, IsUUID, Matches } from 'class-validator';
import { ISTAT_CODE } from '../domain';

/**
 * Every domain event carries its own id (the outbox row id, also the Nats-Msg-Id and the
 * consumers' inbox key), when it happened, and the municipality it belongs to.
 * Events never carry personal data: ids, places, needs, urgency, age band and times only.
 */
export abstract class DomainEventBase {
  @IsUUID()
  eventId: string;

  @IsISO8601({ strict: true })
  occurredAt: string;

  @Matches(ISTAT_CODE, { message: 'municipality must be a six-digit ISTAT code' })
  municipality: string;
}
