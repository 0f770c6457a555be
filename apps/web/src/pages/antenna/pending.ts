import { ApiError } from '../../api/client';
import { PENDING_KEY, REFRESH_KEY } from '../../auth/storageKeys';
import { isAgeBand, isNeed, isUrgency, Report, SubmitReportInput } from './model';

/**
 * Reports that could not be sent because the network failed. Each keeps the id the client made,
 * so a retry returns the same report and never creates a second one. They live in this tab's
 * sessionStorage under the app's prefix (wiped at logout) and in memory.
 */
export { PENDING_KEY, REFRESH_KEY };

/** How often the queue is retried while it is not empty. */
/** The first automatic retry waits this long; each further one twice as long, up to RETRY_MAX_MS. */
export const RETRY_INTERVAL_MS = 10_000;
export const RETRY_MAX_MS = 5 * 60_000;
/** A random share added to each wait, so that many shops coming back together do not retry together. */
export const RETRY_JITTER = 0.2;

/**
 * How long to wait before the next automatic retry, after `attempts` failed ones: backing off
 * (10 s, 20 s, 40 s, … 5 min) and never sooner than the system asked (Retry-After).
 */
export function retryDelayMs(attempts: number, retryAfterSeconds?: number, random: () => number = Math.random): number {
  const backoff = Math.min(RETRY_MAX_MS, RETRY_INTERVAL_MS * 2 ** Math.max(0, attempts - 1));
  const asked = retryAfterSeconds && retryAfterSeconds > 0 ? retryAfterSeconds * 1000 : 0;
  return Math.round(Math.max(backoff, asked) * (1 + RETRY_JITTER * random()));
}

export interface PendingReport {
  input: SubmitReportInput;
  /** ISO time the report was first put in the queue. */
  queuedAt: string;
  /** Failed attempts so far (0 while the first attempt is under way). */
  attempts: number;
}

/** What one attempt to send a report came to. */
export type Attempt =
  | { kind: 'sent'; report: Report }
  /** No answer from the server: keep it and try again with the same id. */
  | { kind: 'waiting'; error: ApiError }
  /** The server answered no (validation, conflict, permission): retrying would not help. */
  | { kind: 'rejected'; error: ApiError | Error };

/** Refusals that only mean "not now": the same report, sent later, may well go through. */
const TEMPORARY_CODES = new Set(['RATE_LIMITED', 'UNAVAILABLE']);

/**
 * Worth sending again: a request that never got an answer, or one the server put off (too many
 * requests from a shared shop connection, service busy). Such a report may already be stored from
 * an earlier attempt whose answer was lost, so it must stay queued with its id, never be dropped
 * and made again with a new one.
 */
export function isRetryable(error: unknown): error is ApiError {
  return error instanceof ApiError && (error.network || (!!error.code && TEMPORARY_CODES.has(error.code)));
}

/**
 * False once the person has signed out of this tab (the logout wipes the refresh token with the
 * rest of the app's storage): from then on nothing may be written back. When the storage cannot
 * be read at all, the queue lives only in memory, which the page takes with it.
 */
export function signedIn(): boolean {
  try {
    return typeof window === 'undefined' || window.sessionStorage.getItem(REFRESH_KEY) !== null;
  } catch {
    return true;
  }
}

export async function attempt(input: SubmitReportInput, send: (input: SubmitReportInput) => Promise<Report>): Promise<Attempt> {
  try {
    return { kind: 'sent', report: await send(input) };
  } catch (error) {
    if (isRetryable(error)) return { kind: 'waiting', error };
    return { kind: 'rejected', error: error instanceof Error ? error : new Error(String(error)) };
  }
}

/** Adds a report to the queue; one already there with the same id is kept as it is (never twice). */
export function enqueue(queue: PendingReport[], input: SubmitReportInput, now: Date): PendingReport[] {
  if (queue.some((item) => item.input.id === input.id)) return queue;
  return [...queue, { input, queuedAt: now.toISOString(), attempts: 0 }];
}

export function dequeue(queue: PendingReport[], id: string): PendingReport[] {
  return queue.filter((item) => item.input.id !== id);
}

export function recordFailure(queue: PendingReport[], id: string): PendingReport[] {
  return queue.map((item) => (item.input.id === id ? { ...item, attempts: item.attempts + 1 } : item));
}

/** The queue after an attempt: sent or refused reports leave it, unanswered ones stay (added if new). */
export function afterAttempt(queue: PendingReport[], input: SubmitReportInput, result: Attempt, now: Date): PendingReport[] {
  if (result.kind !== 'waiting') return dequeue(queue, input.id);
  return recordFailure(enqueue(queue, input, now), input.id);
}

/** The reports to show as waiting: those whose first attempt is still under way are not (yet). */
export function waitingReports(queue: PendingReport[]): PendingReport[] {
  return queue.filter((item) => item.attempts > 0);
}

function isPendingReport(value: unknown): value is PendingReport {
  if (!value || typeof value !== 'object') return false;
  const item = value as Partial<PendingReport>;
  const input = item.input as Partial<SubmitReportInput> | undefined;
  return (
    typeof item.queuedAt === 'string' &&
    typeof item.attempts === 'number' &&
    !!input &&
    typeof input.id === 'string' &&
    typeof input.neighbourhoodCode === 'string' &&
    typeof input.description === 'string' &&
    typeof input.consentToContact === 'boolean' &&
    Array.isArray(input.needs) &&
    input.needs.every(isNeed) &&
    isUrgency(input.urgency) &&
    isAgeBand(input.ageBand)
  );
}

/** Reads a stored queue; anything unreadable is dropped rather than sent. */
export function parseQueue(raw: string | null): PendingReport[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? value.filter(isPendingReport) : [];
  } catch {
    return [];
  }
}

export interface QueueStore {
  read(): PendingReport[];
  write(queue: PendingReport[]): void;
}

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * The queue in the given storage, with an in-memory copy for when the storage is unavailable or full.
 * `canWrite` (if given) is asked before every write: when it says no, nothing is written anywhere.
 */
export function createQueueStore(storage: KeyValueStorage | undefined, canWrite?: () => boolean): QueueStore {
  let memory: PendingReport[] = [];
  let usable = !!storage;
  if (storage) {
    try {
      memory = parseQueue(storage.getItem(PENDING_KEY));
    } catch {
      usable = false;
    }
  }
  return {
    read() {
      if (storage && usable) {
        try {
          memory = parseQueue(storage.getItem(PENDING_KEY));
        } catch {
          usable = false;
        }
      }
      return memory;
    },
    write(queue) {
      if (canWrite && !canWrite()) return;
      memory = queue;
      if (!storage || !usable) return;
      try {
        if (queue.length) storage.setItem(PENDING_KEY, JSON.stringify(queue));
        else storage.removeItem(PENDING_KEY);
      } catch {
        usable = false;
      }
    },
  };
}

/** This tab's sessionStorage, when the browser lets us use it. */
export function sessionStore(): KeyValueStorage | undefined {
  try {
    return typeof window !== 'undefined' ? window.sessionStorage : undefined;
  } catch {
    return undefined;
  }
}
