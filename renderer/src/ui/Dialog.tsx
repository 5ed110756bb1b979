import { useEffect, useRef, type ReactNode } from 'react';

export interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
}

/** A modal dialog: focus moves in, Escape closes, focus returns where it was. */
export function Dialog({ title, onClose, children, wide }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    const first = ref.current?.querySelector<HTMLElement>('input, select, textarea, button');
    // A dialog whose content is still loading has nothing to focus yet: focus the dialog itself,
    // so Escape (handled here) closes it whatever the timing.
    (first ?? ref.current)?.focus();
    return () => before?.focus?.();
  }, []);
  return (
    <div className="backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={ref}
        className={`dialog${wide ? ' dialog--wide' : ''}`}
        role="dialog"
        aria-modal="true"
        aria-label={title}
        tabIndex={-1}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onClose();
          }
        }}
      >
        <h2 className="dialog__title">{title}</h2>
        {children}
      </div>
    </div>
  );
}

export interface ActionsProps {
  /** Shown above the buttons as an alert, e.g. a refused write's message. */
  error?: string | null;
  onCancel: () => void;
  /** The confirm button's words. */
  confirm: ReactNode;
  disabled?: boolean;
  /** Without it the confirm button submits the dialog's form. */
  onConfirm?: () => void;
}

/** A confirming dialog's footer: its error, then Cancel and the primary action. */
export function DialogActions({ error, onCancel, confirm, disabled, onConfirm }: ActionsProps) {
  return (
    <>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="dialog__actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button
          type={onConfirm ? 'button' : 'submit'}
          className="primary"
          disabled={disabled}
          onClick={onConfirm}
        >
          {confirm}
        </button>
      </div>
    </>
  );
}
