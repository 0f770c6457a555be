import { EventType, isEventType } from './events/event-map';

/**
 * Subject names. The root token ("prossimo" by default) is a setting so each test can use its own.
 *
 *   domain events   <root>.<istat>.<aggregate>.<event>.v<N>    stream <ROOT>_EVENTS, subjects <root>.>
 *   dead letters    <root>-dlq.<consumer>                      stream <ROOT>_DLQ,    subjects <root>-dlq.>
 *   request-reply   <root>-rpc.<service>.<verb>.v<N>           core NATS, never stored in a stream
 *
 * Dead letters and RPC live beside the root rather than under it: JetStream refuses streams
 * whose subjects overlap, and a stream on <root>.> would otherwise store every request.
 */
export const SUBJECT_ROOT_PATTERN = /^[a-z][a-z0-9_-]{0,40}$/;

export function eventSubject(root: string, municipality: string, type: EventType): string {
  return `${root}.${municipality}.${type}`;
}

export function eventsWildcard(root: string): string {
  return `${root}.>`;
}

export function deadLetterSubject(root: string, consumer: string): string {
  return `${root}-dlq.${consumer}`;
}

export function deadLetterWildcard(root: string): string {
  return `${root}-dlq.>`;
}

export function rpcSubject(root: string, pattern: string): string {
  return `${root}-rpc.${pattern}`;
}

export function streamNames(root: string): { events: string; deadLetters: string } {
  const base = root.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
  return { events: `${base}_EVENTS`, deadLetters: `${base}_DLQ` };
}

/** Splits `<root>.<istat>.<aggregate>.<event>.v<N>` into its municipality and event type. */
export function parseEventSubject(root: string, subject: string): { municipality: string; type: EventType | null; rawType: string } | null {
  const tokens = subject.split('.');
  if (tokens.length !== 5 || tokens[0] !== root) return null;
  const rawType = tokens.slice(2).join('.');
  return { municipality: tokens[1], type: isEventType(rawType) ? rawType : null, rawType };
}
