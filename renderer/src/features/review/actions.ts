import { closeUnavailable } from '@shared/domain/cycleClose';
import { ACTIONS } from '@shared/menu';
import { registerAction } from '../../actions/registry';
import { db } from '../../db/schema';
import { live } from '../../db/records';
import { useUi } from '../../store/ui';
import { reportError } from '../../ui/errors';

// The report builders load with the first export, not with the app.
const exporter = () => import('./exportReview');

const current = () => {
  const { cycleId, orgUnitId } = useUi.getState();
  return cycleId ? { cycleId, scopeId: orgUnitId } : null;
};

/** The review's actions, reachable from the menu, the palette and the Review view. */
export function registerReviewActions(): void {
  registerAction(ACTIONS.exportReviewPdf, async () => {
    const c = current();
    if (!c) return;
    const { exportReviewPdf } = await exporter();
    await exportReviewPdf(c.cycleId, c.scopeId, useUi.getState().reviewPageSize).catch(reportError);
  });
  registerAction(ACTIONS.exportReviewMarkdown, async () => {
    const c = current();
    if (!c) return;
    const { exportReviewMarkdown } = await exporter();
    await exportReviewMarkdown(c.cycleId, c.scopeId).catch(reportError);
  });
  registerAction(ACTIONS.closeCycleCarryOver, async () => {
    const c = current();
    const cycle = c ? await db.cycles.get(c.cycleId) : undefined;
    if (!cycle) return;
    if (cycle.state !== 'closed') {
      // Not offered on a planning or empty cycle: say why instead of opening a dead dialog.
      const objectives = live(await db.objectives.where('cycleId').equals(cycle.id).toArray());
      const why = closeUnavailable(cycle, objectives.length);
      if (why) return useUi.getState().toast(why);
    }
    useUi.getState().setView('review');
    useUi.getState().openReviewCloseDialog(cycle.state === 'closed' ? 'carry' : 'close');
  });
}
