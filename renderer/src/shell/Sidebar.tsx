import { CYCLE_STATE_LABELS } from '../../../shared/domain/cycle';
import { useCycles } from '../db/queries';
import { OrgScopeSelect } from './OrgScopeSelect';
import { useUi, VIEWS } from '../store/ui';
import { VIEW_LABELS } from '../features/views';
import { CycleHeader } from '../features/cycles/CycleHeader';
import { useCurrentCycle, useToday } from '../features/workspace';

/** Cycle picker, org scope and the views; the open cycle and unit follow you across views. */
export function Sidebar() {
  const cycles = useCycles() ?? [];
  const cycle = useCurrentCycle();
  const today = useToday();
  const view = useUi((s) => s.view);
  const cycleId = useUi((s) => s.cycleId);
  return (
    <nav className="sidebar" aria-label="Main">
      <div className="brand" aria-hidden="true">
        ▲ Cairn
      </div>
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
      <ul className="nav">
        {VIEWS.map((v) => (
          <li key={v}>
            <button
              type="button"
              className={v === view ? 'is-current' : undefined}
              aria-current={v === view ? 'page' : undefined}
              onClick={() => useUi.getState().setView(v)}
            >
              {VIEW_LABELS[v]}
            </button>
          </li>
        ))}
      </ul>
      <p className="sidebar__foot muted small">Ctrl/⌘ K — commands</p>
    </nav>
  );
}
