import { Injectable, OnModuleInit } from '@nestjs/common';
import { ReferralChangedV1, ReferralTargetKind } from '@prossimo/contracts';
import { EventConsumer } from '@prossimo/messaging';
import { BuddiesService } from '../buddies/buddies.service';
import { SeatsService } from './seats.service';

/** The moves that give a prescription's seat back: it ended without the person getting there. */
const RELEASING = new Set<string>(['referral.rejected.v1', 'referral.cancelled.v1', 'referral.failed.v1', 'referral.entered-in-error.v1']);

/**
 * Social prescribing (issue 17), community's side (one handler per event type: the consumer keeps
 * one). Seats: a prescription (a referral with targetKind INITIATIVE) holds a REFERRAL seat of its
 * session from its request, and gives it back when it ends without the person getting there
 * (rejected, cancelled — expired, re-routed, no seat, the report's end —, failed, entered in error).
 * A completed or in-progress one keeps its seat: it was used. Buddies: a prescription asking for a
 * buddy opens a buddy request; every later move is kept on it, an ending ends it (buddies/).
 * In the transaction that records the event in the inbox: a redelivery changes nothing.
 */
@Injectable()
export class PrescriptionSeatsConsumer implements OnModuleInit {
  constructor(
    private readonly consumer: EventConsumer,
    private readonly seats: SeatsService,
    private readonly buddies: BuddiesService,
  ) {}

  onModuleInit(): void {
    const isPrescription = (e: ReferralChangedV1): e is ReferralChangedV1 & { initiativeId: string; sessionId: string } =>
      e.targetKind === ReferralTargetKind.INITIATIVE && !!e.initiativeId && !!e.sessionId;
    this.consumer.on('referral.requested.v1', async (e, { em }) => {
      if (!isPrescription(e)) return;
      await this.seats.holdForReferral(em, e);
      await this.buddies.onRequested(em, e);
    });
    const moves = ['referral.accepted.v1', 'referral.rejected.v1', 'referral.in-progress.v1', 'referral.on-hold.v1', 'referral.failed.v1', 'referral.completed.v1', 'referral.cancelled.v1', 'referral.entered-in-error.v1'] as const;
    for (const type of moves) {
      this.consumer.on(type, async (e, { em }) => {
        if (!isPrescription(e)) return;
        if (RELEASING.has(type)) await this.seats.releaseForReferral(em, e);
        await this.buddies.onChanged(em, e);
      });
    }
  }
}
