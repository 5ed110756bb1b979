import { ACTIONS } from '@shared/menu';
import { registerAction } from '../../actions/registry';
import { db } from '../../db/schema';
import { useUi } from '../../store/ui';
import { reportError } from '../../ui/errors';

const withCycle = (run: (cycleId: string) => Promise<void>) => async () => {
  const id = useUi.getState().cycleId;
  if (!id) return useUi.getState().toast('Choose a cycle first');
  await run(id).catch(reportError);
};

// The meeting pack's builders load with its first export, not with the app.
const pack = () => import('./pack/exportMeetingPack');

/** Planning's actions, for the menu, the palette and shortcuts. */
export function registerPlanningActions(): void {
  registerAction(ACTIONS.openCoach, () => {
    useUi.getState().setView('planning');
    useUi.getState().setCoachOpen(true);
  });
  registerAction(
    ACTIONS.exportMeetingPackMarkdown,
    withCycle(async (id) => (await pack()).exportMeetingPackMarkdown(id)),
  );
  registerAction(
    ACTIONS.exportMeetingPackPdf,
    withCycle(async (id) =>
      (await pack()).exportMeetingPackPdf(id, (await db.cycles.get(id))?.name ?? 'cycle'),
    ),
  );
  registerAction(ACTIONS.newFromTemplate, () => {
    useUi.getState().setTemplatesOpen(true);
    useUi.getState().openDialog({ kind: 'newObjective' });
  });
}
