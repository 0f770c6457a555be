import { Injectable, OnModuleInit } from '@nestjs/common';
import { ReferralChangedV1, ReferralTargetKind } from '@prossimo/contracts';
import { EventConsumer } from '@prossimo/messaging';
import { SeatsService } from './seats.service';

/**
 * Social prescribing (issue 17), community's side: a prescription (a referral with targetKind
 * INITIATIVE) holds a REFERRAL seat of its session from its request, and gives it back when it ends
 * without the person getting there (rejected, cancelled — expired, re-routed, no seat, the report's
 * end —, failed, entered in error). A completed or in-progress one keeps its seat: it was used.
 * In the transaction that records the event in the inbox: a redelivery changes nothing.
 */
@Injectable()
export class PrescriptionSeatsConsumer implements OnModuleInit {
  constructor(
    private readonly consumer: EventConsumer,
    private readonly seats: SeatsService,
  ) {}

  onModuleInit(): void {
    const isPrescription = (e: ReferralChangedV1): e is ReferralChangedV1 & { initiativeId: string; sessionId: string } =>
      e.targetKind === ReferralTargetKind.INITIATIVE && !!e.initiativeId && !!e.sessionId;
    this.consumer.on('referral.requested.v1', async (e, { em }) => {
      if (isPrescription(e)) await this.seats.holdForReferral(em, e);
    });
    for (const type of ['referral.rejected.v1', 'referral.cancelled.v1', 'referral.failed.v1', 'referral.entered-in-error.v1'] as const) {
      this.consumer.on(type, async (e, { em }) => {
        if (isPrescription(e)) await this.seats.releaseForReferral(em, e);
      });
    }
  }
}
