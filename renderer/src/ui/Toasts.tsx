import { performUndo, useUi } from '../store/ui';
import { reportError } from './errors';

/** Messages after an action; a delete's message carries its Undo button. */
export function Toasts() {
  const toasts = useUi((s) => s.toasts);
  const dismiss = useUi((s) => s.dismissToast);
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((t) => (
        <div
          key={t.id}
          className={`toast toast--${t.tone}`}
          role={t.tone === 'error' ? 'alert' : undefined}
        >
          <span>{t.text}</span>
          {t.undo ? (
            <button
              type="button"
              onClick={() => {
                dismiss(t.id);
                const entry = t.undo!;
                useUi.setState((s) => ({ undoStack: s.undoStack.filter((u) => u !== entry) }));
                performUndo(entry).catch(reportError);
              }}
            >
              Undo
            </button>
          ) : null}
          <button
            type="button"
            className="toast__close"
            aria-label="Dismiss message"
            onClick={() => dismiss(t.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
