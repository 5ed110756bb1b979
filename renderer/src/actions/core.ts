import { ACTIONS } from '@shared/menu';
import { registerAction } from './registry';
import { db } from '../db/schema';
import { teamOf } from '../db/sync/teamSync';
import { performUndo, useUi, type View } from '../store/ui';
import { requestCycleMove } from '../features/cycles/cycleMove';
import { loadSampleWorkspace } from '../db/commands/sample';
import { reportError } from '../ui/errors';

const go = (view: View) => () => useUi.getState().setView(view);

/** The app-wide actions. Feature folders register their own the same way. */
export function registerCoreActions(): void {
  registerAction(ACTIONS.palette, () => useUi.getState().setPalette(true));
  registerAction(ACTIONS.toggleSidebar, () => useUi.getState().toggleSidebar());
  registerAction(ACTIONS.undo, async () => {
    const entry = useUi.getState().popUndo();
    if (!entry) return useUi.getState().toast('Nothing to undo');
    await performUndo(entry).catch(reportError);
  });
  registerAction(ACTIONS.newObjective, () => useUi.getState().openDialog({ kind: 'newObjective' }));
  registerAction(ACTIONS.newCycle, () => useUi.getState().openDialog({ kind: 'newCycle' }));
  registerAction(ACTIONS.advanceCycle, () => requestCycleMove('next'));
  registerAction(ACTIONS.revertCycle, () => requestCycleMove('back'));
  registerAction(ACTIONS.viewObjectives, go('objectives'));
  registerAction(ACTIONS.viewMap, go('map'));
  registerAction(ACTIONS.viewCheckIn, go('checkin'));
  registerAction(ACTIONS.viewPlanning, go('planning'));
  registerAction(ACTIONS.viewReview, go('review'));
  registerAction(ACTIONS.viewReports, go('reports'));
  registerAction(ACTIONS.viewOrg, go('org'));
  registerAction(ACTIONS.viewBackups, go('backups'));
  registerAction(ACTIONS.viewKpis, go('kpis'));
  // A personal workspace never merges anything, so its sidebar has no such view either; asked
  // from where it is whether it is a team's, as the sidebar does.
  registerAction(ACTIONS.viewMerged, async () => {
    if (await teamOf(db)) return useUi.getState().setView('merged');
    useUi
      .getState()
      .toast('Merged changes are kept in a team workspace; this one is personal.', 'error');
  });
  registerAction(ACTIONS.openSettings, go('settings'));
  registerAction(ACTIONS.loadSample, async () => {
    const id = useUi.getState().cycleId;
    if (!id) return;
    await loadSampleWorkspace(id).catch(reportError);
  });
}
