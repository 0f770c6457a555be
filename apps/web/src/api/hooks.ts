import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, gql, subscribe } from './client';

export interface QueryState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload(): Promise<void>;
}

/** Runs a query when the component mounts and whenever `variables` change (compared as JSON). */
export function useQuery<T>(query: string, variables?: Record<string, unknown>, options: { skip?: boolean } = {}): QueryState<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(!options.skip);
  const key = JSON.stringify(variables ?? {});
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);
  const reload = useCallback(async () => {
    if (options.skip) return;
    setLoading(true);
    try {
      const result = await gql<T>(query, JSON.parse(key) as Record<string, unknown>);
      if (alive.current) {
        setData(result);
        setError(undefined);
      }
    } catch (e) {
      if (alive.current) setError(e instanceof ApiError ? e : new ApiError(String(e), undefined, undefined, []));
    } finally {
      if (alive.current) setLoading(false);
    }
  }, [query, key, options.skip]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, error, loading, reload };
}

/** Calls `onEvent` for each message of a live feed while the component is mounted. */
export function useSubscription<T>(query: string, onEvent: (data: T) => void, enabled = true): void {
  const handler = useRef(onEvent);
  handler.current = onEvent;
  useEffect(() => {
    if (!enabled) return undefined;
    return subscribe<T>(query, (data) => handler.current(data));
  }, [query, enabled]);
}

/** A mutation with its pending flag and last error. */
export function useMutation<T>(mutation: string): { run(variables?: Record<string, unknown>): Promise<T>; pending: boolean; error: ApiError | undefined; reset(): void } {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError>();
  const run = useCallback(
    async (variables?: Record<string, unknown>) => {
      setPending(true);
      setError(undefined);
      try {
        return await gql<T>(mutation, variables);
      } catch (e) {
        const err = e instanceof ApiError ? e : new ApiError(String(e), undefined, undefined, []);
        setError(err);
        throw err;
      } finally {
        setPending(false);
      }
    },
    [mutation],
  );
  return { run, pending, error, reset: () => setError(undefined) };
}
