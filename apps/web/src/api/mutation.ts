import { useCallback, useRef, useState } from 'react';
import { ApiError, gql, Operation, Variables } from './client';

export interface Mutation {
  /**
   * Sends `operation`: resolves to its answer, or to undefined when it was refused or got no answer
   * (then `error` says why). With `success`, `onDone` is told that message and the answer.
   */
  run<T, V extends Variables>(operation: Operation<T, V>, variables: V, success?: string): Promise<T | undefined>;
  pending: boolean;
  /** The last refusal: `ErrorAlert` (or `errorText`) words it in the reader's language. */
  error: ApiError | undefined;
  /** Forgets the last error (a form closed, another one opened). */
  reset(): void;
}

/**
 * The one way a page runs a mutation: pending while it runs, the error kept for the page to show,
 * the answer (and, with a success message, `onDone`) when it worked. It never throws.
 */
export function useMutation(onDone?: (message: string, data: unknown) => void, options: { auth?: boolean } = {}): Mutation {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError>();
  const done = useRef(onDone);
  done.current = onDone;
  const auth = options.auth;
  const run = useCallback(
    async <T, V extends Variables>(operation: Operation<T, V>, variables: V, success?: string): Promise<T | undefined> => {
      setPending(true);
      setError(undefined);
      try {
        const data = auth === undefined ? await gql(operation, variables) : await gql(operation, variables, { auth });
        if (success !== undefined) done.current?.(success, data);
        return data;
      } catch (e) {
        setError(e instanceof ApiError ? e : new ApiError(String(e), undefined, undefined, []));
        return undefined;
      } finally {
        setPending(false);
      }
    },
    [auth],
  );
  const reset = useCallback(() => setError(undefined), []);
  return { run, pending, error, reset };
}
