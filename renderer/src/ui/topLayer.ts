type Listener = () => void;
const listeners = new Set<Listener>();

/**
 * A modal dialog opened or closed (useModal says so). The message region listens: it moves
 * into the topmost modal dialog, where it is not inert, and clear of the dialog's box.
 */
export function modalChanged(): void {
  for (const l of listeners) l();
}

export function onModalChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** The modal dialog shown last, if any. */
export function topmostModal(): HTMLDialogElement | null {
  const open = [...document.querySelectorAll('dialog')].filter((d) => d.matches(':modal'));
  return open[open.length - 1] ?? null;
}
