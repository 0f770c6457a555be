import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DeliverPolicy, jetstream } from '@nats-io/jetstream';
import type { ConsumerMessages } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { PubSub } from 'graphql-subscriptions';
import { EVENT_CLASSES, EventMap, eventsWildcard, parseContract, parseEventSubject, streamNames } from '@prossimo/contracts';
import { connectNats } from '@prossimo/messaging';
import { busCredentials } from '@prossimo/platform';
import { GatewaySettings } from '../config/gateway.env';
import { GATEWAY_SETTINGS } from '../config/settings.token';

export const LIVE_TOPICS = { referral: 'live.referral', report: 'live.report', alert: 'live.alert', alertChange: 'live.alert-change' } as const;

export interface LiveReferral {
  event: EventMap['referral.requested.v1'];
}

export interface LiveReport {
  event: EventMap['report.submitted.v1'];
}

export interface LiveAlert {
  event: EventMap['alert.raised.v1'];
}

export interface LiveAlertChange {
  event: EventMap['alert.acknowledged.v1'];
}

/**
 * Follows the domain events for this gateway instance's subscribers with an ephemeral, ordered
 * consumer (new messages only): every instance sees every event, unlike the services' durable,
 * work-sharing consumers. Nothing here is stored; a subscriber that was away refetches.
 */
@Injectable()
export class LiveEvents implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('LiveEvents');
  readonly pubsub = new PubSub();
  private nc: NatsConnection | null = null;
  private messages: ConsumerMessages | null = null;
  private running = false;
  private loop: Promise<void> | null = null;

  constructor(@Inject(GATEWAY_SETTINGS) private readonly settings: GatewaySettings) {}

  onApplicationBootstrap(): void {
    this.running = true;
    this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    await this.messages?.close().catch(() => undefined);
    await this.loop?.catch(() => undefined);
    await this.nc?.close().catch(() => undefined);
  }

  private async run(): Promise<void> {
    const root = this.settings.SUBJECT_ROOT;
    let backoff = 0;
    while (this.running) {
      try {
        this.nc ??= await connectNats(this.settings.NATS_URL, 'gateway-live', busCredentials(this.settings, 'gateway'), this.logger);
        const consumer = await jetstream(this.nc).consumers.get(streamNames(root).events, { filter_subjects: eventsWildcard(root), deliver_policy: DeliverPolicy.New });
        this.messages = await consumer.consume();
        backoff = 0;
        for await (const m of this.messages) {
          await this.dispatch(m.subject, m.data);
          if (!this.running) break;
        }
      } catch (err) {
        if (!this.running) break;
        backoff = Math.min(10_000, backoff ? backoff * 2 : 500);
        this.logger.warn(`live events interrupted, resuming in ${backoff} ms: ${(err as Error).message}`);
        await new Promise((r) => setTimeout(r, backoff));
      }
    }
  }

  /** Validates an event and hands it to the subscribers of its topic; anything else is ignored. */
  async dispatch(subject: string, data: Uint8Array): Promise<void> {
    const parsed = parseEventSubject(this.settings.SUBJECT_ROOT, subject);
    if (!parsed?.type) return;
    try {
      const json: unknown = JSON.parse(Buffer.from(data).toString('utf8'));
      if (parsed.type === 'report.submitted.v1') {
        const event = await parseContract(EVENT_CLASSES['report.submitted.v1'], json);
        await this.pubsub.publish(LIVE_TOPICS.report, { event } satisfies LiveReport);
      } else if (parsed.type === 'alert.raised.v1') {
        const event = await parseContract(EVENT_CLASSES['alert.raised.v1'], json);
        await this.pubsub.publish(LIVE_TOPICS.alert, { event } satisfies LiveAlert);
      } else if (parsed.type === 'alert.acknowledged.v1' || parsed.type === 'alert.resolved.v1' || parsed.type === 'alert.escalated.v1') {
        const event = await parseContract(EVENT_CLASSES[parsed.type], json);
        await this.pubsub.publish(LIVE_TOPICS.alertChange, { event } satisfies LiveAlertChange);
      } else if (parsed.type.startsWith('referral.') && parsed.type !== 'referral.unmatched.v1') {
        const event = await parseContract(EVENT_CLASSES['referral.requested.v1'], json);
        await this.pubsub.publish(LIVE_TOPICS.referral, { event } satisfies LiveReferral);
      }
    } catch {
      // Not for us to judge: the services dead-letter invalid events; subscribers just do not see them.
    }
  }
}
