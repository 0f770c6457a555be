import { Injectable, OnModuleInit } from '@nestjs/common';
import { EventConsumer } from '@prossimo/messaging';
import { PathwayMove } from './wellbeing.entities';
import { WellbeingFactsRepository } from './wellbeing.repository';

/**
 * Keeps the outcome and pathway figures from the reports vault's month-coarse events
 * (`outcome.recorded.v1`, `pathway.*.v1`), each applied once: the inbox, in the same transaction as
 * its one counter. The events carry no id but their own, so the inbox's `eventId` is the only key;
 * counters are order-independent, and an untag counts as a negative for its action.
 */
@Injectable()
export class WellbeingFactsConsumer implements OnModuleInit {
  constructor(
    private readonly consumer: EventConsumer,
    private readonly facts: WellbeingFactsRepository,
  ) {}

  onModuleInit(): void {
    this.consumer.on('outcome.recorded.v1', async (e, { em }) => {
      await this.facts.countOutcome(em, { municipality: e.municipality, neighbourhoodCode: e.neighbourhoodCode, month: e.month, phase: e.phase, band: e.band });
    });
    for (const [type, move] of [['pathway.opened.v1', PathwayMove.OPENED], ['pathway.closed.v1', PathwayMove.CLOSED]] as const) {
      this.consumer.on(type, async (e, { em }) => {
        await this.facts.countPathway(em, { municipality: e.municipality, neighbourhoodCode: e.neighbourhoodCode, month: e.month, kind: e.kind, move });
      });
    }
    for (const [type, tagged] of [['pathway.action-tagged.v1', true], ['pathway.action-untagged.v1', false]] as const) {
      this.consumer.on(type, async (e, { em }) => {
        await this.facts.countAction(em, { municipality: e.municipality, neighbourhoodCode: e.neighbourhoodCode, month: e.month, kind: e.kind, action: e.action, tagged });
      });
    }
  }
}
