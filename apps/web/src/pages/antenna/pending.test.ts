import { ApiError } from '../../api/client';
import { Report, SubmitReportInput } from './model';
import { afterAttempt, attempt, retryDelayMs, RETRY_INTERVAL_MS, RETRY_MAX_MS, createQueueStore, dequeue, enqueue, isRetryable, parseQueue, PENDING_KEY, PendingReport, REFRESH_KEY, signedIn, waitingReports } from './pending';

const NOW = new Date('2026-03-10T09:00:00Z');

function input(id: string): SubmitReportInput {
  return { id, neighbourhoodCode: 'crocetta', needs: ['FOOD'], urgency: 'MEDIUM', ageBand: 'AGE_80_PLUS', description: 'Non esce da giorni.', consentToContact: false, doNotContact: false };
}

function report(id: string): Report {
  return { id, advice: null, ageBand: 'AGE_80_PLUS', needs: ['FOOD'], neighbourhoodCode: 'crocetta', status: 'RECEIVED', submittedAt: NOW.toISOString(), urgency: 'MEDIUM' };
}

const networkError = () => new ApiError('network', 'NETWORK', undefined, [], true);
const validationError = () => new ApiError('Dati non validi / Invalid data', 'VALIDATION', 'input.description', [], false);

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (index) => [...map.keys()][index] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, value),
  };
}

describe('pending reports queue', () => {
  it('uses a key the logout wipes', () => {
    expect(PENDING_KEY).toBe('prossimo.pending-reports');
  });

  it('retries requests that got no answer or were only put off, never real refusals', () => {
    expect(isRetryable(networkError())).toBe(true);
    expect(isRetryable(new ApiError('Troppe richieste / Too many requests', 'RATE_LIMITED', undefined, []))).toBe(true);
    expect(isRetryable(new ApiError('Non disponibile / Unavailable', 'UNAVAILABLE', undefined, []))).toBe(true);
    expect(isRetryable(new ApiError('forbidden', 'FORBIDDEN', undefined, []))).toBe(false);
    expect(isRetryable(new ApiError('no code', undefined, undefined, []))).toBe(false);
    expect(isRetryable(validationError())).toBe(false);
    expect(isRetryable(new ApiError('conflict', 'CONFLICT', undefined, []))).toBe(false);
    expect(isRetryable(new Error('boom'))).toBe(false);
  });

  it('classifies an attempt as sent, waiting or rejected', async () => {
    await expect(attempt(input('a'), async (value) => report(value.id))).resolves.toEqual({ kind: 'sent', report: report('a') });
    await expect(attempt(input('a'), () => Promise.reject(networkError()))).resolves.toMatchObject({ kind: 'waiting' });
    await expect(attempt(input('a'), () => Promise.reject(validationError()))).resolves.toMatchObject({ kind: 'rejected', error: { code: 'VALIDATION' } });
  });

  it('keeps a report the server put off (429 on a shared connection) in the queue, with its id', async () => {
    const queue = enqueue([], input('a'), NOW);
    const result = await attempt(input('a'), () => Promise.reject(new ApiError('Troppe richieste / Too many requests', 'RATE_LIMITED', undefined, [])));
    expect(result).toMatchObject({ kind: 'waiting', error: { code: 'RATE_LIMITED' } });
    expect(afterAttempt(queue, input('a'), result, NOW).map((item) => [item.input.id, item.attempts])).toEqual([['a', 1]]);
  });

  it('never holds the same report twice', () => {
    const once = enqueue([], input('a'), NOW);
    const twice = enqueue(once, input('a'), NOW);
    expect(twice).toHaveLength(1);
    expect(twice[0]).toEqual({ input: input('a'), queuedAt: NOW.toISOString(), attempts: 0 });
  });

  it('keeps a report the network lost, with the same id, and counts the failures', async () => {
    const first = await attempt(input('a'), () => Promise.reject(networkError()));
    let queue = afterAttempt([], input('a'), first, NOW);
    expect(queue.map((item) => [item.input.id, item.attempts])).toEqual([['a', 1]]);

    const again = await attempt(queue[0].input, () => Promise.reject(networkError()));
    queue = afterAttempt(queue, queue[0].input, again, NOW);
    expect(queue.map((item) => [item.input.id, item.attempts])).toEqual([['a', 2]]);
  });

  it('removes a report once sent, and one the server refused (which is not retried)', async () => {
    const queue = afterAttempt([], input('a'), { kind: 'waiting', error: networkError() }, NOW);
    const sent = await attempt(queue[0].input, async (value) => report(value.id));
    expect(afterAttempt(queue, queue[0].input, sent, NOW)).toEqual([]);

    const refused = await attempt(input('b'), () => Promise.reject(validationError()));
    expect(afterAttempt([], input('b'), refused, NOW)).toEqual([]);
    expect(dequeue(enqueue([], input('c'), NOW), 'c')).toEqual([]);
  });

  it('shows as waiting only reports whose first attempt failed', () => {
    const queue: PendingReport[] = [
      { input: input('a'), queuedAt: NOW.toISOString(), attempts: 0 },
      { input: input('b'), queuedAt: NOW.toISOString(), attempts: 2 },
    ];
    expect(waitingReports(queue).map((item) => item.input.id)).toEqual(['b']);
  });

  it('reads back what it stored and drops anything malformed', () => {
    const storage = memoryStorage();
    const store = createQueueStore(storage);
    const queue = afterAttempt([], input('a'), { kind: 'waiting', error: networkError() }, NOW);
    store.write(queue);
    expect(parseQueue(storage.getItem(PENDING_KEY))).toEqual(queue);
    expect(createQueueStore(storage).read()).toEqual(queue);

    store.write([]);
    expect(storage.getItem(PENDING_KEY)).toBeNull();

    expect(parseQueue('not json')).toEqual([]);
    expect(parseQueue(JSON.stringify([{ input: { id: 'x' }, queuedAt: 'x', attempts: 0 }]))).toEqual([]);
    expect(parseQueue(JSON.stringify({ input: input('a') }))).toEqual([]);
  });

  it('keeps the queue in memory when the storage fails', () => {
    const broken = memoryStorage();
    broken.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    const store = createQueueStore(broken);
    const queue = enqueue([], input('a'), NOW);
    store.write(queue);
    expect(store.read()).toEqual(queue);
    expect(createQueueStore(undefined).read()).toEqual([]);
  });

  it('writes nothing, not even in memory, when it may not write', () => {
    const storage = memoryStorage();
    let allowed = true;
    const store = createQueueStore(storage, () => allowed);
    store.write(enqueue([], input('a'), NOW));
    expect(parseQueue(storage.getItem(PENDING_KEY))).toHaveLength(1);

    allowed = false;
    storage.clear();
    store.write(enqueue([], input('b'), NOW));
    expect(storage.getItem(PENDING_KEY)).toBeNull();
    expect(store.read()).toEqual([]);

    const memoryOnly = createQueueStore(undefined, () => false);
    memoryOnly.write(enqueue([], input('c'), NOW));
    expect(memoryOnly.read()).toEqual([]);
  });

  it('knows the person signed out when the session’s refresh token is gone', () => {
    window.sessionStorage.clear();
    expect(REFRESH_KEY).toBe('prossimo.refresh');
    expect(signedIn()).toBe(false);
    window.sessionStorage.setItem(REFRESH_KEY, 'token');
    expect(signedIn()).toBe(true);
    window.sessionStorage.clear();
  });
});

describe('when a waiting report is tried again', () => {
  const none = () => 0;
  it('backs off: 10 s, 20 s, 40 s, … never more than 5 minutes', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, undefined, none))).toEqual([RETRY_INTERVAL_MS, 2 * RETRY_INTERVAL_MS, 4 * RETRY_INTERVAL_MS, 8 * RETRY_INTERVAL_MS]);
    expect(retryDelayMs(30, undefined, none)).toBe(RETRY_MAX_MS);
  });

  it("never sooner than the system's Retry-After, and spread by up to a fifth so shops do not all come back at once", () => {
    expect(retryDelayMs(1, 45, none)).toBe(45_000);
    expect(retryDelayMs(1, 2, none)).toBe(RETRY_INTERVAL_MS);
    expect(retryDelayMs(1, undefined, () => 0.999)).toBeLessThanOrEqual(RETRY_INTERVAL_MS * 1.2);
    expect(retryDelayMs(1, undefined, () => 0.5)).toBe(RETRY_INTERVAL_MS * 1.1);
  });
});
