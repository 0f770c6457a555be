import { useCallback, useState } from 'react';
import { ApiError, gql } from './client';

/** Runs one mutation; on success hands its message (and the mutation's answer) to `onDone` (which shows it and reloads). */
export function useAction(onDone: (message: string, data?: unknown) => void): {
  run(mutation: string, variables: Record<string, unknown>, success: string): Promise<boolean>;
  pending: boolean;
  error: ApiError | undefined;
  clear(): void;
} {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError>();
  const run = useCallback(
    async (mutation: string, variables: Record<string, unknown>, success: string) => {
      setPending(true);
      setError(undefined);
      try {
        const data = await gql(mutation, variables);
        onDone(success, data);
        return true;
      } catch (e) {
        setError(e instanceof ApiError ? e : new ApiError(String(e), undefined, undefined, []));
        return false;
      } finally {
        setPending(false);
      }
    },
    [onDone],
  );
  return { run, pending, error, clear: () => setError(undefined) };
}
