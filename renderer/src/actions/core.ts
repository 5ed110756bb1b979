import { ACTIONS } from '../../../shared/menu';
import { nextCycleState, CYCLE_STATE_LABELS } from '../../../shared/domain/cycle';
import { registerAction } from './registry';
import { useUi, type View } from '../store/ui';
import { db } from '../db/schema';
import { setCycleState } from '../db/commands/cycles';
import { loadSampleWorkspace } from '../db/commands/sample';
import { reportError } from '../ui/errors';

const go = (view: View) => () => useUi.getState().setView(view);

/** The app-wide actions. Feature folders register their own the same way. */
export function registerCoreActions(): void {
  registerAction(ACTIONS.palette, () => useUi.getState().setPalette(true));
  registerAction(ACTIONS.undo, async () => {
    const entry = useUi.getState().popUndo();
    if (!entry) return useUi.getState().toast('Nothing to undo');
    await entry.undo().catch(reportError);
    useUi.getState().toast(`${entry.label.replace(/^Undo /, '')} is back`);
  });
  registerAction(ACTIONS.newObjective, () => useUi.getState().openDialog({ kind: 'newObjective' }));
  registerAction(ACTIONS.newCycle, () => useUi.getState().openDialog({ kind: 'newCycle' }));
  registerAction(ACTIONS.advanceCycle, async () => {
    const id = useUi.getState().cycleId;
    const cycle = id ? await db.cycles.get(id) : undefined;
    if (!cycle) return;
    const next = nextCycleState(cycle.state);
    if (!next) return useUi.getState().toast(`${cycle.name} is already closed`);
    if (
      next === 'closed' &&
      !window.confirm(`Close ${cycle.name}? Nothing in it can change afterwards.`)
    )
      return;
    await setCycleState(cycle.id, next).catch(reportError);
    useUi.getState().toast(`${cycle.name} is now ${CYCLE_STATE_LABELS[next].toLowerCase()}`);
  });
  registerAction(ACTIONS.viewObjectives, go('objectives'));
  registerAction(ACTIONS.viewMap, go('map'));
  registerAction(ACTIONS.viewCheckIn, go('checkin'));
  registerAction(ACTIONS.viewPlanning, go('planning'));
  registerAction(ACTIONS.viewReview, go('review'));
  registerAction(ACTIONS.viewReports, go('reports'));
  registerAction(ACTIONS.viewOrg, go('org'));
  registerAction(ACTIONS.viewBackups, go('backups'));
  registerAction(ACTIONS.loadSample, async () => {
    const id = useUi.getState().cycleId;
    if (!id) return;
    await loadSampleWorkspace(id).catch(reportError);
  });
}
