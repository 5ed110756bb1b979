import { useEffect } from 'react';
import { useUi } from '../store/ui';
import { WIDE_WINDOW_PX } from '../store/layoutSlice';

/**
 * Keeps the store's "narrow window" in step with the window: the sidebar follows it until the
 * person toggles it, and the detail pane becomes a drawer while it holds.
 */
export function useWindowWidth(): void {
  useEffect(() => {
    const query = window.matchMedia(`(max-width: ${WIDE_WINDOW_PX - 0.02}px)`);
    const update = () => useUi.getState().setNarrowWindow(query.matches);
    update();
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
}
