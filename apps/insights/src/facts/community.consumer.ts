import { Injectable, OnModuleInit } from '@nestjs/common';
import { InitiativeStatus } from '@prossimo/contracts';
import { EventConsumer } from '@prossimo/messaging';
import { CommunityFactsRepository } from './community.repository';
import { monthOf } from './facts.entities';

/**
 * Keeps the community figures from apps/community's `initiative.*` events, each applied once (the
 * inbox, in the same transaction as its writes), order-independent: the newest event wins for what
 * an initiative or a session is, seats taken are counted per seat event.
 *
 * One consumer per event family (this file; facts.consumer.ts for reports and referrals, and
 * prescriptions among them; volunteers.consumer.ts for volunteer hours). The families still to
 * come — outcomes and pathways from the reports vault — each get a file like this one, with their
 * tables (docs/community.md, "On the city's dashboard").
 */
@Injectable()
export class CommunityFactsConsumer implements OnModuleInit {
  constructor(
    private readonly consumer: EventConsumer,
    private readonly facts: CommunityFactsRepository,
  ) {}

  onModuleInit(): void {
    for (const type of ['initiative.published.v1', 'initiative.updated.v1', 'initiative.withdrawn.v1'] as const) {
      this.consumer.on(type, async (e, { em }) => {
        await this.facts.applyInitiative(em, {
          initiativeId: e.initiativeId,
          municipality: e.municipality,
          neighbourhoodCode: e.neighbourhoodCode,
          kind: e.kind,
          status: e.status,
          publishedMonth: type === 'initiative.published.v1' ? monthOf(e.occurredAt) : null,
          withdrawnAt: e.status === InitiativeStatus.WITHDRAWN ? e.occurredAt : null,
          at: e.occurredAt,
        });
      });
    }
    for (const type of ['initiative.session-scheduled.v1', 'initiative.session-changed.v1'] as const) {
      this.consumer.on(type, async (e, { em }) => {
        await this.facts.applySession(em, {
          sessionId: e.sessionId,
          initiativeId: e.initiativeId,
          municipality: e.municipality,
          neighbourhoodCode: e.neighbourhoodCode,
          month: monthOf(e.startsAt),
          startsAt: e.startsAt,
          status: e.status,
          publicSeats: e.publicSeats,
          referralSeats: e.referralSeats,
          at: e.occurredAt,
        });
      });
    }
    for (const [type, delta] of [['initiative.seat-reserved.v1', 1], ['initiative.seat-released.v1', -1]] as const) {
      this.consumer.on(type, async (e, { em }) => {
        await this.facts.countSeat(em, { sessionId: e.sessionId, initiativeId: e.initiativeId, municipality: e.municipality, neighbourhoodCode: e.neighbourhoodCode, kind: e.kind, delta });
      });
    }
  }
}
