import { Injectable, OnModuleInit } from '@nestjs/common';
import { EventConsumer } from '@prossimo/messaging';
import { VolunteerFactsRepository } from './volunteers.repository';

/**
 * Volunteer hours per neighbourhood and month from community's `volunteer.hours-recorded.v1` (one
 * line of an organisation's hours register each), applied once through the inbox: a redelivered
 * event adds nothing. Sums do not depend on the order events come in. The month is the one of the
 * day worked, the neighbourhood the role's; the volunteer is never named (the event has no name).
 */
@Injectable()
export class VolunteerFactsConsumer implements OnModuleInit {
  constructor(
    private readonly consumer: EventConsumer,
    private readonly facts: VolunteerFactsRepository,
  ) {}

  onModuleInit(): void {
    this.consumer.on('volunteer.hours-recorded.v1', async (e, { em }) => {
      await this.facts.countHours(em, { municipality: e.municipality, neighbourhoodCode: e.neighbourhoodCode, month: `${e.day.slice(0, 7)}-01`, minutes: e.minutes });
    });
  }
}
