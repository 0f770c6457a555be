import { useCallback, useState } from 'react';
import { useAction } from '../api/useAction';

/**
 * An action panel: buttons that each open at most one small form (a reason, an outcome), and one
 * mutation runner. A success closes the open form and hands its message to `onDone`; switching
 * form clears the last error.
 */
export function useActionForms<F extends string>(onDone: (message: string, data?: unknown) => void) {
  const [open, setOpen] = useState<F | null>(null);
  const done = useCallback(
    (message: string, data?: unknown) => {
      setOpen(null);
      onDone(message, data);
    },
    [onDone],
  );
  const { run, pending, error, clear } = useAction(done);
  const toggle = (form: F | null) => {
    clear();
    setOpen((current) => (current === form ? null : form));
  };
  return { open, toggle, run, pending, error };
}
