import { Logger } from '@nestjs/common';
import type { ConsumerMessages, JetStreamClient, JsMsg } from '@nats-io/jetstream';
import { headers as natsHeaders } from '@nats-io/nats-core';
import { DataSource, EntityManager } from 'typeorm';
import { CrashPoints } from './crash-points';
import { DomainError, EVENT_CLASSES, EventMap, EventType, deadLetterSubject, parseContract, parseEventSubject, streamNames } from '@prossimo/contracts';

export interface EventContext {
  /** The transaction the inbox row is written in: the handler's effect must use it. */
  em: EntityManager;
  subject: string;
  municipality: string;
  deliveryCount: number;
}

export type EventHandler<K extends EventType> = (event: EventMap[K], ctx: EventContext) => Promise<void>;

export interface ConsumerOptions {
  root: string;
  /** The durable consumer's name, also the inbox's consumer key (the service name). */
  durable: string;
  /** Deliveries before a failing message is dead-lettered. */
  maxDeliver?: number;
  /** Delay before each redelivery after a failure, by attempt; the last value repeats. */
  backoffMs?: number[];
  /** Messages pulled at a time: few, so that a crash leaves little waiting for redelivery. */
  batch?: number;
  /** While a message is in hand, JetStream is told so this often (it must stay under the ack wait). */
  heartbeatMs?: number;
  /** Test-only crash points (FAULT_CRASH_AT): none unless the settings ask for one. */
  crashPoints?: CrashPoints;
}

export type Settlement = 'ack' | 'nak' | 'dead-letter' | 'skip';

/** Headers on a dead letter. */
export const DLQ_HEADERS = {
  subject: 'Prossimo-Original-Subject',
  consumer: 'Prossimo-Consumer',
  error: 'Prossimo-Error',
  deliveries: 'Prossimo-Deliveries',
  streamSeq: 'Prossimo-Stream-Seq',
  reason: 'Prossimo-Reason',
} as const;

/** A message that can never succeed (bad JSON, invalid payload): dead-letter it at once. */
class PoisonMessage extends Error {}

/**
 * A durable pull consumer. Each message is validated against its contract, then its handler runs
 * in a transaction that also records the event id in the inbox: the effect happens once however
 * often the message is delivered. Return → ack; error → nak with backoff; invalid → dead-letter;
 * last attempt → dead-letter. The consumer moves dead letters itself.
 */
export class EventConsumer {
  private readonly logger: Logger;
  private readonly handlers = new Map<EventType, EventHandler<EventType>>();
  private running = false;
  private loop: Promise<void> | null = null;
  private messages: ConsumerMessages | null = null;
  private readonly maxDeliver: number;
  private readonly backoffMs: number[];

  constructor(
    private readonly ds: DataSource,
    private readonly js: JetStreamClient,
    private readonly opts: ConsumerOptions,
  ) {
    this.logger = new Logger(`EventConsumer:${opts.durable}`);
    this.maxDeliver = opts.maxDeliver ?? 5;
    this.backoffMs = opts.backoffMs ?? [1000, 5000, 15000, 30000];
  }

  on<K extends EventType>(type: K, handler: EventHandler<K>): this {
    this.handlers.set(type, handler as unknown as EventHandler<EventType>);
    return this;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.messages?.close().catch(() => undefined);
    await this.loop;
    this.loop = null;
  }

  private async run(): Promise<void> {
    const { events } = streamNames(this.opts.root);
    let backoff = 0;
    while (this.running) {
      try {
        const consumer = await this.js.consumers.get(events, this.opts.durable);
        this.messages = await consumer.consume({ max_messages: this.opts.batch ?? 10 });
        backoff = 0;
        for await (const msg of this.messages) {
          await this.settle(msg);
          if (!this.running) break;
        }
      } catch (err) {
        if (!this.running) break;
        backoff = Math.min(10_000, backoff ? backoff * 2 : 250);
        this.logger.warn(`consume loop interrupted, resuming in ${backoff} ms: ${(err as Error).message}`);
        await new Promise((r) => setTimeout(r, backoff));
      }
    }
  }

  /** Handles and settles one message; never throws. */
  async settle(msg: JsMsg): Promise<Settlement> {
    let outcome: Settlement;
    let error: Error | null = null;
    // Still in hand: a slow handler (a database under load) is not mistaken for a crashed one.
    const heartbeat = setInterval(() => msg.working(), this.opts.heartbeatMs ?? 3000);
    try {
      outcome = await this.handle(msg.subject, msg.data, msg.info.deliveryCount);
    } catch (err) {
      error = err as Error;
      outcome = err instanceof PoisonMessage || msg.info.deliveryCount >= this.maxDeliver ? 'dead-letter' : 'nak';
    } finally {
      clearInterval(heartbeat);
    }
    try {
      switch (outcome) {
        case 'ack':
          this.opts.crashPoints?.reached('after-effect-before-ack', `${msg.subject} applied, not yet acknowledged`);
          msg.ack();
          break;
        case 'skip':
          msg.ack();
          break;
        case 'nak': {
          const delay = this.backoffMs[Math.min(msg.info.deliveryCount - 1, this.backoffMs.length - 1)];
          this.logger.warn(`${msg.subject} failed (delivery ${msg.info.deliveryCount}/${this.maxDeliver}), retrying in ${delay} ms: ${error?.message}`);
          msg.nak(delay);
          break;
        }
        case 'dead-letter':
          await this.deadLetter(msg, error);
          // No reason: nats-server 2.9 takes only a bare "+TERM" (it ignores "+TERM <reason>", and the
          // message came back every ack wait, for ever). The reason is on the dead letter.
          msg.term();
          break;
        default: {
          const never: never = outcome;
          throw new Error(`unknown settlement ${String(never)}`);
        }
      }
    } catch (settleErr) {
      // Could not dead-letter (broker trouble): leave it for redelivery rather than lose it.
      this.logger.error(`could not settle ${msg.subject}: ${(settleErr as Error).message}`);
      msg.nak(this.backoffMs[0]);
      return 'nak';
    }
    return outcome;
  }

  /**
   * Validates and applies one event. Returns 'skip' for events this service does not handle,
   * 'ack' once applied (or already applied before). Throws PoisonMessage for invalid input.
   */
  async handle(subject: string, data: Uint8Array, deliveryCount = 1): Promise<Settlement> {
    const parsed = parseEventSubject(this.opts.root, subject);
    if (!parsed) throw new PoisonMessage(`subject ${subject} is not an event subject`);
    if (!parsed.type || !this.handlers.has(parsed.type)) return 'skip';
    const type = parsed.type;
    let json: unknown;
    try {
      json = JSON.parse(Buffer.from(data).toString('utf8'));
    } catch {
      throw new PoisonMessage(`${subject}: payload is not JSON`);
    }
    let event: EventMap[EventType];
    try {
      event = await parseContract(EVENT_CLASSES[type] as new () => EventMap[EventType], json);
    } catch (err) {
      if (err instanceof DomainError) throw new PoisonMessage(`${subject}: invalid payload: ${err.message}`);
      throw err;
    }
    if (event.municipality !== parsed.municipality) {
      throw new PoisonMessage(`${subject}: payload municipality ${event.municipality} does not match the subject`);
    }
    const handler = this.handlers.get(type)!;
    await this.ds.transaction(async (em) => {
      const inserted: unknown[] = await em.query(
        `INSERT INTO inbox (consumer, event_id, subject) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING event_id`,
        [this.opts.durable, event.eventId, subject],
      );
      if (inserted.length === 0) return; // applied before: exactly-once effect
      await handler(event, { em, subject, municipality: parsed.municipality, deliveryCount });
    });
    return 'ack';
  }

  private async deadLetter(msg: JsMsg, error: Error | null): Promise<void> {
    const h = natsHeaders();
    h.set(DLQ_HEADERS.subject, msg.subject);
    h.set(DLQ_HEADERS.consumer, this.opts.durable);
    h.set(DLQ_HEADERS.error, (error?.message ?? 'unknown').replace(/[\r\n]+/g, ' ').slice(0, 500));
    h.set(DLQ_HEADERS.deliveries, String(msg.info.deliveryCount));
    h.set(DLQ_HEADERS.streamSeq, String(msg.info.streamSequence));
    h.set(DLQ_HEADERS.reason, error instanceof PoisonMessage ? 'invalid' : 'max-deliveries');
    await this.js.publish(deadLetterSubject(this.opts.root, this.opts.durable), msg.data, {
      headers: h,
      msgID: `${this.opts.durable}:${msg.info.streamSequence}`,
    });
    this.logger.error(`dead-lettered ${msg.subject} (stream seq ${msg.info.streamSequence}): ${error?.message}`);
  }
}
