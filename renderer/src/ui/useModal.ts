import { modalChanged } from './topLayer';
import {
  useLayoutEffect,
  type KeyboardEvent,
  type MouseEvent,
  type RefObject,
  type SyntheticEvent,
} from 'react';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The controls Tab can reach inside `root`, in order, hidden ones left out. */
export function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.checkVisibility());
}

/** Handlers to spread on the `<dialog>` element. */
export interface ModalProps {
  onKeyDown: (e: KeyboardEvent<HTMLDialogElement>) => void;
  onMouseDown: (e: MouseEvent<HTMLDialogElement>) => void;
  onCancel: (e: SyntheticEvent<HTMLDialogElement>) => void;
}

/**
 * Shows a native `<dialog>` as a modal for as long as the component is mounted.
 *
 * showModal() puts it in the top layer (above every message and pane) and makes the rest of the
 * window inert, so neither the mouse, Tab nor a screen reader reaches what is behind. On top of
 * that: focus goes to the first field (or the dialog itself while its content loads), Tab and
 * Shift+Tab wrap around inside it instead of leaving for the window's edge, Escape and a press
 * on the backdrop call `onClose` — Escape also when focus fell to the page because the focused
 * button went away (the dialog's `cancel` event comes whatever has focus) — and on unmount focus
 * returns to what opened it. The dialog closes by being unmounted: `onClose` decides.
 */
export function useModal(
  ref: RefObject<HTMLDialogElement | null>,
  onClose: () => void,
): ModalProps {
  // Layout effect: the dialog is modal and focused before the browser paints it.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    modalChanged();
    const all = focusables(dialog);
    const first =
      dialog.querySelector<HTMLElement>('[autofocus]') ??
      all.find((el) => el.matches('input, select, textarea')) ??
      all[0];
    (first ?? dialog).focus();
    return () => {
      if (dialog.open) dialog.close();
      modalChanged();
      if (before?.isConnected) before.focus();
    };
  }, [ref]);

  return {
    onKeyDown: (e) => {
      // A control inside that used the key for itself (a list, a session) has the last word.
      if (e.defaultPrevented) return;
      const dialog = e.currentTarget;
      if (e.key === 'Escape') {
        // A select's own list drawn in the page (ui/TreeSelect) closes first, as a native one does.
        if (inOpenPicker(e.target)) return;
        // Handled here, not by the cancel event, so nothing behind the dialog acts on it too.
        e.preventDefault();
        e.stopPropagation();
        onClose();
      } else if (e.key === 'Tab') {
        const all = focusables(dialog);
        const first = all[0];
        const last = all[all.length - 1];
        if (!first || !last) return;
        const at = document.activeElement;
        if (e.shiftKey && (at === first || at === dialog)) {
          e.preventDefault();
          last.focus();
        } else if (!e.shiftKey && at === last) {
          e.preventDefault();
          first.focus();
        }
      }
    },
    // The dialog's box is its own element, so a press on the element outside that box is a
    // press on the backdrop.
    onMouseDown: (e) => {
      const dialog = e.currentTarget;
      if (e.target !== dialog) return;
      const r = dialog.getBoundingClientRect();
      const inside =
        e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom;
      if (!inside) onClose();
    },
    onCancel: (e) => {
      e.preventDefault();
      onClose();
    },
  };
}

/** Whether `target` is in a select whose list is open (`:open`; false where unsupported). */
function inOpenPicker(target: EventTarget): boolean {
  const select = target instanceof Element ? target.closest('select') : null;
  try {
    return !!select?.matches(':open');
  } catch {
    return false;
  }
}
