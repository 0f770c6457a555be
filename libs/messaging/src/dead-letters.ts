import type { JetStreamManager, JetStreamClient } from '@nats-io/jetstream';
import { headers as natsHeaders } from '@nats-io/nats-core';
import { streamNames } from '@prossimo/contracts';
import { DLQ_HEADERS } from './event-consumer';

export interface DeadLetter {
  seq: number;
  time: string;
  consumer: string;
  originalSubject: string;
  reason: string;
  error: string;
  deliveries: number;
  /** The event id inside the payload, when it has one (never the payload itself: it may be garbage). */
  eventId: string | null;
}

function describe(seq: number, time: Date, hdrs: { get(k: string): string } | undefined, data: Uint8Array): DeadLetter {
  let eventId: string | null = null;
  try {
    const parsed = JSON.parse(Buffer.from(data).toString('utf8')) as { eventId?: unknown };
    eventId = typeof parsed.eventId === 'string' ? parsed.eventId : null;
  } catch {
    eventId = null;
  }
  return {
    seq,
    time: time.toISOString(),
    consumer: hdrs?.get(DLQ_HEADERS.consumer) ?? '',
    originalSubject: hdrs?.get(DLQ_HEADERS.subject) ?? '',
    reason: hdrs?.get(DLQ_HEADERS.reason) ?? '',
    error: hdrs?.get(DLQ_HEADERS.error) ?? '',
    deliveries: Number(hdrs?.get(DLQ_HEADERS.deliveries) ?? 0),
    eventId,
  };
}

/** Lists dead letters (oldest first), at most `limit`. */
export async function listDeadLetters(jsm: JetStreamManager, root: string, limit = 100): Promise<DeadLetter[]> {
  const { deadLetters } = streamNames(root);
  const info = await jsm.streams.info(deadLetters);
  const out: DeadLetter[] = [];
  if (info.state.messages === 0) return out;
  for (let seq = info.state.first_seq; seq <= info.state.last_seq && out.length < limit; seq++) {
    const m = await jsm.streams.getMessage(deadLetters, { seq }).catch(() => null);
    if (!m) continue; // deleted (replayed or purged)
    out.push(describe(m.seq, m.time, m.header, m.data));
  }
  return out;
}

export async function countDeadLetters(jsm: JetStreamManager, root: string): Promise<number> {
  const info = await jsm.streams.info(streamNames(root).deadLetters);
  return info.state.messages;
}

/**
 * Puts a dead letter back on its original subject (with a fresh message id so JetStream does not
 * drop it as a duplicate) and removes it from the dead-letter stream. Consumers that had already
 * applied the event skip it by their inbox; the one that failed gets another chance.
 */
export async function replayDeadLetter(jsm: JetStreamManager, js: JetStreamClient, root: string, seq: number): Promise<DeadLetter> {
  const { deadLetters } = streamNames(root);
  const m = await jsm.streams.getMessage(deadLetters, { seq });
  if (!m) throw new Error(`no dead letter with sequence ${seq}`);
  const dl = describe(m.seq, m.time, m.header, m.data);
  if (!dl.originalSubject) throw new Error(`dead letter ${seq} has no original subject`);
  const h = natsHeaders();
  h.set('Prossimo-Replayed-From', String(seq));
  await js.publish(dl.originalSubject, m.data, { headers: h, msgID: `replay:${deadLetters}:${seq}` });
  await jsm.streams.deleteMessage(deadLetters, seq);
  return dl;
}
