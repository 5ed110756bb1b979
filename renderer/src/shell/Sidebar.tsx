import { CYCLE_STATE_LABELS } from '@shared/domain/cycle';
import { useCycles } from '../db/queries';
import { OrgScopeSelect } from './OrgScopeSelect';
import { SidebarToggle } from './SidebarToggle';
import { SyncStatusLine } from './SyncStatusLine';
import { ViewIcon } from './ViewIcon';
import './shell.css';
import { useUi } from '../store/ui';
import { NavBadge, navItemName, useNavCounts } from './NavBadge';
import { useShownViews } from './useShownViews';
import { isSidebarCollapsed } from '../store/layoutSlice';
import { VIEW_LABELS } from './views';
import { CycleHeader } from '../features/cycles/CycleHeader';
import { useCurrentCycle, useToday } from '../features/workspace';
import { WorkspaceSwitcher } from '../features/workspaces/WorkspaceSwitcher';
import { useOrgViewOnly } from '../sync/useViewOnly';

/**
 * Cycle picker, org scope and the views; the open cycle and unit follow you across views.
 * Collapsed, it is a rail of the views' pictures (their names stay their accessible names and
 * tooltips), so every view is still one click or Tab away.
 */
export function Sidebar() {
  const collapsed = useUi(isSidebarCollapsed);
  const view = useUi((s) => s.view);
  const views = useShownViews();
  const counts = useNavCounts(views);
  return (
    <nav
      className={`sidebar${collapsed ? ' sidebar--collapsed' : ''}`}
      aria-label="Main"
      id="sidebar"
    >
      <div className="sidebar__top">
        {collapsed ? null : (
          <div className="brand" aria-hidden="true">
            ▲ Cairn
          </div>
        )}
        <SidebarToggle collapsed={collapsed} />
      </div>
      {collapsed ? null : <WorkspaceSwitcher />}
      {collapsed ? null : <CycleAndScope />}
      <ul className="nav">
        {views.map((v) => (
          <li key={v}>
            <button
              type="button"
              className={v === view ? 'is-current' : undefined}
              aria-current={v === view ? 'page' : undefined}
              title={collapsed ? VIEW_LABELS[v] : undefined}
              aria-label={navItemName(VIEW_LABELS[v], counts[v])}
              onClick={() => useUi.getState().setView(v)}
            >
              <ViewIcon view={v} />
              <span className={collapsed ? 'sr-only' : 'nav__label'}>{VIEW_LABELS[v]}</span>
              <NavBadge count={counts[v]} collapsed={collapsed} />
            </button>
          </li>
        ))}
      </ul>
      {collapsed ? null : <SyncStatusLine />}
      {collapsed ? null : <p className="sidebar__foot muted small">Ctrl/⌘ K — commands</p>}
    </nav>
  );
}

/** The open cycle and the org unit every view follows; shown while the sidebar is expanded. */
function CycleAndScope() {
  const cycles = useCycles() ?? [];
  const cycle = useCurrentCycle();
  const today = useToday();
  const cycleId = useUi((s) => s.cycleId);
  // New cycles go in the org document: admins only, in a team workspace.
  const orgViewOnly = useOrgViewOnly();
  return (
    <>
      <label className="sidebar__label" htmlFor="cycle-picker">
        Cycle
      </label>
      <div className="row row--tight">
        <select
          id="cycle-picker"
          value={cycleId ?? ''}
          onChange={(e) => useUi.getState().setCycle(e.target.value || null)}
        >
          {cycles.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} · {CYCLE_STATE_LABELS[c.state]}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="icon"
          aria-label="New cycle"
          disabled={!!orgViewOnly}
          title={orgViewOnly ?? undefined}
          onClick={() => useUi.getState().openDialog({ kind: 'newCycle' })}
        >
          +
        </button>
      </div>
      {cycle ? <CycleHeader cycle={cycle} today={today} /> : null}
      <label className="sidebar__label" htmlFor="org-scope">
        Show
      </label>
      <OrgScopeSelect id="org-scope" />
    </>
  );
}
