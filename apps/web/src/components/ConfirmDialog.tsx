import { KeyboardEvent, ReactNode, useEffect, useId, useRef } from 'react';
import { createPortal } from 'react-dom';
import './dialog.css';

interface Props {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  /** A destructive action: the confirm button is red. */
  danger?: boolean;
  pending?: boolean;
  onConfirm(): void;
  onCancel(): void;
  testId?: string;
}

/**
 * A modal question before an action that is hard to undo (WAI-ARIA dialog pattern): focus moves
 * into it (on the safe choice), Tab stays inside, Escape or the cancel button closes it, and focus
 * goes back to what opened it. The page behind is inert while it is open.
 */
export function ConfirmDialog({ title, children, confirmLabel, cancelLabel, danger, pending, onConfirm, onCancel, testId }: Props) {
  const id = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    cancelRef.current?.focus();
    // The page behind is out of reach (and out of screen readers) while the question is open.
    const page = document.getElementById('root');
    page?.setAttribute('inert', '');
    return () => {
      page?.removeAttribute('inert');
      if (opener && document.contains(opener)) opener.focus();
    };
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
      return;
    }
    if (event.key !== 'Tab') return;
    const focusable = [...(dialogRef.current?.querySelectorAll<HTMLElement>('button:not([disabled]), [href], input, select, textarea') ?? [])];
    if (focusable.length === 0) return;
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return createPortal(
    <div className="confirm-dialog-backdrop" data-testid={testId}>
      <div ref={dialogRef} role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`} className="confirm-dialog card shadow" onKeyDown={onKeyDown}>
        <div className="card-body">
          <h2 id={`${id}-title`} className="h4">
            {title}
          </h2>
          <div id={`${id}-body`} className="mb-3">
            {children}
          </div>
          <div className="d-flex flex-wrap gap-2 justify-content-end">
            <button ref={cancelRef} type="button" className="btn btn-outline-primary" onClick={onCancel} data-testid={testId ? `${testId}-cancel` : undefined}>
              {cancelLabel}
            </button>
            <button type="button" className={`btn ${danger ? 'btn-danger' : 'btn-primary'}`} disabled={pending} onClick={onConfirm} data-testid={testId ? `${testId}-confirm` : undefined}>
              {confirmLabel}
            </button>
          </div>
        </div>
      </div>
    </div>,
    document.body,
  );
}
