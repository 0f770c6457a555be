import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import { Report, SubmitReportInput } from './model';
import { afterAttempt, Attempt, attempt, createQueueStore, enqueue, PendingReport, QueueStore, retryDelayMs, sessionStore, signedIn, waitingReports } from './pending';

export interface PendingEvents {
  /** A report from the queue reached the server. */
  onSent(item: PendingReport, report: Report): void;
  /** The server refused a report from the queue: it left the queue. */
  onRejected(item: PendingReport, error: ApiError | Error): void;
}

export interface PendingReports {
  /** Reports waiting for the network (their first attempt failed). */
  waiting: PendingReport[];
  retrying: boolean;
  /** Sends a new report; if the network fails it stays queued with its id. */
  submit(input: SubmitReportInput): Promise<Attempt>;
  /** Sends the queue again, oldest first, stopping at the first network failure. */
  retryNow(): Promise<void>;
}

/**
 * The outbox of the flag form. A report enters the queue before its first attempt, so one the
 * page leaves mid-request is not lost; it leaves the queue once the server answers. Retries run
 * when the page opens, after a wait that grows with each failure (10 s, 20 s, 40 s… up to 5 minutes,
 * and never sooner than the system's Retry-After) while something waits, and when the browser is
 * back online. After the page is gone late answers may only remove reports from the queue, never
 * write them back; after sign-out (the storage is wiped, the refresh token with it) nothing is
 * written at all, so the tab keeps nothing of the reports.
 */
export function usePendingReports(send: (input: SubmitReportInput) => Promise<Report>, events: PendingEvents): PendingReports {
  const [store] = useState<QueueStore>(() => createQueueStore(sessionStore(), signedIn));
  const [queue, setQueue] = useState<PendingReport[]>(() => store.read());
  const [retrying, setRetrying] = useState(false);
  const alive = useRef(true);
  const inFlight = useRef(new Set<string>());
  const flushing = useRef(false);
  /** The last failure: how many attempts so far, and when the system asked to be tried again. */
  const lastWait = useRef<{ attempts: number; retryAfterSeconds?: number }>({ attempts: 1 });
  const [rescheduled, setRescheduled] = useState(0);
  const sendRef = useRef(send);
  sendRef.current = send;
  const eventsRef = useRef(events);
  eventsRef.current = events;

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const update = useCallback(
    (change: (queue: PendingReport[]) => PendingReport[], removal: boolean) => {
      if (!signedIn()) return;
      if (!alive.current && !removal) return;
      const next = change(store.read());
      store.write(next);
      if (alive.current) setQueue(next);
    },
    [store],
  );

  const run = useCallback(
    async (input: SubmitReportInput): Promise<Attempt> => {
      inFlight.current.add(input.id);
      try {
        const result = await attempt(input, (value) => sendRef.current(value));
        update((current) => afterAttempt(current, input, result, new Date()), result.kind !== 'waiting');
        if (result.kind === 'waiting') {
          const attempts = store.read().find((i) => i.input.id === input.id)?.attempts ?? 1;
          lastWait.current = { attempts, retryAfterSeconds: result.error.retryAfterSeconds };
          // The next automatic retry is planned from this failure.
          if (alive.current) setRescheduled((n) => n + 1);
        }
        return result;
      } finally {
        inFlight.current.delete(input.id);
      }
    },
    [update, store],
  );

  const submit = useCallback(
    (input: SubmitReportInput) => {
      update((current) => enqueue(current, input, new Date()), false);
      return run(input);
    },
    [update, run],
  );

  const retryNow = useCallback(async () => {
    if (flushing.current || store.read().length === 0) return;
    flushing.current = true;
    setRetrying(true);
    try {
      for (const item of store.read()) {
        if (!alive.current || !signedIn()) break;
        if (inFlight.current.has(item.input.id)) continue;
        const result = await run(item.input);
        if (result.kind === 'waiting') break;
        if (!alive.current) continue;
        if (result.kind === 'sent') eventsRef.current.onSent(item, result.report);
        else eventsRef.current.onRejected(item, result.error);
      }
    } finally {
      flushing.current = false;
      if (alive.current) setRetrying(false);
    }
  }, [store, run]);

  useEffect(() => {
    void retryNow();
    const onOnline = () => void retryNow();
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [retryNow]);

  const hasQueue = queue.length > 0;
  useEffect(() => {
    if (!hasQueue) return undefined;
    const { attempts, retryAfterSeconds } = lastWait.current;
    const timer = window.setTimeout(() => {
      void retryNow().finally(() => setRescheduled((n) => n + 1));
    }, retryDelayMs(attempts, retryAfterSeconds));
    return () => window.clearTimeout(timer);
  }, [hasQueue, retryNow, rescheduled]);

  return { waiting: waitingReports(queue), retrying, submit, retryNow };
}
