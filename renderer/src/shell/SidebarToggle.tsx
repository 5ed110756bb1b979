import { ACTIONS } from '@shared/menu';
import { shortcutLabel } from '../actions/registry';
import { useUi } from '../store/ui';

export interface Props {
  collapsed: boolean;
}

/** Collapses or expands the sidebar; Ctrl/Cmd+B and the palette run the same toggle. */
export function SidebarToggle({ collapsed }: Props) {
  const label = collapsed ? 'Expand sidebar' : 'Collapse sidebar';
  return (
    <button
      type="button"
      className="icon sidebar__toggle"
      aria-label={label}
      aria-keyshortcuts="Control+B Meta+B"
      title={`${label} (${shortcutLabel(ACTIONS.toggleSidebar.shortcut)})`}
      onClick={() => useUi.getState().toggleSidebar()}
    >
      <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
        <path
          d={
            collapsed
              ? 'M3 4h14v12H3zM7 4v12M10.5 8l2 2l-2 2'
              : 'M3 4h14v12H3zM7 4v12M13 8l-2 2l2 2'
          }
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
    </button>
  );
}
