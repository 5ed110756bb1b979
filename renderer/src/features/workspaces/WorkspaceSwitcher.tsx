import { useId, useRef, useState } from 'react';
import { activeOf } from '@shared/workspaces';
import { useUi } from '../../store/ui';
import type { WorkspaceDialog } from '../../store/workspacesSlice';
import { switchToWorkspace } from '../../workspaces/registry';
import { workspaceLabel } from './workspaceLabel';
import './workspaces.css';

/**
 * The top of the sidebar: which workspace is open, and a disclosure with the others (choosing
 * one reloads the window into it) and what can be done with workspaces.
 */
export function WorkspaceSwitcher() {
  const list = useUi((s) => s.workspaceList);
  const current = activeOf(list);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const kind = current.kind === 'team' ? 'Team' : 'Personal, never synced';
  const dialog = (d: WorkspaceDialog) => {
    setOpen(false);
    useUi.getState().openWorkspaceDialog(d);
  };
  return (
    <div
      className="workspace-switcher"
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        e.stopPropagation();
        setOpen(false);
        toggle.current?.focus();
      }}
    >
      <div className="sidebar__label" aria-hidden="true">
        Workspace
      </div>
      <button
        ref={toggle}
        type="button"
        className="workspace-switcher__current"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={`Workspace: ${current.name}`}
        onClick={() => setOpen(!open)}
      >
        <span className="workspace-switcher__name">{current.name}</span>
        <span className="workspace-switcher__kind">{kind}</span>
        <span className="workspace-switcher__caret" aria-hidden="true">
          {open ? '▴' : '▾'}
        </span>
      </button>
      {open ? (
        <div id={panelId} className="workspace-switcher__panel">
          <ul className="workspace-switcher__list" aria-label="Workspaces">
            {list.workspaces.map((w) => (
              <li key={w.id}>
                <button
                  type="button"
                  aria-current={w.id === current.id ? 'true' : undefined}
                  onClick={() => (w.id === current.id ? setOpen(false) : switchToWorkspace(w.id))}
                >
                  {workspaceLabel(w)}
                </button>
              </li>
            ))}
          </ul>
          <div className="workspace-switcher__actions">
            <button type="button" onClick={() => dialog('join')}>
              Join a team…
            </button>
            {current.kind === 'personal' ? (
              <button type="button" onClick={() => dialog('share')}>
                Share this workspace…
              </button>
            ) : null}
            <button type="button" onClick={() => dialog('rename')}>
              Rename workspace…
            </button>
            {current.kind === 'team' ? (
              <button type="button" onClick={() => dialog('remove')}>
                Remove from this computer…
              </button>
            ) : null}
          </div>
        </div>
      ) : null}
    </div>
  );
}
