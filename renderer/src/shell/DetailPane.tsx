import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useUi } from '../store/ui';
import { ObjectiveDetail } from '../features/objectives/ObjectiveDetail';

export interface Props {
  objectiveId: string;
  /** A narrow window: the pane lies over the main area instead of taking a column from it. */
  drawer: boolean;
}

const focusable = (el: Element | null): el is HTMLElement =>
  el instanceof HTMLElement && el !== document.body && el.isConnected;

/**
 * The open objective beside the main area, or over it as a drawer in a narrow window. Escape
 * closes it; closing it (Escape or its Close button) puts focus back on what opened it.
 * Mounted once per objective, so "what opened it" is the card or node of that objective.
 */
export function DetailPane({ objectiveId, drawer }: Props) {
  const ref = useRef<HTMLElement>(null);
  const drawerOnOpen = useRef(drawer);
  useLayoutEffect(() => {
    const pane = ref.current;
    const opener = document.activeElement;
    // A drawer covers what opened it: keyboard users continue inside it.
    if (drawerOnOpen.current) pane?.focus({ preventScroll: true });
    return () => {
      // Only when focus was inside the pane: a click on another card or view keeps its focus.
      const inside = pane?.contains(document.activeElement) ?? false;
      if (inside && focusable(opener)) opener.focus();
    };
  }, []);
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    // A dialog opened from the pane (portalled or nested) handles its own Escape.
    const target = e.target as Element;
    if (!e.currentTarget.contains(target) || target.closest('dialog, [role="dialog"]')) return;
    e.preventDefault();
    useUi.getState().select(null);
  };
  return (
    <aside
      ref={ref}
      className={`detail-pane${drawer ? ' detail-pane--drawer' : ''}`}
      aria-label="Details"
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <ObjectiveDetail objectiveId={objectiveId} />
    </aside>
  );
}
