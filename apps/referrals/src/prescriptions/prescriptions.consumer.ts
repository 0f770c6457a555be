import { Injectable, OnModuleInit } from '@nestjs/common';
import { EventConsumer } from '@prossimo/messaging';
import { InitiativeTargetsRepository } from './initiative-targets.repository';
import { PrescriptionsService } from './prescriptions.service';

/**
 * What referrals learns from community (issue 17): its initiatives and sessions, as a read model to
 * address prescriptions, and a seat it could not hold for one (the prescription then ends). In the
 * transaction that records the event in the inbox: once, however often it is delivered.
 */
@Injectable()
export class PrescriptionsConsumer implements OnModuleInit {
  constructor(
    private readonly consumer: EventConsumer,
    private readonly targets: InitiativeTargetsRepository,
    private readonly prescriptions: PrescriptionsService,
  ) {}

  onModuleInit(): void {
    for (const type of ['initiative.published.v1', 'initiative.updated.v1', 'initiative.withdrawn.v1'] as const) {
      this.consumer.on(type, async (e, { em }) => {
        await this.targets.upsertInitiative(em, {
          id: e.initiativeId,
          municipality: e.municipality,
          organiserOrganisationId: e.organiserOrganisationId ?? null,
          neighbourhoodCode: e.neighbourhoodCode,
          status: e.status,
          changedAt: new Date(e.occurredAt),
        });
      });
    }
    for (const type of ['initiative.session-scheduled.v1', 'initiative.session-changed.v1'] as const) {
      this.consumer.on(type, async (e, { em }) => {
        await this.targets.upsertSession(em, {
          id: e.sessionId,
          initiativeId: e.initiativeId,
          municipality: e.municipality,
          startsAt: new Date(e.startsAt),
          endsAt: new Date(e.endsAt),
          status: e.status,
          referralSeats: e.referralSeats,
          changedAt: new Date(e.occurredAt),
        });
      });
    }
    for (const type of ['initiative.seat-reserved.v1', 'initiative.seat-released.v1'] as const) {
      this.consumer.on(type, async (e, { em }) => {
        await this.targets.setReferralTaken(em, e.sessionId, e.referralTaken, new Date(e.occurredAt));
      });
    }
    this.consumer.on('initiative.referral-seat-refused.v1', async (e, { em }) => {
      await this.prescriptions.seatRefused(em, e.referralId);
    });
  }
}
