import { useEffect, useRef, type RefObject } from 'react';

/** Where the browser leaves focus when the focused element goes away: the page or its dialog. */
const focusLost = (): boolean => {
  const at = document.activeElement;
  return !at || at === document.body || at instanceof HTMLDialogElement;
};

/**
 * When `open` turns false (an inline form or panel went away with the focus in it), focus goes
 * to the element behind the returned ref — the button that opened it — instead of falling to
 * the page, where the keyboard would have to start again from the top. The button may be drawn
 * afresh a moment later (its pane reloading its data), so the intent lasts until focus is
 * somewhere else; focus the person has put somewhere else is left there.
 */
export function useFocusAfterClose<T extends HTMLElement>(open: boolean): RefObject<T | null> {
  const ref = useRef<T>(null);
  const wasOpen = useRef(open);
  const pending = useRef(false);
  useEffect(() => {
    pending.current = wasOpen.current && !open;
    wasOpen.current = open;
  }, [open]);
  // After every render: the button may not be drawn yet, or drawn anew, when `open` turns false.
  useEffect(() => {
    if (!pending.current || (ref.current && document.activeElement === ref.current)) return;
    if (!focusLost()) pending.current = false;
    else ref.current?.focus();
  });
  return ref;
}
