import { useUi } from '../../store/ui';

/** Remembers how to undo a change (Ctrl/⌘+Z) and offers Undo in the message. */
export function offerUndo(message: string, label: string, undo: () => Promise<void>): void {
  const entry = { label: `Undo ${label}`, undo };
  useUi.getState().pushUndo(entry);
  useUi.getState().toast(message, 'info', entry);
}
