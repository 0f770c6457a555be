import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, gql, onLiveReconnect, Operation, subscribe, Variables } from './client';

export interface QueryState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload(): Promise<void>;
}

/** Runs a query when the component mounts and whenever `variables` change (compared as JSON). */
export function useQuery<T, V extends Variables>(query: Operation<T, V>, variables?: V, options: { skip?: boolean } = {}): QueryState<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(!options.skip);
  const key = JSON.stringify(variables ?? {});
  const alive = useRef(true);
  // Only the newest request's answer is applied: a slow older one never overwrites a newer one.
  const latest = useRef(0);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);
  const reload = useCallback(async () => {
    if (options.skip) return;
    const request = ++latest.current;
    const current = () => alive.current && request === latest.current;
    setLoading(true);
    try {
      const result = await gql(query, JSON.parse(key) as V);
      if (current()) {
        setData(result);
        setError(undefined);
      }
    } catch (e) {
      if (current()) setError(e instanceof ApiError ? e : new ApiError(String(e), undefined, undefined, []));
    } finally {
      if (current()) setLoading(false);
    }
  }, [query, key, options.skip]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, error, loading, reload };
}

/**
 * Calls `onEvent` for each message of a live feed while the component is mounted. Messages sent
 * while the connection was down are not replayed: `onReconnect` (usually the page's reload) runs
 * when it comes back, and a feed that ends with an error is opened again after a pause.
 */
export function useSubscription<T, V extends Variables>(query: Operation<T, V>, onEvent: (data: T) => void, enabled = true, onReconnect?: () => void): void {
  const handler = useRef(onEvent);
  handler.current = onEvent;
  const reconnect = useRef(onReconnect);
  reconnect.current = onReconnect;
  useEffect(() => {
    if (!enabled) return undefined;
    let stop: () => void = () => undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let closed = false;
    const open = (delayMs: number) => {
      stop = subscribe(
        query,
        (data) => handler.current(data),
        () => {
          if (closed) return;
          retry = setTimeout(() => open(Math.min(delayMs * 2, 30_000)), delayMs);
        },
      );
    };
    open(1000);
    const offReconnect = onLiveReconnect(() => reconnect.current?.());
    return () => {
      closed = true;
      if (retry) clearTimeout(retry);
      offReconnect();
      stop();
    };
  }, [query, enabled]);
}
