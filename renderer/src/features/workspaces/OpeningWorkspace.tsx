import { useEffect } from 'react';
import { toIsoDate } from '@shared/domain/cycle';
import { activeOf, PERSONAL_ID } from '@shared/workspaces';
import { useCycles } from '../../db/queries';
import { useUi } from '../../store/ui';
import { switchToWorkspace } from '../../workspaces/registry';
import { pickOpenCycle } from '../workspace';
import { WorkspaceDialogRoot } from './WorkspaceDialogRoot';
import './workspaces.css';

/**
 * What shows until the workspace has a cycle to open. A personal workspace has one at once; a
 * team workspace just joined waits for the team's cycles to arrive from its server, and the
 * person can go back to another workspace meanwhile (the server may be down, or the code
 * revoked).
 */
export function OpeningWorkspace() {
  const list = useUi((s) => s.workspaceList);
  const current = activeOf(list);
  if (current.kind !== 'team') return <p className="loading">Opening your workspace…</p>;
  const personal = list.workspaces.find((w) => w.id === PERSONAL_ID)!;
  return (
    <main className="team-waiting" id="main">
      <TeamCyclePicker />
      <h1>Waiting for {current.name}</h1>
      <p>
        Your team&apos;s goals arrive from <strong>{current.serverUrl}</strong> as soon as Cairn
        reaches it; the first time can take a moment. Your other workspaces stay open to you
        meanwhile.
      </p>
      <div className="row">
        <button type="button" onClick={() => switchToWorkspace(personal.id)}>
          Open {personal.name}
        </button>
        <button type="button" onClick={() => useUi.getState().openWorkspaceDialog('remove')}>
          Remove from this computer…
        </button>
      </div>
      <WorkspaceDialogRoot />
    </main>
  );
}

/** Opens the team's cycle as soon as sync brings one. */
function TeamCyclePicker() {
  const cycles = useCycles();
  useEffect(() => {
    const cycle = cycles && pickOpenCycle(cycles, toIsoDate(new Date()));
    if (cycle && !useUi.getState().cycleId) useUi.getState().setCycle(cycle.id);
  }, [cycles]);
  return null;
}
