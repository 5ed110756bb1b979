import { useRef, type ReactNode } from 'react';
import { useModal } from './useModal';

export interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
}

/**
 * A modal dialog on the native `<dialog>` (useModal: top layer, inert page behind, focus kept
 * inside, Escape closes, focus returns to what opened it). Ctrl/Cmd+Enter runs its primary
 * action and Enter on a select submits its form: both are window-wide (formKeys.ts), so a form
 * in a pane behaves the same.
 */
export function Dialog({ title, onClose, children, wide }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const modal = useModal(ref, onClose);
  return (
    <dialog
      ref={ref}
      className={`dialog${wide ? ' dialog--wide' : ''}`}
      aria-label={title}
      tabIndex={-1}
      {...modal}
    >
      <h2 className="dialog__title">{title}</h2>
      {children}
    </dialog>
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
