import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { performUndo, toastDuration, useUi, type Toast } from '../store/ui';
import { reportError } from './errors';
import { useMessageRegion } from './useMessageRegion';

/**
 * The one message system: what just happened, bottom left, at most three at once (the store
 * drops the oldest). Messages leave by themselves; errors stay until dismissed. They show
 * inside an open dialog, clear of its box (useMessageRegion).
 */
export function Toasts() {
  const toasts = useUi((s) => s.toasts);
  const { host, style, fits } = useMessageRegion();
  const shown = fits === undefined ? toasts : toasts.slice(-fits);
  const region = (
    <div className="toasts" role="status" aria-live="polite" style={style}>
      {shown.map((t) => (
        <ToastItem key={t.id} toast={t} />
      ))}
    </div>
  );
  return host ? createPortal(region, host) : region;
}

interface ItemProps {
  toast: Toast;
}

/** One message; its timer stops while the pointer is on it or focus is in it. */
function ToastItem({ toast: t }: ItemProps) {
  const dismiss = () => useUi.getState().dismissToast(t.id);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const left = useRef(toastDuration(t));
  const paused = hovered || focused;
  useEffect(() => {
    if (paused || left.current === null) return;
    const started = Date.now();
    const timer = setTimeout(dismiss, left.current);
    return () => {
      clearTimeout(timer);
      if (left.current !== null) left.current -= Date.now() - started;
    };
    // dismiss only closes over t.id, which never changes for this item.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [paused]);
  return (
    <div
      className={`toast toast--${t.tone}`}
      role={t.tone === 'error' ? 'alert' : undefined}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocused(false);
      }}
    >
      <span>{t.text}</span>
      {t.undo ? (
        <button
          type="button"
          onClick={() => {
            dismiss();
            const entry = t.undo!;
            useUi.setState((s) => ({ undoStack: s.undoStack.filter((u) => u !== entry) }));
            performUndo(entry).catch(reportError);
          }}
        >
          Undo
        </button>
      ) : null}
      <button type="button" className="toast__close" aria-label="Dismiss message" onClick={dismiss}>
        ×
      </button>
    </div>
  );
}
