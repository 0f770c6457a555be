import { useCallback, useState } from 'react';
import { Mutation, useMutation } from '../api/mutation';

/**
 * An action panel: buttons that each open at most one small form (a reason, an outcome), and the
 * page's mutation runner (`useMutation`). A success closes the open form and hands its message to
 * `onDone`; switching form clears the last error.
 */
export function useActionForms<F extends string>(onDone: (message: string, data?: unknown) => void): Mutation & { open: F | null; toggle(form: F | null): void } {
  const [open, setOpen] = useState<F | null>(null);
  const done = useCallback(
    (message: string, data?: unknown) => {
      setOpen(null);
      onDone(message, data);
    },
    [onDone],
  );
  const mutation = useMutation(done);
  const toggle = (form: F | null) => {
    mutation.reset();
    setOpen((current) => (current === form ? null : form));
  };
  return { ...mutation, open, toggle };
}
