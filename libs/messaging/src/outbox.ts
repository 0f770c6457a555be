import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { DomainError, EVENT_CLASSES, EventMap, EventType, eventSubject, parseContract } from '@prossimo/contracts';

/** The payload a caller gives: everything but the envelope fields the outbox fills in. */
export type EventInput<K extends EventType> = Omit<EventMap[K], 'eventId' | 'occurredAt'> & { occurredAt?: string };

/** Marks a query runner whose transaction wrote to the outbox, so the relay can be woken at commit. */
export const OUTBOX_DIRTY = 'prossimoOutboxDirty';

/**
 * Writes domain events to the outbox table inside the caller's transaction. Never "save, then
 * emit": the event exists if and only if the change committed.
 */
export class Outbox {
  constructor(
    private readonly root: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async add<K extends EventType>(em: EntityManager, type: K, input: EventInput<K>): Promise<string> {
    if (!em.queryRunner?.isTransactionActive) {
      throw new Error(`outbox.add(${type}) must run inside a transaction`);
    }
    const eventId = randomUUID();
    const payload = { ...input, eventId, occurredAt: input.occurredAt ?? this.now().toISOString() };
    try {
      // A bug that would publish a malformed event fails here, in the writer's transaction.
      await parseContract(EVENT_CLASSES[type] as new () => object, payload);
    } catch (err) {
      const detail = err instanceof DomainError ? err.message : String(err);
      throw new Error(`refusing to write an invalid ${type} event: ${detail}`);
    }
    await em.query(`INSERT INTO outbox (event_id, subject, payload) VALUES ($1, $2, $3)`, [
      eventId,
      eventSubject(this.root, payload.municipality, type),
      JSON.stringify(payload),
    ]);
    em.queryRunner.data = { ...(em.queryRunner.data as object), [OUTBOX_DIRTY]: true };
    return eventId;
  }
}
