import { useLayoutEffect, useState, type CSSProperties } from 'react';
import { messagePlace, type MessagePlace } from './messagePlace';
import { onModalChange, topmostModal } from './topLayer';

const viewport = () => ({ width: window.innerWidth, height: window.innerHeight });

const styleOf = (p: MessagePlace): CSSProperties => ({
  left: p.left,
  width: p.width,
  top: p.top ?? 'auto',
  bottom: p.bottom ?? 'auto',
});

export interface MessageRegion {
  /** The open modal dialog the messages move into, or null (they stay in the app's frame). */
  host: HTMLDialogElement | null;
  style: CSSProperties;
  /** How many of the newest messages to show (all when undefined). */
  fits: number | undefined;
}

/**
 * Where the messages live while a modal dialog is open. A modal dialog sits in the top layer
 * and makes everything outside it inert: a message there is hidden behind it, cannot be
 * clicked and is not announced — a popover shown above the dialog is drawn on top but is just
 * as inert. So the region moves into the topmost dialog (a fixed box, not clipped by it) and
 * is placed clear of the dialog's box (messagePlace), following it as it grows or the window
 * changes size.
 */
export function useMessageRegion(): MessageRegion {
  const [host, setHost] = useState<HTMLDialogElement | null>(null);
  const [place, setPlace] = useState<MessagePlace>(() => messagePlace(null, viewport()));
  useLayoutEffect(() => {
    const measure = () =>
      setPlace(messagePlace(topmostModal()?.getBoundingClientRect() ?? null, viewport()));
    const sizes = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    const follow = () => {
      const modal = topmostModal();
      sizes?.disconnect();
      if (modal) sizes?.observe(modal);
      setHost(modal);
      measure();
    };
    follow();
    const off = onModalChange(follow);
    window.addEventListener('resize', measure);
    return () => {
      off();
      sizes?.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, []);
  return { host, style: styleOf(place), fits: place.fits };
}
